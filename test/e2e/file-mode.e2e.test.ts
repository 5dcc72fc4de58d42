// The built task pane in a plain browser (no Office host) working on .xlsx files: Construire,
// Vérifier, Importer, Évaluer and Tableau de bord read files the user chooses and offer their results as downloads.
// Needs dist/ (npx webpack --mode production).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { type BrowserContext, type Page } from "playwright-core";
import { SHEET, TRACKING_COLUMNS, TRACKING_TABLE } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildWorkbook } from "../../src/features/build";
import { readWorkbookFile } from "../../src/xlsx/open";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { launchPane, ROOT, type PaneBrowser } from "../support/browser";
import { openTab } from "../support/pane";
import { type StaticServer } from "../support/static-server";
import { describeWith } from "../support/tools";
import { zipTexts } from "../support/zip";

const SHOTS = join(ROOT, ".tmp");
/** The task pane is narrow: Excel opens it at about 350–450 px. */
const WIDTH = 400;

/** Column letter of a tracking column, from its place in the contract (A = first). */
const letter = (column: (typeof TRACKING_COLUMNS)[number]): string =>
  String.fromCharCode(65 + TRACKING_COLUMNS.indexOf(column));

describeWith("Chromium", "task pane without Office, on .xlsx files (dist/taskpane.html)", () => {
  let server: StaticServer;
  let browser: BrowserContext;
  let pane: PaneBrowser;
  let profile: string;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    pane = await launchPane({ width: WIDTH, acceptDownloads: true });
    ({ server, browser, dir: profile } = pane);
    page = await browser.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page: ${error.message}`));
    await page.goto(`${server.url}taskpane.html`);
    await page.getByTestId("no-office").waitFor({ timeout: 15000 });
  });

  afterAll(async () => {
    await pane?.close();
  });

  /** Clicks a download button and saves what the browser received; returns its path and file name. */
  async function download(name: RegExp): Promise<{ path: string; file: string }> {
    const [received] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).click()]);
    // One folder per download: the file keeps the name the page gave it (the next upload shows it).
    const path = join(mkdtempSync(join(profile, "download-")), received.suggestedFilename());
    await received.saveAs(path);
    return { path, file: received.suggestedFilename() };
  }

  async function dataRows(path: string) {
    const table = await new XlsxWorkbook(await readWorkbookFile(path)).readTable(TRACKING_TABLE);
    if (!table) throw new Error(`no ${TRACKING_TABLE} table in ${path}`);
    return table.grid.rows;
  }

  let built: string;
  const SAMPLE_ROWS = 25;

  it("Construire builds a new workbook with the number of sample rows asked, offered as a download", async () => {
    await openTab(page, "Construire");
    await page.getByText("Nouveau classeur").waitFor();
    await page.getByRole("checkbox", { name: "Ajouter des lignes d'exemple au tableau Suivi" }).check();
    await page.getByLabel(/Nombre de lignes d'exemple/).fill(String(SAMPLE_ROWS));
    await page.getByRole("button", { name: "Construire / réparer le classeur" }).click();
    await page.getByText("Classeur de suivi créé").waitFor({ timeout: 60000 });
    const outcome = await page.getByRole("status").first().innerText();
    expect(outcome).toContain(`${SAMPLE_ROWS} ligne`);
    await page.screenshot({ path: join(SHOTS, "file-build.png"), fullPage: true });

    const saved = await download(/^Télécharger « suivi-convention-0162627\.xlsx »/);
    expect(saved.file).toBe(`suivi-convention-${METZ_2021_2023.number}.xlsx`);
    built = saved.path;
    const workbook = await readWorkbookFile(built);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining(Object.values(SHEET)));
    const rows = await dataRows(built);
    expect(rows).toHaveLength(SAMPLE_ROWS);
    // Semestre stays a calculated column of the table, so Excel fills it on rows the user adds: the
    // patched ExcelJS (not its prebuilt browser bundle, which drops it) wrote it.
    const tables = [...(await zipTexts(built, /^xl\/tables\/.*\.xml$/)).values()];
    const suivi = tables.find((xml) => /<table [^>]*name="Suivi"/.test(xml));
    expect(suivi).toMatch(/<tableColumn [^>]*name="Semestre"[^>]*>\s*<calculatedColumnFormula>/);
    // Every sample row is a dated act of the convention (Date is a serial number, Indicateur filled).
    for (const row of rows) {
      expect(typeof row[TRACKING_COLUMNS.indexOf("Date")]).toBe("number");
      expect(row[TRACKING_COLUMNS.indexOf("Indicateur")]).toEqual(expect.any(String));
    }
  });

  it("Vérifier shows a health mention (RQTH) and an impossible date, with their cells, and offers the report", async () => {
    // A counsellor's workbook: row 2 has "reconnue RQTH" in Commentaire, row 3 the 31st of February typed as text.
    const port = new XlsxWorkbook(new ExcelJS.Workbook());
    await buildWorkbook(port, METZ_2021_2023);
    // 44200 = 2021-01-04 (44197 is 2021-01-01, the convention's first day, + 3).
    await port.appendRows(TRACKING_TABLE, [
      [
        44200,
        "Entretiens réalisés",
        1,
        "Borny",
        "Moins de 26 ans",
        "Femme",
        null,
        "Personne reconnue RQTH",
        "Claire",
        null,
      ],
      ["31/02/2021", "Entretiens réalisés", 1, "Borny", "Moins de 26 ans", "Femme", null, null, "Claire", null],
    ]);
    const path = join(profile, "a-verifier.xlsx");
    await port.saveAtomically(path);
    const comment = `Suivi!${letter("Commentaire")}2`;
    const date = `Suivi!${letter("Date")}3`;

    await openTab(page, "Vérifier");
    await page.getByTestId("check-workbook").setInputFiles(path);
    await page.getByRole("button", { name: "Vérifier", exact: true }).click();
    await page.getByRole("heading", { name: "Erreurs" }).waitFor({ timeout: 60000 });

    const health = page.locator("li", { hasText: "RQTH" });
    expect(await health.count()).toBe(1);
    expect(await health.innerText()).toContain(comment);
    expect(await health.innerText()).toMatch(/santé ou le handicap/);
    const impossible = page.locator("li", { hasText: "31/02/2021" });
    expect(await impossible.count()).toBe(1);
    expect(await impossible.innerText()).toContain(date);
    expect(await impossible.innerText()).toContain("ce jour n'existe pas");
    // Grouped under Erreurs by a title a counsellor reads, the code kept as secondary text.
    await page.getByRole("button", { name: /^Données personnelles interdites \(1\)/ }).waitFor();
    await page.getByRole("button", { name: /^Dates invalides \(1\)/ }).waitFor();
    expect(await page.locator("[data-code]").allInnerTexts()).toEqual(
      expect.arrayContaining(["SENSITIVE_DATA", "DATE_INVALID"]),
    );
    await page.screenshot({ path: join(SHOTS, "file-check.png"), fullPage: true });

    const saved = await download(/^Télécharger le rapport «/);
    expect(saved.file).toBe("a-verifier-verification.json");
    const report = JSON.parse(readFileSync(saved.path, "utf8")) as {
      findings: { code: string; sheet: string; cell: string }[];
    };
    expect(report.findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual(
      expect.arrayContaining([`SENSITIVE_DATA ${comment}`, `DATE_INVALID ${date}`]),
    );
  });

  it("Vérifier refuses a file that is not an .xlsx, and a password-protected one, in French", async () => {
    const text = join(profile, "notes.xlsx");
    writeFileSync(text, "Ceci est un texte, pas un classeur.");
    await page.getByTestId("check-workbook").setInputFiles(text);
    await page.getByRole("button", { name: "Vérifier", exact: true }).click();
    await page.getByRole("alert").filter({ hasText: "n'est pas un classeur Excel (.xlsx)" }).waitFor();
    expect(await page.getByRole("alert").innerText()).toContain("notes.xlsx");

    // An OLE compound file: what Excel writes for a password-protected workbook (and old .xls).
    const locked = join(profile, "protege.xlsx");
    writeFileSync(
      locked,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
    );
    await page.getByTestId("check-workbook").setInputFiles(locked);
    await page.getByRole("button", { name: "Vérifier", exact: true }).click();
    await page.getByRole("alert").filter({ hasText: "protégé par un mot de passe" }).waitFor();
    expect(await page.getByRole("button", { name: /^Télécharger/ }).count()).toBe(0);
  });

  it("Importer refuses a CSV with an impossible date, then imports its valid rows when asked, into a download", async () => {
    const csv = join(profile, "actes.csv");
    writeFileSync(
      csv,
      "Date;Indicateur;Nombre;Commentaire\n" +
        "04/01/2021;Entretiens réalisés;2;Premier accueil\n" + // line 2
        "05/01/2021;Mises en relation (MER);1;\n" + // line 3
        "30/02/2021;Entretiens réalisés;1;\n", // line 4: no 30th of February
    );
    await openTab(page, "Importer");
    await page.getByTestId("import-workbook").setInputFiles(built);
    await page.getByTestId("import-source").setInputFiles(csv);
    await page.getByRole("button", { name: "Importer", exact: true }).click();
    const outcome = page.getByTestId("import-outcome");
    await outcome.filter({ hasText: "Import refusé" }).waitFor({ timeout: 60000 });
    const errors = await page.getByTestId("import-errors").innerText();
    expect(errors).toContain("Ligne 4");
    expect(errors).toContain("30/02/2021");
    expect(await page.getByRole("button", { name: /^Télécharger/ }).count()).toBe(0);

    await page.getByRole("checkbox", { name: /Importer les lignes valides/ }).check();
    await page.getByRole("button", { name: "Importer", exact: true }).click();
    await outcome.filter({ hasText: "2 ligne(s) de « actes.csv » ajoutée(s)" }).waitFor({ timeout: 60000 });
    await page.screenshot({ path: join(SHOTS, "file-import.png"), fullPage: true });
    const saved = await download(/^Télécharger « suivi-convention-0162627\.xlsx »/);
    expect(saved.file).toBe(`suivi-convention-${METZ_2021_2023.number}.xlsx`);

    const rows = await dataRows(saved.path);
    expect(rows).toHaveLength(SAMPLE_ROWS + 2);
    const pick = (row: unknown[]) =>
      ["Date", "Indicateur", "Nombre", "Commentaire"].map(
        (c) => row[TRACKING_COLUMNS.indexOf(c as (typeof TRACKING_COLUMNS)[number])],
      );
    // 2021-01-04 and 2021-01-05 as serials: 44197 (2021-01-01) + 3 and + 4.
    expect(rows.slice(SAMPLE_ROWS).map(pick)).toEqual([
      [44200, "Entretiens réalisés", 2, "Premier accueil"],
      [44201, "Mises en relation (MER)", 1, null],
    ]);
    // The workbook chosen as target is untouched: it still has only the sample rows.
    expect(await dataRows(built)).toHaveLength(SAMPLE_ROWS);
  });

  it("Importer shows its progress in a bar, and Annuler stops it before anything is written", async () => {
    const csv = join(profile, "actes-annules.csv");
    writeFileSync(
      csv,
      "Date;Indicateur;Nombre\n" +
        Array.from({ length: 200 }, (_, i) => `0${1 + (i % 9)}/03/2021;Entretiens réalisés;1\n`).join(""),
    );
    await openTab(page, "Importer");
    await page.getByTestId("import-workbook").setInputFiles(built);
    await page.getByTestId("import-source").setInputFiles(csv);
    // The page itself clicks Annuler the moment the bar shows it enabled: the import must stop at its
    // next safe point, with nothing to download.
    await page.evaluate(() => {
      const seen = { bar: false, clicked: false };
      (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
      const observer = new MutationObserver(() => {
        const box = document.querySelector('[data-testid="work-progress"]');
        if (!box) return;
        seen.bar = seen.bar || box.querySelector('[role="progressbar"]') !== null;
        const cancel = [...box.querySelectorAll("button")].find((b) => b.textContent === "Annuler");
        if (cancel && !cancel.disabled) {
          seen.clicked = true;
          cancel.click();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true });
    });
    await page.getByRole("button", { name: "Importer", exact: true }).click();
    await page.getByTestId("work-cancelled").waitFor({ timeout: 60000 });
    expect(
      await page.evaluate(
        () => (window as unknown as { progressSeen: { bar: boolean; clicked: boolean } }).progressSeen,
      ),
    ).toEqual({ bar: true, clicked: true });
    expect(await page.getByTestId("work-cancelled").innerText()).toContain("rien n'a été modifié");
    expect(await page.getByTestId("import-outcome").count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Télécharger/ }).count()).toBe(0);
  });

  it("Importer into a workbook without the Suivi table points to the Construire tab, not to the command line", async () => {
    // A workbook someone else made: one sheet, no tracking table.
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Feuil1").getCell("A1").value = "Liste des rendez-vous";
    const path = join(profile, "autre-classeur.xlsx");
    await other.xlsx.writeFile(path);
    const csv = join(profile, "une-ligne.csv");
    writeFileSync(csv, "Date;Indicateur\n04/01/2021;Entretiens réalisés\n");

    await openTab(page, "Importer");
    await page.getByTestId("import-workbook").setInputFiles(path);
    await page.getByTestId("import-source").setInputFiles(csv);
    await page.getByRole("button", { name: "Importer", exact: true }).click();
    await page.getByTestId("import-outcome").filter({ hasText: "Import refusé" }).waitFor({ timeout: 60000 });
    const errors = await page.getByTestId("import-errors").innerText();
    expect(errors).toContain(`tableau « ${TRACKING_TABLE} »`);
    expect(errors).toContain("onglet Construire");
    expect(errors).not.toContain("suivi-convention build");
    expect(await page.getByRole("button", { name: /^Télécharger/ }).count()).toBe(0);
  });

  /** A built workbook with three rows in 2021-S1 and one in 2021-S2 (serials: 44197 is 2021-01-01). */
  async function committeeWorkbook(name: string): Promise<string> {
    const port = new XlsxWorkbook(new ExcelJS.Workbook());
    await buildWorkbook(port, METZ_2021_2023);
    await port.appendRows(TRACKING_TABLE, [
      [44200, "Demandeurs d'emploi accueillis", 2, "Borny", "Moins de 26 ans", "Femme", null, null, "Claire", null],
      [44260, "Demandeurs d'emploi accueillis", 1, "Bellecroix", "26 à 49 ans", "Homme", null, null, "Claire", null],
      [44300, "Entretiens réalisés", 4, "Borny", null, null, null, null, "Claire", null],
      // 2021-09-01: the second semester, outside 2021-S1.
      [44440, "Entretiens réalisés", 5, "Borny", null, null, null, null, "Claire", null],
    ]);
    const path = join(profile, name);
    await port.saveAtomically(path);
    return path;
  }

  it("Évaluer previews a semester of a chosen file, writes its sheet into a download, and asks before replacing it", async () => {
    const path = await committeeWorkbook("comite.xlsx");
    await openTab(page, "Évaluer");
    await page.getByTestId("evaluate-workbook").setInputFiles(path);
    await page.getByLabel("Période", { exact: true }).selectOption("2021-S1");
    await page.getByRole("button", { name: "Aperçu des chiffres" }).click();
    // Three of the four rows fall in the first semester of 2021.
    await page.getByText("3 ligne(s) de Suivi sur la période.").waitFor({ timeout: 60000 });
    // 2 + 1 job seekers received: the preview's line for that indicator.
    const received = page.locator("tr", {
      has: page.getByRole("rowheader", { name: "Demandeurs d'emploi accueillis" }),
    });
    expect((await received.locator("td").first().innerText()).trim()).toBe("3");

    await page.getByRole("button", { name: "Écrire la feuille" }).click();
    await page.getByText("Feuille « Évaluation 2021-S1 » écrite.").waitFor({ timeout: 60000 });
    const first = await download(/^Télécharger « comite\.xlsx »/);
    const sheets = (await readWorkbookFile(first.path)).worksheets.map((ws) => ws.name);
    expect(sheets).toContain("Évaluation 2021-S1");
    // The chosen file's other parts come back as they were: its Suivi rows are all there.
    expect(await dataRows(first.path)).toHaveLength(4);

    // Made again on the downloaded copy: the pane asks first, then archives the previous version.
    await page.getByTestId("evaluate-workbook").setInputFiles(first.path);
    await page.getByRole("button", { name: "Écrire la feuille" }).click();
    await page.getByRole("button", { name: "Remplacer" }).click();
    await page.getByText("Ancienne version : « Archive 1 Évaluation 2021-S1 ».").waitFor({ timeout: 60000 });
    const second = await download(/^Télécharger « comite\.xlsx »/);
    expect((await readWorkbookFile(second.path)).worksheets.map((ws) => ws.name)).toEqual(
      expect.arrayContaining(["Évaluation 2021-S1", "Archive 1 Évaluation 2021-S1"]),
    );
  });

  /**
   * Watches the page for the progress bar of a long work: whether it showed, with Annuler enabled
   * (and, with `cancel`, clicks Annuler the first time it is enabled, as a user would).
   */
  async function watchProgress(cancel: boolean): Promise<void> {
    await page.evaluate((clickCancel) => {
      const seen = { bar: false, enabled: false, clicked: false };
      const watched = window as unknown as { progressSeen: typeof seen; progressObserver?: MutationObserver };
      watched.progressObserver?.disconnect();
      watched.progressSeen = seen;
      const observer = new MutationObserver(() => {
        const box = document.querySelector('[data-testid="work-progress"]');
        if (!box) return;
        seen.bar = seen.bar || box.querySelector('[role="progressbar"]') !== null;
        const button = [...box.querySelectorAll("button")].find((b) => b.textContent === "Annuler");
        if (!button || button.disabled) return;
        seen.enabled = true;
        if (clickCancel) {
          seen.clicked = true;
          button.click();
          observer.disconnect();
        }
      });
      watched.progressObserver = observer;
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    }, cancel);
  }
  const progressSeen = () =>
    page.evaluate(
      () => (window as unknown as { progressSeen: { bar: boolean; enabled: boolean; clicked: boolean } }).progressSeen,
    );

  it("Évaluer shows its progress in a bar with Annuler while it works, and Annuler stops it before anything is written", async () => {
    const path = await committeeWorkbook("comite-progression.xlsx");
    await openTab(page, "Évaluer");
    await page.getByTestId("evaluate-workbook").setInputFiles(path);
    await page.getByLabel("Période", { exact: true }).selectOption("2021-S1");

    // Written to the end: the bar showed (Annuler offered while reading), the sheet is offered.
    await watchProgress(false);
    await page.getByRole("button", { name: "Écrire la feuille" }).click();
    await page.getByText("Feuille « Évaluation 2021-S1 » écrite.").waitFor({ timeout: 60000 });
    expect(await progressSeen()).toEqual({ bar: true, enabled: true, clicked: false });
    // The work is over: no bar left on screen.
    expect(await page.getByTestId("work-progress").count()).toBe(0);

    // Stopped: nothing written, nothing to download, the pane says so.
    await page.getByTestId("evaluate-workbook").setInputFiles(path);
    await watchProgress(true);
    await page.getByRole("button", { name: "Écrire la feuille" }).click();
    await page.getByTestId("work-cancelled").waitFor({ timeout: 60000 });
    expect(await progressSeen()).toEqual({ bar: true, enabled: true, clicked: true });
    expect(await page.getByTestId("work-cancelled").innerText()).toContain("rien n'a été modifié");
    expect(await page.getByText("Feuille « Évaluation 2021-S1 » écrite.").count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Télécharger/ }).count()).toBe(0);
  });

  it("Tableau de bord adds two PivotTables and their PivotCharts to a chosen file, once", async () => {
    const path = await committeeWorkbook("tableau.xlsx");
    await openTab(page, "Tableau de bord");
    await page.getByTestId("dashboard-workbook").setInputFiles(path);
    await page.getByRole("button", { name: "Créer le tableau de bord" }).click();
    await page.getByText(/Feuille « Tableau de bord » ajoutée \(4 ligne\(s\) de Suivi\)/).waitFor({ timeout: 60000 });
    const saved = await download(/^Télécharger « tableau\.xlsx »/);
    const parts = [...(await zipTexts(saved.path, /^xl\/(pivotTables|charts)\/[^/]+\.xml$/)).keys()];
    expect(parts.filter((p) => p.startsWith("xl/pivotTables/"))).toHaveLength(2);
    expect(parts.filter((p) => p.startsWith("xl/charts/"))).toHaveLength(2);

    // The downloaded copy already has one: refused, no download offered.
    await page.getByTestId("dashboard-workbook").setInputFiles(saved.path);
    await page.getByRole("button", { name: "Créer le tableau de bord" }).click();
    await page.getByText(/déjà une feuille « Tableau de bord »/).waitFor({ timeout: 60000 });
    expect(await page.getByRole("button", { name: /^Télécharger/ }).count()).toBe(0);
  });

  it("logged no error and requested no missing file", () => {
    expect(server.missing).toEqual([]);
    expect(problems).toEqual([]);
  });
});
