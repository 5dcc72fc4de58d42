import { t, say } from "../i18n";
import "../i18n/areas/cli";
import { isoToSerial } from "../core/dates";
import type { CheckReport } from "../core/findings";
import { reportJson, runCheck } from "../features/check";
import { settingsSourceOf } from "../features/settings-source";
import { openPackageFile, WorkbookFileError } from "../xlsx/open";
import { todayIso } from "../core/dates";
import { parseCommandArgs, expectFiles } from "./args";
import { loadConvention } from "./convention";
import { CliError, print, printError } from "./output";
import type { CliCommand } from "./registry";

/** Exit codes of check: 0 no error, 1 errors found or command line refused, 2 unreadable file or settings. */
const EXIT_CLEAN = 0;
const EXIT_ERRORS = 1;
const EXIT_UNREADABLE = 2;

function printReport(file: string, report: CheckReport): void {
  print(t("check.cli.header", { file, ...report.summary }));
  if (report.findings.length === 0) print(t("check.cli.ok"));
  for (const f of report.findings) {
    const where = f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
    print(
      `${t(f.severity === "error" ? "check.cli.error" : "check.cli.warning")}  ${where}  ${f.code}  ${say(f.text)}`,
    );
  }
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("check", argv, {
    json: { type: "boolean" },
    today: { type: "string" },
    convention: { type: "string" },
  });
  if (values.help) {
    print(t("check.cli.help"));
    return EXIT_CLEAN;
  }
  const [file] = expectFiles("check", positionals, 1, "check.cli.noFile");
  const today = values.today ?? todayIso();
  if (isoToSerial(today) === null) throw new CliError(EXIT_ERRORS, t("check.cli.badToday", { value: today }));
  let report: CheckReport;
  try {
    // Without --convention, the workbook's own settings (Paramètres, Listes) are read back.
    const convention = await loadConvention(values.convention);
    // Read as a stream of parts (never a model of the whole workbook), and never written.
    const workbook = await openPackageFile(file);
    report = await runCheck(workbook, convention, today, { settings: settingsSourceOf(values.convention) });
  } catch (error) {
    // A settings file that cannot be used stops the check like an unreadable workbook (1 means findings).
    const message =
      error instanceof WorkbookFileError || error instanceof CliError
        ? error.message
        : t("check.cli.failed", { file, reason: error instanceof Error ? error.message : String(error) });
    // Same shape as a report, so a script reading `summary` or `findings` keeps working; `error` says why.
    if (values.json)
      print(
        JSON.stringify(
          { ok: false, error: message, summary: { errors: 0, warnings: 0, rows: 0 }, findings: [] },
          null,
          2,
        ),
      );
    printError(message);
    return EXIT_UNREADABLE;
  }
  if (values.json) print(JSON.stringify(reportJson(report), null, 2));
  else printReport(file, report);
  return report.summary.errors > 0 ? EXIT_ERRORS : EXIT_CLEAN;
}

export const checkCommand: CliCommand = { run };
