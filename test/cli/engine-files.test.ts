// What saving a user's workbook keeps (symbolic links, owner, permissions), temporary files of
// killed runs, and what is refused before anything is written (.xlsm content, tables whose rows are
// not plain cells).
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { main } from "../../src/cli/main";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildWorkbook } from "../../src/features/build";
import { StreamedWorkbook } from "../../src/xlsx/stream-build";
import { captureOutput } from "../support/cli";

let dir: string;
let built: Buffer;
let rows: string;

const cli = (...args: string[]) => captureOutput(() => main(args));

/** A copy of the built workbook, its parts changed by `edit` (name → text). */
function variant(name: string, edit: (files: Record<string, Uint8Array>) => void = () => undefined): string {
  const files = unzipSync(built);
  edit(files);
  const path = join(dir, name);
  writeFileSync(path, zipSync(files));
  return path;
}

const editText = (files: Record<string, Uint8Array>, part: string, change: (text: string) => string) => {
  files[part] = strToU8(change(strFromU8(files[part])));
};

/** The Suivi table part of a workbook written by the build (its table parts are named by ExcelJS). */
const suiviTablePart = (files: Record<string, Uint8Array>) =>
  Object.keys(files).find((n) => n.startsWith("xl/tables/") && /name="Suivi"/.test(strFromU8(files[n])))!;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sc-engine-files-"));
  const port = new StreamedWorkbook();
  await buildWorkbook(port, METZ_2021_2023, { sampleRows: 3 });
  await port.saveAtomically(join(dir, "built.xlsx"));
  built = readFileSync(join(dir, "built.xlsx"));
  rows = join(dir, "rows.csv");
  writeFileSync(rows, "Date;Indicateur;Nombre;Saisi par\n15/03/2022;Entretiens réalisés;2;CL\n");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a macro-enabled workbook named .xlsx is refused in French and left as it was", async () => {
  const file = variant("macros.xlsx", (files) =>
    // The workbook part's content type is the one Excel gives an .xlsm.
    editText(files, "[Content_Types].xml", (t) =>
      t.replace(
        /(PartName="\/xl\/workbook.xml" ContentType=")[^"]*"/,
        '$1application/vnd.ms-excel.sheet.macroEnabled.main+xml"',
      ),
    ),
  );
  const before = readFileSync(file);
  for (const args of [
    ["import", file, rows],
    ["build", file],
    ["check", file],
  ]) {
    const run = await cli(...args);
    expect(run.code).toBe(2);
    expect(run.err).toContain("contient des macros (.xlsm)");
  }
  expect(readFileSync(file).equals(before)).toBe(true);
});

test("an encrypted workbook (an OLE container) is refused in French", async () => {
  const file = join(dir, "chiffre.xlsx");
  writeFileSync(
    file,
    Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]),
  );
  const run = await cli("import", file, rows);
  expect(run.code).toBe(2);
  expect(run.err).toContain("protégé par un mot de passe");
});

test.each([
  ["a totals row", (t: string) => t.replace(/<table /, '<table totalsRowCount="1" '), "ligne de total"],
  ["a query table", (t: string) => t.replace(/<table /, '<table tableType="queryTable" '), "source de données externe"],
])("a Suivi table with %s is refused before anything is written", async (_what, change, message) => {
  const file = variant(`table-${message.length}.xlsx`, (files) => editText(files, suiviTablePart(files), change));
  const before = readFileSync(file);
  const run = await cli("import", file, rows);
  expect(run.code).toBe(1);
  expect(run.err).toContain(message);
  expect(readFileSync(file).equals(before)).toBe(true);
});

test("merged cells in the Suivi table refuse the import", async () => {
  const file = variant("merged.xlsx", (files) => {
    const sheet = Object.keys(files).find(
      (n) => n.startsWith("xl/worksheets/sheet") && strFromU8(files[n]).includes("Suivi[[#This Row]"),
    )!;
    editText(files, sheet, (t) =>
      t.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="G2:H2"/></mergeCells>'),
    );
  });
  const run = await cli("import", file, rows);
  expect(run.code).toBe(1);
  expect(run.err).toContain("cellules fusionnées");
});

test("a dropdown put on a whole column of Suivi (sqref L:L) is read: build, check and import go on", async () => {
  // Selecting a column and adding a list is how users add their own dropdown; the rule's range then
  // has no row numbers. It used to stop every command with « adresse « L » invalide ».
  const file = variant("colonne.xlsx", (files) => {
    const sheet = Object.keys(files).find(
      (n) => n.startsWith("xl/worksheets/sheet") && strFromU8(files[n]).includes("Suivi[[#This Row]"),
    )!;
    editText(files, sheet, (t) =>
      t.replace(
        /<dataValidations count="(\d+)">/,
        (_, count: string) =>
          `<dataValidations count="${Number(count) + 1}"><dataValidation type="list" allowBlank="1" sqref="L:L">` +
          `<formula1>"oui,non"</formula1></dataValidation>`,
      ),
    );
  });
  const before = readFileSync(file);
  const build = await cli("build", file);
  expect([build.code, build.err]).toEqual([0, ""]);
  expect(build.out).toContain("rien à réparer");
  expect(readFileSync(file).equals(before)).toBe(true);
  const check = await cli("check", file);
  expect([check.code, check.err]).toEqual([0, ""]);
  const imported = await cli("import", file, rows);
  expect([imported.code, imported.err]).toEqual([0, ""]);
  // The user's rule is theirs: still there after the rows were appended.
  const after = unzipSync(readFileSync(file));
  expect(Object.values(after).some((part) => strFromU8(part).includes('sqref="L:L"'))).toBe(true);
});

test("importing through a symbolic link updates the file it points to, and the link stays", async () => {
  const target = variant("cible.xlsx");
  const link = join(dir, "lien.xlsx");
  symlinkSync("cible.xlsx", link);
  const before = readFileSync(target);
  const run = await cli("import", link, rows);
  expect(run.code).toBe(0);
  expect(lstatSync(link).isSymbolicLink()).toBe(true);
  expect(readlinkSync(link)).toBe("cible.xlsx");
  expect(readFileSync(target).equals(before)).toBe(false);
});

test("saving keeps the permissions, owner and group of the file", async () => {
  const file = variant("droits.xlsx");
  chmodSync(file, 0o640);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(file, 1234, 2345);
  const run = await cli("import", file, rows);
  expect(run.code).toBe(0);
  const info = statSync(file);
  expect(info.mode & 0o777).toBe(0o640);
  if (asRoot) expect([info.uid, info.gid]).toEqual([1234, 2345]);
});

test("a temporary file left by a killed run is removed on the next save, and said", async () => {
  const file = variant("reprise.xlsx");
  // No process has this id (above the kernel's pid_max).
  const stale = join(dir, ".reprise.xlsx.suivi-convention-99999999-0a1b2c3d.tmp");
  writeFileSync(stale, "PK partial");
  const run = await cli("import", file, rows);
  expect(run.code).toBe(0);
  expect(existsSync(stale)).toBe(false);
  expect(run.err).toContain("exécution interrompue");
});
