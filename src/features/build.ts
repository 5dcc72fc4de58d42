import { t, msg } from "../i18n";
import "../i18n/areas/build";
import { layoutAnchors, paymentsOnChangedYears, stalePayments } from "../core/anchors";
import { conventionFromWorkbook, planOverTrackingTable } from "../core/check";
import { adjacentRowsBelow, filledRowsBelow, rowRanges } from "../core/check/outside";
import { countFilledRows } from "../core/check/rows";
import { SHEET, TRACKING_TABLE } from "../core/contract";
import type { Convention } from "../core/convention";
import { managedSheets, planOverManagedSheets } from "../core/managed-sheets";
import { buildPlan, COSTS_TABLE, EURO_FORMAT, parametersLayout, type LayoutAnchors } from "../core/plan";
import { PARAMETERS_TEXT } from "../core/plan-text";
import type { PlanOp, RepairChange } from "../core/plan-types";
import { missingTableColumns, planRepair } from "../core/repair";
import { sampleRows } from "../core/sample";
import type { WorkbookPort } from "./port";
import { readsWorkbookSettings, type SettingsSource } from "./settings-source";

export const DEFAULT_SAMPLE_ROWS = 1500;

export interface BuildOptions {
  /** Synthetic rows to add to Suivi: a count, or true for DEFAULT_SAMPLE_ROWS. */
  sampleRows?: number | boolean;
  /**
   * "preset" (default): on an existing workbook, keep the period written in its Paramètres sheet.
   * "chosen": `convention` is used as given and written over Paramètres. See SettingsSource.
   */
  settings?: SettingsSource;
  /** Today as ISO yyyy-mm-dd: sample rows are dated up to it (check refuses acts in the future). */
  today?: string;
}

export interface BuildResult {
  changes: RepairChange[];
  created: boolean;
  /** Problems the build saw but does not fix (a column removed from a table), in plain French. */
  warnings?: string[];
  /** The entry of `changes` that reports the sample rows, when some were added. */
  sampleRowsChange?: RepairChange;
  /**
   * Set when sample rows were asked for a workbook whose Suivi table already holds rows: nothing
   * was changed (fictitious rows would mix with real ones, with nothing to tell them apart).
   */
  sampleRefused?: { rows: number };
}

/**
 * Creates the tracking workbook, or brings an existing one back to the plan: adds what is
 * missing, restores damaged formulas, names and validations, never touches the user's rows.
 */
export async function buildWorkbook(
  port: WorkbookPort,
  convention: Convention,
  options: BuildOptions = {},
): Promise<BuildResult> {
  const snapshot = await port.readSnapshot();
  const managed: string[] = [...Object.values(SHEET), ...Object.values(managedSheets(snapshot))];
  const created = !snapshot.sheets.some((s) => managed.includes(s));
  const count =
    options.sampleRows === true ? DEFAULT_SAMPLE_ROWS : typeof options.sampleRows === "number" ? options.sampleRows : 0;
  if (count > 0 && !created) {
    const table = await port.readTable(TRACKING_TABLE);
    const rows = table ? countFilledRows(table.headers, table.grid) : 0;
    if (rows > 0)
      return {
        changes: [],
        created,
        sampleRefused: { rows },
        warnings: [t("build.sample.refusedPane", { count: rows })],
      };
  }
  // Repairing with the preset must not move a workbook built for another period onto the preset's:
  // the period is read back from Paramètres, as check does, unless the user chose settings explicitly.
  const readBack = readsWorkbookSettings(options.settings);
  const effective = !created && readBack ? conventionFromWorkbook(convention, snapshot) : convention;
  const anchors = created ? {} : layoutAnchors(snapshot, effective);
  const built = buildPlan(effective, anchors);
  // Settings chosen explicitly (--convention) on an existing workbook are written over the ones typed
  // in Paramètres: otherwise the sheets would be laid out for one period and read another.
  const chosen =
    !created && !readBack
      ? built.map((op) =>
          op.kind === "writeCells" && op.repair === "fillEmpty" && op.sheet === SHEET.parameters
            ? { ...op, repair: "restore" as const }
            : op,
        )
      : built;
  const plan = planOverManagedSheets(planOverTrackingTable(chosen, snapshot), snapshot);
  const changes = planRepair(snapshot, plan);
  await port.apply(changes.map((c) => c.op));
  const costRows = await growCostsTable(port, effective, anchors, managedSheets(snapshot).parameters);
  if (costRows) changes.push(costRows);
  const takenIn = await takeInRowsBelow(
    port,
    plan,
    snapshot.tables.find((tb) => tb.name.toLowerCase() === TRACKING_TABLE.toLowerCase())?.headers,
  );
  if (takenIn) changes.push(takenIn);
  const warnings = [
    ...missingTableColumns(snapshot, plan).map((m) => t("build.repair.columnMissing", m)),
    ...stalePayments(snapshot, effective, anchors).map((p) =>
      t("build.repair.stalePayments", { sheet: SHEET.financing, ...p }),
    ),
    ...paymentsOnChangedYears(snapshot, effective, anchors).map((p) =>
      t("build.repair.paymentsYearChanged", { sheet: SHEET.financing, ...p }),
    ),
  ];
  let sampleRowsChange: RepairChange | undefined;
  const sample = count > 0 ? sampleRows(effective, count, undefined, options.today) : [];
  if (sample.length > 0) {
    await port.appendRows(TRACKING_TABLE, sample);
    sampleRowsChange = {
      op: { kind: "writeCells", sheet: SHEET.tracking, address: "A2", cells: [] },
      text: msg("build.repair.sampleRows", { count: sample.length }),
    };
    changes.push(sampleRowsChange);
  }
  return { changes, created, warnings, sampleRowsChange };
}

