// The task pane's work on .xlsx files, loaded on demand (dynamic import) so that the pane inside
// Excel never downloads it. Runs the same features as the command line: existing workbooks through
// the file engine (only the parts the tool owns change), new ones built with ExcelJS.
import { TRACKING_INPUT_COLUMNS, TRACKING_TABLE, type CellValue, type TrackingColumn } from "../core/contract";
import type { Convention } from "../core/convention";
import { todayIso } from "../core/dates";
import type { CheckReport } from "../core/findings";
import { buildWorkbook, type BuildResult } from "../features/build";
import { runCheck, workbookConvention } from "../features/check";
export { reportJson } from "../features/check";
import { prepareEvaluation, type EvaluationOutcome } from "../features/evaluate";
import {
  IMPORT_READ_END,
  importRows,
  type ImportOptions,
  type ImportReport,
  type ImportSource,
} from "../features/import";
import type { PeriodRequest } from "../core/evaluation";
import type { SettingsSource } from "../features/settings-source";
import { checkpoint, workDone, type WorkControl } from "../features/work";
import { t, say } from "../i18n";
import "../i18n/areas/build";
import "../i18n/areas/check";
import "../i18n/areas/import";
import { newWorkbook, readSourceBytes, workbookBytes } from "../xlsx/browser";
import { dashboardPackage, type PackageDashboard } from "../xlsx/dashboard-file";
import { openPackage } from "../xlsx/engine/open";
import { evaluatePackage, type PackageEvaluation } from "../xlsx/evaluation-file";
import { XlsxWorkbook } from "../xlsx/workbook";
import type { ChosenFile } from "./files";
import { workbookStatus } from "./status";

/**
 * Builds a new workbook (target null) or repairs a copy of the target; the bytes are the download.
 * `settings`: the preset (a repair keeps the workbook's own period) or settings the user chose.
 */
export async function buildFile(
  target: ChosenFile | null,
  convention: Convention,
  { sampleRows, settings }: { sampleRows: number; settings: SettingsSource },
): Promise<{ result: BuildResult; output: ChosenFile }> {
  const options = { sampleRows, settings, today: todayIso() };
  if (target) {
    const port = openPackage(target.name, target.bytes);
    const result = await buildWorkbook(port, convention, options);
    // Sample rows are for a new workbook: no download of a file that was left as it was.
    if (result.sampleRefused) throw new Error(t("build.sample.refusedPane", { count: result.sampleRefused.rows }));
    // Nothing to repair: the chosen bytes are offered as they are.
    const bytes = result.created || result.changes.length > 0 ? port.save() : target.bytes;
    return { result, output: { name: target.name, bytes } };
  }
  const workbook = newWorkbook();
  const result = await buildWorkbook(new XlsxWorkbook(workbook), convention, options);
  const name = t("file.build.newName", { number: convention.number });
  return { result, output: { name, bytes: await workbookBytes(workbook) } };
}

/** Checks the workbook without changing it (its own settings first, `convention` otherwise). */
export async function checkFile(
  target: ChosenFile,
  convention: Convention,
  today: string,
  work?: WorkControl,
): Promise<CheckReport> {
  return runCheck(openPackage(target.name, target.bytes).follow(work), convention, today, { work });
}

/** The rows of a .csv/.txt or .xlsx source, as importRows takes them. */
export async function importSource(source: ChosenFile): Promise<ImportSource> {
  if (/\.(csv|txt)$/i.test(source.name)) return { kind: "csv", bytes: source.bytes };
  const grid = await readSourceBytes(source.name, source.bytes);
  if (!grid) throw new Error(t("import.source.empty"));
  return { kind: "grid", rows: grid.rows, firstRow: grid.firstRow, firstColumn: grid.firstColumn };
}

/** Imports into a copy of the target; the updated bytes only when rows were imported. */
export async function importFile(
  target: ChosenFile,
  source: ChosenFile | null,
  options: ImportOptions,
  rows?: ImportSource,
): Promise<{ report: ImportReport; output: ChosenFile | null }> {
  const work = options.work;
  const port = openPackage(target.name, target.bytes).follow(work);
  // The workbook's Suivi sheet is the long read: followed here, in the step importRows starts with
  // (it then finds the sheet read). A table that cannot take rows as plain cells is refused before anything.
  await checkpoint(work, 0, IMPORT_READ_END, "read");
  await port.readTable(TRACKING_TABLE);
  const refusal = port.tableRefusal(TRACKING_TABLE);
  if (refusal) throw new Error(t(`import.table.${refusal}`, { table: TRACKING_TABLE }));
  // Reading the source (an .xlsx one is parsed here) may take a while: a cancel is taken after it.
  await checkpoint(work, IMPORT_READ_END);
  const read = rows ?? (source ? await importSource(source) : null);
  if (!read) throw new Error(t("import.source.empty"));
  // importRows stops taking a cancel before it appends; the bytes are then saved whatever happens.
  const report = await importRows(port, read, options);
  if (report.status !== "imported") return { report, output: null };
  const output = { name: target.name, bytes: port.save() };
  workDone(work);
  return { report, output };
}

