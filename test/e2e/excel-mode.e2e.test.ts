// The built task pane as Excel runs it: office.js is answered by a stand-in (test/support/office-stub.ts)
// whose Excel.run works on the recording fake of the Excel objects, so the screens' real click paths
// (Construire, Vérifier with its cell links and marks, Fonctions' Insérer) run in Chromium, and each
// step is checked both on screen and in the fake workbook. Needs dist/ (npx webpack --mode production).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { type BrowserContext, type Page } from "playwright-core";
import { DEFINED_NAME, SHEET, TRACKING_COLUMNS, TRACKING_TABLE } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { sampleRows } from "../../src/core/sample";
import { DEFAULT_SAMPLE_ROWS } from "../../src/features/build";
import { launchPane, ROOT, type PaneBrowser } from "../support/browser";
import {
  FIRST_SHEET,
  type FakeWorkbookView,
  type OfficeStubOptions,
  type OfficeStubWindow,
} from "../support/office-stub";
import { openTab, visibleTabs } from "../support/pane";
import { type StaticServer } from "../support/static-server";
import { describeWith } from "../support/tools";

const SHOTS = join(ROOT, ".tmp");
/** Excel opens its task pane at about 350–450 px. */
const WIDTH = 380;
/** A common height for the pane on a laptop screen. */
const PANE_HEIGHT = 700;

/** The custom function ids of the add-in's specification, in the catalogue's order. */
const FUNCTION_IDS = ["COST_ETP", "PRORATA", "INSTALMENT", "SCHEDULE", "REVALUE", "PRESENCE_DAYS", "SEMESTER"];

// Serial numbers (1900 system) of the convention's first and last days, 2021-01-01 and 2023-12-31:
// 1970-01-01 is 25569, and 2021-01-01 is 18628 days later; 2021..2023 hold 365 × 3 = 1095 days.
const CONVENTION_FIRST_SERIAL = 25569 + 18628;
const CONVENTION_LAST_SERIAL = CONVENTION_FIRST_SERIAL + 1095 - 1;

/** The tabs in the row come first in the pane's order (the rest are in the Plus menu). */
const isPrefix = (shown: string[], all: string[]): boolean =>
  shown.length >= 2 && shown.every((name, i) => all[i] === name);

/** The stand-in for office.js, bundled once for the browser. */
function bundleOfficeStub(): string {
  const result = buildSync({
    entryPoints: [join(ROOT, "test", "support", "office-stub.ts")],
    bundle: true,
    format: "iife",
    globalName: "officeStubBundle",
    platform: "browser",
    target: "es2020",
    write: false,
  });
  return result.outputFiles[0].text;
}

/** Reads the fake workbook from the page (plain data). */
const viewOf = (page: Page): Promise<FakeWorkbookView> =>
  page.evaluate(() => (window as unknown as OfficeStubWindow).officeStub!.view());
const cellOf = (page: Page, sheet: string, address: string) =>
  page.evaluate(([s, a]) => (window as unknown as OfficeStubWindow).officeStub!.cell(s, a), [sheet, address] as const);

