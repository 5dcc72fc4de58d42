// The Suivi drop-downs follow the list tables on Listes: a value the user adds to a table is
// offered, accepted by check and import, and neither check nor build sees anything to repair.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { METZ_2021_2023 } from "../../src/core/convention";
import { LIST_TABLE, listSources } from "../../src/core/plan";
import { buildWorkbook } from "../../src/features/build";
import { readWorkbookFile } from "../../src/xlsx/open";
import { XlsxWorkbook, readCell } from "../../src/xlsx/workbook";
import { captureOutput } from "../support/cli";
import { recalculate } from "../support/libreoffice";
import { describeWith } from "../support/tools";

let dir: string;
let extended: string;

/** A built workbook where the user added « Magny » to the ListeQuartiers table and used it in a row. */
async function withAddedQuartier(name: string): Promise<XlsxWorkbook> {
  const port = new XlsxWorkbook(new ExcelJS.Workbook());
  await buildWorkbook(port, METZ_2021_2023, {});
  await port.appendRows(LIST_TABLE.quartier, [["Magny"]]);
  // 1 March 2021: 44197 (1 January 2021) + 31 + 28.
  await port.appendRows("Suivi", [
    [44197 + 59, "Entretiens réalisés", 1, "Magny", "26 à 49 ans", "Femme", "", "", "CP", null],
  ]);
  await port.saveAtomically(join(dir, name));
  return port;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sc-lists-"));
  await withAddedQuartier("extended.xlsx");
  extended = join(dir, "extended.xlsx");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => captureOutput(() => main(args));

test("after a value is added to ListeQuartiers, check finds nothing (no VALIDATION_MISSING, the value is known)", async () => {
  const run = await cli("check", extended, "--json", "--today=2024-01-15");
  expect(JSON.parse(run.out)).toEqual({ ok: true, summary: { errors: 0, warnings: 0, rows: 1 }, findings: [] });
  expect(run.code).toBe(0);
});

test("and a rebuild has nothing to repair", async () => {
  const run = await cli("build", extended);
  expect(run).toMatchObject({ code: 0, err: "" });
  expect(run.out).toMatch(/rien à réparer/);
});

test("import accepts the added value from the workbook's list; explicit settings without it refuse it", async () => {
  writeFileSync(join(dir, "magny.csv"), "Date;Indicateur;Quartier\n02/03/2021;Entretiens réalisés;Magny\n");
  writeFileSync(join(dir, "metz.json"), JSON.stringify(METZ_2021_2023));
  const refused = await cli("import", extended, join(dir, "magny.csv"), "--convention", join(dir, "metz.json"));
  expect(refused.code).toBe(1);
  expect(refused.err).toContain("« Magny » ne fait pas partie de la liste « Quartier »");
  const imported = await cli("import", extended, join(dir, "magny.csv"));
  expect(imported.code).toBe(0);
  const rows = (await new XlsxWorkbook(await readWorkbookFile(extended)).readTable("Suivi"))!.grid.rows;
  expect(rows.map((row) => row[3])).toEqual(["Magny", "Magny"]);
});

test("a workbook whose drop-down still points at a fixed range is reported, then moved to the table by build", async () => {
  const port = await withAddedQuartier("fixed.xlsx");
  const file = join(dir, "fixed.xlsx");
  // What earlier builds wrote: the eight entries of the Metz list, E2:E9 on Listes.
  const validations = (
    port.workbook.getWorksheet("Suivi") as unknown as {
      dataValidations: { model: Record<string, { formulae: string[] }> };
    }
  ).dataValidations.model;
  validations["D2:D1048576"].formulae = ["Listes!$E$2:$E$9"];
  await port.saveAtomically(file);

  const before = await cli("check", file, "--json", "--today=2024-01-15");
  expect(JSON.parse(before.out).findings.map((f: { code: string; cell: string }) => `${f.code}@${f.cell}`)).toEqual([
    "VALIDATION_MISSING@D2",
  ]);
  expect((await cli("build", file)).out).toMatch(/D2:D1048576 : contrôle de saisie rétabli/);
  const after = await cli("check", file, "--json", "--today=2024-01-15");
  expect(JSON.parse(after.out).findings).toEqual([]);
});

describeWith("LibreOffice", "the drop-down sources, resolved by LibreOffice", () => {
  it("name every entry of their table, the added one included", async () => {
    const port = new XlsxWorkbook(await readWorkbookFile(extended));
    const sources = listSources();
    const tables = {
      indicator: LIST_TABLE.indicators,
      quartier: LIST_TABLE.quartier,
      trancheAge: LIST_TABLE.trancheAge,
      sexe: LIST_TABLE.sexe,
    };
    // Each source evaluated in a cell: how many entries, and the last one.
    const probe = port.workbook.addWorksheet("Sondes");
    const keys = Object.keys(tables) as (keyof typeof tables)[];
    keys.forEach((key, i) => {
      const range = sources[key].replace(/^=/, "");
      probe.getCell(i + 1, 1).value = { formula: `COUNTA(${range})` } as ExcelJS.CellFormulaValue;
      probe.getCell(i + 1, 2).value = { formula: `INDEX(${range},COUNTA(${range}))` } as ExcelJS.CellFormulaValue;
    });
    const file = join(dir, "probe.xlsx");
    await port.saveAtomically(file);
    const [recalculated] = recalculate([file]);
    const sheet = (await readWorkbookFile(recalculated)).getWorksheet("Sondes")!;
    for (const [i, key] of keys.entries()) {
      // Expected: the table's own data rows, read by ExcelJS from the file (label column for indicators).
      const rows = (await port.readTable(tables[key]))!.grid.rows.map((row) => row[key === "indicator" ? 1 : 0]);
      expect([key, readCell(sheet.getCell(i + 1, 1)), readCell(sheet.getCell(i + 1, 2))]).toEqual([
        key,
        rows.length,
        rows[rows.length - 1],
      ]);
    }
    expect(readCell(sheet.getCell(keys.indexOf("quartier") + 1, 2))).toBe("Magny");
  });
});
