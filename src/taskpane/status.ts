// Where the workbook stands, for the home screen: built or not, rows, last entry, the next semi-annual
// evaluation, what remains to be paid this year. Read through the WorkbookPort (Excel or a file).
import { SHEET, TRACKING_TABLE } from "../core/contract";
import type { Convention } from "../core/convention";
import { serialToIso } from "../core/dates";
import { costEtp } from "../core/finance";
import { financingLayout } from "../core/plan";
import { countFilledRows, columnOf } from "../core/tracking-columns";
import type { WorkbookPort } from "../features/port";
import { workbookConvention } from "../features/workbook-convention";

export interface WorkbookStatus {
  /** Every sheet of the plan and the Suivi table are there. */
  built: boolean;
  missingSheets: string[];
  rows: number;
  /** ISO date of the latest act in Suivi, or null. */
  lastEntry: string | null;
  convention: Convention;
  /** ISO end of the semester that holds today (its evaluation comes next), null once the convention ended. */
  nextEvaluation: string | null;
  /** Euros still to pay for today's year (Financement, or computed from the settings), null when unknown. */
  remainingThisYear: number | null;
}

/** The last day of the semester holding `today`, within the convention; null after its end. */
export function nextEvaluationDue(today: string, convention: Pick<Convention, "start" | "end">): string | null {
  if (today > convention.end) return null;
  const from = today < convention.start ? convention.start : today;
  const year = from.slice(0, 4);
  const end = from.slice(5, 7) <= "06" ? `${year}-06-30` : `${year}-12-31`;
  return end > convention.end ? convention.end : end;
}

export async function workbookStatus(port: WorkbookPort, base: Convention, today: string): Promise<WorkbookStatus> {
  const snapshot = await port.readSnapshot();
  const table = await port.readTable(TRACKING_TABLE);
  const convention = await workbookConvention(port, base, snapshot);
  const missingSheets = Object.values(SHEET).filter((sheet) => !snapshot.sheets.includes(sheet));
  let lastEntry: number | null = null;
  if (table) {
    const at = table.headers.findIndex((h) => columnOf(h) === "Date");
    for (const row of table.grid.rows) {
      const value = row[at];
      if (typeof value === "number" && (lastEntry === null || value > lastEntry)) lastEntry = Math.floor(value);
    }
  }
  return {
    built: missingSheets.length === 0 && table !== null,
    missingSheets,
    rows: table ? countFilledRows(table.headers, table.grid) : 0,
    lastEntry: lastEntry === null ? null : serialToIso(lastEntry),
    convention,
    nextEvaluation: nextEvaluationDue(today, convention),
    remainingThisYear: remainingFor(Number(today.slice(0, 4)), convention, snapshot.cells[SHEET.financing] ?? {}),
  };
}

/**
 * What remains to pay for `year`: the Financement sheet's own figure when Excel computed it; otherwise
 * the year's cost (cost × FTE, rounded to the euro) minus the amounts typed as paid there.
 */
export function remainingFor(
  year: number,
  convention: Convention,
  cells: Record<string, { value?: unknown }>,
): number | null {
  const layout = financingLayout(convention);
  const index = layout.years.indexOf(year);
  if (index < 0) return null;
  const row = layout.firstYearRow + index;
  const shown = cells[`${layout.col.remaining}${row}`]?.value;
  if (typeof shown === "number") return shown;
  const cost = convention.annualCosts.find((c) => c.year === year)?.cost;
  if (cost === null || cost === undefined) return null;
  // The year's amount as Financement computes it: ROUND(ROUND(cost × FTE; 2); 0).
  const total = costEtp(costEtp(cost, convention.etp, 2), 1, 0);
  const paid = [layout.col.firstPaid, layout.col.balancePaid]
    .map((c) => cells[`${c}${row}`]?.value)
    .reduce<number>((sum, v) => sum + (typeof v === "number" ? v : 0), 0);
  return Math.round((total - paid) * 100) / 100;
}
