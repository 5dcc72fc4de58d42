import { localeFromLanguage, setLocale, type Locale } from "../i18n";

/** Where the page runs: inside Excel, or in a plain browser (no Office host, or office.js missing). */
export type HostInfo = { kind: "excel"; locale: Locale } | { kind: "none"; locale: Locale };

/** Outside Office, onReady answers `host: null` in about 250 ms; if office.js never loads it never answers. */
export const OFFICE_READY_TIMEOUT_MS = 3000;

type OnReady = () => Promise<{ host: Office.HostType | null }>;

/**
 * Waits for Office (bounded), then sets the i18n locale: French unless Office's display language is
 * English. `onReady` and `displayLanguage` are parameters so tests can drive this without office.js.
 */
export async function detectHost(
  onReady: OnReady | undefined = officeOnReady(),
  displayLanguage: () => string | undefined = () => Office.context?.displayLanguage,
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS,
): Promise<HostInfo> {
  if (!onReady) return { kind: "none", locale: "fr" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([onReady().catch(() => null), timeout]);
    // Compared as text: Office.HostType is only defined when office.js loaded.
    if (!info || String(info.host) !== "Excel") return { kind: "none", locale: "fr" };
    const locale = localeFromLanguage(displayLanguage());
    setLocale(locale);
    return { kind: "excel", locale };
  } finally {
    clearTimeout(timer);
  }
}

/** Office.onReady when office.js loaded, undefined otherwise (blocked, offline, opened from disk). */
function officeOnReady(): OnReady | undefined {
  return typeof Office !== "undefined" && typeof Office.onReady === "function" ? () => Office.onReady() : undefined;
}
