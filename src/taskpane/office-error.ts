// What Excel says when a request fails (OfficeExtension.Error): a sentence for the person, and the
// technical detail kept for whoever supports the add-in.
import { t, tDynamic } from "../i18n";
import "../i18n/areas/office";

/** The fields of an OfficeExtension.Error this pane reads (its code and DebugInfo). */
export interface OfficeErrorInfo {
  code: string;
  message: string;
  location: string | null;
  statement: string | null;
}

/** Error codes of the Excel JavaScript API that get their own French sentence. */
const KNOWN_CODES = [
  "AccessDenied",
  "ActivityLimitReached",
  "ApiNotFound",
  "Conflict",
  "GeneralException",
  "InsertDeleteConflict",
  "InvalidArgument",
  "InvalidOperation",
  "InvalidOperationInCellEditMode",
  "InvalidReference",
  "ItemAlreadyExists",
  "ItemNotFound",
  "NotImplemented",
  "RequestAborted",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "UnsupportedOperation",
  "PropertyNotLoaded",
] as const;

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/** The error's Office fields, or null when it is not an error Office.js raised. */
export function officeErrorInfo(error: unknown): OfficeErrorInfo | null {
  if (typeof error !== "object" || error === null) return null;
  const e = error as { name?: unknown; code?: unknown; message?: unknown; debugInfo?: unknown };
  const debug = (typeof e.debugInfo === "object" && e.debugInfo !== null ? e.debugInfo : {}) as Record<string, unknown>;
  const code = text(e.code) ?? text(debug.code);
  const fromOffice =
    e.debugInfo !== undefined || (typeof e.name === "string" && /OfficeExtension|RichApi/.test(e.name));
  if (!code || !fromOffice) return null;
  return {
    code,
    message: text(e.message) ?? text(debug.message) ?? "",
    location: text(debug.errorLocation),
    statement: text(debug.statement),
  };
}

/** A French (or English) sentence for what Excel refused; the code's own words when it has none. */
export function officeErrorText(info: OfficeErrorInfo): string {
  if ((KNOWN_CODES as readonly string[]).includes(info.code)) return tDynamic(`office.code.${info.code}`);
  return t("office.code.other", { message: info.message || info.code });
}

/** The lines a support person needs, ready to copy (code, failing call, statement, Excel's message). */
export function technicalDetail(info: OfficeErrorInfo): string {
  return [
    `code: ${info.code}`,
    info.location ? `errorLocation: ${info.location}` : null,
    info.statement && info.statement !== info.location ? `statement: ${info.statement}` : null,
    info.message ? `message: ${info.message}` : null,
  ]
    .filter((line): line is string => line !== null)
    .join("\n");
}
