import { columnLetters } from "../core/a1";
import { TRACKING_TABLE } from "../core/contract";
import type { Convention } from "../core/convention";
import { DASHBOARD_PIVOTS, DASHBOARD_SHEET, DATA_FIELD, SEMESTER_FIELD } from "../core/dashboard";
import type { PeriodRequest } from "../core/evaluation";
import {
  archiveSheetName,
  evaluationSheetName,
  readHandText,
  type CellStyle,
  type EvaluationSheet,
} from "../core/evaluation/sheet";
import {
  EVALUATION_STEPS,
  prepareEvaluation,
  sheetOf,
  type EvaluateOptions,
  type EvaluationOutcome,
} from "../features/evaluate";
import { beforeWrite, workDone, type WorkControl } from "../features/work";
import { OfficeWorkbook } from "./workbook";

/** Whether the host supports a requirement set (Office.context.requirements.isSetSupported in Excel). */
export type Supports = (set: "ExcelApi", version: string) => boolean;

/** The host's answer; false outside Office (no requirement set can be assumed there). */
export const hostSupports: Supports = (set, version) =>
  typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(set, version) === true;

const NUMBER_FORMAT: Partial<Record<CellStyle, string>> = { count: "#,##0", euro: "#,##0.00" };
const BOLD: ReadonlySet<CellStyle> = new Set(["title", "subtitle", "alert", "section", "header", "blockTitle"]);

export type OfficeEvaluation =
  | {
      ok: true;
      outcome: Extract<EvaluationOutcome, { ok: true }>;
      sheet: string;
      archived: string | null;
      printSettings: boolean;
    }
  | { ok: false; reason: "format" | "outside" | "noTable" | "exists" };

/**
 * Makes the evaluation sheet in the open workbook. Rows are read through the Office adapter (in
 * chunks under 5 MB); the sheet itself is written in a constant number of syncs whatever its size:
 * one to list the sheets, one to read the previous version's text when there is one, one to write.
 * A previous version is renamed to an archive sheet, so it stays exactly what the committee saw.
 */
export async function evaluateInExcel(
  context: Excel.RequestContext,
  base: Convention,
  request: PeriodRequest,
  options: EvaluateOptions & { force: boolean },
  supports: Supports = hostSupports,
): Promise<OfficeEvaluation> {
  // The adapter reports between its read chunks within the feature's read step.
  const outcome = await prepareEvaluation(new OfficeWorkbook(context, undefined, options.work), base, request, options);
  if (!outcome.ok) return outcome;
  return writeEvaluationInExcel(context, outcome, options.force, supports, options.work);
}

/** Writes a prepared evaluation: two syncs for a new sheet, three when a previous version is archived. */
export async function writeEvaluationInExcel(
  context: Excel.RequestContext,
  outcome: Extract<EvaluationOutcome, { ok: true }>,
  force: boolean,
  supports: Supports = hostSupports,
  work?: WorkControl,
): Promise<OfficeEvaluation> {
  const name = evaluationSheetName(outcome.figures.period);
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const previous = sheets.items.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (previous && !force) return { ok: false, reason: "exists" };

  let handText: Record<string, (string | null)[]> | undefined;
  let archived: string | null = null;
  if (previous) {
    const used = previous.getUsedRangeOrNullObject().load("values, rowIndex, columnIndex");
    await context.sync();
    if (!used.isNullObject && used.columnIndex === 0) {
      const values = used.values as unknown[][];
      const columnA = (row: number) => {
        const v = values[row - 1 - used.rowIndex]?.[0];
        return v === undefined || v === null || v === "" ? null : String(v);
      };
      handText = readHandText(
        columnA,
        used.rowIndex + values.length,
        outcome.context.partner,
        outcome.context.operator,
      );
    }
    let n = 1;
    while (taken.has(archiveSheetName(previous.name, n).toLowerCase())) n++;
    archived = archiveSheetName(previous.name, n);
  }
  // Only reads so far: a cancel is taken up to here. The rename, the new sheet and its cells go in
  // the one sync below, which nothing interrupts.
  await beforeWrite(work, EVALUATION_STEPS.write);
  if (previous && archived) previous.name = archived;
  const sheet = sheetOf(outcome, handText);
  const printSettings = writeSheet(context.workbook.worksheets.add(name), sheet, supports);
  context.application.suspendApiCalculationUntilNextSync();
  await context.sync();
  workDone(work);
  return { ok: true, outcome, sheet: name, archived, printSettings };
}

