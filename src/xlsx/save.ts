import { randomBytes } from "node:crypto";
import { rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type ExcelJS from "exceljs";

/**
 * Writes the workbook next to `path` then renames it over: readers never see a partial file.
 * Node only (the task pane in a browser offers the bytes as a download instead).
 */
export async function saveAtomically(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  workbook.calcProperties.fullCalcOnLoad = true;
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await workbook.xlsx.writeFile(temp);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
