import type { CellSnapshot, ValidationSnapshot, WorkbookSnapshot } from "../../src/core/contract";
import type { PlanCell, PlanOp } from "../../src/core/plan-types";
import { normalizeFormula, planRepair } from "../../src/core/repair";

// planRepair on small hand-made plans: each rule of "what is missing or damaged" on its own, with the
// message key and parameters of each change.

function snapshot(parts: Partial<WorkbookSnapshot> = {}): WorkbookSnapshot {
  return { sheets: ["S"], tables: [], names: [], cells: {}, validations: [], ...parts };
}

const write = (cells: PlanCell[][], extra: Partial<Extract<PlanOp, { kind: "writeCells" }>> = {}): PlanOp => ({
  kind: "writeCells",
  sheet: "S",
  address: "B2",
  cells,
  ...extra,
});

/** key and parameters of each change. */
const said = (snap: WorkbookSnapshot, plan: PlanOp[]) => planRepair(snap, plan).map((c) => [c.text.key, c.text.params]);

const withCells = (cells: Record<string, CellSnapshot>) => snapshot({ cells: { S: cells } });

describe("normalizeFormula", () => {
  it("gives the formula without its leading =, upper case outside text, without spaces or _xlfn.", () => {
    expect(normalizeFormula('=if( a1 = "a b" , _xlfn.ifs(b1,1) )')).toBe('IF(A1="a b",IFS(B1,1))');
    expect(normalizeFormula("A1=B1")).toBe("A1=B1");
  });
});

describe("cells of an existing sheet", () => {
  it("restores a label overwritten by another text, by a formula, or deleted", () => {
    const plan = [write([["Total", "Année", "Mois"]])];
    const snap = withCells({ B2: { value: "Totl" }, C2: { formula: "A1", value: "Année" } });
    expect(said(snap, plan)).toEqual([
      ["build.repair.cellRestored", { sheet: "S", address: "B2" }],
      ["build.repair.cellRestored", { sheet: "S", address: "C2" }],
      ["build.repair.cellRestored", { sheet: "S", address: "D2" }],
    ]);
  });

  it("leaves intact labels as they are, a year written as text too", () => {
    const plan = [write([["Total", "2021"]])];
    expect(said(withCells({ B2: { value: "Total" }, C2: { value: "2021" } }), plan)).toEqual([]);
  });

  it("restores a deleted formula", () => {
    expect(said(withCells({}), [write([[{ formula: "SUM(A1:A3)" }]])])).toEqual([
      ["build.repair.formulaRestored", { sheet: "S", address: "B2" }],
    ]);
  });

  it("compares numbers within rounding, and a number stored as text is not the number", () => {
    const plan = [write([[0.3, 5]])];
    expect(said(withCells({ B2: { value: 0.1 + 0.2 }, C2: { value: 5 } }), plan)).toEqual([]);
    expect(said(withCells({ B2: { value: 0.3 }, C2: { value: "5" } }), plan)).toEqual([
      ["build.repair.cellRestored", { sheet: "S", address: "C2" }],
    ]);
    expect(said(withCells({ B2: { value: 0.3001 }, C2: { value: 5 } }), plan)).toEqual([
      ["build.repair.cellRestored", { sheet: "S", address: "B2" }],
    ]);
  });

  it("takes an empty text for an empty cell, both where the plan wants an empty cell and for a setting to fill", () => {
    expect(said(withCells({ B2: { value: "" } }), [write([[null]])])).toEqual([]);
    expect(
      said(withCells({ B2: { value: "" }, C2: { value: 2 } }), [write([[1, 1]], { repair: "fillEmpty" })]),
    ).toEqual([["build.repair.valueFilled", { sheet: "S", address: "B2" }]]);
  });

  it("does not fill a setting that holds a formula, even one that shows nothing", () => {
    const snap = withCells({ B2: { formula: "1+1", value: 2 }, C2: { formula: 'IF(A1,"","")', value: "" } });
    expect(said(snap, [write([[1, 1]], { repair: "fillEmpty" })])).toEqual([]);
  });

  it("never writes cells of an existing sheet typed by finance staff, except cells the layout added", () => {
    expect(said(withCells({}), [write([[1000]], { repair: "createOnly" })])).toEqual([]);
    expect(said(withCells({}), [write([[1000]], { repair: "createOnly", layoutAdded: true })])).toEqual([
      ["build.repair.cellsPrepared", { sheet: "S", address: "B2" }],
    ]);
  });
});

describe("a sheet the build creates", () => {
  it("gets its cells in one change, its table and validation added, and its layout", () => {
    const plan: PlanOp[] = [
      { kind: "addSheet", sheet: "N" },
      { kind: "writeCells", sheet: "N", address: "A1", cells: [["Titre"]], repair: "createOnly" },
      { kind: "addTable", sheet: "N", name: "T", address: "A3:B4", headers: ["a", "b"], rows: [] },
      {
        kind: "setValidation",
        sheet: "N",
        address: "A4:A10",
        rule: { type: "whole", min: 1 },
        errorTitle: "e",
        errorMessage: "e",
      },
      { kind: "freezeRows", sheet: "N", rows: 3 },
      { kind: "setColumnWidths", sheet: "N", widths: [{ column: "A", width: 20 }] },
    ];
    expect(said(snapshot(), plan)).toEqual([
      ["build.repair.sheetAdded", { sheet: "N" }],
      ["build.repair.cellsWritten", { sheet: "N", address: "A1" }],
      ["build.repair.tableAdded", { table: "T", sheet: "N" }],
      ["build.repair.validationAdded", { sheet: "N", address: "A4:A10" }],
      ["build.repair.layout", { sheet: "N" }],
      ["build.repair.layout", { sheet: "N" }],
    ]);
  });

  it("leaves the layout of an existing sheet alone", () => {
    expect(said(snapshot(), [{ kind: "freezeRows", sheet: "S", rows: 1 }])).toEqual([]);
  });
});

