// The built task pane opened in a plain browser (no Office host), as a newcomer would open
// dist/taskpane.html: it must explain itself in French and list the functions, without errors.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { serveFolder, type StaticServer } from "../support/static-server";
import { CHROMIUM_PATH, describeWith } from "../support/tools";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const SCREENSHOT = join(ROOT, ".tmp", "taskpane-no-office.png");

/** The function ids users type (from the add-in's specification). */
const IDS = ["COST_ETP", "PRORATA", "INSTALMENT", "SCHEDULE", "REVALUE", "PRESENCE_DAYS", "SEMESTER"];

describeWith("Chromium", "task pane opened without Office (dist/taskpane.html)", () => {
  let server: StaticServer;
  let browser: BrowserContext;
  let profile: string;
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(DIST, "taskpane.html"))) throw new Error(`${DIST}/taskpane.html is missing: run "npm run build" first.`);
    profile = mkdtempSync(join(tmpdir(), "suivi-e2e-"));
    server = await serveFolder(DIST);
    // A fresh profile each run (persistent context is how playwright takes a user-data dir).
    browser = await chromium.launchPersistentContext(join(profile, "chromium"), {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      viewport: { width: 360, height: 900 },
      locale: "fr-FR",
      env: { ...process.env, HOME: profile, XDG_CONFIG_HOME: join(profile, "config"), XDG_CACHE_HOME: join(profile, "cache") },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it("says what the add-in is and what works without Excel, lists the functions, and logs no error", async () => {
    const page = await browser.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => pageErrors.push(error.message));

    await page.goto(`${server.url}taskpane.html`);
    const notice = page.getByTestId("no-office");
    await notice.waitFor({ timeout: 15000 });

    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    const noticeText = await notice.innerText();
    expect(noticeText).toContain("Page ouverte hors d'Excel");
    expect(noticeText).toContain("Ce qui marche sans Excel");
    expect(noticeText).toContain("npx suivi-convention --help");
    expect(noticeText).toContain("Charger mon complément");

    // The Fonctions tab is there and selected, with one card per function.
    const tab = page.getByRole("tab", { name: "Fonctions" });
    expect(await tab.getAttribute("aria-selected")).toBe("true");
    const listed = await page.locator("[data-function]").evaluateAll((items) => items.map((i) => i.getAttribute("data-function")));
    expect(listed).toEqual(IDS);

    // The convention's cost example in French Excel syntax, and its result as French Excel shows it.
    const cost = page.locator('[data-function="COST_ETP"]');
    expect(await cost.innerText()).toContain("=COST_ETP(46795;0,5)");
    expect((await cost.innerText()).replace(/\s/g, "")).toContain("23397,50");

    // Insert buttons are disabled here, and the page says why.
    const buttons = page.getByRole("button", { name: /^Insérer / });
    expect(await buttons.count()).toBe(IDS.length);
    for (const button of await buttons.all()) expect(await button.isDisabled()).toBe(true);
    await page.getByText("Insertion possible seulement dans Excel").waitFor();

    mkdirSync(join(ROOT, ".tmp"), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    expect(server.missing).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
