import ExcelJS from "exceljs";
import { SHEET, TRACKING_COLUMNS, TRACKING_TABLE, type CellValue } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildPlan } from "../../src/core/plan";
import type { PlanOp } from "../../src/core/plan-types";
import { buildWorkbook } from "../../src/features/build";
import { runCheck } from "../../src/features/check";
import { importRows, type ImportSource } from "../../src/features/import";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { said } from "../support/said";

const TODAY = "2021-12-31";
const options = { skipInvalid: false, convention: METZ_2021_2023, today: TODAY };
const utf8 = (text: string): ImportSource => ({ kind: "csv", bytes: new TextEncoder().encode(text) });
const col = (name: (typeof TRACKING_COLUMNS)[number]): number => TRACKING_COLUMNS.indexOf(name) + 1;
// 2021-01-01 is serial 44197; add the day of the year minus one.
const MAR_1 = 44197 + 59;
const MAR_2 = MAR_1 + 1;

/** A built workbook with two rows in the table: sheet rows 2 and 3. */
async function trackingWorkbook(): Promise<XlsxWorkbook> {
  const port = new XlsxWorkbook(new ExcelJS.Workbook());
  await buildWorkbook(port, METZ_2021_2023, {});
  await port.appendRows(TRACKING_TABLE, [
    [44200, "Entretiens réalisés", 1, "Borny", "Moins de 26 ans", "Femme", null, "dans le tableau", "Claire", null],
    [44201, "Mises en relation (MER)", 2, "Hors QPV", "26 à 49 ans", "Homme", null, null, "Claire", null],
  ]);
  return port;
}

/** What LibreOffice does when one types under a table: cells written, the table not grown. */
function typeUnderTable(port: XlsxWorkbook, row: number, comment: string): void {
  const ws = port.workbook.getWorksheet(SHEET.tracking)!;
  ws.getCell(row, col("Date")).value = new Date(Date.UTC(2021, 2, 15));
  ws.getCell(row, col("Date")).numFmt = "dd/mm/yyyy";
  ws.getCell(row, col("Indicateur")).value = "Entretiens réalisés";
  ws.getCell(row, col("Commentaire")).value = comment;
  ws.getCell(row, col("Saisi par")).value = "Claire";
}

const tableRef = (port: XlsxWorkbook): string =>
  (port.workbook.getWorksheet(SHEET.tracking)!.getTables()[0] as unknown as { table: { tableRef: string } }).table
    .tableRef;

const csv =
  "Date;Indicateur;Commentaire\n01/03/2021;Entretiens réalisés;importé 1\n02/03/2021;Mises en relation (MER);importé 2\n";

describe("rows typed right under the Suivi table", () => {
  test("import never writes over them: refused, naming their addresses, the typed cells unchanged", async () => {
    const port = await trackingWorkbook();
    typeUnderTable(port, 4, "tapé sous le tableau");
    const report = await importRows(port, utf8(csv), options);
    expect(report.status).toBe("refused");
    expect(report.problems.map((p) => p.code)).toEqual(["ROWS_BELOW_TABLE"]);
    expect(said(report.problems[0].text)).toContain("A4:J4");
    const ws = port.workbook.getWorksheet(SHEET.tracking)!;
    expect(ws.getCell(4, col("Commentaire")).value).toBe("tapé sous le tableau");
    expect(ws.getCell(5, col("Commentaire")).value).toBeNull();
    expect(tableRef(port)).toBe("A1:J3");
  });

  test("check reports them with their addresses and the fix (they are not counted)", async () => {
    const port = await trackingWorkbook();
    typeUnderTable(port, 4, "un");
    typeUnderTable(port, 5, "deux");
    const report = await runCheck(port, METZ_2021_2023, TODAY);
    const outside = report.findings.filter((f) => f.code === "ROW_OUTSIDE_TABLE");
    expect(outside).toHaveLength(1);
    expect(outside[0]).toMatchObject({ severity: "error", sheet: "Suivi", cell: "A4", row: 4 });
    expect(said(outside[0].text)).toContain("A4:J5");
    expect(said(outside[0].text)).toContain("suivi-convention build");
    expect(report.ok).toBe(false);
  });

  test("build takes the rows typed right under the table into it and says so; then check is clean of them", async () => {
    const port = await trackingWorkbook();
    typeUnderTable(port, 4, "un");
    typeUnderTable(port, 5, "deux");
    const result = await buildWorkbook(port, METZ_2021_2023, { settings: "preset" });
    expect(result.changes.map((c) => said(c.text)).join("\n")).toMatch(/2 ligne\(s\).*A4:J5/);
    expect(tableRef(port)).toBe("A1:J5");
    const table = await port.readTable(TRACKING_TABLE);
    expect(table!.grid.rows.map((r) => r[col("Commentaire") - 1])).toEqual(["dans le tableau", null, "un", "deux"]);
    // The typed date and its format are kept; Semestre gets the table's formula.
    const ws = port.workbook.getWorksheet(SHEET.tracking)!;
    expect(ws.getCell(5, col("Date")).numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell(5, col("Semestre")).formula).toBeTruthy();
    const report = await runCheck(port, METZ_2021_2023, TODAY);
    expect(report.findings.filter((f) => f.code === "ROW_OUTSIDE_TABLE")).toEqual([]);
    expect(report.summary.rows).toBe(4);
  });

  test("rows after a blank line are left where they are by build, and check still reports them", async () => {
    const port = await trackingWorkbook();
    typeUnderTable(port, 6, "plus bas");
    const result = await buildWorkbook(port, METZ_2021_2023, { settings: "preset" });
    expect(result.changes).toEqual([]);
    expect(tableRef(port)).toBe("A1:J3");
    const report = await runCheck(port, METZ_2021_2023, TODAY);
    expect(said(report.findings.find((f) => f.code === "ROW_OUTSIDE_TABLE")?.text)).toContain("A6:J6");
  });
});

