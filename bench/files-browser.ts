/**
 * The same check and import as the files bench, in the task pane's file mode (no Office host) in
 * headless Chromium: the built pane (dist/) is served over http, the workbook and the CSV are
 * chosen in the pane's file pickers, and the time runs from the click on Vérifier / Importer to
 * the download the pane then offers. Memory is the page's: the JS heap (used and reserved) through
 * the DevTools protocol once the operation is done, and the renderer process's peak RSS (VmHWM)
 * where /proc shows it. A fresh browser per run, so that no run inherits another's heap.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { DIST, launchPane } from "../test/support/browser";
import { openTab } from "../test/support/pane";

export interface BrowserResult {
  seconds: number;
  heapUsedMb: number;
  heapTotalMb: number;
  /** Peak resident memory of the page's renderer process, when /proc can tell. */
  rendererPeakMb: number | null;
}

export type BrowserMode = "check" | "import";

async function heap(page: Page): Promise<{ used: number; total: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  await cdp.detach();
  return { used: metric("JSHeapUsedSize") / 1048576, total: metric("JSHeapTotalSize") / 1048576 };
}

/** Peak RSS of the renderer processes of the browser (the page's, in a browser with one page). */
async function rendererPeakMb(page: Page): Promise<number | null> {
  const browser = page.context().browser();
  const session = browser ? await browser.newBrowserCDPSession() : await page.context().newCDPSession(page);
  try {
    const info = (await session.send("SystemInfo.getProcessInfo" as never)) as unknown as {
      processInfo: { type: string; id: number }[];
    };
    const peaks = info.processInfo
      .filter((p) => p.type === "renderer")
      .map(
        (p) =>
          /VmHWM:\s+(\d+) kB/.exec(
            existsSync(`/proc/${p.id}/status`) ? readFileSync(`/proc/${p.id}/status`, "utf8") : "",
          )?.[1],
      )
      .filter((kb): kb is string => kb !== undefined)
      .map((kb) => Number(kb) / 1024);
    return peaks.length > 0 ? Math.max(...peaks) : null;
  } catch {
    return null;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

export async function runInBrowser(mode: BrowserMode, workbook: string, csv: string): Promise<BrowserResult> {
  if (!existsSync(join(DIST, "taskpane.html")))
    throw new Error("dist/taskpane.html is missing: run npm run build first.");
  const pane = await launchPane({ width: 400, acceptDownloads: true });
  try {
    const page = await pane.browser.newPage();
    const failures: string[] = [];
    page.on("pageerror", (error) => failures.push(error.message));
    await page.goto(`${pane.server.url}taskpane.html`);
    await page.getByTestId("no-office").waitFor({ timeout: 30_000 });
    let started: bigint;
    if (mode === "check") {
      await openTab(page, "Vérifier");
      await page.getByTestId("check-workbook").setInputFiles(workbook);
      started = process.hrtime.bigint();
      await page.getByRole("button", { name: "Vérifier", exact: true }).click();
      await page.getByRole("button", { name: /^Télécharger le rapport «/ }).waitFor({ timeout: 600_000 });
    } else {
      await openTab(page, "Importer");
      await page.getByTestId("import-workbook").setInputFiles(workbook);
      await page.getByTestId("import-source").setInputFiles(csv);
      started = process.hrtime.bigint();
      await page.getByRole("button", { name: "Importer", exact: true }).click();
      await page.getByTestId("import-outcome").filter({ hasText: "ajoutée(s)" }).waitFor({ timeout: 600_000 });
      await page.getByRole("button", { name: /^Télécharger « / }).waitFor({ timeout: 60_000 });
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (failures.length > 0) throw new Error(`the pane failed: ${failures.join("; ")}`);
    const { used, total } = await heap(page);
    return { seconds, heapUsedMb: used, heapTotalMb: total, rendererPeakMb: await rendererPeakMb(page) };
  } finally {
    await pane.close();
  }
}
