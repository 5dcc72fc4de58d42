import { layoutAnchors } from "../anchors";
import { TRACKING_TABLE, type Grid, type WorkbookSnapshot } from "../contract";
import type { Convention } from "../convention";
import type { CheckReport, Finding } from "../findings";
import { planOverManagedSheets } from "../managed-sheets";
import { buildPlan } from "../plan";
import { outsideTableFinding } from "./outside";
import { checkTrackingRows, countFilledRows } from "./rows";
import { checkStructure } from "./structure";
import { planOverTrackingTable } from "./tracking-layout";

export { checkTrackingRows } from "./rows";
export { conventionFromWorkbook, listColumn, type WorkbookLists } from "../read-back";
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
  const plan = planOverManagedSheets(
    planOverTrackingTable(buildPlan(structure, layoutAnchors(snapshot, structure)), snapshot),
    snapshot,
  );
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