/** Queues the whole sheet (no sync): values and formats as 2-D arrays, bold rows, merges, A4 print settings. */
function writeSheet(ws: Excel.Worksheet, sheet: EvaluationSheet, supports: Supports): boolean {
  const width = sheet.columns.length;
  const values = sheet.rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const v = row.cells[c]?.value ?? "";
      // Text typed by people may start with "=": the apostrophe keeps it text.
      return typeof v === "string" && /^[=+\-@]/.test(v) ? `'${v}` : v;
    }),
  );
  const formats = sheet.rows.map((row) =>
    Array.from({ length: width }, (_, c) => NUMBER_FORMAT[row.cells[c]?.style ?? "text"] ?? "General"),
  );
  const last = columnLetters(width);
  const all = ws.getRange(`A1:${last}${sheet.rows.length}`);
  all.numberFormat = formats;
  all.values = values;
  sheet.rows.forEach((row, i) => {
    if (row.cells.some((cell) => BOLD.has(cell.style)))
      ws.getRange(`A${i + 1}:${last}${i + 1}`).format.font.bold = true;
  });
  for (const merge of sheet.merges) ws.getRange(merge).merge(false);
  sheet.columns.forEach((w, i) => {
    // columnWidth is in points: about 7 per character of the default font.
    ws.getRange(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`).format.columnWidth = w * 7;
  });
  if (!supports("ExcelApi", "1.9")) return false;
  const layout = ws.pageLayout;
  layout.setPrintArea(`A1:${last}${sheet.rows.length}`);
  layout.setPrintTitleRows(`$${sheet.printTitleRows[0]}:$${sheet.printTitleRows[1]}`);
  layout.paperSize = "A4" as Excel.PaperType;
  layout.orientation = "Portrait" as Excel.PageOrientation;
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  for (const row of sheet.pageBreaksBefore) ws.horizontalPageBreaks.add(`A${row}`);
  return true;
}

export type OfficeDashboard =
  { ok: true; pivots: string[]; filtered: boolean } | { ok: false; reason: "unsupported" | "exists" | "noTable" };

/**
 * The `Tableau de bord` sheet in Excel: real PivotTables over the Suivi table (ExcelApi 1.8) and a
 * chart over each pivot's layout, which Excel binds to the pivot as a PivotChart. Filtering the
 * second pivot to the job seekers received needs ExcelApi 1.12; without it the filter is left to the
 * user (`filtered: false`). Two syncs.
 */
export async function dashboardInExcel(
  context: Excel.RequestContext,
  supports: Supports = hostSupports,
): Promise<OfficeDashboard> {
  if (!supports("ExcelApi", "1.8")) return { ok: false, reason: "unsupported" };
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  if (sheets.items.some((s) => s.name.toLowerCase() === DASHBOARD_SHEET.toLowerCase()))
    return { ok: false, reason: "exists" };
  if (!tables.items.some((t) => t.name.toLowerCase() === TRACKING_TABLE.toLowerCase()))
    return { ok: false, reason: "noTable" };
  const ws = context.workbook.worksheets.add(DASHBOARD_SHEET);
  const canFilter = supports("ExcelApi", "1.12");
  const destinations = ["A3", "K3"];
  DASHBOARD_PIVOTS.forEach((spec, i) => {
    ws.getRange(destinations[i].replace("3", "1")).values = [[spec.title]];
    const pivot = context.workbook.pivotTables.add(spec.name, TRACKING_TABLE, ws.getRange(destinations[i]));
    pivot.rowHierarchies.add(pivot.hierarchies.getItem(spec.rowField));
    pivot.columnHierarchies.add(pivot.hierarchies.getItem(SEMESTER_FIELD));
    const data = pivot.dataHierarchies.add(pivot.hierarchies.getItem(DATA_FIELD));
    data.summarizeBy = "Sum" as Excel.AggregationFunction;
    const filter = pivot.filterHierarchies.add(pivot.hierarchies.getItem(spec.pageField));
    if (spec.pageItem !== null && canFilter)
      filter.fields.getItem(spec.pageField).applyFilter({ manualFilter: { selectedItems: [spec.pageItem] } });
    const chart = ws.charts.add(
      (i === 0 ? "BarClustered" : "ColumnClustered") as Excel.ChartType,
      pivot.layout.getRange(),
      "Auto" as Excel.ChartSeriesBy,
    );
    chart.title.text = spec.title;
  });
  context.application.suspendApiCalculationUntilNextSync();
  await context.sync();
  return { ok: true, pivots: DASHBOARD_PIVOTS.map((p) => p.name), filtered: canFilter };
}

/** « Actualiser »: every PivotTable of the workbook in one request. */
export async function refreshPivots(context: Excel.RequestContext): Promise<void> {
  context.workbook.pivotTables.refreshAll();
  await context.sync();
}
