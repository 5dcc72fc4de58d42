// Saisie (quick entry) in Chromium, driven from the keyboard: in Excel mode on the recording fake
// (office.js stand-in), and in file mode on a workbook chosen on disk. Each Enter adds exactly one
// row with the values typed; a comment revealing health data is refused before anything is written;
// undo removes only the last row. Needs dist/ (npx webpack --mode production).
import { mkdtempSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";
import ExcelJS from "exceljs";
import { type BrowserContext, type Page } from "playwright-core";
import { TRACKING_COLUMNS, TRACKING_TABLE } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildWorkbook } from "../../src/features/build";
import { readWorkbookFile } from "../../src/xlsx/open";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { launchPane, ROOT, type PaneBrowser } from "../support/browser";
import { type OfficeStubWindow } from "../support/office-stub";
import { openTab } from "../support/pane";
import { type StaticServer } from "../support/static-server";
import { describeWith } from "../support/tools";

const WIDTH = 360;
/** The pane's clock: a day inside the convention (2021–2023), so that today's date is a valid default. */
const NOW = new Date("2023-06-30T10:00:00");
// 2023-06-30 as an Excel serial: 2023-01-01 is 44927 (44197 for 2021-01-01 + 365 + 365), + 180 days.
const TODAY_SERIAL = 44927 + 180;
// 2023-06-12: 18 days earlier.
const JUNE_12_SERIAL = TODAY_SERIAL - 18;

const INTERVIEWS = "Entretiens réalisés";
const col = (name: (typeof TRACKING_COLUMNS)[number]) => TRACKING_COLUMNS.indexOf(name);

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

/** Fills the form from the keyboard: indicator searched by code and picked with the arrow keys. */
async function typeAct(
  page: Page,
  act: { date?: string; indicator: string; pick: string; count?: string; quartier?: string; comment?: string },
): Promise<void> {
  if (act.date) await page.getByLabel(/^Date/).fill(act.date);
  const indicator = page.getByRole("combobox", { name: /^Indicateur/ });
  await indicator.focus();
  await page.keyboard.type(act.indicator);
  // The search leaves the one indicator asked for; the arrow key then Enter pick it.
  await page.waitForFunction(() => document.querySelectorAll('[role="option"]').length === 1, undefined, {
    timeout: 5000,
  });
  await page.getByRole("option", { name: act.pick }).waitFor();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  expect(await indicator.inputValue()).toBe(act.pick);
  if (act.count) await page.getByLabel(/^Nombre/).fill(act.count);
  if (act.quartier) await page.getByRole("combobox", { name: "Quartier" }).selectOption(act.quartier);
  const comment = page.getByRole("textbox", { name: /^Commentaire/ });
  await comment.focus();
  await comment.fill(act.comment ?? "");
  await page.keyboard.press("Enter");
}

