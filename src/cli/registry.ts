import type { PlainKey } from "../i18n";
import "../i18n/areas/cli";

/** A sub-command's code: `run` gets the arguments after its name, returns the exit code. */
export interface CliCommand {
  run(argv: string[]): Promise<number>;
}

/**
 * A sub-command of `suivi-convention` as `--help` lists it. Its code, and the workbook libraries it
 * needs, load only when it runs: loading every command made `--help` and `settings` wait for all of them.
 */
export interface CommandEntry {
  name: string;
  summaryKey: PlainKey;
  helpKey: PlainKey;
  load(): Promise<CliCommand>;
}

/** Exit codes: 0 success, 1 input refused, 2 a file cannot be read or written. */
export const EXIT = { ok: 0, refused: 1, io: 2 } as const;

export const COMMANDS: CommandEntry[] = [
  {
    name: "build",
    summaryKey: "build.cli.summary",
    helpKey: "build.cli.help",
    load: async () => (await import("./build")).buildCommand,
  },
  {
    name: "check",
    summaryKey: "check.cli.summary",
    helpKey: "check.cli.help",
    load: async () => (await import("./check")).checkCommand,
  },
  {
    name: "import",
    summaryKey: "import.cli.summary",
    helpKey: "import.cli.help",
    load: async () => (await import("./import")).importCommand,
  },
  {
    name: "settings",
    summaryKey: "settings.cli.summary",
    helpKey: "settings.cli.help",
    load: async () => (await import("./settings")).settingsCommand,
  },
  {
    name: "evaluate",
    summaryKey: "eval.cli.summary",
    helpKey: "eval.cli.help",
    load: async () => (await import("./evaluate")).evaluateCommand,
  },
  {
    name: "dashboard",
    summaryKey: "dashboard.cli.summary",
    helpKey: "dashboard.cli.help",
    load: async () => (await import("./dashboard")).dashboardCommand,
  },
];
