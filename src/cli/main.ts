import { t, setLocale, localeFromLanguage } from "../i18n";
import { CliError, print, printError } from "./output";
import { COMMANDS } from "./registry";

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [t("cli.usage"), "", t("cli.commands"), ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${t(c.summaryKey)}`), "", t("cli.moreHelp")].join("\n");
}

/** Runs the command line and returns the exit code; never lets a stack trace reach the user. */
export async function main(argv: string[]): Promise<number> {
  setLocale(localeFromLanguage(process.env.SUIVI_LANG ?? "fr"));
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    print(usage());
    return name === undefined ? 1 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    printError(t("cli.unknownCommand", { name }));
    printError(usage());
    return 1;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof CliError) {
      printError(error.message);
      return error.exitCode;
    }
    const code = (error as { code?: string }).code;
    if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
      // node's message is English: name the offending option in the user's language instead.
      const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? "";
      printError(t("cli.badArguments", { reason: t("cli.badOption", { option }), command: command.name }));
      return 1;
    }
    printError(t("cli.unexpected", { reason: error instanceof Error ? error.message : String(error) }));
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    },
  );
}
