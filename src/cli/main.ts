import { t, setLocale, localeFromLanguage } from "../i18n";
import "../i18n/areas/cli";
import { CliError, print, printError } from "./output";
import { COMMANDS } from "./registry";

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    t("cli.usage"),
    "",
    t("cli.commands"),
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${t(c.summaryKey)}`),
    "",
    t("cli.moreHelp"),
  ].join("\n");
}

/** Runs the command line and returns the exit code; never lets a stack trace reach the user. */
export async function main(argv: string[]): Promise<number> {
  setLocale(localeFromLanguage(process.env.SUIVI_LANG ?? "fr"));
  const [name, ...rest] = argv;
  if (name === undefined) {
    printError(usage());
    return 1;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    // `suivi-convention help build` is `suivi-convention build --help`.
    const topic = name === "help" ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    print(topic ? t(topic.helpKey) : usage());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    printError(t("cli.unknownCommand", { name }));
    printError(usage());
    return 1;
  }
  try {
    return await (await command.load()).run(rest);
  } catch (error) {
    if (error instanceof CliError) {
      printError(error.message);
      return error.exitCode;
    }
    printError(t("cli.unexpected", { reason: error instanceof Error ? error.message : String(error) }));
    return 2;
  }
}
