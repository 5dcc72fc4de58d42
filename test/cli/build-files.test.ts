import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { TRACKING_TABLE } from "../../src/core/contract";
import { readWorkbookFile } from "../../src/xlsx/open";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { rewriteZip } from "../../src/xlsx/zip-rewrite";
import { captureOutput } from "../support/cli";
import { zipEntry } from "../support/zip";

// Adversarial cases of `build` on existing files: what other tools write, what users do to the
// workbook, and what the file system refuses. Each time the user's rows must come out unchanged.

let dir: string;
let built: string;
const cli = (...args: string[]) => captureOutput(() => main(args));

function copyOfBuilt(name: string): string {
  const path = join(dir, name);
  copyFileSync(built, path);
  return path;
}

/** Every cell of the Suivi table's data rows, as ExcelJS reads them back. */
async function trackingRows(path: string): Promise<unknown[][]> {
  const table = await new XlsxWorkbook(await readWorkbookFile(path)).readTable(TRACKING_TABLE);
  return table!.grid.rows;
}

/** The data validations of a sheet, keyed by range, as written in the file. */
async function validationsOf(path: string, sheet: string): Promise<Record<string, { type: string } | undefined>> {
  const workbook = await readWorkbookFile(path);
  const ws = workbook.getWorksheet(sheet)!;
  return (ws as unknown as { dataValidations: { model: Record<string, { type: string } | undefined> } }).dataValidations
    .model;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sc-build-files-"));
  built = join(dir, "built.xlsx");
  const created = await cli("build", built, "--sample");
  expect(created.code).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a workbook saved by LibreOffice (its tables carry no style) is repaired and written, rows unchanged", async () => {
  const file = join(dir, "libreoffice.xlsx");
  // LibreOffice Calc writes <table> parts without <tableStyleInfo>; the element is optional in OOXML.
  const tableParts = Array.from({ length: 6 }, (_, i) => `xl/tables/table${i + 1}.xml`);
  const styled = await Promise.all(tableParts.map((part) => zipEntry(built, part)));
  expect(styled.every((xml) => xml.includes("<tableStyleInfo"))).toBe(true);
  const unstyle = (xml: string) => xml.replace(/<tableStyleInfo[^>]*\/>/, "");
  // And a repair to make: the name CONV_DEBUT is gone.
  const dropName = (xml: string) => xml.replace(/<definedName name="CONV_DEBUT"[^>]*>[^<]*<\/definedName>/, "");
  await rewriteZip(built, file, {
    edit: { ...Object.fromEntries(tableParts.map((part) => [part, unstyle])), "xl/workbook.xml": dropName },
  });
  expect(await zipEntry(file, "xl/workbook.xml")).not.toContain("CONV_DEBUT");
  const before = await trackingRows(file);

  const run = await cli("build", file);
  expect(run).toMatchObject({ code: 0, err: "" });
  expect(run.out).toMatch(/Nom défini « CONV_DEBUT » ajouté/);
  expect(await trackingRows(file)).toEqual(before);
});

test("a build with nothing to repair leaves the file exactly as it was", async () => {
  const file = copyOfBuilt("a-jour.xlsx");
  const bytes = readFileSync(file);
  const run = await cli("build", file);
  expect(run.out).toMatch(/rien à réparer/);
  // Rewriting it through ExcelJS would drop what ExcelJS does not keep (pivot tables, charts…).
  expect(readFileSync(file).equals(bytes)).toBe(true);
});

