import { parseArgs, type ParseArgsConfig } from "node:util";
import { t, type PlainKey } from "../i18n";
import "../i18n/areas/cli";
import { CliError } from "./output";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * node's parseArgs with its English errors turned into one sentence in the user's language that
 * names the option and what to do. Every refusal of the command line exits 1.
 */
export function parseCommandArgs<O extends Options>(command: string, argv: string[], options: O) {
  try {
    return parseArgs({
      args: argv,
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new CliError(1, argumentError(command, error));
  }
}

function argumentError(command: string, error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^' <]+)/.exec(message)?.[1] ?? "";
  let reason: string;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && /argument missing/.test(message)) {
    reason = t("cli.args.missingValue", { option });
  } else if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    reason = t("cli.args.noValue", { option });
  } else {
    reason = t("cli.args.unknownOption", { option });
  }
  return t("cli.badArguments", { reason, command });
}

/** Refuses positional arguments beyond what the command takes, naming the first one too many. */
export function expectFiles(command: string, positionals: string[], count: number, missingKey: PlainKey): string[] {
  if (positionals.length < count) throw new CliError(1, t(missingKey));
  if (positionals.length > count) {
    throw new CliError(
      1,
      t("cli.badArguments", { reason: t("cli.args.extraFile", { file: positionals[count] }), command }),
    );
  }
  return positionals;
}