describeWith("Chromium", "task pane in Excel (office.js stand-in over the recording fake, dist/taskpane.html)", () => {
  let server: StaticServer;
  let browser: BrowserContext;
  let pane: PaneBrowser;
  let stub: string;
  const problems: string[] = [];

  beforeAll(async () => {
    stub = bundleOfficeStub();
    mkdirSync(SHOTS, { recursive: true });
    pane = await launchPane({ width: WIDTH });
    ({ server, browser } = pane);
  });

  afterAll(async () => {
    await pane?.close();
  });

  /** Opens the pane as Excel would, with this display language; the page's office.js is the stand-in. */
  async function openPane(displayLanguage: string): Promise<Page> {
    const page = await browser.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`${displayLanguage} console: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`${displayLanguage} page: ${error.message}`));
    const options: OfficeStubOptions = { displayLanguage };
    await page.addInitScript((o) => {
      (window as unknown as OfficeStubWindow).officeStubOptions = o;
    }, options);
    let stubServed = 0;
    // Whichever office.js the build names (Microsoft's CDN, or the local copy of `--env office=local`).
    await page.route(/\/office\.js$/, (route) => {
      stubServed += 1;
      return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: stub });
    });
    // The host marker Office adds to an add-in's URL (host, platform, version, language…).
    await page.goto(`${server.url}taskpane.html?_host_Info=Excel$Win32$16.01$${displayLanguage}$$$$0`);
    await page.getByRole("tablist").waitFor({ timeout: 15000 });
    expect(stubServed).toBe(1);
    return page;
  }

  /** Pointer away from buttons (no hover halo), then a screenshot of the whole pane. */
  async function shot(page: Page, name: string): Promise<void> {
    await page.mouse.move(WIDTH - 1, 1);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, `excel-${name}.png`), fullPage: true });
  }

  describe("in French (display language fr-FR)", () => {
    let page: Page;
    beforeAll(async () => {
      page = await openPane("fr-FR");
    });
    afterAll(async () => {
      await page?.close();
    });

    it("opens in Excel mode: no 'outside Excel' notice, French tabs, the seven functions associated", async () => {
      expect(await page.locator("html").getAttribute("lang")).toBe("fr");
      expect(await page.getByTestId("no-office").count()).toBe(0);
      expect(
        isPrefix(await visibleTabs(page), [
          "Accueil",
          "Saisie",
          "Vérifier",
          "Importer",
          "Construire",
          "Paramètres",
          "Fonctions",
        ]),
      ).toBe(true);
      // The shared runtime: the task pane page also registers the custom functions.
      expect(await page.evaluate(() => (window as unknown as OfficeStubWindow).officeStub!.associated)).toEqual(
        FUNCTION_IDS,
      );
      // In Excel the Insérer buttons are enabled.
      await openTab(page, "Fonctions");
      // The screen's code arrives on first opening.
      await page.locator("[data-function]").first().waitFor();
      const buttons = page.getByRole("button", { name: /^Insérer / });
      expect(await buttons.count()).toBe(FUNCTION_IDS.length);
      for (const button of await buttons.all()) expect(await button.isEnabled()).toBe(true);
    });

    it("Construire with the preset and sample rows creates the five sheets, the Suivi table, validations and names; a second click finds it complete", async () => {
      await openTab(page, "Construire");
      const checkbox = page.getByRole("checkbox", { name: "Ajouter des lignes d'exemple au tableau Suivi" });
      await checkbox.check();
      const run = page.getByRole("button", { name: "Construire / réparer le classeur" });
      await run.click();
      await page.getByText("Classeur de suivi créé").waitFor({ timeout: 30000 });
      const outcome = await page.getByRole("status").first().innerText();
      for (const sheet of Object.values(SHEET)) expect(outcome).toContain(`Feuille « ${sheet} » créée.`);
      expect(outcome).toContain(`${DEFAULT_SAMPLE_ROWS} lignes d'exemple ajoutées au tableau « Suivi ».`);
      await shot(page, "build");

      const view = await viewOf(page);
      // The five sheets in the contract's order, before the sheet the workbook already had (kept).
      expect(view.sheets).toEqual([...Object.values(SHEET), FIRST_SHEET]);
      const suivi = view.tables.find((table) => table.name === TRACKING_TABLE);
      expect(suivi).toMatchObject({
        sheet: SHEET.tracking,
        headers: [...TRACKING_COLUMNS],
        dataRows: DEFAULT_SAMPLE_ROWS,
      });
      // The rows written are the seeded sample rows, each dated inside the convention.
      const expected = sampleRows(METZ_2021_2023, DEFAULT_SAMPLE_ROWS);
      for (const index of [0, DEFAULT_SAMPLE_ROWS - 1]) {
        const sheetRow = index + 2;
        for (const column of ["Date", "Indicateur", "Nombre", "Quartier"] as const) {
          const letter = String.fromCharCode(65 + TRACKING_COLUMNS.indexOf(column));
          // An empty (null) sample value leaves the cell empty.
          const stored = (await cellOf(page, SHEET.tracking, `${letter}${sheetRow}`))?.value ?? null;
          expect(stored).toEqual(expected[index][TRACKING_COLUMNS.indexOf(column)]);
        }
        const date = (await cellOf(page, SHEET.tracking, `A${sheetRow}`))?.value as number;
        expect(date).toBeGreaterThanOrEqual(CONVENTION_FIRST_SERIAL);
        expect(date).toBeLessThanOrEqual(CONVENTION_LAST_SERIAL);
      }
      // Input checks on the tracking columns: a date, lists from the Listes tables, a whole number.
      const suiviRules = Object.fromEntries(
        view.validations.filter((v) => v.sheet === SHEET.tracking).map((v) => [v.address.replace(/\d.*$/, ""), v.type]),
      );
      expect(suiviRules).toMatchObject({ A: "date", B: "list", C: "wholeNumber", D: "list", E: "list", F: "list" });
      // The defined names other tools read, on Paramètres; the convention number as the seed writes it.
      for (const name of Object.values(DEFINED_NAME)) {
        expect(view.names.find((n) => n.name === name)?.formula).toMatch(
          new RegExp(`^=${SHEET.parameters}!\\$B\\$\\d+$`),
        );
      }
      const numberCell = view.names
        .find((n) => n.name === DEFINED_NAME.number)!
        .formula.split("!")[1]
        .replace(/\$/g, "");
      expect((await cellOf(page, SHEET.parameters, numberCell))?.value).toBe("0162627");

      // Again, without touching anything: nothing to repair, and no second batch of sample rows
      // (the box unticks itself once the rows are added).
      expect(await checkbox.isChecked()).toBe(false);
      await run.click();
      await page.getByText("Le classeur est déjà complet.").waitFor({ timeout: 30000 });
      expect((await viewOf(page)).tables.find((table) => table.name === TRACKING_TABLE)?.dataRows).toBe(
        DEFAULT_SAMPLE_ROWS,
      );
    });

    // A user deletes the Indicateurs sheet and types the cost of the post (46 795 × 0,5 = 23 397,50 €,
    // from the financial annex) over its formula in Financement!D4; a rule of their own colours D4.
    // The counsellor notes a disability recognition (health data, never to be recorded) on row 10.
    const TYPED_OVER = { sheet: SHEET.financing, cell: "D4", value: 23397.5 };
    const HEALTH_NOTE = {
      sheet: SHEET.tracking,
      cell: `${String.fromCharCode(65 + TRACKING_COLUMNS.indexOf("Commentaire"))}10`,
      value: "Personne reconnue RQTH",
    };
    const USER_RULE = { formula: "=D4>20000", fill: "#C6EFCE" };

    it("Vérifier lists the damage under French titles, selects a finding's cell, marks exactly the finding cells and clears exactly those marks", async () => {
      await page.evaluate(
        ({ typed, note, rule }) => {
          const { fake } = (window as unknown as OfficeStubWindow).officeStub!;
          fake.workbook.deleteSheetDirect("Indicateurs");
          fake.workbook.setCellDirect(typed.sheet, typed.cell, { value: typed.value });
          fake.workbook.setCellDirect(note.sheet, note.cell, { value: note.value });
          fake.workbook.sheetData(typed.sheet)!.conditionalFormats.push({
            id: "user-rule",
            areas: [{ row: 3, column: 3, rowCount: 1, columnCount: 1 }],
            type: "Custom",
            formula: rule.formula,
            fill: rule.fill,
          });
        },
        { typed: TYPED_OVER, note: HEALTH_NOTE, rule: USER_RULE },
      );

      await openTab(page, "Vérifier");
      await page.getByRole("button", { name: "Vérifier", exact: true }).click();
      await page.getByRole("heading", { name: "Erreurs" }).waitFor({ timeout: 30000 });
      await page.getByRole("button", { name: /^Feuilles manquantes \(1\)/ }).waitFor();
      await page.getByRole("button", { name: /^Formules modifiées ou effacées \(1\)/ }).waitFor();
      await page.getByRole("button", { name: /^Données personnelles interdites \(1\)/ }).waitFor();
      expect(await page.locator("li", { hasText: "RQTH" }).innerText()).toContain(
        `${HEALTH_NOTE.sheet}!${HEALTH_NOTE.cell}`,
      );
      const missing = page.locator("li", { hasText: "« Indicateurs »" });
      expect(await missing.innerText()).toContain("Feuille Indicateurs");
      expect(await missing.innerText()).toContain("La feuille « Indicateurs » est absente du classeur.");
      const altered = page.locator("li", { hasText: `${TYPED_OVER.sheet}!${TYPED_OVER.cell}` });
      expect(await altered.innerText()).toContain("la formule a été remplacée ou modifiée");
      // What was found, written the French way.
      expect(await altered.innerText()).toContain("« 23397,5 »");
      await shot(page, "check");
      // The same report files as in file mode, the JSON one included.
      const [json] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Télécharger le rapport « classeur-verification.json »" }).click(),
      ]);
      expect(json.suggestedFilename()).toBe("classeur-verification.json");
      await page.getByRole("button", { name: "Télécharger le rapport (.xlsx)" }).waitFor();

      // The finding's address (a link-styled button) selects its cell in the workbook.
      await page
        .getByRole("button", { name: `Sélectionner la cellule ${TYPED_OVER.sheet}!${TYPED_OVER.cell}` })
        .click();
      await page.waitForFunction(
        () => (window as unknown as OfficeStubWindow).officeStub!.view().selection?.address !== "A1",
      );
      expect((await viewOf(page)).selection).toEqual({ sheet: TYPED_OVER.sheet, address: TYPED_OVER.cell });

      // Every cell the report points at, as the screen lists them.
      const findingCells = (await page.getByRole("button", { name: /^Sélectionner la cellule / }).allInnerTexts()).map(
        (text) => text.trim(),
      );
      expect(findingCells).toEqual(
        expect.arrayContaining([`${TYPED_OVER.sheet}!${TYPED_OVER.cell}`, `${HEALTH_NOTE.sheet}!${HEALTH_NOTE.cell}`]),
      );
      const distinct = [...new Set(findingCells)].sort();
      const before = await Promise.all(distinct.map((where) => cellOf(page, where.split("!")[0], where.split("!")[1])));
      const userRule = {
        sheet: TYPED_OVER.sheet,
        address: TYPED_OVER.cell,
        formula: USER_RULE.formula,
        fill: USER_RULE.fill,
      };

      await page.getByRole("button", { name: "Marquer dans la feuille" }).click();
      await page.getByText(`${distinct.length} cellule(s) marquée(s) en rouge clair`).waitFor({ timeout: 15000 });
      const marked = (await viewOf(page)).marks;
      const added = marked.filter((m) => m.formula !== USER_RULE.formula);
      expect(added.map((m) => `${m.sheet}!${m.address}`).sort()).toEqual(distinct);
      expect(marked).toContainEqual(userRule);
      await shot(page, "marked");

      await page.getByRole("button", { name: "Effacer les marques" }).click();
      await page.getByText(`${distinct.length} marque(s) effacée(s).`).waitFor({ timeout: 15000 });
      // Only the user's own rule is left, and no value changed.
      expect((await viewOf(page)).marks).toEqual([userRule]);
      expect(
        await Promise.all(distinct.map((where) => cellOf(page, where.split("!")[0], where.split("!")[1]))),
      ).toEqual(before);

      // Every batch the pane ran waits for a cell edit to end instead of failing, and the marks'
      // memory refreshed the document settings before saving them.
      const { runOptions, settingsRefreshes } = await page.evaluate(() => {
        const stub = (window as unknown as OfficeStubWindow).officeStub!;
        return { runOptions: stub.runOptions, settingsRefreshes: stub.settingsRefreshes };
      });
      expect(runOptions.length).toBeGreaterThanOrEqual(4); // check, select, mark, clear
      expect(runOptions).toEqual(runOptions.map(() => ({ delayForCellEdit: true })));
      expect(settingsRefreshes).toBeGreaterThanOrEqual(2);
    });

    it("Fonctions → Insérer on COST_ETP writes =COST_ETP(46795,0.5), the en-US form of the convention's example, into the selected cell", async () => {
      await page.evaluate(
        (sheet) => (window as unknown as OfficeStubWindow).officeStub!.select(sheet, "C3"),
        FIRST_SHEET,
      );
      await openTab(page, "Fonctions");
      await page.getByRole("button", { name: "Insérer =COST_ETP(46795;0,5) dans la cellule sélectionnée" }).click();
      await page.getByText(`COST_ETP inséré en ${FIRST_SHEET}!C3.`).waitFor({ timeout: 15000 });
      // The fake keeps formulas without their "=": what Excel would show is "=" + it.
      expect(`=${(await cellOf(page, FIRST_SHEET, "C3"))?.formula}`).toBe("=COST_ETP(46795,0.5)");
      await shot(page, "insert");
    });

    it("Insérer at the bottom of the list confirms in sight of the button clicked, in a pane 700 px high", async () => {
      await page.setViewportSize({ width: WIDTH, height: PANE_HEIGHT });
      await page.evaluate(
        (sheet) => (window as unknown as OfficeStubWindow).officeStub!.select(sheet, "D5"),
        FIRST_SHEET,
      );
      // The last card; its example written with an ISO date, the form any Excel locale reads.
      await page.getByRole("button", { name: 'Insérer =SEMESTER("15/03/2021") dans la cellule sélectionnée' }).click();
      const confirmation = page.getByText(`SEMESTER inséré en ${FIRST_SHEET}!D5.`);
      await confirmation.waitFor({ timeout: 15000 });
      expect(`=${(await cellOf(page, FIRST_SHEET, "D5"))?.formula}`).toBe('=SEMESTER("2021-03-15")');
      const box = await confirmation.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(PANE_HEIGHT);
      await page.mouse.move(WIDTH - 1, 1);
      await page.screenshot({ path: join(SHOTS, "excel-insert-bottom.png") });
      expect(problems).toEqual([]);
    });

    it("Construire refused by Excel (a protected sheet) says so in French and keeps the code and failing call one click away", async () => {
      // Paramètres protected, its title erased: the repair must write there, and Excel refuses it.
      await page.evaluate((sheet) => {
        const { fake } = (window as unknown as OfficeStubWindow).officeStub!;
        fake.workbook.setCellDirect(sheet, "A1", {});
        fake.workbook.sheetData(sheet)!.protected = true;
      }, SHEET.parameters);
      try {
        await openTab(page, "Construire");
        await page.getByRole("button", { name: "Construire / réparer le classeur" }).click();
        const alert = page.getByRole("alert").filter({ hasText: "La construction a échoué" });
        await alert.waitFor({ timeout: 30000 });
        // AccessDenied in the person's words, not Excel's English.
        expect(await alert.innerText()).toContain(
          "Excel refuse la modification : le classeur ou la feuille est protégé",
        );
        const detail = alert.getByTestId("technical-details");
        expect(await detail.isVisible()).toBe(false);
        await alert.getByText("Détails techniques").click();
        const text = await detail.innerText();
        expect(text).toMatch(/^code: AccessDenied\nerrorLocation: \S+/);
        expect(text).toContain(`message: The sheet ${SHEET.parameters} is protected: the change is refused.`);
        await alert.getByRole("button", { name: "Copier les détails" }).waitFor();
        await shot(page, "build-refused");
      } finally {
        await page.evaluate(
          (sheet) =>
            void ((window as unknown as OfficeStubWindow).officeStub!.fake.workbook.sheetData(sheet)!.protected =
              false),
          SHEET.parameters,
        );
      }
      // Unprotected, the same click repairs it.
      await page.getByRole("button", { name: "Construire / réparer le classeur" }).click();
      await page.getByText(/élément\(s\) réparé\(s\)/).waitFor({ timeout: 30000 });
      expect((await cellOf(page, SHEET.parameters, "A1"))?.value).toBe("Paramètres de la convention");
      expect(problems).toEqual([]);
    });
  });

  describe("in English (display language en-US)", () => {
    it("shows English tabs and English messages when building and checking", async () => {
      const page = await openPane("en-US");
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      expect(
        isPrefix(await visibleTabs(page), ["Home", "Entry", "Check", "Import", "Build", "Settings", "Functions"]),
      ).toBe(true);

      await openTab(page, "Build");
      await page.getByRole("button", { name: "Build / repair the workbook" }).click();
      await page.getByText("Tracking workbook created:").waitFor({ timeout: 30000 });
      expect(await page.getByRole("status").first().innerText()).toContain(`Sheet "${SHEET.indicators}" created.`);
      expect((await viewOf(page)).sheets).toEqual([...Object.values(SHEET), FIRST_SHEET]);

      await page.evaluate(() =>
        (window as unknown as OfficeStubWindow).officeStub!.fake.workbook.deleteSheetDirect("Financement"),
      );
      await openTab(page, "Check");
      await page.getByRole("button", { name: "Check", exact: true }).click();
      await page.getByRole("heading", { name: "Errors" }).waitFor({ timeout: 30000 });
      await page.getByRole("button", { name: /^Missing sheets \(1\)/ }).waitFor();
      expect(await page.locator("li", { hasText: "Financement" }).innerText()).toContain(
        `Sheet "Financement" is missing from the workbook.`,
      );
      await shot(page, "check-en");
      await page.close();
      expect(problems).toEqual([]);
    });
  });
});
