import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { SHEET } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { financingLayout, indicatorsLayout } from "../../src/core/plan";
import { buildWorkbook } from "../../src/features/build";
import { readWorkbookFile } from "../../src/xlsx/open";
import { XlsxWorkbook, readCell } from "../../src/xlsx/workbook";
import { said } from "../support/said";

const dir = mkdtempSync(join(tmpdir(), "sc-xlsx-"));

async function built(name: string, sampleRows = 0): Promise<string> {
  const port = new XlsxWorkbook(new ExcelJS.Workbook());
  await buildWorkbook(port, METZ_2021_2023, { sampleRows });
  const path = join(dir, name);
  await port.saveAtomically(path);
  return path;
}

async function reopen(path: string) {
  const wb = await readWorkbookFile(path);
  return { wb, port: new XlsxWorkbook(wb) };
}

test("a new workbook has the contract's sheets, tables, names and validations", async () => {
  const { port } = await reopen(await built("new.xlsx", 10));
  const snap = await port.readSnapshot();
  expect(snap.sheets).toEqual(["Paramètres", "Listes", "Suivi", "Indicateurs", "Financement"]);
  expect(snap.tables.find((t) => t.name === "Suivi")).toMatchObject({ sheet: "Suivi", address: "A1:J11" });
  expect(snap.names.map((n) => n.name)).toEqual(
    expect.arrayContaining(["CONV_NUMERO", "CONV_DEBUT", "CONV_FIN", "CONV_ETP"]),
  );
  expect(snap.names.find((n) => n.name === "CONV_ETP")?.formula).toBe("Paramètres!$B$8");
  const nombre = snap.validations.find((v) => v.sheet === "Suivi" && v.address === "C2:C1048576");
  expect(nombre?.type).toBe("whole");
  const table = await port.readTable("Suivi");
  expect(table?.grid.rows).toHaveLength(10);
  expect(typeof table?.grid.rows[0][0]).toBe("number");
});

test("the Semestre column is a real calculated column of the table (Excel fills it for new rows)", async () => {
  const path = await built("calc.xlsx", 3);
  const { execFileSync } = await import("node:child_process");
  const xml = execFileSync("unzip", ["-p", path, "xl/tables/table*.xml"]).toString("utf8");
  expect(xml).toMatch(
    /<tableColumn id="10" name="Semestre"><calculatedColumnFormula>IF\(ISNUMBER\(Suivi\[\[#This Row\],\[Date\]\]\)/,
  );
});

test("rebuild repairs a deleted sheet, an overwritten formula, a lost validation and a lost name — and keeps the user's work", async () => {
  const path = await built("repair.xlsx", 40);
  const before = await reopen(path);
  const rowsBefore = (await before.port.readTable("Suivi"))!.grid.rows;
  const wb = before.wb;
  const L = indicatorsLayout(METZ_2021_2023);
  const F = financingLayout(METZ_2021_2023);
  wb.getWorksheet(SHEET.indicators)!.getCell(`E${L.firstIndicatorRow + 2}`).value = 12;
  wb.removeWorksheet(wb.getWorksheet(SHEET.lists)!.id);
  const validations = (
    wb.getWorksheet(SHEET.tracking) as unknown as { dataValidations: { model: Record<string, unknown> } }
  ).dataValidations.model;
  delete validations["D2:D1048576"];
  (wb.definedNames as unknown as { model: { name: string }[] }).model = (
    wb.definedNames as unknown as { model: { name: string }[] }
  ).model.filter((n) => n.name !== "CONV_FIN");
  wb.getWorksheet(SHEET.parameters)!.getCell("B8").value = 0.8; // the user changed the ETP
  // finance staff typed a payment
  wb.getWorksheet(SHEET.financing)!.getCell(`${F.col.firstPaid}${F.firstYearRow}`).value = 11699;
  wb.addWorksheet("Mes notes").getCell("B2").value = "Réunion du comité le 12/10";
  await before.port.saveAtomically(path);

  const damaged = await reopen(path);
  const result = await buildWorkbook(damaged.port, METZ_2021_2023, {});
  await damaged.port.saveAtomically(path);
  const messages = result.changes.map((c) => said(c.text));
  expect(result.created).toBe(false);
  expect(messages).toEqual(
    expect.arrayContaining([
      "Feuille « Listes » créée.",
      "Nom défini « CONV_FIN » ajouté.",
      `Feuille « Indicateurs », cellule E${L.firstIndicatorRow + 2} : formule rétablie (elle avait été modifiée ou effacée).`,
      "Feuille « Suivi », D2:D1048576 : contrôle de saisie rétabli (il avait été supprimé ou modifié).",
    ]),
  );

  const after = await reopen(path);
  expect(after.wb.worksheets.map((ws) => ws.name)).toEqual([
    "Paramètres",
    "Listes",
    "Suivi",
    "Indicateurs",
    "Financement",
    "Mes notes",
  ]);
  expect((await after.port.readTable("Suivi"))!.grid.rows).toEqual(rowsBefore);
  expect(readCell(after.wb.getWorksheet(SHEET.parameters)!.getCell("B8"))).toBe(0.8);
  expect(readCell(after.wb.getWorksheet(SHEET.financing)!.getCell(`${F.col.firstPaid}${F.firstYearRow}`))).toBe(11699);
  expect(readCell(after.wb.getWorksheet("Mes notes")!.getCell("B2"))).toBe("Réunion du comité le 12/10");
  expect(after.wb.getWorksheet(SHEET.indicators)!.getCell(`E${L.firstIndicatorRow + 2}`).formula).toMatch(/^SUMIFS/);
  // A second rebuild finds nothing left to do.
  expect((await buildWorkbook(after.port, METZ_2021_2023, {})).changes).toEqual([]);
});

test("a table object lost while its rows remain is adopted without rewriting a row", async () => {
  const path = await built("adopt.xlsx", 25);
  const { wb, port } = await reopen(path);
  const rowsBefore = (await port.readTable("Suivi"))!.grid.rows;
  wb.getWorksheet(SHEET.tracking)!.removeTable("Suivi");
  const result = await buildWorkbook(port, METZ_2021_2023, {});
  expect(result.changes.map((c) => said(c.text))).toContain("Tableau « Suivi » créé sur la feuille « Suivi ».");
  expect((await port.readTable("Suivi"))!.grid.rows).toEqual(rowsBefore);
});

test("saving never leaves a partial file: a failed write keeps the original bytes", async () => {
  const path = await built("atomic.xlsx");
  const original = readFileSync(path);
  const { port } = await reopen(path);
  // The write fails half-way, after part of the file was written.
  (port.workbook.xlsx as unknown as { writeFile: (p: string) => Promise<void> }).writeFile = async (p: string) => {
    writeFileSync(p, "PK partial");
    throw new Error("disk full");
  };
  await expect(port.saveAtomically(path)).rejects.toThrow("disk full");
  expect(readFileSync(path).equals(original)).toBe(true);
  expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
});
