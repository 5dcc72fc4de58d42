import { METZ_2021_2023, type Convention } from "../core/convention";
import type { CheckReport, Finding } from "../core/findings";
import { buildWorkbook, type BuildResult } from "../features/build";
import { runCheck } from "../features/check";
import { clearMarks, markFindings, selectCell, settingsMemory } from "./marks";
import { OfficeWorkbook } from "./workbook";

/**
 * What the task pane's screens ask of Excel: each action is one `Excel.run` around a feature or a
 * marks call. The screens import only this module, so they never touch the Excel API themselves.
 */
export interface ExcelActions {
  build(convention: Convention, sampleRows: boolean): Promise<BuildResult>;
  check(convention: Convention, today: string): Promise<CheckReport>;
  mark(findings: readonly Finding[]): Promise<number>;
  clearMarks(): Promise<number>;
  select(sheet: string, cell: string): Promise<void>;
}

const memory = () => settingsMemory(Office.context.document.settings);

export const excelActions: ExcelActions = {
  // With the built-in preset (no settings file chosen), a repair keeps the workbook's own period.
  build: (convention, sampleRows) =>
    Excel.run((context) => buildWorkbook(new OfficeWorkbook(context), convention, { sampleRows, readBack: convention === METZ_2021_2023, today: todayIso() })),
  check: (convention, today) => Excel.run((context) => runCheck(new OfficeWorkbook(context), convention, today)),
  mark: (findings) => Excel.run((context) => markFindings(context, findings, memory())),
  clearMarks: () => Excel.run((context) => clearMarks(context, memory())),
  select: (sheet, cell) => Excel.run((context) => selectCell(context, sheet, cell)),
};

// The convention last used to build, so that a check in the same session compares with it
// (runCheck reads the workbook's own settings first and falls back on this one).
let conventionInUse: Convention = METZ_2021_2023;
export const currentConvention = (): Convention => conventionInUse;
export function setConventionInUse(convention: Convention): void {
  conventionInUse = convention;
}

/** Today's date in the user's time zone, ISO yyyy-mm-dd (what runCheck expects). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
