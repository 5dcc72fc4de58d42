import { useCallback, useState } from "react";
import { t } from "../i18n";
import { officeErrorInfo, officeErrorText } from "./office-error";

/** The outcome of the last action, shown in a message bar (never only in the console). */
export type Notice = { intent: "success" | "error"; text: string } | null;

/**
 * Message of anything thrown by Excel.run: an OfficeExtension.Error in the person's words (its
 * technical detail is shown apart, by TechnicalDetails), an Error's message, or a plain value.
 */
export function errorText(error: unknown): string {
  const office = officeErrorInfo(error);
  if (office) return officeErrorText(office);
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return t("app.functions.unknownError");
}

/** Runs insertions one at a time and keeps the notice to show. */
export function useFormulaInsertion(insert: (formula: string) => Promise<string>) {
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (id: string, formula: string) => {
      setBusy(true);
      try {
        const address = await insert(formula);
        setNotice({ intent: "success", text: t("app.functions.inserted", { id, address }) });
      } catch (error) {
        setNotice({ intent: "error", text: t("app.functions.insertFailed", { id, reason: errorText(error) }) });
      } finally {
        setBusy(false);
      }
    },
    [insert],
  );
  return { notice, busy, run, dismiss: () => setNotice(null) };
}
