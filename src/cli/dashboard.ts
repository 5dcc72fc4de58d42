import { t } from "../i18n";
import "../i18n/areas/cli";
import "../i18n/areas/dashboard";
import { DASHBOARD_SHEET } from "../core/dashboard";
import { dashboardPackage } from "../xlsx/dashboard-file";
import type { PackageWorkbook } from "../xlsx/engine/port";
import { openPackageFile, WorkbookFileError } from "../xlsx/open";
import { writeFileAtomically } from "../xlsx/save";
import { expectFiles, parseCommandArgs } from "./args";
import { CliError, fileReason, print, printError } from "./output";
import type { CliCommand } from "./registry";

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("dashboard", argv, {});
  if (values.help) {
    print(t("dashboard.cli.help"));
    return 0;
  }
  const [file] = expectFiles("dashboard", positionals, 1, "eval.cli.oneFile");
  if (!/\.xlsx$/i.test(file)) throw new CliError(1, t("build.cli.notXlsx", { file }));
  let port: PackageWorkbook;
  try {
    port = await openPackageFile(file);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new CliError(2, error.message);
    throw error;
  }
  const made = await dashboardPackage(port, file);
  if (!made.ok) {
    if (made.reason === "missingColumns")
      throw new CliError(1, t("dashboard.missingColumns", { columns: made.columns.join(", ") }));
    if (made.reason === "exists") throw new CliError(1, t("dashboard.cli.exists", { sheet: DASHBOARD_SHEET, file }));
    throw new CliError(1, t("eval.cli.noTable", { file }));
  }
  try {
    // Values only were written: the package is saved as edited, with no recalculation asked of Excel.
    const { removedTemporaries } = await writeFileAtomically(file, port.pkg.save());
    for (const name of removedTemporaries) printError(t("cli.staleTemporary", { file: name }));
  } catch (error) {
    throw new CliError(2, t("cli.fileUnwritable", { file, reason: fileReason(error, "write") }));
  }
  print(t("dashboard.cli.written", { sheet: DASHBOARD_SHEET, file, rows: made.rows }));
  return 0;
}

export const dashboardCommand: CliCommand = { run };
