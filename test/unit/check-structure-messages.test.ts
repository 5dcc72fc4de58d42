import ExcelJS from "exceljs";
import { checkStructure } from "../../src/core/check";
import type { WorkbookSnapshot } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import type { Finding } from "../../src/core/findings";
import { msg } from "../../src/i18n";
import { buildPlan } from "../../src/core/plan";
import type { PlanOp } from "../../src/core/plan-types";
import { buildWorkbook } from "../../src/features/build";
import { XlsxWorkbook } from "../../src/xlsx/workbook";

// The message key and parameters of each structure finding (what leaves the core), where it points,
// and what « trouvé » says for each kind of altered formula cell.
const hint = msg("check.repairHint");

let clean: WorkbookSnapshot;
let plan: PlanOp[];
beforeAll(async () => {
  const port = new XlsxWorkbook(new ExcelJS.Workbook());
  await buildWorkbook(port, METZ_2021_2023, { sampleRows: 5 });
  clean = await port.readSnapshot();
  plan = buildPlan(METZ_2021_2023);
});
const copy = (): WorkbookSnapshot => JSON.parse(JSON.stringify(clean)) as WorkbookSnapshot;

/** Everything a finding carries. */
const shape = (findings: Finding[]) =>
  findings.map((f) => ({
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    row: f.row,
    key: f.text.key,
    params: f.text.params,
  }));

function withoutSheet(s: WorkbookSnapshot, sheet: string): WorkbookSnapshot {
  s.sheets = s.sheets.filter((name) => name !== sheet);
  delete s.cells[sheet];
  s.tables = s.tables.filter((tb) => tb.sheet !== sheet);
  s.validations = s.validations.filter((v) => v.sheet !== sheet);
  // Excel deletes the names that referred to a deleted sheet.
  s.names = s.names.filter((n) => !n.formula.includes(`${sheet}!`));
  return s;
}

describe("a missing sheet", () => {
  it("is one finding naming the sheet, not one per table of it", () => {
    // Listes holds four tables: the sheet finding covers them.
    expect(shape(checkStructure(withoutSheet(copy(), "Listes"), plan))).toEqual([
      {
        code: "SHEET_MISSING",
        severity: "error",
        sheet: "Listes",
        cell: "",
        row: null,
        key: "check.sheetMissing",
        params: { sheet: "Listes", hint },
      },
    ]);
  });

  it("is one finding, not one per defined name of it", () => {
    // Paramètres holds every CONV_* name (and the CoutsAnnuels table).
    const found = shape(checkStructure(withoutSheet(copy(), "Paramètres"), plan));
    expect(found).toEqual([
      {
        code: "SHEET_MISSING",
        severity: "error",
        sheet: "Paramètres",
        cell: "",
        row: null,
        key: "check.sheetMissing",
        params: { sheet: "Paramètres", hint },
      },
    ]);
  });
});

describe("a missing table, defined name or list", () => {
  it("names the table and its sheet", () => {
    const s = copy();
    s.tables = s.tables.filter((tb) => tb.name !== "ListeSexes");
    expect(shape(checkStructure(s, plan))).toEqual([
      {
        code: "TABLE_MISSING",
        severity: "error",
        sheet: "Listes",
        cell: "",
        row: null,
        key: "check.tableMissing",
        params: { table: "ListeSexes", sheet: "Listes", hint },
      },
    ]);
  });

  it("names the defined name and the cell it should designate", () => {
    const s = copy();
    s.names = s.names.filter((n) => n.name !== "CONV_ETP");
    expect(shape(checkStructure(s, plan))).toEqual([
      {
        code: "NAME_MISSING",
        severity: "error",
        sheet: "Paramètres",
        cell: "",
        row: null,
        key: "check.nameMissing",
        params: { name: "CONV_ETP", expected: "Paramètres!$B$8", hint },
      },
    ]);
  });

  it("names the range and the sheet of a removed input rule, at the range's first cell", () => {
    const s = copy();
    s.validations = s.validations.filter((v) => !(v.sheet === "Paramètres" && v.address === "B17:B19"));
    expect(shape(checkStructure(s, plan))).toEqual([
      {
        code: "VALIDATION_MISSING",
        severity: "error",
        sheet: "Paramètres",
        cell: "B17",
        row: 17,
        key: "check.validationMissing",
        params: { cell: "B17:B19", sheet: "Paramètres", hint },
      },
    ]);
  });
});

