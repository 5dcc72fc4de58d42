// Files the user chooses in the task pane, and the downloads it offers. No ExcelJS here: what needs
// it is in file-mode.ts, loaded only when a file is processed.
import { t } from "../i18n";
import "../i18n/areas/files";
import { DEFAULT_OPEN_LIMITS, sizeProblem, workbookFileError } from "../xlsx/file-checks";

/** A file's name and its bytes, read in memory (never written back: a download is the output). */
export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The file-mode module (ExcelJS and the features), fetched on first use. */
export const loadFileMode = () => import(/* webpackChunkName: "file-mode" */ "./file-mode");

/** Reads a chosen workbook, refusing an empty or oversized one before loading it in memory. */
export async function readChosenWorkbook(file: File): Promise<ChosenFile> {
  const problem = sizeProblem(file.size, DEFAULT_OPEN_LIMITS);
  if (problem) throw workbookFileError(file.name, problem);
  return readChosen(file);
}

/** Reads a chosen file (a CSV, a settings file) in memory, within the same size limit. */
export async function readChosen(file: File): Promise<ChosenFile> {
  const problem = sizeProblem(file.size, DEFAULT_OPEN_LIMITS);
  if (problem && problem.reason === "tooLarge") throw workbookFileError(file.name, problem);
  try {
    return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch (error) {
    throw new Error(
      t("file.unreadable", { file: file.name, reason: error instanceof Error ? error.message : String(error) }),
    );
  }
}

/** Offers bytes as a download under `name` (the browser asks or saves to its downloads folder). */
export function offerDownload(name: string, bytes: Uint8Array | string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: the browser reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