describe("validations of an existing sheet", () => {
  const list = (address: string, source = '=INDIRECT("L[V]")'): PlanOp => ({
    kind: "setValidation",
    sheet: "S",
    address,
    rule: { type: "list", source },
    errorTitle: "e",
    errorMessage: "e",
  });
  const has = (address: string, extra: Partial<ValidationSnapshot> = {}): ValidationSnapshot => ({
    sheet: "S",
    address,
    type: "list",
    source: 'INDIRECT("L[V]")',
    ...extra,
  });
  const restored = (address: string) => [["build.repair.validationRestored", { sheet: "S", address }]];
  const check = (validations: ValidationSnapshot[], op: PlanOp) => said(snapshot({ validations }), [op]);

  it("is kept when a rule of the same type and source covers the range, in any of its areas", () => {
    expect(check([has("C2:C10")], list("C2:C10"))).toEqual([]);
    expect(check([has("A2:A10 C2:C10")], list("C2:C10"))).toEqual([]);
    expect(check([has("C2:C10", { source: "=$A$1:$A$5" })], list("C2:C10", "A1:A5"))).toEqual([]);
    expect(check([has("C2:C10", { source: "A1:A5" })], list("C2:C10", "=$A$1:$A$5"))).toEqual([]);
  });

  it("is restored when the rule misses a corner of the range, a column, the sheet, the type or the source", () => {
    expect(check([has("C3:C10")], list("C2:C10"))).toEqual(restored("C2:C10"));
    expect(check([has("C2:C9")], list("C2:C10"))).toEqual(restored("C2:C10")); // a year added below
    expect(check([has("D2:E10")], list("C2:C10"))).toEqual(restored("C2:C10"));
    expect(check([has("A2:B10")], list("C2:C10"))).toEqual(restored("C2:C10"));
    expect(check([has("C2:C10", { sheet: "Other" })], list("C2:C10"))).toEqual(restored("C2:C10"));
    expect(check([has("C2:C10", { type: "whole" })], list("C2:C10"))).toEqual(restored("C2:C10"));
    expect(check([has("C2:C10", { source: 'INDIRECT("L[W]")' })], list("C2:C10"))).toEqual(restored("C2:C10"));
    expect(check([has("C2:C10", { source: undefined })], list("C2:C10"))).toEqual(restored("C2:C10"));
  });

  it("checks both ends of a range under 1000 rows, only the first of a longer one (read back over the rows in use)", () => {
    expect(check([has("C2:C50")], list("C2:C1048576"))).toEqual([]);
    expect(check([has("C1:C10")], list("C1:C1001"))).toEqual([]); // 1000 rows apart: the first only
    expect(check([has("C1:C10")], list("C1:C1000"))).toEqual(restored("C1:C1000")); // 999 apart: both
    expect(check([has("C600:C650")], list("C600:C700"))).toEqual(restored("C600:C700"));
  });
  it("reads whole columns and rows (a rule set on a selected column), and a range it cannot read as covering nothing", () => {
    // Excel stores a rule put on all of column C as "C:C", on row 5 as "5:5". Such a rule read from a
    // file used to stop build and check with « adresse invalide ».
    expect(check([has("C:C")], list("C2:C10"))).toEqual([]);
    expect(check([has("$C:$D")], list("C2:C10"))).toEqual([]);
    expect(check([has("B:B")], list("C2:C10"))).toEqual(restored("C2:C10"));
    expect(check([has("2:10")], list("C2:C10"))).toEqual([]);
    expect(check([has("3:10")], list("C2:C10"))).toEqual(restored("C2:C10"));
    expect(check([has("not a range")], list("C2:C10"))).toEqual(restored("C2:C10"));
  });
});

describe("names and moved cells", () => {
  const name: PlanOp = { kind: "defineName", name: "CONV_FIN", sheet: "Paramètres", address: "$B$3" };

  it("restores a name that points elsewhere, keeps one written with other quoting and $", () => {
    const snap = (formula: string) => snapshot({ names: [{ name: "conv_fin", formula }] });
    expect(said(snap("'Paramètres'!B3"), [name])).toEqual([]);
    expect(said(snap("Paramètres!$B$4"), [name])).toEqual([
      ["build.repair.nameRestored", { name: "CONV_FIN", address: "Paramètres!$B$3" }],
    ]);
  });

  it("moves a typed cell, a formula too, and nothing from an empty or missing cell", () => {
    const move = (from: string): PlanOp => ({ kind: "moveCells", sheet: "S", from, to: "E9" });
    const snap = withCells({
      B2: { value: 12 },
      B3: { formula: "B2*2", value: 24 },
      B4: { value: "" },
      B6: { formula: 'IF(B2="","",B2)', value: "" },
    });
    expect(said(snap, [move("B2"), move("B3"), move("B4"), move("B5"), move("B6")])).toEqual([
      ["build.repair.cellMoved", { sheet: "S", from: "B2", to: "E9" }],
      ["build.repair.cellMoved", { sheet: "S", from: "B3", to: "E9" }],
      // A formula showing nothing is still someone's formula.
      ["build.repair.cellMoved", { sheet: "S", from: "B6", to: "E9" }],
    ]);
    expect(said(snapshot({ sheets: ["S"] }), [move("B2")])).toEqual([]);
  });
});
