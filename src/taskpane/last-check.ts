// The result of the last check, remembered for the home screen (kept apart from the checking code so
// that the home screen's first download stays small).

export interface LastCheck {
  on: string;
  errors: number;
  warnings: number;
}

const LAST_CHECK_KEY = "suivi.lastCheck";

/** Inside Excel the workbook's own settings keep it (it travels with the file); else this browser tab. */
export function rememberCheck(result: LastCheck): void {
  try {
    if (typeof Office !== "undefined" && Office.context?.document?.settings) {
      Office.context.document.settings.set(LAST_CHECK_KEY, result);
      Office.context.document.settings.saveAsync(() => undefined);
      return;
    }
    sessionStorage.setItem(LAST_CHECK_KEY, JSON.stringify(result));
  } catch {
    // Remembering is a convenience: a refused storage changes nothing else.
  }
}

export function lastCheck(): LastCheck | null {
  try {
    const stored: unknown =
      typeof Office !== "undefined" && Office.context?.document?.settings
        ? Office.context.document.settings.get(LAST_CHECK_KEY)
        : JSON.parse(sessionStorage.getItem(LAST_CHECK_KEY) ?? "null");
    if (stored && typeof stored === "object" && typeof (stored as LastCheck).on === "string")
      return stored as LastCheck;
  } catch {
    return null;
  }
  return null;
}

/** Today's date in the user's time zone, ISO yyyy-mm-dd (as the check takes it). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
