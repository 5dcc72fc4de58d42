import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { TRACKING_COLUMNS, TRACKING_TABLE, type CellValue } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildWorkbook } from "../../src/features/build";
import { importRows, type ImportSource } from "../../src/features/import";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { said } from "../support/said";

const options = { skipInvalid: false, convention: METZ_2021_2023, today: "2021-12-31" };
const utf8 = (text: string): ImportSource => ({ kind: "csv", bytes: new TextEncoder().encode(text) });
const col = (name: (typeof TRACKING_COLUMNS)[number]): number => TRACKING_COLUMNS.indexOf(name);

// Serials by hand: 2021-01-01 is 44197 (the convention's start); add the day of the year minus one.
const JAN_4 = 44197 + 3;
const JAN_5 = 44197 + 4;
const FEB_12 = 44197 + 31 + 11;

/** A freshly built tracking workbook holding two rows the counsellor typed. */
async function trackingWorkbook(): Promise<XlsxWorkbook> {
  const port = new XlsxWorkbook(new ExcelJS.Workbook());
  await buildWorkbook(port, METZ_2021_2023, {});
  await port.appendRows(TRACKING_TABLE, [
    [44200, "Entretiens réalisés", 1, "Borny", "Moins de 26 ans", "Femme", null, "saisie à la main", "Claire", null],
    [44201, "Mises en relation (MER)", 2, "Hors QPV", "26 à 49 ans", "Homme", null, null, "Claire", null],
  ]);
  return port;
}

async function dataRows(port: XlsxWorkbook): Promise<CellValue[][]> {
  const table = await port.readTable(TRACKING_TABLE);
  if (!table) throw new Error("no table");
  return table.grid.rows;
}