describe("the same file imported twice", () => {
  test("rows already in Suivi are skipped by default and counted; allowDuplicates imports them anyway", async () => {
    const port = await trackingWorkbook();
    const first = await importRows(port, utf8(csv), options);
    expect(first).toMatchObject({ status: "imported", imported: 2, alreadyPresent: 0 });
    const second = await importRows(port, utf8(csv), options);
    expect(second).toMatchObject({ status: "imported", imported: 0, alreadyPresent: 2 });
    const notice = second.problems.find((p) => p.code === "ROW_ALREADY_PRESENT");
    expect(notice?.severity).toBe("warning");
    expect(said(notice?.text)).toContain("2 ligne(s) déjà présente(s)");
    expect(said(notice?.text)).toContain("2, 3");
    expect((await port.readTable(TRACKING_TABLE))!.grid.rows).toHaveLength(4);

    // One new row among known ones: only it goes in.
    const third = await importRows(port, utf8(`${csv}03/03/2021;Mises en relation (MER);nouvelle\n`), options);
    expect(third).toMatchObject({ imported: 1, alreadyPresent: 2 });

    const forced = await importRows(port, utf8(csv), { ...options, allowDuplicates: true });
    expect(forced).toMatchObject({ imported: 2, alreadyPresent: 0 });
    expect((await port.readTable(TRACKING_TABLE))!.grid.rows).toHaveLength(7);
  });
});

describe("CSV rows with more fields than headings", () => {
  test("a ';' inside an unquoted comment: the row is refused with its line and reason, nothing shifted", async () => {
    const port = await trackingWorkbook();
    const text =
      "Date;Indicateur;Commentaire;Saisi par\n01/03/2021;Entretiens réalisés;rappel; puis relance;Claire\n02/03/2021;Mises en relation (MER);ok;Claire\n";
    const report = await importRows(port, utf8(text), options);
    expect(report.status).toBe("refused");
    const problem = report.problems.find((p) => p.code === "ROW_TOO_MANY_FIELDS");
    expect(problem).toMatchObject({ severity: "error", line: 2 });
    expect(said(problem?.text)).toContain("Ligne 2 : 5 champs pour 4 colonnes");

    const skipped = await importRows(port, utf8(text), { ...options, skipInvalid: true });
    expect(skipped).toMatchObject({ status: "imported", imported: 1, rejected: 1 });
    const rows = (await port.readTable(TRACKING_TABLE))!.grid.rows;
    expect(rows.at(-1)!.slice(0, col("Saisi par"))).toEqual([
      MAR_2,
      "Mises en relation (MER)",
      1,
      null,
      null,
      null,
      null,
      "ok",
      "Claire",
    ]);
    expect(rows.some((r) => r[col("Saisi par") - 1] === " puis relance")).toBe(false);
  });

  test("an unquoted decimal comma in a ',' file is refused, not cut", async () => {
    const port = await trackingWorkbook();
    const text = "Date,Indicateur,Nombre\n01/03/2021,Entretiens réalisés,1,5\n";
    const report = await importRows(port, utf8(text), options);
    expect(report.status).toBe("refused");
    expect(report.problems.map((p) => [p.code, p.line])).toContainEqual(["ROW_TOO_MANY_FIELDS", 2]);
  });

  test("a trailing delimiter (empty fields past the last heading) is not a problem", async () => {
    const port = await trackingWorkbook();
    const report = await importRows(port, utf8("Date;Indicateur\n01/03/2021;Entretiens réalisés;;\n"), options);
    expect(report).toMatchObject({ status: "imported", imported: 1 });
  });
});

