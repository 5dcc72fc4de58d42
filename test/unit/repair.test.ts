import type { CellSnapshot, WorkbookSnapshot } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildPlan, indicatorsLayout } from "../../src/core/plan";
import type { PlanCell, PlanOp } from "../../src/core/plan-types";
import { normalizeFormula, planRepair } from "../../src/core/repair";
import { said } from "../support/said";

const plan = buildPlan(METZ_2021_2023);
const empty: WorkbookSnapshot = { sheets: [], tables: [], names: [], cells: {}, validations: [] };

function col(n: number): string {
  return n <= 26
    ? String.fromCharCode(64 + n)
    : col(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));
}

/** The snapshot of a workbook where the plan was applied exactly (written independently of repair). */
function snapshotOf(ops: PlanOp[]): WorkbookSnapshot {
  const snap: WorkbookSnapshot = { sheets: [], tables: [], names: [], cells: {}, validations: [] };
  for (const op of ops) {
    if (op.kind === "addSheet") snap.sheets.push(op.sheet);
    if (op.kind === "addTable")
      snap.tables.push({ name: op.name, sheet: op.sheet, address: op.address, headers: op.headers });
    if (op.kind === "defineName") snap.names.push({ name: op.name, formula: `${op.sheet}!${op.address}` });
    if (op.kind === "setValidation")
      snap.validations.push({
        sheet: op.sheet,
        address: op.address,
        type: op.rule.type,
        ...(op.rule.type === "list" ? { source: op.rule.source.slice(1) } : {}),
      });
    if (op.kind === "writeCells") {
      const m = /^([A-Z]+)(\d+)$/.exec(op.address)!;
      const c0 = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      op.cells.forEach((r, i) =>
        r.forEach((cell: PlanCell, j) => {
          const snapCell: CellSnapshot =
            cell !== null && typeof cell === "object" && "formula" in cell
              ? { formula: cell.formula, value: 0 }
              : { value: cell };
          (snap.cells[op.sheet] ??= {})[`${col(c0 + j)}${Number(m[2]) + i}`] = snapCell;
        }),
      );
    }
  }
  return snap;
}

test("an empty workbook gets every sheet, table, name and validation", () => {
  const changes = planRepair(empty, plan);
  const kinds = (k: string) => changes.filter((c) => c.op.kind === k).length;
  expect(kinds("addSheet")).toBe(5);
  expect(kinds("addTable")).toBe(plan.filter((op) => op.kind === "addTable").length);
  expect(kinds("setValidation")).toBe(plan.filter((op) => op.kind === "setValidation").length);
  expect(said(changes[0].text)).toBe("Feuille « Paramètres » créée.");
});

test("a workbook that matches the plan needs nothing", () => {
  expect(planRepair(snapshotOf(plan), plan)).toEqual([]);
});

test("an overwritten formula of Indicateurs is detected and restored, with a French sentence", () => {
  const snap = snapshotOf(plan);
  const L = indicatorsLayout(METZ_2021_2023);
  snap.cells.Indicateurs[`D${L.firstIndicatorRow + 1}`] = { value: 42 };
  const changes = planRepair(snap, plan);
  expect(changes).toHaveLength(1);
  expect(said(changes[0].text)).toBe(
    `Feuille « Indicateurs », cellule D${L.firstIndicatorRow + 1} : formule rétablie (elle avait été modifiée ou effacée).`,
  );
  expect(changes[0].op).toMatchObject({ kind: "writeCells", address: `D${L.firstIndicatorRow + 1}` });
});

test("a formula stored with other spacing, case or quoting is not reported", () => {
  expect(normalizeFormula("=sumifs( Suivi[Nombre] , 'Paramètres'!B2 )")).toBe(
    normalizeFormula("SUMIFS(Suivi[Nombre],Paramètres!B2)"),
  );
  expect(normalizeFormula('IF(A1="a b","",1)')).not.toBe(normalizeFormula('IF(A1="ab","",1)'));
  expect(normalizeFormula("YEAR(Suivi[@Date])")).toBe(normalizeFormula("YEAR(Suivi[[#This Row],[Date]])"));
});

test("a lost validation and a lost name come back; a setting the user changed stays", () => {
  const snap = snapshotOf(plan);
  snap.validations = snap.validations.filter((v) => !(v.sheet === "Suivi" && v.address.startsWith("C")));
  snap.names = snap.names.filter((n) => n.name !== "CONV_FIN");
  snap.cells["Paramètres"].B8 = { value: 0.6 }; // ETP edited by the user
  const messages = planRepair(snap, plan).map((c) => said(c.text));
  expect(messages).toEqual([
    "Nom défini « CONV_FIN » ajouté.",
    "Feuille « Suivi », C2:C1048576 : contrôle de saisie rétabli (il avait été supprimé ou modifié).",
  ]);
});

test("an emptied setting is filled again, cells of finance staff are never written on an existing sheet", () => {
  const snap = snapshotOf(plan);
  delete snap.cells["Paramètres"].B3;
  const changes = planRepair(snap, plan);
  expect(changes.map((c) => said(c.text))).toEqual(["Feuille « Paramètres », cellule B3 : valeur manquante rétablie."]);
  expect(planRepair(snap, plan).some((c) => c.op.kind === "writeCells" && c.op.repair === "createOnly")).toBe(false);
});

test("a deleted sheet is recreated whole, the others untouched", () => {
  const snap = snapshotOf(plan.filter((op) => !("sheet" in op) || op.sheet !== "Indicateurs"));
  const changes = planRepair(snap, plan);
  expect(said(changes[0].text)).toBe("Feuille « Indicateurs » créée.");
  expect(changes.every((c) => "sheet" in c.op && c.op.sheet === "Indicateurs")).toBe(true);
});