describe("importRows", () => {
  test("appends the rows of Excel's CSV UTF-8 after the existing ones, in the table's form", async () => {
    const port = await trackingWorkbook();
    const before = await dataRows(port);
    const bytes = readFileSync(join(__dirname, "..", "fixtures", "import", "suivi-utf8-semicolon.csv"));
    const report = await importRows(port, { kind: "csv", bytes }, options);

    expect(report).toMatchObject({
      status: "imported",
      read: 3,
      imported: 3,
      rejected: 0,
      csv: { encoding: "utf-8", delimiter: ";" },
    });
    // The fixture's Semestre column is calculated in the table: ignored, and said so.
    expect(report.problems.map((p) => [p.severity, p.code, p.column])).toEqual([
      ["warning", "HEADING_IGNORED", "Semestre"],
    ]);
    const rows = await dataRows(port);
    expect(rows.slice(0, 2)).toEqual(before);
    const added = rows.slice(2).map((row) => row.slice(0, col("Saisi par") + 1));
    expect(added).toEqual([
      [JAN_4, "Entretiens réalisés", 2, "Borny", "Moins de 26 ans", "Femme", "Premier accueil", null, "Claire"],
      [
        JAN_5,
        "Mises en relation (MER)",
        1,
        "Hors QPV",
        "26 à 49 ans",
        "Homme",
        'Offre "agent d\'entretien"; CDD',
        "Rappel prévu",
        "Claire",
      ],
      [
        FEB_12,
        "Prescriptions de prestation",
        3,
        "Sablon Sud",
        "50 ans et plus",
        "Non renseigné",
        null,
        "Deux lignes\ndans une cellule",
        "Claire",
      ],
    ]);
    // Semestre stays the table's calculated column on the new rows.
    const sheet = port.workbook.getWorksheet("Suivi")!;
    expect(sheet.getCell(2 + rows.length - 1, col("Semestre") + 1).formula).toBeTruthy();
  });

  test("Windows-1252 with ',': characters only 1252 has come through", async () => {
    const port = await trackingWorkbook();
    const text =
      'Date,Indicateur,Commentaire\r\n15/03/2021,Ateliers et réunions d\'information,"Vœux d’orientation, 2 groupes"\r\n';
    const special: Record<string, number> = { œ: 0x9c, "’": 0x92 };
    const bytes = Uint8Array.from([...text].map((c) => special[c] ?? c.charCodeAt(0)));
    const report = await importRows(port, { kind: "csv", bytes }, options);
    expect(report).toMatchObject({
      status: "imported",
      imported: 1,
      csv: { encoding: "windows-1252", delimiter: "," },
    });
    const last = (await dataRows(port)).at(-1)!;
    expect(last[col("Commentaire")]).toBe("Vœux d’orientation, 2 groupes");
    expect(last[col("Nombre")]).toBe(1);
  });

  const mixed =
    "Date;Indicateur;Commentaire\n" +
    "01/03/2021;Entretiens réalisés;\n" + // line 2: valid
    "02/03/2021;Entretien;\n" + // line 3: not an indicator of the convention
    "31/02/2021;MER;\n" + // line 4: no such day
    "03/03/2021;MER;suivi RQTH en cours\n" + // line 5: health (disability) in a comment
    "04/03/2021;MER;rappeler au 06 12 34 56 78\n" + // line 6: a phone number
    "15/12/2020;MER;\n" + // line 7: before the convention
    "05/03/2022;MER;\n"; // line 8: after "today" (2021-12-31)

  test("by default one invalid row refuses the whole file: nothing written, each problem with its line", async () => {
    const port = await trackingWorkbook();
    const before = await dataRows(port);
    const report = await importRows(port, utf8(mixed), options);
    expect(report.status).toBe("refused");
    expect(report).toMatchObject({ read: 7, imported: 0, rejected: 6 });
    expect(report.problems.map((p) => [p.line, p.code, p.severity])).toEqual([
      [3, "INDICATOR_UNKNOWN", "error"],
      [4, "DATE_INVALID", "error"],
      [5, "SENSITIVE_DATA", "error"],
      [6, "PERSONAL_IDENTIFIER", "error"],
      [7, "DATE_OUT_OF_PERIOD", "error"],
      [8, "DATE_IN_FUTURE", "error"],
    ]);
    // The rules name the source cell: column B (Indicateur) of line 3, and suggest the close label.
    expect(said(report.problems[0].text)).toContain("B3");
    expect(said(report.problems[0].text)).toContain("Entretiens réalisés");
    expect(report.problems[0].column).toBe("Indicateur");
    expect(report.problems[2].column).toBe("Commentaire");
    expect(await dataRows(port)).toEqual(before);
  });

  test("with skipInvalid the valid rows are appended and the others reported", async () => {
    const port = await trackingWorkbook();
    const report = await importRows(port, utf8(mixed), { ...options, skipInvalid: true });
    expect(report).toMatchObject({ status: "imported", read: 7, imported: 1, rejected: 6 });
    const rows = await dataRows(port);
    expect(rows).toHaveLength(3);
    // 1 March: 31 + 28 days after 1 January
    expect(rows[2].slice(0, 3)).toEqual([44197 + 59, "Entretiens réalisés", 1]);
  });

  test("the personal-data guard: its errors refuse a row, its warnings « à vérifier » are reported and the row imported", async () => {
    const port = await trackingWorkbook();
    const csv =
      "Date;Indicateur;Commentaire\n" +
      "01/03/2021;MER;Mme Benali positionnée sur l'offre\n" + // line 2: a name (error)
      "02/03/2021;MER;ddn 04/11/1992\n" + // line 3: a birth date (error)
      "03/03/2021;MER;Huissier mentionné en entretien\n"; // line 4: sensitive only in some contexts (warning)
    const refused = await importRows(port, utf8(csv), options);
    expect(refused.status).toBe("refused");
    expect(refused.problems.map((p) => [p.line, p.code, p.severity])).toEqual([
      [2, "PERSONAL_IDENTIFIER", "error"],
      [3, "PERSONAL_IDENTIFIER", "error"],
      [4, "SENSITIVE_DATA", "warning"],
    ]);
    expect(said(refused.problems[2].text)).toContain("à vérifier");
    const skipped = await importRows(port, utf8(csv), { ...options, skipInvalid: true });
    expect(skipped).toMatchObject({ status: "imported", imported: 1, rejected: 2 });
    expect((await dataRows(port)).at(-1)![col("Commentaire")]).toBe("Huissier mentionné en entretien");
  });

  test("with skipInvalid and no valid row, nothing is written and the import is refused", async () => {
    const port = await trackingWorkbook();
    const report = await importRows(port, utf8("Date;Acte\n01/03/2021;Inconnu\n"), { ...options, skipInvalid: true });
    expect(report.status).toBe("refused");
    expect(report.problems.at(-1)?.code).toBe("NO_VALID_ROW");
    expect(await dataRows(port)).toHaveLength(2);
  });

  test("a workbook without the Suivi table: run build first", async () => {
    const port = new XlsxWorkbook(new ExcelJS.Workbook());
    const report = await importRows(port, utf8("Date;Indicateur\n01/03/2021;MER\n"), options);
    expect(report.status).toBe("refused");
    expect(report.problems).toEqual([expect.objectContaining({ code: "TABLE_MISSING" })]);
    expect(said(report.problems[0].text)).toContain("suivi-convention build");
  });

  test("a required column missing refuses the file", async () => {
    const port = await trackingWorkbook();
    const report = await importRows(port, utf8("Date;Commentaire\n01/03/2021;x\n"), options);
    expect(report.status).toBe("refused");
    expect(report.problems.map((p) => p.code)).toEqual(["HEADING_REQUIRED"]);
    expect(await dataRows(port)).toHaveLength(2);
  });

  test("duplicates within the file are a warning; a row with only ignored columns filled is skipped", async () => {
    const port = await trackingWorkbook();
    const text = "Date;Indicateur;Nom\n01/03/2021;MER;A\n;;B\n01/03/2021;mer;C\n";
    const report = await importRows(port, utf8(text), options);
    expect(report).toMatchObject({ status: "imported", read: 3, imported: 2, skipped: 1 });
    expect(report.problems.map((p) => [p.line, p.code, p.severity])).toEqual([
      [1, "HEADING_IGNORED", "warning"],
      [3, "ROW_EMPTY", "warning"],
      [4, "DUPLICATE_ROW", "warning"],
    ]);
    expect(said(report.problems[2].text)).toContain("4");
    expect(said(report.problems[2].text)).toContain("2");
  });

  test("rows from another workbook: problems name the sheet's own cells", async () => {
    const port = await trackingWorkbook();
    // A table starting at B3 of the other workbook: headings on row 3, data on rows 4–5.
    const rows: CellValue[][] = [
      ["Date de l'acte", "Type d'acte", "QPV"],
      [44300, "ENTRETIENS", "bellecroix"],
      [44301, "ENTRETIENS", "Metz-Centre"],
    ];
    const report = await importRows(port, { kind: "grid", rows, firstRow: 3, firstColumn: 2 }, options);
    expect(report.status).toBe("refused");
    expect(report.problems).toEqual([expect.objectContaining({ line: 5, code: "VALUE_UNKNOWN", column: "QPV" })]);
    expect(said(report.problems[0].text)).toContain("D5");
  });
});
