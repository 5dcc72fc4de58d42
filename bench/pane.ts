// The task pane as Excel loads it: initial JavaScript (gzipped) and time until the home screen is
// interactive in headless Chromium, against a blank page that loads the same office.js in the same run.
// Needs dist/ (npm run build). office.js is the test stand-in over the recording fake (no network
// here, and Microsoft's office.js only answers inside a real Office host) for both pages alike.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildSync } from "esbuild";
import { launchPane, DIST, ROOT } from "../test/support/browser";
import { printTable } from "./support";

/** The scripts taskpane.html loads inside Office (boot.js's data attributes), without office.js. */
function initialScripts(): string[] {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const attribute = (name: string) => new RegExp(`${name}="?([^">]+)"?`).exec(html)?.[1] ?? "";
  const boot = /<script src="?([^" >]+)"?/.exec(html)?.[1] ?? "boot.js";
  return [boot, ...`${attribute("data-office-bundles")} ${attribute("data-bundles")}`.split(/\s+/).filter(Boolean)];
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchPane(): Promise<void> {
  if (!existsSync(join(DIST, "taskpane.html")))
    throw new Error("dist/taskpane.html is missing: run npm run build first.");
  const scripts = initialScripts();
  const sizes = scripts.map((file) => ({
    file,
    raw: readFileSync(join(DIST, file)).length,
    gzip: gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length,
  }));
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  printTable(
    "Task pane inside Excel: initial JavaScript (office.js aside)",
    ["file", "bytes", "gzip bytes"],
    [
      ...sizes.map((s) => [s.file, String(s.raw), String(s.gzip)]),
      [
        "total",
        String(sizes.reduce((a, s) => a + s.raw, 0)),
        `${total} (${(total / 1024).toFixed(1)} KB, budget 200 KB)`,
      ],
    ],
  );

  const stub = buildSync({
    entryPoints: [join(ROOT, "test", "support", "office-stub.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
  }).outputFiles[0].text;
  const pane = await launchPane({ width: 360 });
  try {
    const runs = { blank: [] as number[], pane: [] as number[] };
    for (let i = 0; i < 7; i++) {
      for (const kind of ["blank", "pane"] as const) {
        const page = await pane.browser.newPage();
        await page.route(/\/office\.js$/, (route) =>
          route.fulfill({ status: 200, contentType: "text/javascript", body: stub }),
        );
        await page.route("**/blank.html", (route) =>
          route.fulfill({
            status: 200,
            contentType: "text/html",
            body: '<!doctype html><html><head><script src="office.js"></script></head><body><script>Office.onReady().then(function () { document.body.dataset.ready = "1"; });</script></body></html>',
          }),
        );
        const started = Date.now();
        if (kind === "blank") {
          await page.goto(`${pane.server.url}blank.html`);
          await page.waitForSelector("body[data-ready]", { state: "attached" });
        } else {
          await page.goto(`${pane.server.url}taskpane.html?_host_Info=Excel$Win32$16.01$fr-FR$$$$0`);
          // Interactive: the home screen's status is shown and its action button can be clicked.
          await page.getByTestId("home-status").waitFor();
          await page
            .getByRole("button", { name: /Construire le classeur|Vérifier le classeur|Saisir un acte/ })
            .waitFor();
        }
        if (i > 0) runs[kind].push(Date.now() - started); // the first run warms the browser's caches
        await page.close();
      }
    }
    const blank = median(runs.blank);
    const home = median(runs.pane);
    printTable(
      "Time to an interactive home screen, headless Chromium (median of 6)",
      ["page", "ms"],
      [
        ["blank page + office.js", String(blank)],
        ["task pane (Accueil)", String(home)],
        ["difference (budget 1000 ms)", String(home - blank)],
      ],
    );
  } finally {
    await pane.close();
  }
}
