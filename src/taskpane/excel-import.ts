import { importRows, type ImportOptions, type ImportReport, type ImportSource } from "../features/import";
import { OfficeWorkbook } from "../office/workbook";

/** Imports into the workbook open in Excel: one Excel.run around the same feature as the CLI's. */
export function importIntoExcel(source: ImportSource, options: ImportOptions): Promise<ImportReport> {
  return Excel.run((context) => importRows(new OfficeWorkbook(context), source, options));
}
