import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { TRACKING_TABLE } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildWorkbook } from "../../src/features/build";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { runCli } from "../support/cli";

let dir: string;
let built: string;
let csv: string;
const cli = (...args: string[]) => runCli(args, { cwd: dir });

async function rowCount(path: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const table = await new XlsxWorkbook(workbook).readTable(TRACKING_TABLE);
  return table!.grid.rows.filter((row) => row[0] !== null).length;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sc-integrity-"));
  built = join(dir, "built.xlsx");
  const port = new XlsxWorkbook(new ExcelJS.Workbook());
  await buildWorkbook(port, METZ_2021_2023, {});
  await port.saveAtomically(built);
  csv = join(dir, "rows.csv");
  writeFileSync(
    csv,
    "Date;Indicateur;Commentaire\n01/03/2021;Entretiens réalisés;un\n02/03/2021;Mises en relation (MER);deux\n",
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("import twice: the second run adds nothing, says how many rows were already there, and leaves the file as it was", async () => {
  const file = join(dir, "twice.xlsx");
  copyFileSync(built, file);
  expect(cli("import", file, csv).code).toBe(0);
  const after = readFileSync(file);
  const second = cli("import", file, csv);
  expect(second.code).toBe(0);
  expect(second.stdout).toContain("0 ligne(s)");
  expect(second.stderr).toContain("2 ligne(s) déjà présente(s)");
  expect(second.stderr).toContain("--allow-duplicates");
  expect(readFileSync(file).equals(after)).toBe(true);
  expect(await rowCount(file)).toBe(2);

  const forced = cli("import", file, csv, "--allow-duplicates");
  expect(forced.code).toBe(0);
  expect(await rowCount(file)).toBe(4);
});

test("a CSV row with one field too many: exit 1, its line and reason", () => {
  const file = join(dir, "fields.xlsx");
  copyFileSync(built, file);
  const bad = join(dir, "bad.csv");
  writeFileSync(bad, "Date;Indicateur;Commentaire\n01/03/2021;Entretiens réalisés;rappel; puis relance\n");
  const run = cli("import", file, bad);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain("Ligne 2 : 4 champs pour 3 colonnes");
  expect(readFileSync(file).equals(readFileSync(built))).toBe(true);
});

test("build --sample on a workbook that already has rows: exit 1, the reason, the file untouched", async () => {
  const file = join(dir, "with-rows.xlsx");
  copyFileSync(built, file);
  expect(cli("import", file, csv).code).toBe(0);
  const before = readFileSync(file);
  const run = cli("build", file, "--sample");
  expect(run.code).toBe(1);
  expect(run.stderr).toContain("contient déjà 2 ligne(s)");
  expect(run.stderr).toContain("--sample ne s'utilise que pour un nouveau classeur");
  expect(readFileSync(file).equals(before)).toBe(true);
});
