// Accueil and Paramètres in Chromium: settings typed on screen reach the workbook and the home screen
// (Excel mode, recording fake), and the JSON file saved outside Excel comes back into the form as
// typed. Needs dist/ (npx webpack --mode production).
import { mkdtempSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { type BrowserContext, type Page } from "playwright-core";
import { SHEET } from "../../src/core/contract";
import { parseConvention } from "../../src/core/convention";
import { launchPane, ROOT, type PaneBrowser } from "../support/browser";
import { type OfficeStubWindow } from "../support/office-stub";
import { openTab } from "../support/pane";
import { type StaticServer } from "../support/static-server";
import { describeWith } from "../support/tools";

/** A day inside the convention's last year. */
const NOW = new Date("2023-06-30T10:00:00");

describeWith("Chromium", "Accueil and Paramètres", () => {
  let server: StaticServer;
  let browser: BrowserContext;
  let pane: PaneBrowser;

  beforeAll(async () => {
    pane = await launchPane({ width: 360, acceptDownloads: true });
    ({ server, browser } = pane);
  });
  afterAll(async () => {
    await pane?.close();
  });

  it("in Excel: the home says the workbook is not built and offers to build it; settings written show on the home screen", async () => {
    const stub = buildSync({
      entryPoints: [join(ROOT, "test", "support", "office-stub.ts")],
      bundle: true,
      format: "iife",
      platform: "browser",
      target: "es2020",
      write: false,
    }).outputFiles[0].text;
    const page: Page = await browser.newPage();
    await page.clock.setFixedTime(NOW);
    await page.route(/\/office\.js$/, (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: stub }),
    );
    await page.goto(`${server.url}taskpane.html?_host_Info=Excel$Win32$16.01$fr-FR$$$$0`);
    const status = page.getByTestId("home-status");
    await status.waitFor({ timeout: 15000 });
    expect(await status.innerText()).toContain("pas encore construit");
    // The one action that matters: build. It opens Construire.
    await page.getByRole("button", { name: "Construire le classeur" }).click();
    await page.getByRole("button", { name: "Construire / réparer le classeur" }).click();
    await page.getByText("Classeur de suivi créé").waitFor({ timeout: 30000 });

    // Paramètres: the 2023 cost set by amendment (47 000 € for a full-time post), a new partner name.
    await openTab(page, "Paramètres");
    await page.getByLabel(/^Collectivité partenaire/).fill("Ville de Metz (Moselle)");
    await page.getByLabel(/^Coût 2023/).fill("47 000");
    await page.getByLabel(/^Source 2023/).fill("Avenant n° 1");
    // Checked as typed: an FTE of 0 is refused at once and the write button waits.
    await page.getByLabel(/^Quotité du poste/).fill("0");
    await page.getByTestId("settings-errors").waitFor();
    expect(await page.getByRole("button", { name: "Écrire dans la feuille Paramètres" }).isDisabled()).toBe(true);
    await page.getByLabel(/^Quotité du poste/).fill("0,5");
    await page.getByTestId("settings-errors").waitFor({ state: "detached" });
    await page.getByRole("button", { name: "Écrire dans la feuille Paramètres" }).click();
    await page.getByText("Paramètres écrits dans le classeur").waitFor({ timeout: 30000 });
    const partnerOnSheet = await page.evaluate((sheet) => {
      const { fake } = (window as unknown as OfficeStubWindow).officeStub!;
      const cells = fake.workbook.sheetData(sheet)!.cells;
      return [...cells.values()].map((cell) => cell.value).filter((value) => typeof value === "string");
    }, SHEET.parameters);
    expect(partnerOnSheet).toContain("Ville de Metz (Moselle)");

    await openTab(page, "Accueil");
    await status.waitFor();
    const text = (await status.innerText()).replace(/[\u202f\u00a0]/g, " ");
    expect(text).toContain("construit (convention n° 0162627)");
    // 2023: 47 000 × 0,5 = 23 500 €, nothing paid yet.
    expect(text).toContain("23 500 €");
    // The semester holding 30/06/2023 ends that day: its evaluation is next.
    expect(text).toContain("30/06/2023");
    expect(await page.getByText(/^Convention du/).innerText()).toContain("Ville de Metz (Moselle)");

    // Someone types another partner name straight on the Paramètres sheet: the screen starts from the
    // sheet, not from what this session wrote last.
    await page.evaluate((sheet) => {
      const { fake } = (window as unknown as OfficeStubWindow).officeStub!;
      for (const cell of fake.workbook.sheetData(sheet)!.cells.values())
        if (cell.value === "Ville de Metz (Moselle)") cell.value = "Metz Métropole";
    }, SHEET.parameters);
    await openTab(page, "Paramètres");
    const partner = page.getByLabel(/^Collectivité partenaire/);
    await page.waitForFunction(
      () => [...document.querySelectorAll("input")].some((input) => input.value === "Metz Métropole"),
      undefined,
      { timeout: 15000 },
    );
    expect(await partner.inputValue()).toBe("Metz Métropole");
    expect(await page.getByLabel(/^Coût 2023/).inputValue()).toBe("47000");
    await page.close();
  });

  it("outside Excel: the settings saved as JSON are those typed, and load back into the form", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}taskpane.html`);
    await page.getByTestId("no-office").waitFor({ timeout: 15000 });
    await openTab(page, "Paramètres");
    await page.getByLabel(/^Numéro de la convention/).fill("0200001");
    await page.getByLabel(/^Fin/).fill("2024-12-31");
    // An amendment adding 2024: its year appears, and the settings are refused until its cost is set… or left empty.
    await page.getByLabel(/^Coût 2024/).fill("48 100,50");
    const [received] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Télécharger convention-0200001.json" }).click(),
    ]);
    const dir = mkdtempSync(join(pane.dir, "settings-"));
    const path = join(dir, received.suggestedFilename());
    await received.saveAs(path);
    const parsed = parseConvention(JSON.parse(readFileSync(path, "utf8")));
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    expect(parsed.convention.number).toBe("0200001");
    expect(parsed.convention.end).toBe("2024-12-31");
    expect(parsed.convention.annualCosts.find((c) => c.year === 2024)?.cost).toBe(48100.5);

    // A fresh page: the file loads back as typed.
    const again = await browser.newPage();
    await again.goto(`${server.url}taskpane.html`);
    await again.getByTestId("no-office").waitFor({ timeout: 15000 });
    await openTab(again, "Paramètres");
    await again.getByTestId("settings-file").setInputFiles(path);
    await again.getByText(/Paramètres de « convention-0200001\.json » chargés/).waitFor();
    expect(await again.getByLabel(/^Numéro de la convention/).inputValue()).toBe("0200001");
    expect(await again.getByLabel(/^Coût 2024/).inputValue()).toBe("48100,5");
    await page.close();
    await again.close();
  });
});
