import type { ImportOptions, ImportReport, ImportSource } from "../features/import";
import { excelActions } from "../office/actions";

/** Imports into the workbook open in Excel: the same feature as the CLI's, run by src/office. */
export function importIntoExcel(source: ImportSource, options: ImportOptions): Promise<ImportReport> {
  return excelActions.importRows(source, options);
}
