import type { Convention } from "../core/convention";
import { todayIso } from "../core/dates";
import type { CheckReport, Finding } from "../core/findings";
import { buildWorkbook, type BuildResult } from "../features/build";
import { runCheck } from "../features/check";
import { importRows, type ImportOptions, type ImportReport, type ImportSource } from "../features/import";
import type { SettingsSource } from "../features/settings-source";
import type { WorkControl } from "../features/work";
import { clearMarks, markFindings, selectCell, settingsMemory } from "./marks";
import { run } from "./run";
import { OfficeWorkbook } from "./workbook";

export { currentConvention, run, setConventionInUse } from "./run";

/**
 * What the task pane asks of Excel: each action is one `Excel.run` around a feature or a marks
 * call, through `run` (run.ts, the only caller of `Excel.run`); the pane never touches the Excel API itself.
 */
export interface ExcelActions {
  /** `settings`: the preset or settings the user chose (what a repair does with the workbook's own period). */
  build(convention: Convention, options: { sampleRows: boolean; settings: SettingsSource }): Promise<BuildResult>;
  /** `work`: progress between the read chunks, and a cancel (a check writes nothing). */
  check(convention: Convention, today: string, work?: WorkControl): Promise<CheckReport>;
  importRows(source: ImportSource, options: ImportOptions): Promise<ImportReport>;
  mark(findings: readonly Finding[]): Promise<number>;
  clearMarks(): Promise<number>;
  select(sheet: string, cell: string): Promise<void>;
  /** Writes an en-US formula into the selection's top-left cell; returns the address written. */
  insertFormula(formula: string): Promise<string>;
}

const memory = () => settingsMemory(Office.context.document.settings);

/**
 * Writes `formula` into the top-left cell of the selection, so a multi-cell selection does not fail on a size
 * mismatch.
 */
export async function insertFormulaAt(context: Excel.RequestContext, formula: string): Promise<string> {
  const cell = context.workbook.getSelectedRange().getCell(0, 0);
  cell.formulas = [[formula]];
  cell.load("address");
  await context.sync();
  return cell.address;
}

export const excelActions: ExcelActions = {
  build: (convention, { sampleRows, settings }) =>
    run((context) =>
      buildWorkbook(new OfficeWorkbook(context), convention, { sampleRows, settings, today: todayIso() }),
    ),
  check: (convention, today, work) =>
    run((context) => runCheck(new OfficeWorkbook(context, undefined, work), convention, today, { work })),
  importRows: (source, options) =>
    run((context) => importRows(new OfficeWorkbook(context, undefined, options.work), source, options)),
  mark: (findings) => run((context) => markFindings(context, findings, memory())),
  clearMarks: () => run((context) => clearMarks(context, memory())),
  select: (sheet, cell) => run((context) => selectCell(context, sheet, cell)),
  insertFormula: (formula) => run((context) => insertFormulaAt(context, formula)),
};

export { todayIso } from "../core/dates";
