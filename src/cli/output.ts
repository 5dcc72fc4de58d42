/** An error the command reports to the user: a French message and the exit code (1 refused, 2 file). */
export class CliError extends Error {
  constructor(
    readonly exitCode: 1 | 2,
    message: string,
  ) {
    super(message);
  }
}

const closed = { stdout: false, stderr: false };

/** The reader went away (`suivi-convention check … | head -1`): what is left to print is dropped. */
export function closeOutput(stream: "stdout" | "stderr"): void {
  closed[stream] = true;
}

export function print(text: string): void {
  if (!closed.stdout) process.stdout.write(`${text}\n`);
}

export function printError(text: string): void {
  if (!closed.stderr) process.stderr.write(`${text}\n`);
}

export { fileReason } from "../i18n/system-errors";