/** The convention a chosen workbook was built for and its Suivi table (what quick entry needs). */
export async function readEntryFile(target: ChosenFile, base: Convention) {
  const port = openPackage(target.name, target.bytes);
  return { convention: await workbookConvention(port, base), table: await port.readTable(TRACKING_TABLE) };
}

/**
 * The chosen workbook with `rows` (the form's cells by column) appended to its Suivi table, through
 * the import path (same row rules, same writing as Importer); the bytes are the download.
 */
export async function appendEntries(
  target: ChosenFile,
  rows: Partial<Record<TrackingColumn, CellValue>>[],
  convention: Convention,
  today: string,
): Promise<{ report: ImportReport; output: ChosenFile | null }> {
  // The form has no "Saisi par" field; Semestre is calculated.
  const columns = TRACKING_INPUT_COLUMNS.filter((column) => column !== "Saisi par");
  const source: ImportSource = {
    kind: "grid",
    rows: [columns, ...rows.map((row) => columns.map((column) => row[column] ?? null))],
  };
  return importFile(target, null, { skipInvalid: false, convention, today }, source);
}

/** Where a chosen workbook stands (the home screen outside Excel). */
export async function fileStatus(target: ChosenFile, base: Convention, today: string) {
  return workbookStatus(openPackage(target.name, target.bytes), base, today);
}

/** The check's report as a workbook: one row per finding (what a committee member opens without the add-in). */
export async function reportWorkbook(report: CheckReport, title: string): Promise<Uint8Array> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(t("report.sheet"));
  sheet.addRow([title]);
  sheet.addRow([t("screen.check.summary", report.summary)]);
  sheet.addRow([]);
  const header = sheet.addRow([
    t("report.severity"),
    t("report.code"),
    t("report.sheetName"),
    t("report.cell"),
    t("report.row"),
    t("report.message"),
  ]);
  header.font = { bold: true };
  for (const f of report.findings) {
    sheet.addRow([
      t(f.severity === "error" ? "report.error" : "report.warning"),
      f.code,
      f.sheet,
      f.cell,
      f.row,
      say(f.text),
    ]);
  }
  sheet.columns.forEach((column, i) => (column.width = [14, 24, 14, 10, 8, 90][i]));
  return workbookBytes(workbook);
}

/** The figures of a period in a chosen workbook, before anything is written (the preview). */
export async function previewEvaluationFile(
  target: ChosenFile,
  base: Convention,
  request: PeriodRequest,
  today: string,
  work?: WorkControl,
): Promise<EvaluationOutcome> {
  const outcome = await prepareEvaluation(openPackage(target.name, target.bytes).follow(work), base, request, {
    today,
    work,
  });
  if (outcome.ok) workDone(work);
  return outcome;
}

/**
 * The evaluation sheet added to a copy of the chosen workbook (made again with `force`, the
 * committee's text kept and the previous version archived); the bytes are the download.
 */
export async function evaluateFile(
  target: ChosenFile,
  base: Convention,
  request: PeriodRequest,
  today: string,
  force: boolean,
  work?: WorkControl,
): Promise<{ result: PackageEvaluation; output: ChosenFile | null }> {
  const port = openPackage(target.name, target.bytes).follow(work);
  const result = await evaluatePackage(port, base, request, { today, force, work });
  if (!result.ok) return { result, output: null };
  // Values only: the package is saved as edited, with no recalculation asked of Excel.
  const output = { name: target.name, bytes: port.pkg.save() };
  workDone(work);
  return { result, output };
}

/** The dashboard (PivotTables and PivotCharts) added to a copy of the chosen workbook; the bytes are the download. */
export async function dashboardFile(
  target: ChosenFile,
  work?: WorkControl,
): Promise<{ result: PackageDashboard; output: ChosenFile | null }> {
  const port = openPackage(target.name, target.bytes).follow(work);
  const result = await dashboardPackage(port, target.name, new Date(), work);
  if (!result.ok) return { result, output: null };
  const output = { name: target.name, bytes: port.pkg.save() };
  workDone(work);
  return { result, output };
}
