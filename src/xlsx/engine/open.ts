import { bytesProblem, workbookFileError, type OpenLimits, type WorkbookFileErrorReason } from "../file-checks";
import { PackageError } from "./package";
import { PackageWorkbook } from "./port";

const REASON: Record<PackageError["reason"], WorkbookFileErrorReason> = {
  macro: "macroEnabled",
  binary: "binaryWorkbook",
  strict: "strictOoxml",
  notWorkbook: "notXlsx",
  encrypted: "protected",
  damaged: "corrupt",
};

/**
 * Opens a workbook held in memory (a file read from disk, or chosen in the task pane) after the
 * checks made before anything is inflated. Throws WorkbookFileError with a French (current
 * locale) message naming `file`. Node and browser alike.
 */
export function openPackage(file: string, bytes: Uint8Array, limits: Partial<OpenLimits> = {}): PackageWorkbook {
  const problem = bytesProblem(bytes, limits);
  if (problem) throw workbookFileError(file, problem);
  let port: PackageWorkbook;
  try {
    port = new PackageWorkbook(bytes);
    // Reading the structure now refuses an unusable package before any command works on it.
    port.book.sheets();
    port.book.tables();
  } catch (error) {
    if (error instanceof PackageError) {
      const reason = REASON[error.reason];
      throw workbookFileError(file, { reason, params: reason === "corrupt" ? { reason: error.message } : {} });
    }
    throw workbookFileError(file, {
      reason: "corrupt",
      params: { reason: error instanceof Error ? error.message : String(error) },
    });
  }
  return port;
}
