import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import ExcelJS from "exceljs";
import { t } from "../i18n";
import { buildWorkbook, reportedChanges } from "../features/build";
import { readWorkbookFile, WorkbookFileError } from "../xlsx/open";
import { StreamedWorkbook } from "../xlsx/stream-build";
import { XlsxWorkbook } from "../xlsx/workbook";
import type { CliCommand } from "./registry";
import { loadConvention, localToday } from "./convention";
import { CliError, fileReason, print, printError } from "./output";

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { convention: { type: "string" }, sample: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    print(t("build.cli.help"));
    return 0;
  }
  if (positionals.length !== 1) throw new CliError(1, t("build.cli.oneFile"));
  const file = positionals[0];
  if (!/\.xlsx$/i.test(file)) throw new CliError(1, t("build.cli.notXlsx", { file }));
  const convention = await loadConvention(values.convention);

  // A new file is written with the streaming writer (bounded memory at 100 000 rows);
  // an existing one is read and repaired in memory.
  let port: XlsxWorkbook | StreamedWorkbook;
  const existed = existsSync(file);
  if (existed) {
    let workbook: ExcelJS.Workbook;
    try {
      workbook = await readWorkbookFile(file);
    } catch (error) {
      if (error instanceof WorkbookFileError) throw new CliError(2, error.message);
      throw error;
    }
    port = new XlsxWorkbook(workbook);
  } else {
    port = new StreamedWorkbook();
  }
  const result = await buildWorkbook(port, convention, { sampleRows: values.sample === true, readBack: values.convention === undefined, today: localToday() });
  if (result.sampleRefused) throw new CliError(1, t("build.sample.refused", { file, count: result.sampleRefused.rows }));
  // Nothing to repair: the file is left as it is (a rewrite by ExcelJS would drop what it does not keep).
  if (result.created || result.changes.length > 0) {
    try {
      await port.saveAtomically(file);
    } catch (error) {
      throw new CliError(2, t(existed ? "cli.fileUnwritable" : "cli.fileUncreatable", { file, reason: fileReason(error, "write") }));
    }
  }
  if (result.created) {
    print(t("build.cli.created", { file }));
    for (const change of reportedChanges(result)) print(`  - ${change.message}`);
  } else if (result.changes.length === 0) {
    print(t("build.cli.upToDate", { file }));
  } else {
    print(t("build.cli.repaired", { file, count: result.changes.length }));
    for (const change of result.changes) print(`  - ${change.message}`);
  }
  for (const warning of result.warnings ?? []) printError(t("cli.warning", { message: warning }));
  return 0;
}

export const buildCommand: CliCommand = { name: "build", summaryKey: "build.cli.summary", helpKey: "build.cli.help", run };
