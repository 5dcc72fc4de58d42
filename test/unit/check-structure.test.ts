import ExcelJS from "exceljs";
import { checkWorkbook, conventionFromWorkbook } from "../../src/core/check";
import type { WorkbookSnapshot } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildWorkbook } from "../../src/features/build";
import { runCheck } from "../../src/features/check";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { said } from "../support/said";

const TODAY = "2024-03-01";

async function builtWorkbook(): Promise<XlsxWorkbook> {
  const port = new XlsxWorkbook(new ExcelJS.Workbook());
  await buildWorkbook(port, METZ_2021_2023, { sampleRows: 50 });
  return port;
}

describe("structure check against the build's plan", () => {
  let clean: WorkbookSnapshot;
  beforeAll(async () => {
    clean = await (await builtWorkbook()).readSnapshot();
  });
  const copy = (): WorkbookSnapshot => JSON.parse(JSON.stringify(clean)) as WorkbookSnapshot;

  it("finds nothing in a freshly built workbook", async () => {
    const report = await runCheck(await builtWorkbook(), METZ_2021_2023, TODAY);
    expect(report).toEqual({ ok: true, summary: { errors: 0, warnings: 0, rows: 50 }, findings: [] });
  });

  it("reports a missing sheet once, not every cell of it", () => {
    const s = copy();
    s.sheets = s.sheets.filter((name) => name !== "Financement");
    delete s.cells["Financement"];
    s.validations = s.validations.filter((v) => v.sheet !== "Financement");
    const report = checkWorkbook(s, null, METZ_2021_2023, TODAY);
    expect(report.findings.map((f) => f.code)).toEqual(["SHEET_MISSING"]);
    expect(report.findings[0]).toMatchObject({ sheet: "Financement", cell: "", row: null });
    expect(report.ok).toBe(false);
  });

  it("reports the Suivi table missing", () => {
    const s = copy();
    s.tables = s.tables.filter((tb) => tb.name !== "Suivi");
    const codes = checkWorkbook(s, null, METZ_2021_2023, TODAY).findings.map((f) => `${f.code}:${f.sheet}`);
    expect(codes).toEqual(["TABLE_MISSING:Suivi"]);
  });

  it("reports a renamed Suivi column at its header cell", () => {
    const s = copy();
    const suivi = s.tables.find((tb) => tb.name === "Suivi")!;
    suivi.headers = suivi.headers.map((h) => (h === "Quartier" ? "Quartier QPV" : h));
    const [f] = checkWorkbook(s, null, METZ_2021_2023, TODAY).findings;
    // Quartier is the 4th column of the contract, and the table starts in A1: header cell D1.
    expect(f).toMatchObject({ code: "COLUMN_MISSING", sheet: "Suivi", cell: "D1", row: 1 });
    expect(said(f.text)).toContain("« Quartier »");
  });

  it("reports a deleted defined name", () => {
    const s = copy();
    s.names = s.names.filter((n) => n.name !== "CONV_FIN");
    const [f] = checkWorkbook(s, null, METZ_2021_2023, TODAY).findings;
    expect(f.code).toBe("NAME_MISSING");
    expect(said(f.text)).toContain("CONV_FIN");
  });

  it("reports an Indicateurs formula replaced by a number and a Financement formula changed", () => {
    const s = copy();
    s.cells["Indicateurs"]["C2"] = { value: 12 };
    const e4 = s.cells["Financement"]["E4"];
    s.cells["Financement"]["E4"] = { ...e4, formula: `${e4.formula}+1` };
    const found = checkWorkbook(s, null, METZ_2021_2023, TODAY).findings;
    expect(found.map((f) => `${f.code}:${f.sheet}!${f.cell}`)).toEqual([
      "FORMULA_ALTERED:Indicateurs!C2",
      "FORMULA_ALTERED:Financement!E4",
    ]);
    expect(found[0].row).toBe(2);
    expect(said(found[0].text)).toContain("« 12 »");
  });

  it("reports a drop-down list that was removed from Suivi", () => {
    const s = copy();
    s.validations = s.validations.filter(
      (v) => !(v.sheet === "Suivi" && v.type === "list" && v.address.startsWith("B")),
    );
    const [f] = checkWorkbook(s, null, METZ_2021_2023, TODAY).findings;
    expect(f).toMatchObject({ code: "VALIDATION_MISSING", sheet: "Suivi", cell: "B2", row: 2 });
  });
});

describe("the convention read back from the workbook", () => {
  it("takes the period from the cells CONV_DEBUT and CONV_FIN name", async () => {
    const port = await builtWorkbook();
    const ws = port.workbook.getWorksheet("Paramètres")!;
    // The build writes the start in B6 and the end in B7 as DATE() formulas; a user who moves the
    // end to 2024-06-30 types a date there.
    ws.getCell("B7").value = new Date(Date.UTC(2024, 5, 30));
    const snapshot = await port.readSnapshot();
    const convention = conventionFromWorkbook(METZ_2021_2023, snapshot);
    expect(convention.start).toBe("2021-01-01");
    expect(convention.end).toBe("2024-06-30");
  });

  it("takes list entries the user added on Listes", async () => {
    const port = await builtWorkbook();
    await port.appendRows("ListeQuartiers", [["Metz-Falogne"]]);
    await port.appendRows("Suivi", [
      [45000, "Entretiens réalisés", null, "Metz-Falogne", "26 à 49 ans", "Femme", "", "", "CP", null],
    ]);
    const report = await runCheck(port, METZ_2021_2023, TODAY);
    expect(report.findings.filter((f) => f.code === "VALUE_UNKNOWN")).toEqual([]);
  });
});
