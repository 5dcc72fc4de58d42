// Accessibility of every screen of the built pane, in Chromium: axe-core finds no serious or critical
// violation in French and English, in the light, dark and high-contrast themes, and the keyboard
// alone reaches every control of every screen. Needs dist/ (npx webpack --mode production).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { type BrowserContext, type Page } from "playwright-core";
import { launchPane, ROOT, type PaneBrowser } from "../support/browser";
import { type OfficeStubOptions, type OfficeStubWindow } from "../support/office-stub";
import { openTab } from "../support/pane";
import { type StaticServer } from "../support/static-server";
import { describeWith } from "../support/tools";

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const TABS = {
  fr: ["Accueil", "Saisie", "Vérifier", "Importer", "Construire", "Paramètres", "Fonctions"],
  en: ["Home", "Entry", "Check", "Import", "Build", "Settings", "Functions"],
};

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

/**
 * Serious and critical violations. Fluent's focus manager (tabster) adds invisible focus sentinels
 * (<i data-tabster-dummy tabindex="0" aria-hidden="true">) that pass focus on at once; axe reads them
 * as focusable hidden elements, so they are left out of the scan.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe.run(
      { exclude: [["[data-tabster-dummy]"]] } as unknown as Document,
      { resultTypes: ["violations"] },
    ),
  )) as AxeResult;
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}

function bundleOfficeStub(): string {
  return buildSync({
    entryPoints: [join(ROOT, "test", "support", "office-stub.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
  }).outputFiles[0].text;
}

type Theme = "light" | "dark" | "highContrast";

describeWith("Chromium", "accessibility of every screen (axe-core and the keyboard)", () => {
  let server: StaticServer;
  let browser: BrowserContext;
  let pane: PaneBrowser;
  let stub: string;

  beforeAll(async () => {
    stub = bundleOfficeStub();
    pane = await launchPane({ width: 360 });
    ({ server, browser } = pane);
  });
  afterAll(async () => {
    await pane?.close();
  });

  /** The pane in Excel (stand-in) in a language, or in a browser; the theme from Office's colours or the system. */
  async function open(mode: "excel" | "browser", language: "fr" | "en", theme: Theme): Promise<Page> {
    const page = await browser.newPage();
    await page.emulateMedia({
      colorScheme: theme === "dark" ? "dark" : "light",
      forcedColors: theme === "highContrast" ? "active" : "none",
    });
    if (mode === "excel") {
      const options: OfficeStubOptions = { displayLanguage: language === "fr" ? "fr-FR" : "en-US" };
      await page.addInitScript((o) => {
        (window as unknown as OfficeStubWindow).officeStubOptions = o;
      }, options);
      // Office's dark grey theme gives this body background.
      const dark = theme === "dark";
      await page.route(/\/office\.js$/, (route) =>
        route.fulfill({
          status: 200,
          contentType: "text/javascript",
          body: `${stub}\n;Office.context.officeTheme = { bodyBackgroundColor: ${JSON.stringify(dark ? "#262626" : "#FFFFFF")} };`,
        }),
      );
      await page.goto(`${server.url}taskpane.html?_host_Info=Excel$Win32$16.01$${options.displayLanguage}$$$$0`);
    } else {
      await page.goto(`${server.url}taskpane.html`);
    }
    await page.getByRole("tablist").waitFor({ timeout: 15000 });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    return page;
  }

  const cases: [mode: "excel" | "browser", language: "fr" | "en", theme: Theme][] = [
    ["excel", "fr", "light"],
    ["excel", "en", "light"],
    ["excel", "fr", "dark"],
    ["excel", "en", "highContrast"],
    ["browser", "fr", "light"],
    ["browser", "fr", "dark"],
    ["browser", "fr", "highContrast"],
  ];

  it.each(cases)(
    "%s, %s, %s theme: no serious or critical axe violation on any screen",
    async (mode, language, theme) => {
      const page = await open(mode, language, theme);
      const found: string[] = [];
      for (const name of TABS[mode === "excel" ? language : "fr"]) {
        await openTab(page, name);
        await page.waitForTimeout(300);
        for (const violation of await seriousViolations(page)) found.push(`${name}: ${violation}`);
      }
      expect(found).toEqual([]);
      await page.close();
    },
  );

  it("the keyboard alone reaches every control of every screen", async () => {
    const page = await open("excel", "fr", "light");
    const missed: string[] = [];
    for (const name of TABS.fr) {
      await openTab(page, name);
      await page.waitForTimeout(300);
      // Every control in the screen's section (the tab row's roving focus aside).
      const controls = await page.evaluate(() => {
        const section = document.querySelector("main section");
        const all = section
          ? [
              ...section.querySelectorAll<HTMLElement>(
                "button, input, select, textarea, a[href], [role=combobox], [role=link]",
              ),
            ]
          : [];
        return (
          all
            // An unchecked radio button is reached with the arrow keys from the checked one, not with Tab.
            .filter((el) => !(el instanceof HTMLInputElement && el.type === "radio" && !el.checked))
            .filter(
              (el) =>
                !(el as HTMLButtonElement).disabled &&
                el.getAttribute("aria-hidden") !== "true" &&
                (el.offsetParent !== null || el.getAttribute("type") === "file"),
            )
            .map((el, i) => {
              el.dataset.kbd = String(i);
              return {
                id: String(i),
                label: el.getAttribute("aria-label") ?? el.textContent?.trim() ?? el.tagName,
                hidden: el.getAttribute("type") === "file",
              };
            })
        );
      });
      const reached = new Set<string>();
      // Start on the selected tab, then Tab through the page and back to the top.
      await page.getByRole("tab", { name, exact: true, selected: true }).focus();
      for (let i = 0; i < 120; i++) {
        await page.keyboard.press("Tab");
        const id = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.kbd ?? null);
        if (id !== null) reached.add(id);
        if (await page.evaluate(() => document.activeElement === document.body)) break;
      }
      // A hidden file input is reached through its visible "Choisir le fichier…" button.
      for (const control of controls)
        if (!control.hidden && !reached.has(control.id)) missed.push(`${name}: ${control.label}`);
    }
    expect(missed).toEqual([]);
    // The tabs themselves: arrow keys move along the row, Enter opens the Plus menu.
    await page.getByRole("tab", { name: "Accueil" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(
      await page.getByRole("tab", { name: "Saisie" }).evaluate((element) => element === document.activeElement),
    ).toBe(true);
    await page.close();
  });
});
