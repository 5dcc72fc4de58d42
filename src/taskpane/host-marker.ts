// Whether Office hosts this page, decided before office.js is loaded: office.js itself finds its host
// from these same places (the `_host_Info` parameter Office adds to the add-in's URL, the copy it keeps
// in sessionStorage when the page navigates, the window name of some hosts, or the host object that
// older Windows webviews expose). A plain browser has none of them, so office.js is not loaded there
// (it would call Microsoft's telemetry service for nothing).

/** What the check reads from the page; a parameter so that tests can give any combination. */
export interface PageClues {
  search: string;
  hash: string;
  /** sessionStorage.getItem("hostInfoValue"), or null (no storage, or storage refused). */
  storedHostInfo: string | null;
  windowName: string;
  /** Whether window.external.GetHostInfo or agaveHost.GetHostInfo is a function. */
  hostObject: boolean;
}

const MARKER = /(?:^|[?&#])_host_Info=/;

export function hasOfficeHostMarker(clues: PageClues): boolean {
  if (MARKER.test(clues.search) || MARKER.test(clues.hash)) return true;
  if (clues.storedHostInfo) return true;
  if (clues.hostObject) return true;
  if (clues.windowName.includes("hostInfo")) {
    try {
      const parsed: unknown = JSON.parse(clues.windowName);
      if (parsed && typeof parsed === "object" && "hostInfo" in parsed && (parsed as { hostInfo: unknown }).hostInfo)
        return true;
    } catch {
      // A window name that is not JSON is no host marker.
    }
  }
  return false;
}

/** The clues of the running page (every access guarded: storage can be refused, host objects throw). */
export function pageClues(win: Window = window): PageClues {
  let storedHostInfo: string | null = null;
  try {
    storedHostInfo = win.sessionStorage?.getItem("hostInfoValue") ?? null;
  } catch {
    storedHostInfo = null;
  }
  let hostObject = false;
  try {
    const external = (win as unknown as { external?: { GetHostInfo?: unknown } }).external;
    const agave = (win as unknown as { agaveHost?: { GetHostInfo?: unknown } }).agaveHost;
    hostObject = typeof external?.GetHostInfo === "function" || typeof agave?.GetHostInfo === "function";
  } catch {
    hostObject = false;
  }
  return {
    search: win.location.search,
    hash: win.location.hash,
    storedHostInfo,
    windowName: win.name ?? "",
    hostObject,
  };
}
