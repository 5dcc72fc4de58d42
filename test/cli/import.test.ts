import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { TRACKING_TABLE } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildWorkbook } from "../../src/features/build";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { runCli } from "../support/cli";

const ROOT = join(__dirname, "..", "..");
const FIXTURES = join(ROOT, "test", "fixtures", "import");

let dir: string;
let built: string;

const cli = (...args: string[]) => runCli(args, { cwd: dir });

/** A copy of the freshly built workbook, for one test. */
function target(name: string): string {
  const path = join(dir, name);
  copyFileSync(built, path);
  return path;
}

async function trackingRows(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const table = await new XlsxWorkbook(workbook).readTable(TRACKING_TABLE);
  return table!.grid.rows.filter((row) => row[0] !== null);
}

const noStackTrace = (text: string): void => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sc-import-"));
  built = join(dir, "built.xlsx");
  const port = new XlsxWorkbook(new ExcelJS.Workbook());
  await buildWorkbook(port, METZ_2021_2023, {});
  await port.appendRows(TRACKING_TABLE, [
    [44200, "Entretiens réalisés", 1, "Borny", null, null, null, "déjà là", "Claire", null],
  ]);
  await port.saveAtomically(built);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("--help explains the command and exits 0", () => {
  const run = cli("import", "--help");
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("suivi-convention import <classeur.xlsx> <lignes.csv|lignes.xlsx> [--skip-invalid]");
  expect(run.stdout).toContain("--skip-invalid");
});

test("imports a CSV: exit 0, rows appended after the existing one, no temporary file left", async () => {
  const file = target("ok.xlsx");
  const run = cli("import", file, join(FIXTURES, "suivi-utf8-semicolon.csv"));
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("3 ligne(s)");
  expect(run.stderr).toContain("Colonne « Semestre » ignorée");
  const rows = await trackingRows(file);
  expect(rows.map((row) => row[7])).toEqual(["déjà là", null, "Rappel prévu", "Deux lignes\ndans une cellule"]);
  expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
});

test("an invalid row refuses the file: exit 1, French reasons on stderr, the workbook byte for byte unchanged", () => {
  const file = target("refused.xlsx");
  const before = readFileSync(file);
  writeFileSync(join(dir, "bad.csv"), "Date;Acte\n01/03/2021;Entretien\n02/03/2021;MER\n");
  const run = cli("import", file, "bad.csv");
  expect(run.code).toBe(1);
  expect(run.stdout).toBe("");
  expect(run.stderr).toContain("Import refusé");
  expect(run.stderr).toContain("Cellule B2");
  expect(run.stderr).toContain("Vouliez-vous dire « Entretiens réalisés » ?");
  noStackTrace(run.stderr);
  expect(readFileSync(file).equals(before)).toBe(true);
});

test("--skip-invalid imports the valid rows and lists the others", async () => {
  const file = target("skip.xlsx");
  writeFileSync(join(dir, "bad2.csv"), "Date;Acte\n01/03/2021;Entretien\n02/03/2021;MER\n");
  const run = cli("import", file, "bad2.csv", "--skip-invalid");
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("1 ligne(s)");
  expect(run.stderr).toContain("1 ligne(s) non importée(s)");
  const rows = await trackingRows(file);
  expect(rows.map((row) => row[1])).toEqual(["Entretiens réalisés", "Mises en relation (MER)"]);
});

test("rows of another workbook's first sheet, dates typed as dates", async () => {
  const file = target("from-xlsx.xlsx");
  const other = new ExcelJS.Workbook();
  const sheet = other.addWorksheet("Mon suivi");
  sheet.addRow(["Date de l'acte", "Type d'acte", "Nb", "Genre"]);
  sheet.addRow([new Date(Date.UTC(2021, 8, 30)), "MER", 2, "f"]);
  await other.xlsx.writeFile(join(dir, "other.xlsx"));
  const run = cli("import", file, "other.xlsx");
  expect(run.code).toBe(0);
  const rows = await trackingRows(file);
  // 30 September 2021: 44197 (1 January 2021) + 272 days.
  expect(rows[1].slice(0, 6)).toEqual([44469, "Mises en relation (MER)", 2, null, null, "Femme"]);
});

test("a workbook without the Suivi table: exit 1 and the advice to run build", async () => {
  const plain = new ExcelJS.Workbook();
  plain.addWorksheet("Feuil1").getCell("A1").value = "rien";
  await plain.xlsx.writeFile(join(dir, "plain.xlsx"));
  const run = cli("import", "plain.xlsx", join(FIXTURES, "suivi-utf8-comma.csv"));
  expect(run.code).toBe(1);
  expect(run.stderr).toContain("suivi-convention build");
});

test("files that cannot be read: exit 2, no stack trace", () => {
  const file = target("io.xlsx");
  const missing = cli("import", file, "absent.csv");
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain("Impossible de lire « absent.csv »");
  writeFileSync(join(dir, "fake.xlsx"), "ceci n'est pas un classeur");
  const fake = cli("import", "fake.xlsx", join(FIXTURES, "suivi-utf8-comma.csv"));
  expect(fake.code).toBe(2);
  expect(fake.stderr).toContain("n'est pas un classeur Excel");
  noStackTrace(missing.stderr + fake.stderr);
});

test("wrong arguments: exit 1 with a French message", () => {
  const run = cli("import", "seul.xlsx");
  expect(run.code).toBe(1);
  expect(run.stderr).toContain("Indiquez le classeur puis le fichier à importer");
  const same = cli("import", target("same.xlsx"), "same.xlsx");
  expect(same.code).toBe(1);
  expect(same.stderr).toContain("le classeur lui-même");
});

test("--convention: rows are judged against the settings file, not the workbook's own period", async () => {
  // The workbook was built for 2021–2023; these settings end on 31 December 2021.
  writeFileSync(
    join(dir, "conv-2021.json"),
    JSON.stringify({ ...METZ_2021_2023, end: "2021-12-31", annualCosts: [METZ_2021_2023.annualCosts[0]] }),
  );
  writeFileSync(join(dir, "2022.csv"), "Date;Indicateur\n01/03/2022;Entretiens réalisés\n");

  const file = target("convention.xlsx");
  const before = readFileSync(file);
  const refused = cli("import", file, "2022.csv", "--convention", "conv-2021.json");
  expect(refused.code).toBe(1);
  // DATE_OUT_OF_PERIOD's message, naming the source cell A2 and the settings' period.
  expect(refused.stderr).toContain(
    "Cellule A2 : le 01/03/2022 est en dehors de la convention (du 01/01/2021 au 31/12/2021)",
  );
  expect(readFileSync(file).equals(before)).toBe(true);

  // Without the option, the workbook's period (Paramètres: 2021–2023) accepts the same row.
  const accepted = cli("import", file, "2022.csv");
  expect(accepted.code).toBe(0);
  expect(accepted.stdout).toContain("1 ligne(s)");
});
