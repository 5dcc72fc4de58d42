import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { serveFolder, type StaticServer } from "./static-server";
import { CHROMIUM_PATH } from "./tools";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");

/** The built task pane served over http, and Debian's Chromium with a fresh profile to open it. */
export interface PaneBrowser {
  server: StaticServer;
  browser: BrowserContext;
  /** A temporary folder (the browser profile's parent) for the test's files; removed by close(). */
  dir: string;
  close(): Promise<void>;
}

// Without the background-networking flags Chromium keeps calling hosts this closed network refuses.
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchPane(options: {
  width: number;
  height?: number;
  acceptDownloads?: boolean;
}): Promise<PaneBrowser> {
  if (!existsSync(join(DIST, "taskpane.html")))
    throw new Error(`${DIST}/taskpane.html is missing: run "npx webpack --mode production" first.`);
  const profile = mkdtempSync(join(tmpdir(), "suivi-e2e-"));
  const server = await serveFolder(DIST);
  // A fresh profile each run (a persistent context is how playwright takes a user-data dir).
  const browser = await chromium.launchPersistentContext(join(profile, "chromium"), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    viewport: { width: options.width, height: options.height ?? 900 },
    locale: "fr-FR",
    acceptDownloads: options.acceptDownloads ?? false,
    env: {
      ...process.env,
      HOME: profile,
      XDG_CONFIG_HOME: join(profile, "config"),
      XDG_CACHE_HOME: join(profile, "cache"),
    },
  });
  return {
    server,
    browser,
    dir: profile,
    async close() {
      await browser.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
