import { checkWorkbook } from "../core/check";
import { TRACKING_TABLE } from "../core/contract";
import type { Convention } from "../core/convention";
import type { CheckReport, Finding } from "../core/findings";
import { conventionFromWorkbook } from "../core/read-back";
import { say, type Locale } from "../i18n";
import type { WorkbookPort } from "./port";
import { readsWorkbookSettings, type SettingsSource } from "./settings-source";
import { checkpoint, workDone, type WorkControl } from "./work";
import { workbookConvention } from "./workbook-convention";

export { workbookConvention } from "./workbook-convention";

export interface CheckOptions {
  /**
   * "preset" (default): the convention the workbook was built for is read back from it (period from
   * Paramètres, lists from Listes), `convention` filling whatever cannot be read. "chosen":
   * `convention` is used as given. See SettingsSource.
   */
  settings?: SettingsSource;
  /** Progress and cancellation (a check writes nothing: it can stop at any step). */
  work?: WorkControl;
}

/** Checks the workbook behind `port` and changes nothing. `today` is ISO yyyy-mm-dd. */
export async function runCheck(
  port: WorkbookPort,
  convention: Convention,
  today: string,
  options: CheckOptions = {},
): Promise<CheckReport> {
  const work = options.work;
  // One step for the snapshot and the table: the long read is in one or the other (a file's reader
  // reads every sheet, Suivi's rows included, for the snapshot; Excel gives the rows with the table).
  await checkpoint(work, 0, 0.6, "read");
  const snapshot = await port.readSnapshot();
  const table = await port.readTable(TRACKING_TABLE);
  await checkpoint(work, 0.6);
  const below = table ? await port.readBelowTable(TRACKING_TABLE) : null;
  await checkpoint(work, 0.7);
  const settings = readsWorkbookSettings(options.settings)
    ? // The layout is compared with what a build from `convention` writes over the workbook's own
      // period: a value the user added on Listes is valid in rows, not a damaged Indicateurs sheet.
      {
        rows: await workbookConvention(port, convention, snapshot),
        structure: conventionFromWorkbook(convention, snapshot),
      }
    : { rows: convention, structure: convention };
  await checkpoint(work, 0.75, 1, "check");
  const report = checkWorkbook(snapshot, table, settings.rows, today, settings.structure, below);
  workDone(work);
  return report;
}
/**
 * The report as `check --json` prints it and the pane downloads it: each finding with its message
 * said in the current language (the codes and cells stay as they are for programs that read it).
 */
export function reportJson(
  report: CheckReport,
  locale?: Locale,
): { ok: boolean; summary: CheckReport["summary"]; findings: (Omit<Finding, "text"> & { message: string })[] } {
  return {
    ok: report.ok,
    summary: report.summary,
    findings: report.findings.map(({ text, ...rest }) => ({ ...rest, message: say(text, locale) })),
  };
}