describe("a file whose encoding is mixed", () => {
  // UTF-8 everywhere except line 3, pasted from a Windows-1252 file (é is the single byte 0xE9).
  const bytes = Uint8Array.from([
    ...new TextEncoder().encode(
      "Date;Indicateur;Précision;Commentaire\n01/03/2021;Entretiens réalisés;Accueil général;première visite\n",
    ),
    ...new TextEncoder().encode("02/03/2021;Entretiens r"),
    0xe9,
    ...new TextEncoder().encode("alis"),
    0xe9,
    ...new TextEncoder().encode("s;;\n"),
  ]);

  test("each line is decoded in its own encoding: no mojibake, and the 1252 line is named", async () => {
    const port = await trackingWorkbook();
    const report = await importRows(port, { kind: "csv", bytes }, options);
    expect(report).toMatchObject({ status: "imported", imported: 2 });
    const rows = (await port.readTable(TRACKING_TABLE))!.grid.rows.slice(2);
    expect(rows.map((r) => [r[1], r[col("Précision") - 1], r[col("Commentaire") - 1]])).toEqual([
      ["Entretiens réalisés", "Accueil général", "première visite"],
      ["Entretiens réalisés", null, null],
    ]);
    const warning = report.problems.find((p) => p.code === "ENCODING_MIXED");
    expect(warning?.severity).toBe("warning");
    expect(said(warning?.text)).toContain("ligne(s) 3 ");
    expect(report.problems.some((p) => p.code === "HEADING_IGNORED")).toBe(false);
  });

  test("a heading that was decoded wrongly is an error, even with skipInvalid: no column dropped silently", async () => {
    const port = await trackingWorkbook();
    const report = await importRows(
      port,
      utf8("Date;Indicateur;PrÃ©cision\n01/03/2021;Entretiens réalisés;Accueil\n"),
      { ...options, skipInvalid: true },
    );
    expect(report.status).toBe("refused");
    expect(report.problems.map((p) => [p.code, p.severity])).toContainEqual(["HEADING_GARBLED", "error"]);
  });
});

describe("one set of limits, the table's own validation's", () => {
  const validation = (column: string): Extract<PlanOp, { kind: "setValidation" }>["rule"] | undefined => {
    const letter = String.fromCharCode(64 + col(column as (typeof TRACKING_COLUMNS)[number]));
    const op = buildPlan(METZ_2021_2023).find(
      (o) => o.kind === "setValidation" && o.sheet === SHEET.tracking && o.address.startsWith(`${letter}2:`),
    );
    return op && op.kind === "setValidation" ? op.rule : undefined;
  };

  test("the validation's limits are those the validation messages announce, all under Excel's 32 767 characters", () => {
    // build.valid.* texts: « 255 caractères au plus », « 500 … », « 50 … »; counts are whole numbers from 1.
    expect(validation("Précision")).toEqual({ type: "textLength", max: 255 });
    expect(validation("Commentaire")).toEqual({ type: "textLength", max: 500 });
    expect(validation("Saisi par")).toEqual({ type: "textLength", max: 50 });
    expect(validation("Nombre")).toMatchObject({ type: "whole", min: 1 });
  });

  test("import refuses what the validation refuses: a huge count, a 40 000-character comment, a 300-character précision", async () => {
    const port = await trackingWorkbook();
    const max = (validation("Nombre") as { max: number }).max;
    const text =
      "Date;Indicateur;Nombre;Précision;Commentaire;Saisi par\n" +
      `01/03/2021;Entretiens réalisés;999999999999;;;\n` +
      `02/03/2021;Entretiens réalisés;1;;${"c".repeat(40_000)};\n` +
      `03/03/2021;Entretiens réalisés;1;${"p".repeat(300)};;\n` +
      `04/03/2021;Entretiens réalisés;${max};${"p".repeat(255)};${"c".repeat(500)};${"s".repeat(50)}\n` +
      `05/03/2021;Entretiens réalisés;${max + 1};;;${"s".repeat(51)}\n`;
    const report = await importRows(port, utf8(text), options);
    expect(report.status).toBe("refused");
    const errors = report.problems.filter((p) => p.severity === "error").map((p) => [p.line, p.code, p.column]);
    expect(errors).toEqual([
      [2, "COUNT_INVALID", "Nombre"],
      [3, "TEXT_TOO_LONG", "Commentaire"],
      [4, "TEXT_TOO_LONG", "Précision"],
      [6, "COUNT_INVALID", "Nombre"],
      [6, "TEXT_TOO_LONG", "Saisi par"],
    ]);
  });

  test("check reports the same values typed in the table", async () => {
    const port = await trackingWorkbook();
    await port.appendRows(TRACKING_TABLE, [
      [
        MAR_1,
        "Entretiens réalisés",
        999_999_999_999,
        null,
        null,
        null,
        "p".repeat(300),
        "c".repeat(40_000),
        "Claire",
        null,
      ],
    ]);
    const report = await runCheck(port, METZ_2021_2023, TODAY);
    const rowFindings = report.findings.filter((f) => f.row === 4).map((f) => [f.code, f.cell]);
    expect(rowFindings).toEqual([
      ["COUNT_INVALID", "C4"],
      ["TEXT_TOO_LONG", "G4"],
      ["TEXT_TOO_LONG", "H4"],
    ]);
  });
});

// Keep the type import used when the file is trimmed.
export type { CellValue };
