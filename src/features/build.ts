import { t } from "../i18n";
import { SHEET, TRACKING_TABLE } from "../core/contract";
import type { Convention } from "../core/convention";
import { buildPlan } from "../core/plan";
import type { RepairChange } from "../core/plan-types";
import { missingTableColumns, planRepair } from "../core/repair";
import { sampleRows } from "../core/sample";
import type { WorkbookPort } from "./port";

export const DEFAULT_SAMPLE_ROWS = 1500;

export interface BuildResult {
  changes: RepairChange[];
  created: boolean;
  /** Problems the build saw but does not fix (a column removed from a table), in plain French. */
  warnings?: string[];
}

/**
 * Creates the tracking workbook, or brings an existing one back to the plan: adds what is
 * missing, restores damaged formulas, names and validations, never touches the user's rows.
 */
export async function buildWorkbook(
  port: WorkbookPort,
  convention: Convention,
  options: { sampleRows?: number | boolean } = {},
): Promise<BuildResult> {
  const snapshot = await port.readSnapshot();
  const plan = buildPlan(convention);
  const managed: string[] = Object.values(SHEET);
  const created = !snapshot.sheets.some((s) => managed.includes(s));
  const changes = planRepair(snapshot, plan);
  await port.apply(changes.map((c) => c.op));
  const warnings = missingTableColumns(snapshot, plan).map((m) => t("build.repair.columnMissing", m));
  const count = options.sampleRows === true ? DEFAULT_SAMPLE_ROWS : typeof options.sampleRows === "number" ? options.sampleRows : 0;
  if (count > 0) {
    await port.appendRows(TRACKING_TABLE, sampleRows(convention, count));
    changes.push({
      op: { kind: "writeCells", sheet: SHEET.tracking, address: "A2", cells: [] },
      message: t("build.repair.sampleRows", { count }),
    });
  }
  return { changes, created, warnings };
}
