import { METZ_2021_2023 } from "../core/convention";
// The task pane's work on .xlsx files, loaded on demand (dynamic import) so that the pane inside
// Excel never downloads ExcelJS. Runs the same features as the command line over the ExcelJS port.
import type { Convention } from "../core/convention";
import type { CheckReport } from "../core/findings";
import { buildWorkbook, type BuildResult } from "../features/build";
import { runCheck } from "../features/check";
import { importRows, type ImportOptions, type ImportReport, type ImportSource } from "../features/import";
import { t } from "../i18n";
import { newWorkbook, readSourceBytes, readWorkbookBytes, workbookBytes } from "../xlsx/browser";
import { XlsxWorkbook } from "../xlsx/workbook";
import type { ChosenFile } from "./files";

/** Builds a new workbook (target null) or repairs a copy of the target; the bytes are the download. */
export async function buildFile(
  target: ChosenFile | null,
  convention: Convention,
  sampleRows: number,
): Promise<{ result: BuildResult; output: ChosenFile }> {
  const workbook = target ? await readWorkbookBytes(target.name, target.bytes) : newWorkbook();
  // With the built-in preset (no settings file chosen), a repair keeps the workbook's own period.
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  const result = await buildWorkbook(new XlsxWorkbook(workbook), convention, { sampleRows, readBack: convention === METZ_2021_2023, today });
  // Sample rows are for a new workbook: no download of a file that was left as it was.
  if (result.sampleRefused) throw new Error(t("build.sample.refusedPane", { count: result.sampleRefused.rows }));
  const name = target?.name ?? t("file.build.newName", { number: convention.number });
  return { result, output: { name, bytes: await workbookBytes(workbook) } };
}

/** Checks the workbook without changing it (its own settings first, `convention` otherwise). */
export async function checkFile(target: ChosenFile, convention: Convention, today: string): Promise<CheckReport> {
  return runCheck(new XlsxWorkbook(await readWorkbookBytes(target.name, target.bytes)), convention, today);
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
  const workbook = await readWorkbookBytes(target.name, target.bytes);
  const report = await importRows(new XlsxWorkbook(workbook), await importSource(source), options);
  if (report.status !== "imported") return { report, output: null };
  return { report, output: { name: target.name, bytes: await workbookBytes(workbook) } };
}
