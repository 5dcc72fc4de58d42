import { open as openFile, readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import ExcelJS from "exceljs";
import yauzl from "yauzl";
import { fileReason } from "../i18n/system-errors";
import { openPackage } from "./engine/open";
import type { PackageWorkbook } from "./engine/port";
import { applyExcelJsPatches } from "./exceljs-patches";
import {
  DEFAULT_OPEN_LIMITS,
  WorkbookFileError,
  ZipDirectoryCheck,
  headProblem,
  sizeProblem,
  workbookFileError,
  type FileProblem,
  type OpenLimits,
  type WorkbookFileErrorReason,
} from "./file-checks";
import { registerNodeCodec } from "./node-codec";

// Files from other tools (openpyxl's absolute part targets …) need the ExcelJS work-arounds.
applyExcelJsPatches();
// The file engine deflates with node's native zlib on the command line.
registerNodeCodec();

export { DEFAULT_OPEN_LIMITS, WorkbookFileError, type OpenLimits, type WorkbookFileErrorReason } from "./file-checks";

/**
 * Opens an .xlsx file with ExcelJS after cheap safety checks that never inflate anything: the file
 * kind from its first bytes, then the zip central directory (sizes, ratios, encryption) with yauzl.
 * Throws WorkbookFileError with a French (current locale) message on any problem.
 */
export async function readWorkbookFile(path: string, limits: Partial<OpenLimits> = {}): Promise<ExcelJS.Workbook> {
  const limit: OpenLimits = { ...DEFAULT_OPEN_LIMITS, ...limits };
  const file = basename(path);
  const fail = (reason: WorkbookFileErrorReason, params: Record<string, string | number> = {}): never => {
    throw workbookFileError(file, { reason, params });
  };
  const refuse = (problem: FileProblem | null): void => {
    if (problem) fail(problem.reason, problem.params);
  };

  refuse(sizeProblem(await fileSize(path, fail), limit));
  refuse(headProblem(await readHead(path, fail)));

  await inspectZipDirectory(path, limit, fail);

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    fail("corrupt", { reason: error instanceof Error ? error.message : String(error) });
  }
  return workbook;
}

/**
 * Opens an .xlsx file for the file engine (src/xlsx/engine): the same checks as readWorkbookFile,
 * then the package is read in memory, never as a whole-workbook model.
 */
export async function openPackageFile(path: string, limits: Partial<OpenLimits> = {}): Promise<PackageWorkbook> {
  const limit: OpenLimits = { ...DEFAULT_OPEN_LIMITS, ...limits };
  const file = basename(path);
  const fail = (reason: WorkbookFileErrorReason, params: Record<string, string | number> = {}): never => {
    throw workbookFileError(file, { reason, params });
  };
  const tooBig = sizeProblem(await fileSize(path, fail), limit);
  if (tooBig) fail(tooBig.reason, tooBig.params);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return fail("unreadable", { reason: fileReason(error, "read") });
  }
  return openPackage(file, bytes, limit);
}

type Fail = (reason: WorkbookFileErrorReason, params?: Record<string, string | number>) => never;

async function fileSize(path: string, fail: Fail): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isFile()) fail("notAFile");
    return info.size;
  } catch (error) {
    if (error instanceof WorkbookFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") fail("notFound");
    return fail("unreadable", { reason: fileReason(error, "read") });
  }
}

async function readHead(path: string, fail: Fail): Promise<Buffer> {
  const head = Buffer.alloc(8);
  try {
    const handle = await openFile(path, "r");
    try {
      await handle.read(head, 0, head.length, 0);
    } finally {
      await handle.close();
    }
  } catch (error) {
    fail("unreadable", { reason: fileReason(error, "read") });
  }
  return head;
}

/** Reads only the central directory: announced sizes are enough to refuse a bomb before inflating. */
async function inspectZipDirectory(path: string, limit: OpenLimits, fail: Fail): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    // validateEntrySizes stays on: if an entry lies about its size, the later inflate fails.
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, strictFileNames: false });
  } catch {
    return fail("truncated");
  }
  try {
    const check = new ZipDirectoryCheck(limit);
    for await (const entry of zip.eachEntry()) {
      const { fileName, compressedSize, uncompressedSize } = entry;
      const problem = check.add({ fileName, compressedSize, uncompressedSize, encrypted: entry.isEncrypted() });
      if (problem) fail(problem.reason, problem.params);
    }
    const problem = check.finish();
    if (problem) fail(problem.reason, problem.params);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw error;
    fail("truncated");
  } finally {
    zip.close();
  }
}