/**
 * A longer period (an amendment) adds its years under the existing rows of the yearly costs table
 * (the plan writes them into empty cells); the table is then grown over them. Typed costs keep
 * their rows, and the Financement formulas find each cost by its year.
 */
async function growCostsTable(
  port: WorkbookPort,
  c: Convention,
  anchors: LayoutAnchors,
  sheet: string,
): Promise<RepairChange | null> {
  const P = parametersLayout(c, anchors);
  if (anchors.costYears === undefined || P.costYears.length <= P.keptCostRows) return null;
  await port.extendTable(COSTS_TABLE, P.lastCostRow, {
    calculatedColumns: [],
    numberFormats: [{ column: PARAMETERS_TEXT.cost, format: EURO_FORMAT }],
  });
  const added = P.costYears.slice(P.keptCostRows);
  return {
    op: { kind: "writeCells", sheet, address: `A${P.firstCostRow + P.keptCostRows}`, cells: [] },
    text: msg("build.repair.costsRowsAdded", { table: COSTS_TABLE, count: added.length, years: added.join(", ") }),
  };
}

/**
 * Rows typed right under the tracking table (LibreOffice does not grow a table when one types
 * there) are taken into it, values and formats kept: then the indicators count them, and check
 * judges them like every other row. Rows further down, after a blank row, are left where they are
 * (check reports them).
 */
async function takeInRowsBelow(
  port: WorkbookPort,
  plan: PlanOp[],
  headers: string[] | undefined,
): Promise<RepairChange | null> {
  // A table the build just created has nothing under it; an existing one is not read whole here.
  if (!headers) return null;
  const below = await port.readBelowTable(TRACKING_TABLE);
  if (!below) return null;
  const rows = adjacentRowsBelow(filledRowsBelow(headers, below), below.firstRow);
  if (rows.length === 0) return null;
  const op = plan.find(
    (o): o is Extract<PlanOp, { kind: "addTable" }> => o.kind === "addTable" && o.name === TRACKING_TABLE,
  );
  await port.extendTable(TRACKING_TABLE, rows[rows.length - 1], {
    calculatedColumns: op?.calculatedColumns ?? [],
    numberFormats: op?.numberFormats ?? [],
  });
  const ranges = rowRanges(rows, below.firstColumn, headers.length);
  return {
    op: { kind: "writeCells", sheet: below.sheet, address: ranges.split(":")[0], cells: [] },
    text: msg("build.repair.rowsTakenIn", { count: rows.length, table: TRACKING_TABLE, ranges }),
  };
}

/**
 * The lines worth reading: after a creation, the sheets made and the sample rows, not every cell
 * written; after a repair, every repair. Shared by the command line and the task pane.
 */
export function reportedChanges(result: BuildResult): RepairChange[] {
  if (!result.created) return result.changes;
  return result.changes.filter((c) => c.op.kind === "addSheet" || c === result.sampleRowsChange);
}
