import { randomBytes } from "node:crypto";
import { chmod, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type ExcelJS from "exceljs";

/** The error code of a target the user marked read-only (no write permission bit at all). */
export const READ_ONLY = "READ_ONLY";

/** The permission bits of the file at `path`, or null when there is none yet. */
async function existingMode(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * Writes the workbook next to `path` then renames it over: readers never see a partial file.
 * A read-only target is refused (the rename would replace it anyway when its folder is writable),
 * and a replaced file keeps its permissions.
 * Node only (the task pane in a browser offers the bytes as a download instead).
 */
export async function saveAtomically(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  const mode = await existingMode(path);
  if (mode !== null && (mode & 0o222) === 0) throw Object.assign(new Error(`${path} is read-only`), { code: READ_ONLY });
  workbook.calcProperties.fullCalcOnLoad = true;
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await workbook.xlsx.writeFile(temp);
    if (mode !== null) await chmod(temp, mode);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
