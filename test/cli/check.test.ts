import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkCommand } from "../../src/cli/check";
import { main } from "../../src/cli/main";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildWorkbook } from "../../src/features/build";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { captureOutput } from "../support/cli";

let dir: string;
let clean: string;
let damaged: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sc-cli-check-"));
  const port = new XlsxWorkbook(new ExcelJS.Workbook());
  await buildWorkbook(port, METZ_2021_2023, { sampleRows: 20 });
  clean = join(dir, "clean.xlsx");
  await port.saveAtomically(clean);
  // Rows 22 and 23 (after the 20 sample rows below the header): an impossible date, a phone
  // number, an identical copy of the first of them.
  await port.appendRows("Suivi", [
    ["31/02/2021", "Entretiens réalisés", null, "Borny", "26 à 49 ans", "Femme", "", "Tél 06 12 34 56 78", "CP", null],
    ["31/02/2021", "Entretiens réalisés", null, "Borny", "26 à 49 ans", "Femme", "", "Tél 06 12 34 56 78", "CP", null],
  ]);
  damaged = join(dir, "damaged.xlsx");
  await port.saveAtomically(damaged);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (argv: string[]) => captureOutput(() => checkCommand.run(argv));

describe("suivi-convention check", () => {
  it("exits 0 on a clean workbook and says so", async () => {
    const { code, out } = await run([clean, "--today=2024-01-15"]);
    expect(code).toBe(0);
    expect(out).toContain("0 erreur(s), 0 avertissement(s), 20 ligne(s)");
    expect(out).toContain("Aucun problème trouvé.");
  });

  it("exits 1 on errors and prints the documented JSON", async () => {
    const { code, out } = await run([damaged, "--json", "--today=2024-01-15"]);
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(Object.keys(report)).toEqual(["ok", "summary", "findings"]);
    expect(report.ok).toBe(false);
    expect(report.summary).toEqual({ errors: 4, warnings: 1, rows: 22 });
    const found = report.findings.map(
      (f: { code: string; cell: string; row: number }) => `${f.code}@${f.cell}#${f.row}`,
    );
    expect(found).toEqual([
      "DATE_INVALID@A22#22",
      "PERSONAL_IDENTIFIER@H22#22",
      "DATE_INVALID@A23#23",
      "PERSONAL_IDENTIFIER@H23#23",
      "DUPLICATE_ROW@A23#23",
    ]);
    expect(Object.keys(report.findings[0])).toEqual(["code", "severity", "sheet", "cell", "row", "message"]);
  });

  it("prints readable French lines without --json", async () => {
    const { code, out } = await run([damaged, "--today=2024-01-15"]);
    expect(code).toBe(1);
    expect(out).toContain(
      "ERREUR  Suivi!A22  DATE_INVALID  Date « 31/02/2021 » invalide en A22 : ce jour n'existe pas.",
    );
    expect(out).toContain("AVERTISSEMENT  Suivi!A23  DUPLICATE_ROW");
  });

  it("exits 2 with a French message when the file cannot be read", async () => {
    const missing = await run([join(dir, "absent.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("introuvable");

    const protectedFile = join(dir, "protected.xlsx");
    writeFileSync(
      protectedFile,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
    );
    const refused = await run([protectedFile, "--json"]);
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.out)).toEqual({
      ok: false,
      error: expect.stringContaining("mot de passe"),
      summary: { errors: 0, warnings: 0, rows: 0 },
      findings: [],
    });
  });

  it("exits 1 on a refused command line, like every command, naming what is wrong", async () => {
    const viaMain = (argv: string[]) => captureOutput(() => main(["check", ...argv]));
    expect(await viaMain([])).toMatchObject({
      code: 1,
      err: expect.stringContaining("Indiquez le classeur à vérifier"),
    });
    expect(await viaMain([clean, "--today=31/12/2023"])).toMatchObject({
      code: 1,
      err: expect.stringContaining("« 31/12/2023 »"),
    });
    expect(await viaMain([clean, "--frobnicate"])).toMatchObject({
      code: 1,
      err: expect.stringContaining("l'option « --frobnicate » n'existe pas"),
    });
    expect(await viaMain([clean, "--today"])).toMatchObject({
      code: 1,
      err: expect.stringContaining("l'option « --today » doit être suivie de sa valeur"),
    });
    expect(await viaMain([clean, "autre.xlsx"])).toMatchObject({
      code: 1,
      err: expect.stringContaining("« autre.xlsx » est un fichier de trop"),
    });
    // node's English sentence never reaches the user.
    expect((await viaMain([clean, "--frobnicate"])).err).not.toMatch(/Unknown option|positional/);
  });
});

describe("suivi-convention check --convention", () => {
  let file: string;
  let settings: string;
  beforeAll(async () => {
    const port = new XlsxWorkbook(new ExcelJS.Workbook());
    await buildWorkbook(port, METZ_2021_2023, {});
    // Serials by hand: 2021-01-01 is 44197; 15 June 2021 is day 166 of the year (31+28+31+30+31+15),
    // 1 March 2022 comes 365 + 31 + 28 days after 1 January 2021.
    await port.appendRows("Suivi", [
      [44197 + 165, "Entretiens réalisés", 1, "Borny", "26 à 49 ans", "Femme", "", "", "CP", null],
      [44197 + 365 + 59, "Mises en relation (MER)", 2, "Hors QPV", "Moins de 26 ans", "Homme", "", "", "CP", null],
    ]);
    file = join(dir, "period.xlsx");
    await port.saveAtomically(file);
    // A convention that ends on 31 December 2021: the 2022 row (sheet row 3) falls outside it.
    settings = join(dir, "conv-2021.json");
    writeFileSync(
      settings,
      JSON.stringify({ ...METZ_2021_2023, end: "2021-12-31", annualCosts: [METZ_2021_2023.annualCosts[0]] }),
    );
  });

  const rowFindings = (out: string): string[] =>
    (JSON.parse(out).findings as { code: string; sheet: string; cell: string; row: number | null }[])
      .filter((f) => f.sheet === "Suivi" && f.row !== null)
      .map((f) => `${f.code}@${f.cell}`);

  it("without the option, judges rows against the workbook's own period (2021–2023): nothing to report", async () => {
    const { code, out } = await run([file, "--json", "--today=2024-01-15"]);
    expect(code).toBe(0);
    expect(rowFindings(out)).toEqual([]);
  });

  it("with a settings file, the row outside its period is DATE_OUT_OF_PERIOD", async () => {
    const { code, out } = await run([file, "--json", "--today=2024-01-15", "--convention", settings]);
    expect(code).toBe(1);
    expect(rowFindings(out)).toEqual(["DATE_OUT_OF_PERIOD@A3"]);
    const finding = JSON.parse(out).findings.find((f: { code: string }) => f.code === "DATE_OUT_OF_PERIOD");
    expect(finding.message).toContain("du 01/01/2021 au 31/12/2021");
  });

  it("a settings file that cannot be used stops the check with exit 2 and says why", async () => {
    const broken = join(dir, "broken.json");
    writeFileSync(broken, "{ pas du json");
    const refused = await run([file, "--convention", broken]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/n'est pas un JSON valide/);
    const missing = await run([file, "--convention", join(dir, "absent.json")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/Impossible de lire/);
  });
});
