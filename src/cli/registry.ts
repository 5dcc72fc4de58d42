import type { PlainKey } from "../i18n";
import { buildCommand } from "./build";
import { checkCommand } from "./check";
import { dashboardCommand } from "./dashboard";
import { evaluateCommand } from "./evaluate";
import { importCommand } from "./import";
import { settingsCommand } from "./settings";

/** A sub-command of `suivi-convention`: `run` gets the arguments after its name, returns the exit code. */
export interface CliCommand {
  name: string;
  summaryKey: PlainKey;
  helpKey: PlainKey;
  run(argv: string[]): Promise<number>;
}

/** Exit codes: 0 success, 1 input refused, 2 a file cannot be read or written. */
export const EXIT = { ok: 0, refused: 1, io: 2 } as const;

export const COMMANDS: CliCommand[] = [
  buildCommand,
  checkCommand,
  importCommand,
  settingsCommand,
  evaluateCommand,
  dashboardCommand,
];
