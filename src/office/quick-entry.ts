// Quick entry in Excel: one row added to the Suivi table with the table's own row API, in one sync.
// Excel's co-authoring merges table row additions made by several people at once, where a write to a
// computed address (the row after the last one, as read a moment ago) would overwrite a colleague's row.
import { TRACKING_TABLE, type CellValue, type Grid } from "../core/contract";
import type { Convention } from "../core/convention";
import { workbookConvention } from "../features/workbook-convention";
import { t } from "../i18n";
import "../i18n/areas/office";
import { run } from "./run";
import { OfficeWorkbook, toApiCell } from "./workbook";

/** What the entry form needs to know of the workbook before the first row. */
export interface EntryTarget {
  convention: Convention;
  /** The Suivi table's headers and rows, or null when the workbook has no such table. */
  table: { headers: string[]; grid: Grid } | null;
}

/** Reads the convention the workbook was built for and the Suivi table (several syncs, once per sitting). */
export async function readEntryTarget(context: Excel.RequestContext, base: Convention): Promise<EntryTarget> {
  const port = new OfficeWorkbook(context);
  const convention = await workbookConvention(port, base);
  return { convention, table: await port.readTable(TRACKING_TABLE) };
}

/**
 * The row as Office.js takes it: null leaves a cell to the table (the Semestre formula), text never turns into a
 * formula.
 */
function apiRow(row: readonly CellValue[]): (string | number | boolean | null)[] {
  return row.map((cell) => {
    if (cell !== null && typeof cell === "object")
      throw new Error(t("office.error.errorValue", { row: 1, column: 1, error: cell.error }));
    return toApiCell(cell, false) as string | number | boolean | null;
  });
}

/**
 * Queues the addition of `row` (in the table's column order) at the end of the Suivi table with
 * `table.rows.add`; the caller's one sync sends it (Excel.run's closing sync: nothing else is read or
 * written, so the whole entry is one round trip).
 * `fillEmptyTable`: the table holds only the empty row Excel keeps in a new table; that row is filled
 * instead (a blank line would stay above the first act).
 */
export function queueEntryRow(context: Excel.RequestContext, row: readonly CellValue[], fillEmptyTable = false): void {
  const table = context.workbook.tables.getItem(TRACKING_TABLE);
  const values = [apiRow(row)] as (string | number | boolean)[][];
  if (fillEmptyTable) table.getDataBodyRange().getRow(0).values = values;
  else table.rows.add(undefined, values);
}

const sameCell = (shown: unknown, written: CellValue): boolean =>
  written === null ? true : typeof written === "string" ? String(shown ?? "") === written : shown === written;

/**
 * Removes the row this sitting added, and only it: the row at `index` (where it was expected to land)
 * if it still holds what was written, otherwise the last row that does (a colleague may have added or
 * removed rows meanwhile).
 * Returns false, changing nothing, when no row holds it any more.
 */
export async function removeEntryRow(
  context: Excel.RequestContext,
  index: number,
  row: readonly CellValue[],
): Promise<boolean> {
  const table = context.workbook.tables.getItem(TRACKING_TABLE);
  const body = table.getDataBodyRange().load("values");
  await context.sync();
  const holds = (values: unknown[] | undefined) =>
    values !== undefined && row.every((cell, c) => sameCell(values[c], cell));
  let at = holds(body.values[index]) ? index : -1;
  for (let i = body.values.length - 1; at < 0 && i >= 0; i--) if (holds(body.values[i])) at = i;
  if (at < 0) return false;
  table.rows.getItemAt(at).delete();
  await context.sync();
  return true;
}

/**
 * What the quick-entry screen asks of Excel, each one `run` of actions.ts: Excel.run waiting for a cell edit to end
 * (an interface so tests can stand in).
 */
export interface EntryActions {
  read(base: Convention): Promise<EntryTarget>;
  add(row: readonly CellValue[], fillEmptyTable: boolean): Promise<void>;
  remove(index: number, row: readonly CellValue[]): Promise<boolean>;
}

export const excelEntryActions: EntryActions = {
  read: (base) => run((context) => readEntryTarget(context, base)),
  add: (row, fillEmptyTable) => run(async (context) => queueEntryRow(context, row, fillEmptyTable)),
  remove: (index, row) => run((context) => removeEntryRow(context, index, row)),
};
