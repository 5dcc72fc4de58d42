import type ExcelJS from "exceljs";
import { t } from "../i18n";
import { TRACKING_TABLE } from "../core/contract";
import { DASHBOARD_SHEET } from "../core/dashboard";
import { DashboardExists, writeDashboardFile } from "../xlsx/dashboard-file";
import { readWorkbookFile, WorkbookFileError } from "../xlsx/open";
import { XlsxWorkbook } from "../xlsx/workbook";
import { CliError, fileReason, print } from "./output";
import { expectFiles, parseCommandArgs } from "./args";
import type { CliCommand } from "./registry";

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("dashboard", argv, {});
  if (values.help) {
    print(t("dashboard.cli.help"));
    return 0;
  }
  const [file] = expectFiles("dashboard", positionals, 1, "eval.cli.oneFile");
  if (!/\.xlsx$/i.test(file)) throw new CliError(1, t("build.cli.notXlsx", { file }));
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await readWorkbookFile(file);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new CliError(2, error.message);
    throw error;
  }
  const table = await new XlsxWorkbook(workbook).readTable(TRACKING_TABLE);
  if (!table) throw new CliError(1, t("eval.cli.noTable", { file }));
  const missing = ["Date", "Indicateur", "Nombre", "Quartier", "Semestre"].filter((c) => !table.headers.includes(c));
  if (missing.length > 0) throw new CliError(1, t("dashboard.cli.missingColumns", { columns: missing.join(", ") }));
  try {
    await writeDashboardFile(file, { name: TRACKING_TABLE, headers: table.headers, rows: table.grid.rows });
  } catch (error) {
    if (error instanceof DashboardExists) throw new CliError(1, t("dashboard.cli.exists", { sheet: DASHBOARD_SHEET, file }));
    throw new CliError(2, t("cli.fileUnwritable", { file, reason: fileReason(error, "write") }));
  }
  print(t("dashboard.cli.written", { sheet: DASHBOARD_SHEET, file, rows: table.grid.rows.length }));
  return 0;
}

export const dashboardCommand: CliCommand = { name: "dashboard", summaryKey: "dashboard.cli.summary", helpKey: "dashboard.cli.help", run };
