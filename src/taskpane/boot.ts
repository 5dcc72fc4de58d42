// The first script of taskpane.html (tiny, blocking): inside Office it loads office.js, then the
// custom functions, the ribbon commands and the pane, in that order (one shared runtime); in a plain
// browser only the pane, which works on files and needs nothing from Office.
import { scriptsToLoad } from "./boot-scripts";
import { hasOfficeHostMarker, pageClues } from "./host-marker";

function boot(): void {
  const self = document.currentScript as HTMLScriptElement | null;
  if (!self) return;
  const inOffice = hasOfficeHostMarker(pageClues());
  document.documentElement.dataset.host = inOffice ? "office" : "browser";
  for (const src of scriptsToLoad(inOffice, self.dataset)) {
    const script = document.createElement("script");
    script.src = src;
    // Inserted scripts run as soon as loaded unless async is false: then they run in insertion order.
    script.async = false;
    document.head.appendChild(script);
  }
}

boot();
