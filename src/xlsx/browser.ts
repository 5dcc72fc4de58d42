import ExcelJS from "exceljs";
import { applyExcelJsPatches } from "./exceljs-patches";
import { bytesProblem, workbookFileError, type OpenLimits } from "./file-checks";
import { gridOfWorkbook, type SourceGrid } from "./source";

applyExcelJsPatches();

/**
 * Opens an .xlsx held in memory (a file the user chose in the task pane) after the same checks as
 * the command line: size, first bytes, zip central directory. Throws WorkbookFileError with the
 * command line's French message naming `file`.
 */
export async function readWorkbookBytes(
  file: string,
  bytes: Uint8Array,
  limits: Partial<OpenLimits> = {},
): Promise<ExcelJS.Workbook> {
  const problem = bytesProblem(bytes, limits);
  if (problem) throw workbookFileError(file, problem);
  const workbook = new ExcelJS.Workbook();
  try {
    // Typed as a node Buffer, but JSZip underneath reads any Uint8Array.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw workbookFileError(file, {
      reason: "corrupt",
      params: { reason: error instanceof Error ? error.message : String(error) },
    });
  }
  return workbook;
}

/** The rows to import from an .xlsx source held in memory (null when it has no sheet). */
export async function readSourceBytes(file: string, bytes: Uint8Array): Promise<SourceGrid | null> {
  return gridOfWorkbook(await readWorkbookBytes(file, bytes));
}

/** The workbook as .xlsx bytes, set to recalculate on open (as the command line saves it). */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  workbook.calcProperties.fullCalcOnLoad = true;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const newWorkbook = (): ExcelJS.Workbook => new ExcelJS.Workbook();
