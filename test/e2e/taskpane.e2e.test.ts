// The built task pane opened in a plain browser (no Office host), as a newcomer would open
// dist/taskpane.html: it must explain itself in French and list the functions, without errors, and
// keep its tabs in sight and within the pane from 320 px (the narrowest Excel task pane) up.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type BrowserContext } from "playwright-core";
import { launchPane, ROOT, type PaneBrowser } from "../support/browser";
import { openTab, visibleTabs } from "../support/pane";
import { type StaticServer } from "../support/static-server";
import { describeWith } from "../support/tools";

const SCREENSHOT = join(ROOT, ".tmp", "taskpane-no-office.png");

/** An Excel task pane is 320–450 px wide; this is a common height for it on a laptop screen. */
const PANE_HEIGHT = 700;

/** The function ids users type (from the add-in's specification). */
/** The tabs of the pane outside Excel, in order. */
const TABS_OUTSIDE_EXCEL = ["Accueil", "Saisie", "Vérifier", "Importer", "Construire", "Paramètres", "Fonctions"];

const IDS = ["COST_ETP", "PRORATA", "INSTALMENT", "SCHEDULE", "REVALUE", "PRESENCE_DAYS", "SEMESTER"];

describeWith("Chromium", "task pane opened without Office (dist/taskpane.html)", () => {
  let server: StaticServer;
  let browser: BrowserContext;
  let pane: PaneBrowser;
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    pane = await launchPane({ width: 360 });
    ({ server, browser } = pane);
  });

  afterAll(async () => {
    await pane?.close();
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
    // Short by default: the title and one sentence, the details behind "En savoir plus".
    expect(await notice.innerText()).toContain("Page ouverte hors d'Excel");
    expect(await notice.innerText()).not.toContain("Ce qui marche sans Excel");
    const more = notice.getByRole("button", { name: "En savoir plus" });
    expect(await more.getAttribute("aria-expanded")).toBe("false");
    await more.click();
    await notice.getByText("Ce qui marche sans Excel").waitFor();
    expect(await more.getAttribute("aria-expanded")).toBe("true");
    const noticeText = await notice.innerText();
    expect(noticeText).toContain("npx suivi-convention --help");
    expect(noticeText).toContain("Charger mon complément");
    // Only what exists: the semi-annual evaluation for the steering committee is not built yet.
    expect(noticeText).not.toMatch(/évaluation|comité de pilotage/i);
    await more.click();

    // It opens on the file work (Accueil: choose a workbook or create one), not on disabled buttons.
    expect(await page.getByRole("tab", { name: "Accueil" }).getAttribute("aria-selected")).toBe("true");
    await page.getByRole("button", { name: "Choisir le fichier…" }).first().waitFor();
    expect(await page.getByRole("button", { name: "Créer un nouveau classeur" }).isEnabled()).toBe(true);
    for (const button of await page.getByRole("button").all()) expect(await button.isEnabled()).toBe(true);
    // The Fonctions tab lists one card per function.
    await openTab(page, "Fonctions");
    // The screen's code arrives on first opening.
    await page.locator("[data-function]").first().waitFor();
    const listed = await page
      .locator("[data-function]")
      .evaluateAll((items) => items.map((i) => i.getAttribute("data-function")));
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

  it.each([320, 360, 400])(
    "keeps the tabs on one row inside a %i px pane, the others in the Plus menu, every tab reachable",
    async (width) => {
      const page = await browser.newPage();
      await page.setViewportSize({ width, height: PANE_HEIGHT });
      await page.goto(`${server.url}taskpane.html`);
      await page.getByTestId("no-office").waitFor({ timeout: 15000 });

      const shown = await visibleTabs(page);
      expect(shown.length).toBeGreaterThanOrEqual(2);
      const tops = new Set<number>();
      for (const tab of await page.getByRole("tab").all()) {
        if (!(await tab.isVisible())) continue;
        const box = await tab.boundingBox();
        if (!box) throw new Error(`tab ${await tab.innerText()} is not rendered`);
        tops.add(Math.round(box.y));
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(box.y + box.height).toBeLessThanOrEqual(PANE_HEIGHT);
        // The label is not cut ("Impo…"): its text fits in the tab.
        expect(await tab.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
      }
      // One row: no grid of tabs.
      expect(tops.size).toBe(1);
      // Nothing runs off the pane's right edge.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // Every tab is reachable, from the row or from the menu: each one shows its screen.
      for (const name of TABS_OUTSIDE_EXCEL) await openTab(page, name);
      await openTab(page, "Importer");
      await page.getByText("Fichier à importer (.csv ou .xlsx)").waitFor();
      // A command is never cut before "--help" (nor anywhere else): one line box per command.
      await page.getByTestId("no-office").getByRole("button", { name: "En savoir plus" }).click();
      for (const code of await page.locator("code").all()) {
        expect(await code.evaluate((element) => element.getClientRects().length)).toBe(1);
      }
      // Pointer away and the selection indicator's slide over, so the screenshot shows the resting pane.
      await page.mouse.move(0, PANE_HEIGHT - 1);
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(ROOT, ".tmp", `taskpane-${width}.png`) });
      await page.close();
    },
  );

  it("loads nothing from another origin, and not office.js, outside Office", async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`${server.url}taskpane.html`);
    await page.getByTestId("no-office").waitFor({ timeout: 15000 });
    for (const name of TABS_OUTSIDE_EXCEL) await openTab(page, name);
    // Every screen rendered; a late request (a lazily loaded chunk, a font) would come within this wait.
    await page.waitForTimeout(1000);
    const foreign = requests.filter(
      (url) => !url.startsWith(server.url) && !url.startsWith("blob:") && !url.startsWith("data:"),
    );
    expect(foreign).toEqual([]);
    expect(requests.filter((url) => /office\.js/.test(url))).toEqual([]);
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe("undefined");
    await page.close();
  });
});
