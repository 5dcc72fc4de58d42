import { METZ_2021_2023 } from "../core/convention";
// The task pane's work on .xlsx files, loaded on demand (dynamic import) so that the pane inside
// Excel never downloads it. Runs the same features as the command line: existing workbooks through
// the file engine (only the parts the tool owns change), new ones built with ExcelJS.
import type { Convention } from "../core/convention";
import type { CheckReport } from "../core/findings";
import { buildWorkbook, type BuildResult } from "../features/build";
import { runCheck } from "../features/check";
import { importRows, type ImportOptions, type ImportReport, type ImportSource } from "../features/import";
import { todayIso } from "../core/dates";
import { t } from "../i18n";
import { TRACKING_TABLE } from "../core/contract";
import { newWorkbook, readSourceBytes, workbookBytes } from "../xlsx/browser";
import { openPackage } from "../xlsx/engine/open";
import { XlsxWorkbook } from "../xlsx/workbook";
import type { ChosenFile } from "./files";

/** Builds a new workbook (target null) or repairs a copy of the target; the bytes are the download. */
export async function buildFile(
  target: ChosenFile | null,
  convention: Convention,
  sampleRows: number,
): Promise<{ result: BuildResult; output: ChosenFile }> {
  // With the built-in preset (no settings file chosen), a repair keeps the workbook's own period.
  const options = { sampleRows, readBack: convention === METZ_2021_2023, today: todayIso() };
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
export async function checkFile(target: ChosenFile, convention: Convention, today: string): Promise<CheckReport> {
  return runCheck(openPackage(target.name, target.bytes), convention, today);
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
  source: ChosenFile,
  options: ImportOptions,
): Promise<{ report: ImportReport; output: ChosenFile | null }> {
  const port = openPackage(target.name, target.bytes);
  // Rows go into the table as plain cells: a table that cannot take them is refused before anything.
  const refusal = port.tableRefusal(TRACKING_TABLE);
  if (refusal) throw new Error(t(`import.table.${refusal}`, { table: TRACKING_TABLE }));
  const report = await importRows(port, await importSource(source), options);
  if (report.status !== "imported") return { report, output: null };
  return { report, output: { name: target.name, bytes: port.save() } };
}
