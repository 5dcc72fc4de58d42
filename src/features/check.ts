import { TRACKING_TABLE, type WorkbookSnapshot } from "../core/contract";
import type { Convention } from "../core/convention";
import type { CheckReport, Finding } from "../core/findings";
import { say, type Locale } from "../i18n";
import { checkWorkbook, conventionFromWorkbook, listColumn, type WorkbookLists } from "../core/check";
import { LIST_TABLE } from "../core/plan";
import type { WorkbookPort } from "./port";
import { readsWorkbookSettings, type SettingsSource } from "./settings-source";

export interface CheckOptions {
  /**
   * "preset" (default): the convention the workbook was built for is read back from it (period from
   * Paramètres, lists from Listes), `convention` filling whatever cannot be read. "chosen":
   * `convention` is used as given. See SettingsSource.
   */
  settings?: SettingsSource;
}

/** Checks the workbook behind `port` and changes nothing. `today` is ISO yyyy-mm-dd. */
export async function runCheck(port: WorkbookPort, convention: Convention, today: string, options: CheckOptions = {}): Promise<CheckReport> {
  const snapshot = await port.readSnapshot();
  const table = await port.readTable(TRACKING_TABLE);
  const below = table ? await port.readBelowTable(TRACKING_TABLE) : null;
  if (!readsWorkbookSettings(options.settings)) return checkWorkbook(snapshot, table, convention, today, convention, below);
  const rows = await workbookConvention(port, convention, snapshot);
  // The layout is compared with what a build from `convention` writes over the workbook's own period:
  // a value the user added on Listes is valid in rows, not a damaged Indicateurs sheet.
  const structure = conventionFromWorkbook(convention, snapshot);
  return checkWorkbook(snapshot, table, rows, today, structure, below);
}

/**
 * The convention the workbook behind `port` was built for: its period from the cells CONV_DEBUT and
 * CONV_FIN name, its lists from the Listes tables (entries the user added there included), `base`
 * for whatever cannot be read. Check and import judge rows against it.
 */
export async function workbookConvention(port: WorkbookPort, base: Convention, snapshot?: WorkbookSnapshot): Promise<Convention> {
  const read = snapshot ?? (await port.readSnapshot());
  return conventionFromWorkbook(base, read, await readLists(port));
}

async function readLists(port: WorkbookPort): Promise<WorkbookLists> {
  const [indicators, quartier, trancheAge, sexe] = await Promise.all([
    port.readTable(LIST_TABLE.indicators),
    port.readTable(LIST_TABLE.quartier),
    port.readTable(LIST_TABLE.trancheAge),
    port.readTable(LIST_TABLE.sexe),
  ]);
  const lists: WorkbookLists = {};
  if (indicators) {
    lists.indicators = indicators.grid.rows
      .map((row) => ({ code: row[0], label: row[1] }))
      .filter((i): i is { code: string; label: string } => typeof i.code === "string" && typeof i.label === "string" && i.label.trim() !== "")
      .map((i) => ({ code: i.code.trim(), label: i.label.trim() }));
  }
  if (quartier) lists.quartier = listColumn(quartier.grid);
  if (trancheAge) lists.trancheAge = listColumn(trancheAge.grid);
  if (sexe) lists.sexe = listColumn(sexe.grid);
  return lists;
}

/**
 * The report as `check --json` prints it and the pane downloads it: each finding with its message
 * said in the current language (the codes and cells stay as they are for programs that read it).
 */
export function reportJson(report: CheckReport, locale?: Locale): { ok: boolean; summary: CheckReport["summary"]; findings: (Omit<Finding, "text"> & { message: string })[] } {
  return { ok: report.ok, summary: report.summary, findings: report.findings.map(({ text, ...rest }) => ({ ...rest, message: say(text, locale) })) };
}
