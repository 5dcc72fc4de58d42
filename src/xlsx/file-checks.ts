import { tDynamic } from "../i18n";
import "../i18n/areas/open";

/**
 * The checks made on a workbook file before ExcelJS inflates anything, shared by the command line
 * (src/xlsx/open.ts, files on disk) and the task pane in a browser (src/xlsx/browser.ts, bytes).
 * Pure: no node modules, no DOM, no ExcelJS.
 */

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
  | "corrupt"
  | "macroEnabled"
  | "binaryWorkbook"
  | "strictOoxml";

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

/** A reason to refuse a file, with the parameters of its message. */
export interface FileProblem {
  reason: WorkbookFileErrorReason;
  params?: Record<string, string | number>;
}

/** The error for `problem`, its message naming `file` (the check.open.* texts). */
export function workbookFileError(file: string, problem: FileProblem): WorkbookFileError {
  return new WorkbookFileError(problem.reason, tDynamic(`check.open.${problem.reason}`, { file, ...problem.params }));
}

export const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1).replace(".", ",");

/** Empty files and files above the size limit. */
export function sizeProblem(size: number, limit: OpenLimits): FileProblem | null {
  if (size === 0) return { reason: "empty" };
  if (size > limit.maxFileBytes)
    return { reason: "tooLarge", params: { size: megabytes(size), max: megabytes(limit.maxFileBytes) } };
  return null;
}

// OLE compound file: legacy .xls, and any password-protected (encrypted) Office file.
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
// "PK\x03\x04": a zip archive, which every .xlsx is.
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** The file kind from its first bytes: a zip is what an .xlsx must be. */
export function headProblem(head: Uint8Array): FileProblem | null {
  if (CFB_MAGIC.every((byte, i) => head[i] === byte)) return { reason: "protected" };
  if (!ZIP_MAGIC.every((byte, i) => head[i] === byte)) return { reason: "notXlsx" };
  return null;
}

/** One entry of a zip central directory, as both readers report it. */
export interface ZipEntryInfo {
  fileName: string;
  compressedSize: number;
  uncompressedSize: number;
  encrypted: boolean;
}

/** Judges a zip's central directory entry by entry, from announced sizes only (nothing inflated). */
export class ZipDirectoryCheck {
  private total = 0;
  private workbookPart = false;
  private contentTypes = false;

  constructor(private readonly limit: OpenLimits) {}

  add(entry: ZipEntryInfo): FileProblem | null {
    if (entry.encrypted) return { reason: "encryptedEntry" };
    this.total += entry.uncompressedSize;
    if (this.total > this.limit.maxUncompressedBytes)
      return { reason: "bomb", params: { size: megabytes(this.total) } };
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize >= this.limit.ratioMinBytes && ratio > this.limit.maxRatio) {
      return { reason: "bomb", params: { size: megabytes(entry.uncompressedSize) } };
    }
    if (entry.fileName === "xl/workbook.xml") this.workbookPart = true;
    if (entry.fileName === "[Content_Types].xml") this.contentTypes = true;
    return null;
  }

  /** After the last entry: a zip without the workbook's parts is not an .xlsx. */
  finish(): FileProblem | null {
    return this.workbookPart && this.contentTypes ? null : { reason: "notXlsx" };
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/**
 * The central directory of a zip held in memory (the browser has the whole file anyway), or null
 * when it cannot be found or runs past the end of the bytes (a truncated copy). ZIP64 sizes are
 * read as 0xFFFFFFFF, which the size limits then refuse.
 */
export function zipEntries(bytes: Uint8Array): ZipEntryInfo[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let at = bytes.length - EOCD_SIZE; at >= Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT); at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntryInfo[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return null;
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > eocd) return null;
    entries.push({
      fileName: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
    });
    at = next;
  }
  return entries;
}

/** Every check on a whole file held in memory, in the order the command line makes them. */
export function bytesProblem(bytes: Uint8Array, limits: Partial<OpenLimits> = {}): FileProblem | null {
  const limit: OpenLimits = { ...DEFAULT_OPEN_LIMITS, ...limits };
  const problem = sizeProblem(bytes.length, limit) ?? headProblem(bytes.subarray(0, 8));
  if (problem) return problem;
  const entries = zipEntries(bytes);
  if (!entries) return { reason: "truncated" };
  const check = new ZipDirectoryCheck(limit);
  for (const entry of entries) {
    const found = check.add(entry);
    if (found) return found;
  }
  return check.finish();
}