describe("an altered formula", () => {
  const altered = (s: WorkbookSnapshot) => shape(checkStructure(s, plan));
  const finding = (cell: string, row: number, found: unknown) => ({
    code: "FORMULA_ALTERED",
    severity: "error",
    sheet: "Financement",
    cell,
    row,
    key: "check.formulaAltered",
    params: { cell, sheet: "Financement", found, hint },
  });

  it("quotes the formula found, with its « = », at a two-digit row", () => {
    const s = copy();
    s.cells["Financement"]["B10"] = { value: null, formula: "YEAR(B9)" };
    expect(altered(s)).toEqual([finding("B10", 10, "=YEAR(B9)")]);
  });

  it("quotes a value typed over the formula", () => {
    const s = copy();
    s.cells["Financement"]["B13"] = { value: "à voir" };
    expect(altered(s)).toEqual([finding("B13", 13, "« à voir »")]);
  });

  it("says « rien » for a cleared cell, whether the cell is absent or holds nothing", () => {
    const s = copy();
    delete s.cells["Financement"]["B10"];
    s.cells["Financement"]["B13"] = { value: null };
    const empty = msg("check.formulaAltered.empty");
    expect(altered(s)).toEqual([finding("B10", 10, empty), finding("B13", 13, empty)]);
  });

  it("says « rien » for every formula of a computed sheet whose cells were not read", () => {
    const s = copy();
    delete s.cells["Financement"];
    const found = altered(s);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.code === "FORMULA_ALTERED" && f.params.found !== undefined)).toBe(true);
    expect(found.find((f) => f.cell === "B10")).toEqual(finding("B10", 10, msg("check.formulaAltered.empty")));
  });

  it("leaves a changed label of a computed sheet to the repair, without a finding", () => {
    // Only formulas compute what the committee reads: the build rewrites a label without a word.
    const s = copy();
    s.cells["Indicateurs"]["A1"] = { value: "Code indicateur" };
    s.cells["Financement"]["A3"] = { value: 2021 };
    expect(altered(s)).toEqual([]);
  });
});

describe("cells the repair clears", () => {
  it("are not reported: a year row the period no longer covers holds no formula to restore", () => {
    // Built for 2021–2023 (year rows 4 to 6); a workbook whose Financement had a fourth year row (7),
    // its termination block two rows below (9), keeps what was typed there, and the repair clears
    // the formulas it held.
    const s = copy();
    s.cells["Financement"]["B7"] = { value: 0, formula: "IFERROR(1,0)" };
    const anchored = buildPlan(METZ_2021_2023, { financingYearRows: 4, terminationTitleRow: 9 });
    expect(shape(checkStructure(s, anchored)).filter((f) => f.row === 7)).toEqual([]);
  });
});

describe("a range past column Z", () => {
  it("is found at its first cell, with both letters and every digit", () => {
    const ranged: PlanOp[] = [
      ...plan,
      {
        kind: "setValidation",
        sheet: "Paramètres",
        address: "AB12:AB19",
        rule: { type: "whole", min: 0 },
        errorTitle: "",
        errorMessage: "",
      },
    ];
    expect(shape(checkStructure(copy(), ranged))).toEqual([
      {
        code: "VALIDATION_MISSING",
        severity: "error",
        sheet: "Paramètres",
        cell: "AB12",
        row: 12,
        key: "check.validationMissing",
        params: { cell: "AB12:AB19", sheet: "Paramètres", hint },
      },
    ]);
  });
});

describe("a renamed column of the tracking table", () => {
  function renamed(address: string): WorkbookSnapshot {
    const s = copy();
    const suivi = s.tables.find((tb) => tb.name === "Suivi")!;
    suivi.address = address;
    suivi.headers = suivi.headers.map((h) => (h === "Quartier" ? "QPV" : h));
    return s;
  }
  const columnMissing = (cell: string, row: number) => ({
    code: "COLUMN_MISSING",
    severity: "error",
    sheet: "Suivi",
    cell,
    row,
    key: "check.columnMissing",
    params: { column: "Quartier", hint },
  });

  it("is found at its heading cell when the table does not start in A1", () => {
    // Quartier is the 4th column: from AB (1 × 26 + 2 = 28), column 31 = AE, on the table's row 12.
    expect(shape(checkStructure(renamed("AB12:AK17"), plan))).toEqual([columnMissing("AE12", 12)]);
  });

  it("is found at its heading cell with absolute references", () => {
    // From C (3): column 6 = F.
    expect(shape(checkStructure(renamed("$C$5:$L$10"), plan))).toEqual([columnMissing("F5", 5)]);
  });

  it("is not reported for a renamed column of a list table, which the repair restores", () => {
    const s = copy();
    const sexes = s.tables.find((tb) => tb.name === "ListeSexes")!;
    sexes.headers = sexes.headers.map(() => "Genre");
    expect(shape(checkStructure(s, plan)).filter((f) => f.code === "COLUMN_MISSING")).toEqual([]);
  });
});
