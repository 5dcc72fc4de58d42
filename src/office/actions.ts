import { todayIso } from "../core/dates";
import { METZ_2021_2023, type Convention } from "../core/convention";
import type { CheckReport, Finding } from "../core/findings";
import { buildWorkbook, type BuildResult } from "../features/build";
import type { SettingsSource } from "../features/settings-source";
import { runCheck } from "../features/check";
import { importRows, type ImportOptions, type ImportReport, type ImportSource } from "../features/import";
import { clearMarks, markFindings, selectCell, settingsMemory } from "./marks";
import { OfficeWorkbook } from "./workbook";

/**
 * What the task pane asks of Excel: each action is one `Excel.run` around a feature or a marks
 * call. This is the only place that calls `Excel.run`; the pane never touches the Excel API itself.
 */
export interface ExcelActions {
  /** `settings`: the preset or settings the user chose (what a repair does with the workbook's own period). */
  build(convention: Convention, options: { sampleRows: boolean; settings: SettingsSource }): Promise<BuildResult>;
  check(convention: Convention, today: string): Promise<CheckReport>;
  importRows(source: ImportSource, options: ImportOptions): Promise<ImportReport>;
  mark(findings: readonly Finding[]): Promise<number>;
  clearMarks(): Promise<number>;
  select(sheet: string, cell: string): Promise<void>;
  /** Writes an en-US formula into the selection's top-left cell; returns the address written. */
  insertFormula(formula: string): Promise<string>;
}

/**
 * Excel.run with `delayForCellEdit`: while the user is typing in a cell, the batch waits for the
 * edit to end instead of failing (the default without it).
 */
export function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run({ delayForCellEdit: true }, batch);
}

const memory = () => settingsMemory(Office.context.document.settings);

/** Writes `formula` into the top-left cell of the selection, so a multi-cell selection does not fail on a size mismatch. */
export async function insertFormulaAt(context: Excel.RequestContext, formula: string): Promise<string> {
  const cell = context.workbook.getSelectedRange().getCell(0, 0);
  cell.formulas = [[formula]];
  cell.load("address");
  await context.sync();
  return cell.address;
}

export const excelActions: ExcelActions = {
  build: (convention, { sampleRows, settings }) =>
    run((context) => buildWorkbook(new OfficeWorkbook(context), convention, { sampleRows, settings, today: todayIso() })),
  check: (convention, today) => run((context) => runCheck(new OfficeWorkbook(context), convention, today)),
  importRows: (source, options) => run((context) => importRows(new OfficeWorkbook(context), source, options)),
  mark: (findings) => run((context) => markFindings(context, findings, memory())),
  clearMarks: () => run((context) => clearMarks(context, memory())),
  select: (sheet, cell) => run((context) => selectCell(context, sheet, cell)),
  insertFormula: (formula) => run((context) => insertFormulaAt(context, formula)),
};

// The convention last used to build, so that a check in the same session compares with it
// (runCheck reads the workbook's own settings first and falls back on this one).
let conventionInUse: Convention = METZ_2021_2023;
export const currentConvention = (): Convention => conventionInUse;
export function setConventionInUse(convention: Convention): void {
  conventionInUse = convention;
}

export { todayIso } from "../core/dates";
