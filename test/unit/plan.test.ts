import { DEFINED_NAME, SHEET, TRACKING_COLUMNS } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildPlan, indicatorsLayout, reportingPeriods } from "../../src/core/plan";
import type { PlanOp } from "../../src/core/plan-types";

const plan = buildPlan(METZ_2021_2023);
const ofKind = <K extends PlanOp["kind"]>(kind: K) =>
  plan.filter((op): op is Extract<PlanOp, { kind: K }> => op.kind === kind);

test("the five contract sheets, in order", () => {
  expect(ofKind("addSheet").map((op) => [op.sheet, op.position])).toEqual([
    [SHEET.parameters, 0],
    [SHEET.lists, 1],
    [SHEET.tracking, 2],
    [SHEET.indicators, 3],
    [SHEET.financing, 4],
  ]);
});

test("the Suivi table has the contract columns in order, Semestre calculated", () => {
  const table = ofKind("addTable").find((op) => op.name === "Suivi")!;
  expect(table.sheet).toBe("Suivi");
  expect(table.headers).toEqual([...TRACKING_COLUMNS]);
  expect(table.calculatedColumns?.map((c) => c.column)).toEqual(["Semestre"]);
});

test("every input column of Suivi has a blocking validation with a French message, and the header is frozen", () => {
  const validations = ofKind("setValidation").filter((op) => op.sheet === SHEET.tracking);
  const letters = TRACKING_COLUMNS.slice(0, 9).map((_, i) => String.fromCharCode(65 + i));
  expect(validations.map((v) => v.address[0]).sort()).toEqual(letters);
  for (const v of validations) expect(v.errorMessage).toMatch(/[a-zé]/);
  expect(validations.find((v) => v.address.startsWith("A"))!.rule).toEqual({
    type: "date",
    min: "=CONV_DEBUT",
    max: "=CONV_FIN",
  });
  expect(validations.find((v) => v.address.startsWith("C"))!.rule).toMatchObject({ type: "whole", min: 1 });
  expect(ofKind("freezeRows").some((op) => op.sheet === SHEET.tracking && op.rows === 1)).toBe(true);
});

test("the contract's defined names point at Paramètres", () => {
  const names = ofKind("defineName");
  for (const name of Object.values(DEFINED_NAME))
    expect(names.find((n) => n.name === name)?.sheet).toBe(SHEET.parameters);
});

test("Indicateurs: code in A, label in B, one column per semester 2021-S1…2023-S2, years, total", () => {
  expect(reportingPeriods(METZ_2021_2023).map((p) => p.label)).toEqual([
    "2021-S1",
    "2021-S2",
    "2022-S1",
    "2022-S2",
    "2023-S1",
    "2023-S2",
    "2021",
    "2022",
    "2023",
    "Total",
  ]);
  const L = indicatorsLayout(METZ_2021_2023);
  const body = ofKind("writeCells").find(
    (op) => op.sheet === SHEET.indicators && op.address === `A${L.firstIndicatorRow}`,
  )!;
  expect(body.cells.map((r) => r[0])).toEqual(METZ_2021_2023.indicators.map((i) => i.code));
  expect(body.cells.map((r) => r[1])).toEqual(METZ_2021_2023.indicators.map((i) => i.label));
  for (const r of body.cells)
    for (const cell of r.slice(2))
      expect(cell).toMatchObject({ formula: expect.stringMatching(/^SUMIFS\(Suivi\[Nombre\]/) });
});

test("a convention starting mid-year clips its first semester and year", () => {
  const periods = reportingPeriods({ start: "2021-03-15", end: "2022-02-28" });
  expect(periods.map((p) => [p.label, p.from, p.to])).toEqual([
    ["2021-S1", "2021-03-15", "2021-06-30"],
    ["2021-S2", "2021-07-01", "2021-12-31"],
    ["2022-S1", "2022-01-01", "2022-02-28"],
    ["2021", "2021-03-15", "2021-12-31"],
    ["2022", "2022-01-01", "2022-02-28"],
    ["Total", "2021-03-15", "2022-02-28"],
  ]);
});

test("formulas use only native functions, names and tables of the workbook", () => {
  const native = new Set([
    "SUMIFS",
    "COUNTIFS",
    "DATE",
    "IF",
    "ISNUMBER",
    "YEAR",
    "MONTH",
    "ROUND",
    "INDEX",
    "N",
    "SUM",
    "MAX",
    "MIN",
    "MATCH",
    "IFERROR",
  ]);
  const formulas: string[] = [];
  for (const op of plan) {
    if (op.kind === "writeCells")
      for (const r of op.cells)
        for (const c of r) if (c && typeof c === "object" && "formula" in c) formulas.push(c.formula);
    if (op.kind === "addTable") for (const c of op.calculatedColumns ?? []) formulas.push(c.formula);
  }
  expect(formulas.length).toBeGreaterThan(300);
  for (const f of formulas) {
    for (const [, name] of f.replace(/"[^"]*"/g, '""').matchAll(/([A-Z][A-Z0-9_.]*)\(/g))
      expect(native).toContain(name);
  }
});

test("finance staff's cells are created once and never rewritten", () => {
  const userCells = ofKind("writeCells").filter((op) => op.repair === "createOnly");
  expect(userCells.every((op) => op.sheet === SHEET.financing && op.cells.flat().every((c) => c === null))).toBe(true);
  expect(userCells.length).toBe(5); // two paid dates, two paid amounts, the early-termination end date
});

test("the workbook is written in French whatever the interface language", async () => {
  const { setLocale } = await import("../../src/i18n");
  setLocale("en");
  try {
    const english = buildPlan(METZ_2021_2023);
    expect(english).toEqual(plan);
    // The convention's schedule: Monday and Tuesday in even weeks, Monday to Wednesday in odd weeks.
    const presence = english.find(
      (op): op is Extract<PlanOp, { kind: "writeCells" }> =>
        op.kind === "writeCells" && op.sheet === SHEET.parameters && op.address === "B10",
    )!;
    expect(presence.cells.slice(1, 3)).toEqual([["lundi, mardi"], ["lundi, mardi, mercredi"]]);
    const validation = english.find(
      (op): op is Extract<PlanOp, { kind: "setValidation" }> =>
        op.kind === "setValidation" && op.sheet === SHEET.tracking,
    )!;
    expect(validation.errorTitle).toBe("Saisie refusée");
  } finally {
    setLocale("fr");
  }
});
