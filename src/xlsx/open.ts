import { open as openFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import ExcelJS from "exceljs";
import yauzl from "yauzl";
import { t, type StringKey } from "../i18n";

/** Why a file could not be opened as a workbook; the CLI maps every reason to exit code 2. */
export type WorkbookFileErrorReason =
  | "notFound"
  | "notAFile"
  | "unreadable"
  | "empty"
  | "tooLarge"
  | "protected"
  | "notXlsx"
  | "truncated"
  | "bomb"
  | "encryptedEntry"
  | "corrupt";

/** A file that is not a readable .xlsx workbook. The message is user text (current locale). */
export class WorkbookFileError extends Error {
  constructor(
    readonly reason: WorkbookFileErrorReason,
    message: string,
  ) {
    super(message);
    this.name = "WorkbookFileError";
  }
}

export interface OpenLimits {
  /** Size of the file on disk. */
  maxFileBytes: number;
  /** Sum of the uncompressed sizes announced by the zip central directory. */
  maxUncompressedBytes: number;
  /** Uncompressed/compressed ratio above which a large entry is treated as a zip bomb. */
  maxRatio: number;
  /** Entries smaller than this are never judged on their ratio (tiny XML parts compress a lot). */
  ratioMinBytes: number;
}

// A 100 000-row tracking table is ~40 MB of sheet XML; real spreadsheet XML compresses 5–30×.
export const DEFAULT_OPEN_LIMITS: OpenLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxUncompressedBytes: 400 * 1024 * 1024,
  maxRatio: 200,
  ratioMinBytes: 8 * 1024 * 1024,
};

/**
 * ExcelJS 4.4 finds a sheet's tables, comments and drawings only through relative relationship
 * targets ("../tables/table1.xml"); openpyxl and some other tools write absolute ones
 * ("/xl/tables/table1.xml"), and ExcelJS then crashes on a table it cannot find. Both name the
 * same part: make absolute targets relative before ExcelJS resolves them.
 */
function acceptAbsoluteSheetTargets(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const WorksheetXform = require("exceljs/lib/xlsx/xform/sheet/worksheet-xform");
  const proto = WorksheetXform.prototype as { reconcile: (model: unknown, options: unknown) => unknown; absoluteTargets?: true };
  if (proto.absoluteTargets) return;
  const original = proto.reconcile;
  proto.reconcile = function reconcile(this: unknown, model: unknown, options: unknown) {
    const rels = (model as { relationships?: { Target?: unknown; TargetMode?: unknown }[] } | null)?.relationships ?? [];
    for (const rel of rels) {
      if (typeof rel.Target === "string" && rel.TargetMode !== "External" && rel.Target.startsWith("/xl/")) {
        rel.Target = `../${rel.Target.slice("/xl/".length)}`;
      }
    }
    return original.call(this, model, options);
  };
  proto.absoluteTargets = true;
}
acceptAbsoluteSheetTargets();

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1).replace(".", ",");

/**
 * Opens an .xlsx file with ExcelJS after cheap safety checks that never inflate anything: the file
 * kind from its first bytes, then the zip central directory (sizes, ratios, encryption) with yauzl.
 * Throws WorkbookFileError with a French (current locale) message on any problem.
 */
export async function readWorkbookFile(path: string, limits: Partial<OpenLimits> = {}): Promise<ExcelJS.Workbook> {
  const limit: OpenLimits = { ...DEFAULT_OPEN_LIMITS, ...limits };
  const file = basename(path);
  const fail = (reason: WorkbookFileErrorReason, params: Record<string, string | number> = {}): never => {
    throw new WorkbookFileError(reason, t(`check.open.${reason}` as StringKey, { file, ...params }));
  };

  const size = await fileSize(path, fail);
  if (size === 0) fail("empty");
  if (size > limit.maxFileBytes) fail("tooLarge", { size: megabytes(size), max: megabytes(limit.maxFileBytes) });

  const head = await readHead(path, fail);
  if (CFB_MAGIC.every((byte, i) => head[i] === byte)) fail("protected");
  if (!ZIP_MAGIC.every((byte, i) => head[i] === byte)) fail("notXlsx");

  await inspectZipDirectory(path, limit, fail);

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    fail("corrupt", { reason: error instanceof Error ? error.message : String(error) });
  }
  return workbook;
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
    return fail("unreadable", { reason: code ?? String(error) });
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
    fail("unreadable", { reason: (error as NodeJS.ErrnoException).code ?? String(error) });
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
    let total = 0;
    let hasWorkbookPart = false;
    let hasContentTypes = false;
    for await (const entry of zip.eachEntry()) {
      if (entry.isEncrypted()) fail("encryptedEntry");
      total += entry.uncompressedSize;
      if (total > limit.maxUncompressedBytes) fail("bomb", { size: megabytes(total) });
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize >= limit.ratioMinBytes && ratio > limit.maxRatio) {
        fail("bomb", { size: megabytes(entry.uncompressedSize) });
      }
      if (entry.fileName === "xl/workbook.xml") hasWorkbookPart = true;
      if (entry.fileName === "[Content_Types].xml") hasContentTypes = true;
    }
    if (!hasWorkbookPart || !hasContentTypes) fail("notXlsx");
  } catch (error) {
    if (error instanceof WorkbookFileError) throw error;
    fail("truncated");
  } finally {
    zip.close();
  }
}