describeWith("Chromium", "Saisie (quick entry) in the built pane", () => {
  let server: StaticServer;
  let browser: BrowserContext;
  let pane: PaneBrowser;
  const problems: string[] = [];

  beforeAll(async () => {
    pane = await launchPane({ width: WIDTH, acceptDownloads: true });
    ({ server, browser } = pane);
  });
  afterAll(async () => {
    await pane?.close();
  });

  async function newPage(): Promise<Page> {
    const page = await browser.newPage();
    await page.clock.setFixedTime(NOW);
    page.on("pageerror", (error) => problems.push(error.message));
    return page;
  }

  describe("in Excel (recording fake)", () => {
    let page: Page;
    const dataRows = () =>
      page.evaluate(() => {
        const { fake } = (window as unknown as OfficeStubWindow).officeStub!;
        const table = fake.workbook.tableData("Suivi")!;
        const body = table.bodyRect();
        return Array.from({ length: body.rowCount }, (_, r) =>
          Array.from(
            { length: body.columnCount },
            (_, c) => fake.workbook.sheetData("Suivi")!.cells.get(`${body.row + r},${body.column + c}`)?.value ?? null,
          ),
        );
      });
    const syncs = () => page.evaluate(() => (window as unknown as OfficeStubWindow).officeStub!.fake.stats.syncs);

    beforeAll(async () => {
      const stub = bundleOfficeStub();
      page = await newPage();
      await page.route(/\/office\.js$/, (route) =>
        route.fulfill({ status: 200, contentType: "text/javascript", body: stub }),
      );
      await page.goto(`${server.url}taskpane.html?_host_Info=Excel$Win32$16.01$fr-FR$$$$0`);
      await page.getByRole("tablist").waitFor({ timeout: 15000 });
      // A workbook built by the pane itself, no sample rows: the Suivi table holds its one empty row.
      await openTab(page, "Construire");
      await page.getByRole("button", { name: "Construire / réparer le classeur" }).click();
      await page.getByText("Classeur de suivi créé").waitFor({ timeout: 30000 });
      await openTab(page, "Saisie");
      await page.getByRole("form", { name: "Nouvel acte" }).waitFor({ timeout: 15000 });
    });
    afterAll(async () => {
      await page?.close();
    });

    it("opens with today's date and a count of 1", async () => {
      expect(await page.getByLabel(/^Date/).inputValue()).toBe("2023-06-30");
      expect(await page.getByLabel(/^Nombre/).inputValue()).toBe("1");
    });

    it("adds exactly one row per Enter, with the values typed, each in one sync", async () => {
      const before = await syncs();
      await typeAct(page, { indicator: "ENTRETIENS", pick: INTERVIEWS, quartier: "Borny", comment: "Point sur le CV" });
      await page.getByText("Ligne ajoutée au tableau Suivi").waitFor();
      expect(await syncs()).toBe(before + 1);
      let rows = await dataRows();
      expect(rows).toHaveLength(1);
      expect(rows[0][col("Date")]).toBe(TODAY_SERIAL);
      expect(rows[0][col("Indicateur")]).toBe("Entretiens réalisés");
      expect(rows[0][col("Nombre")]).toBe(1);
      expect(rows[0][col("Quartier")]).toBe("Borny");
      expect(rows[0][col("Commentaire")]).toBe("Point sur le CV");
      // The form is ready for the next act: indicator focused and empty, the date kept.
      const indicator = page.getByRole("combobox", { name: /^Indicateur/ });
      expect(await indicator.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(await indicator.inputValue()).toBe("");

      await typeAct(page, { date: "2023-06-12", indicator: "mer", pick: "Mises en relation (MER)", count: "3" });
      await page.getByText("Ajoutées pendant cette saisie (2)").waitFor();
      rows = await dataRows();
      expect(rows).toHaveLength(2);
      expect(rows[1].slice(0, 4)).toEqual([JUNE_12_SERIAL, "Mises en relation (MER)", 3, null]);
      expect(await syncs()).toBe(before + 2);
    });

    it("refuses a comment revealing health data before writing anything", async () => {
      const before = await dataRows();
      const syncsBefore = await syncs();
      await typeAct(page, { indicator: "ENTRETIENS", pick: INTERVIEWS, comment: "Personne reconnue RQTH" });
      await page
        .getByText(/RQTH.*santé|santé.*RQTH/)
        .first()
        .waitFor();
      await page.getByText("Corrigez les champs signalés").waitFor();
      expect(await dataRows()).toEqual(before);
      expect(await syncs()).toBe(syncsBefore);
      // Cleared, the same act goes through.
      await page.getByRole("textbox", { name: /^Commentaire/ }).fill("");
      await page.getByRole("textbox", { name: /^Commentaire/ }).press("Enter");
      await page.getByText("Ajoutées pendant cette saisie (3)").waitFor();
      expect(await dataRows()).toHaveLength(3);
    });

    it("undo removes only the last row added", async () => {
      const before = await dataRows();
      await page.getByRole("button", { name: "Annuler la dernière ligne" }).click();
      await page.getByText("Dernière ligne retirée du tableau Suivi.").waitFor();
      expect(await dataRows()).toEqual(before.slice(0, -1));
      await page.getByText("Ajoutées pendant cette saisie (2)").waitFor();
    });

    it("a row Excel refuses (a protected sheet) is said in French, its code and failing call one click away, and nothing is written", async () => {
      const before = await dataRows();
      await page.evaluate(
        () =>
          void ((window as unknown as OfficeStubWindow).officeStub!.fake.workbook.sheetData("Suivi")!.protected = true),
      );
      try {
        await typeAct(page, { indicator: "ENTRETIENS", pick: INTERVIEWS });
        const alert = page.getByRole("alert").filter({ hasText: "La ligne n'a pas été ajoutée" });
        await alert.waitFor();
        expect(await alert.innerText()).toContain(
          "Excel refuse la modification : le classeur ou la feuille est protégé",
        );
        const detail = alert.getByTestId("technical-details");
        expect(await detail.isVisible()).toBe(false);
        await alert.getByText("Détails techniques").click();
        // What Excel's DebugInfo says: the code, the call that failed (the row added to the table), its message.
        expect(await detail.innerText()).toBe(
          "code: AccessDenied\nerrorLocation: TableRowCollection.add\nmessage: The sheet Suivi is protected: the change is refused.",
        );
        expect(await dataRows()).toEqual(before);
        await page.getByText("Ajoutées pendant cette saisie (2)").waitFor();
      } finally {
        await page.evaluate(
          () =>
            void ((window as unknown as OfficeStubWindow).officeStub!.fake.workbook.sheetData("Suivi")!.protected =
              false),
        );
      }
    });
  });

  describe("on a file (no Office)", () => {
    it("appends one row per Enter to the chosen workbook and offers it for download; a sensitive comment writes nothing", async () => {
      const dir = mkdtempSync(join(pane.dir, "entry-"));
      const path = join(dir, "suivi.xlsx");
      const port = new XlsxWorkbook(new ExcelJS.Workbook());
      await buildWorkbook(port, METZ_2021_2023);
      await port.appendRows(TRACKING_TABLE, [
        [44200, "Entretiens réalisés", 1, "Borny", null, null, "CV", null, "Claire", null],
      ]);
      await port.saveAtomically(path);

      const page = await newPage();
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      await page.goto(`${server.url}taskpane.html`);
      await page.getByTestId("no-office").waitFor({ timeout: 15000 });
      await openTab(page, "Saisie");
      await page.getByTestId("entry-workbook").setInputFiles(path);
      await page.getByRole("form", { name: "Nouvel acte" }).waitFor({ timeout: 30000 });

      await typeAct(page, { indicator: "entretiens", pick: INTERVIEWS, comment: "Relance employeur" });
      await page.getByText("Ajoutées pendant cette saisie (1)").waitFor({ timeout: 30000 });
      await typeAct(page, { indicator: "Entretiens", pick: INTERVIEWS, comment: "Suivi de dépression" });
      await page.getByText("Corrigez les champs signalés").waitFor();
      await page.getByRole("textbox", { name: /^Commentaire/ }).fill("Atelier CV");
      await page.getByRole("textbox", { name: /^Commentaire/ }).press("Enter");
      await page.getByText("Ajoutées pendant cette saisie (2)").waitFor({ timeout: 30000 });
      // Undo the second, add a third: the file holds the first and the third.
      await page.getByRole("button", { name: "Annuler la dernière ligne" }).click();
      await page.getByText("Ajoutées pendant cette saisie (1)").waitFor({ timeout: 30000 });
      await typeAct(page, { indicator: "PMSMP", pick: "PMSMP mises en place dans un service de la Ville", count: "2" });
      await page.getByText("Ajoutées pendant cette saisie (2)").waitFor({ timeout: 30000 });

      const button = page.getByRole("button", { name: /^Télécharger suivi\.xlsx/ });
      const [received] = await Promise.all([page.waitForEvent("download"), button.click()]);
      const saved = join(dir, "downloaded.xlsx");
      await received.saveAs(saved);
      const table = await new XlsxWorkbook(await readWorkbookFile(saved)).readTable(TRACKING_TABLE);
      const rows = table!.grid.rows;
      expect(rows).toHaveLength(3);
      expect(rows[0][col("Saisi par")]).toBe("Claire");
      expect([rows[1][col("Date")], rows[1][col("Indicateur")], rows[1][col("Commentaire")]]).toEqual([
        TODAY_SERIAL,
        "Entretiens réalisés",
        "Relance employeur",
      ]);
      expect([rows[2][col("Indicateur")], rows[2][col("Nombre")], rows[2][col("Commentaire")]]).toEqual([
        "PMSMP mises en place dans un service de la Ville",
        2,
        null,
      ]);
      // Nothing left the page's origin.
      expect(requests.filter((url) => !url.startsWith(server.url) && !/^(blob|data):/.test(url))).toEqual([]);
      await page.close();
      expect(problems).toEqual([]);
    });
  });
});