test("a read-only workbook is refused (exit 2, French reason) and left as it was", async () => {
  const file = copyOfBuilt("lecture-seule.xlsx");
  const workbook = await readWorkbookFile(file);
  workbook.getWorksheet("Indicateurs")!.getCell("C3").value = 42; // something to repair
  await workbook.xlsx.writeFile(file);
  chmodSync(file, 0o444);
  const bytes = readFileSync(file);
  const run = await cli("build", file);
  expect(run.code).toBe(2);
  expect(run.err).toMatch(/^Impossible d'écrire « .*lecture-seule\.xlsx » \(le fichier est en lecture seule\)/);
  expect(readFileSync(file).equals(bytes)).toBe(true);
  expect(statSync(file).mode & 0o777).toBe(0o444);
});

test("a repair keeps the file's permissions", async () => {
  const file = copyOfBuilt("prive.xlsx");
  const workbook = await readWorkbookFile(file);
  workbook.getWorksheet("Indicateurs")!.getCell("C3").value = 42;
  await workbook.xlsx.writeFile(file);
  chmodSync(file, 0o600);
  const run = await cli("build", file);
  expect(run.code).toBe(0);
  expect(run.out).toMatch(/C3 : formule rétablie/);
  expect(statSync(file).mode & 0o777).toBe(0o600);
});

test("a folder that cannot be written is reported in French, without an English error code", async () => {
  const run = await cli("build", join(dir, "absent", "nouveau.xlsx"));
  expect(run.code).toBe(2);
  expect(run.err).toMatch(/« .*nouveau\.xlsx » \(le dossier n'existe pas\)/);
  expect(run.err).not.toMatch(/ENOENT|EACCES|Error/);
});

/** Moves the Suivi table two rows down and one column right, as a user inserting a title would. */
async function moveTrackingTable(file: string, renameSheet?: string): Promise<void> {
  const workbook = await readWorkbookFile(file);
  const ws = workbook.getWorksheet("Suivi")!;
  ws.spliceRows(1, 0, ["Suivi de la conseillère"], []);
  ws.spliceColumns(1, 0, []);
  const table = ws.getTables()[0] as unknown as { table: { tableRef: string; autoFilterRef: string } };
  const bottom = Number(/\d+$/.exec(table.table.tableRef)![0]);
  table.table.tableRef = table.table.autoFilterRef = `B3:K${bottom + 2}`;
  (ws as unknown as { dataValidations: { model: object } }).dataValidations.model = {};
  if (renameSheet) ws.name = renameSheet;
  await workbook.xlsx.writeFile(file);
}

test("a moved Suivi table: check and repair put each drop-down on its own column, not on A:I", async () => {
  const file = copyOfBuilt("deplace.xlsx");
  await moveTrackingTable(file);
  const before = await trackingRows(file);
  expect(before.length).toBe(1500);

  // The table starts at B3: Date is column B, its data from row 4; Indicateur is C, Nombre D …
  const checked = await cli("check", file, "--json", "--today=2024-01-15");
  const findings = (JSON.parse(checked.out) as { findings: { code: string; cell: string }[] }).findings;
  expect(findings.filter((f) => f.code === "VALIDATION_MISSING").map((f) => f.cell)).toEqual([
    "B4",
    "C4",
    "D4",
    "E4",
    "F4",
    "G4",
    "H4",
    "I4",
    "J4",
  ]);

  const run = await cli("build", file);
  expect(run.code).toBe(0);
  expect(run.out).toMatch(/B4:B1048576 : contrôle de saisie rétabli/);
  const rules = await validationsOf(file, "Suivi");
  expect(rules["B4:B1048576"]?.type).toBe("date");
  expect(rules["C4:C1048576"]?.type).toBe("list");
  expect(rules["D4:D1048576"]?.type).toBe("whole");
  expect(Object.keys(rules).some((range) => range.startsWith("A"))).toBe(false);
  expect(await trackingRows(file)).toEqual(before);
  expect((await cli("check", file, "--today=2024-01-15")).code).toBe(0);
});

test("the Suivi table on a renamed sheet: no empty « Suivi » sheet is added, the drop-downs go with the table", async () => {
  const file = copyOfBuilt("renommee.xlsx");
  await moveTrackingTable(file, "Suivi 2021");
  const before = await trackingRows(file);
  const run = await cli("build", file);
  expect(run.code).toBe(0);
  expect(run.out).not.toMatch(/Feuille « Suivi » créée/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  expect(workbook.worksheets.map((ws) => ws.name)).not.toContain("Suivi");
  expect((await validationsOf(file, "Suivi 2021"))["B4:B1048576"]?.type).toBe("date");
  expect(await trackingRows(file)).toEqual(before);
  expect((await cli("check", file, "--today=2024-01-15")).code).toBe(0);
});
