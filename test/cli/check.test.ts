import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkCommand } from "../../src/cli/check";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildWorkbook } from "../../src/features/build";
import { XlsxWorkbook } from "../../src/xlsx/workbook";

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

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const stdout = jest.spyOn(process.stdout, "write").mockImplementation((chunk) => ((out += String(chunk)), true));
  const stderr = jest.spyOn(process.stderr, "write").mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    return { code: await checkCommand.run(argv), out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

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
    const found = report.findings.map((f: { code: string; cell: string; row: number }) => `${f.code}@${f.cell}#${f.row}`);
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
    expect(out).toContain("ERREUR  Suivi!A22  DATE_INVALID  Date « 31/02/2021 » invalide en A22 : ce jour n'existe pas.");
    expect(out).toContain("AVERTISSEMENT  Suivi!A23  DUPLICATE_ROW");
  });

  it("exits 2 with a French message when the file cannot be read", async () => {
    const missing = await run([join(dir, "absent.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("introuvable");

    const protectedFile = join(dir, "protected.xlsx");
    writeFileSync(protectedFile, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    const refused = await run([protectedFile, "--json"]);
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.out)).toEqual({ ok: false, error: expect.stringContaining("mot de passe") });
  });

  it("exits 2 on bad usage", async () => {
    expect((await run([])).code).toBe(2);
    expect((await run([clean, "--today=31/12/2023"])).code).toBe(2);
    expect((await run([clean, "--frobnicate"])).code).toBe(2);
  });
});
