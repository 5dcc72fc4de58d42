import { t } from "../i18n";
import "../i18n/areas/cli";
import { main } from "./main";
import { closeOutput } from "./output";

/**
 * What the `suivi-convention` executable does: runs `main` with the process's arguments and sets the
 * exit code. A closed pipe (`… | head -1`) ends the output quietly; an unexpected rejection exits 2
 * with a sentence, never a stack trace.
 */
export async function runFromProcess(argv: string[] = process.argv.slice(2)): Promise<void> {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") closeOutput(stream === process.stdout ? "stdout" : "stderr");
    });
  }
  // `npm run cli -- …` runs in the package folder: file names are the user's, relative to where they typed.
  if (process.env.npm_lifecycle_event === "cli" && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    process.exitCode = 2;
    try {
      process.stderr.write(
        `${t("cli.unexpected", { reason: error instanceof Error ? error.message : String(error) })}\n`,
      );
    } catch {
      // nothing more can be said on a closed stream
    }
  }
}
