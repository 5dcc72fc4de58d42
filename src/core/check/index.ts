import { namedCell } from "../settings";
import { DEFINED_NAME, TRACKING_TABLE, type CellValue, type Grid, type WorkbookSnapshot } from "../contract";
import type { Convention } from "../convention";
import { dateToSerial, serialToIso } from "../dates";
import type { CheckReport, Finding } from "../findings";
import { layoutAnchors } from "../anchors";
import { managedSheets, planOverManagedSheets } from "../managed-sheets";
import { buildPlan } from "../plan";
import { outsideTableFinding } from "./outside";
import { checkTrackingRows, countFilledRows } from "./rows";
import { checkStructure } from "./structure";
import { planOverTrackingTable } from "./tracking-layout";

export { checkTrackingRows } from "./rows";
export { GUARD_CATEGORIES, screenText, type GuardCategory, type GuardFinding, type GuardLevel } from "./guard";
export { checkStructure } from "./structure";
export { planOverTrackingTable } from "./tracking-layout";

/** The tracking table as an adapter reads it (null when the workbook has no such table). */
export type TrackingTable = { headers: string[]; grid: Grid } | null;

/**
 * The whole check, pure: the workbook's structure against the build's plan, then every row of
 * the tracking table. Changes nothing; `ok` is false as soon as there is one error.
 * `structure` is the convention of the plan when it differs from the rows' (entries added on Listes
 * are valid in rows but do not change what the build lays out). `below` is what the adapter read
 * under the tracking table (rows typed there are outside it).
 */
export function checkWorkbook(
  snapshot: WorkbookSnapshot,
  table: TrackingTable,
  convention: Convention,
  today: string,
  structure: Convention = convention,
  below: Grid | null = null,
): CheckReport {
  const plan = planOverManagedSheets(planOverTrackingTable(buildPlan(structure, layoutAnchors(snapshot, structure)), snapshot), snapshot);
  const findings: Finding[] = [...checkStructure(snapshot, plan)];
  let rows = 0;
  if (table) {
    findings.push(...checkTrackingRows({ headers: table.headers, grid: table.grid, convention, today }));
    const outside = outsideTableFinding(TRACKING_TABLE, table.headers, below);
    if (outside) findings.push(outside);
    rows = countFilledRows(table.headers, table.grid);
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  return { ok: errors === 0, summary: { errors, warnings: findings.length - errors, rows }, findings };
}

/** Lists as the workbook's Listes sheet holds them (entries the user added there are valid). */
export interface WorkbookLists {
  indicators?: { code: string; label: string }[];
  quartier?: string[];
  trancheAge?: string[];
  sexe?: string[];
}

/**
 * The convention the workbook was built for: its period from the cells that CONV_DEBUT and
 * CONV_FIN name on Paramètres (value, or the DATE(…) formula of a never-recalculated file) and
 * its lists from Listes; whatever cannot be read comes from `base`.
 */
export function conventionFromWorkbook(base: Convention, snapshot: WorkbookSnapshot, lists: WorkbookLists = {}): Convention {
  const start = namedDate(snapshot, DEFINED_NAME.start);
  const end = namedDate(snapshot, DEFINED_NAME.end);
  const period = start && end && start <= end ? { start, end } : {};
  const nonEmpty = (values: string[] | undefined, fallback: string[]): string[] => (values && values.length > 0 ? values : fallback);
  const indicators =
    lists.indicators && lists.indicators.length > 0
      ? lists.indicators.map((i) => ({ code: i.code, label: i.label, group: base.indicators.find((b) => b.code === i.code)?.group ?? "" }))
      : base.indicators;
  return {
    ...base,
    ...period,
    indicators,
    lists: {
      quartier: nonEmpty(lists.quartier, base.lists.quartier),
      trancheAge: nonEmpty(lists.trancheAge, base.lists.trancheAge),
      sexe: nonEmpty(lists.sexe, base.lists.sexe),
    },
  };
}

function namedDate(snapshot: WorkbookSnapshot, name: string): string | null {
  const target = namedCell(snapshot, name);
  // The name may follow a renamed Paramètres sheet (Excel moves names with their sheet).
  if (!target || target.sheet !== managedSheets(snapshot).parameters) return null;
  const cell = snapshot.cells[target.sheet]?.[`${target.column}${target.row}`];
  if (!cell) return null;
  if (typeof cell.value === "number") return serialToIso(cell.value);
  const formula = cell.formula && /^DATE\((\d{4}),(\d{1,2}),(\d{1,2})\)$/i.exec(cell.formula.replace(/\s/g, ""));
  if (formula) {
    const serial = dateToSerial(Number(formula[1]), Number(formula[2]), Number(formula[3]));
    return serial === null ? null : serialToIso(serial);
  }
  return null;
}

/** Text entries of a one-column list table's rows (blanks and non-text dropped). */
export function listColumn(grid: Grid, column = 0): string[] {
  return grid.rows
    .map((row) => row[column] ?? null)
    .filter((value: CellValue): value is string => typeof value === "string" && value.trim() !== "")
    .map((value) => value.trim());
}
