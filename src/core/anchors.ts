import { cellAddress, parseCell, parseRange } from "./a1";
import { SHEET, type WorkbookSnapshot } from "./contract";
import type { Convention } from "./convention";
import { COSTS_TABLE, financingLayout, indicatorsLayout, type LayoutAnchors } from "./plan";
import { FINANCING_TEXT } from "./plan-text";

/**
 * Where the existing workbook has the blocks whose size follows the period (see LayoutAnchors):
 * read from the snapshot, so that build and check lay the plan over the workbook as it is.
 */
export function layoutAnchors(snapshot: WorkbookSnapshot, c: Convention): LayoutAnchors {
  const anchors: LayoutAnchors = {};
  const costs = snapshot.tables.find((tb) => tb.name.toLowerCase() === COSTS_TABLE.toLowerCase());
  const costCells = costs ? snapshot.cells[costs.sheet] : undefined;
  if (costs && costCells) {
    const r = parseRange(costs.address);
    anchors.costYears = [];
    for (let row = r.top + 1; row <= r.bottom; row++) {
      const year = costCells[cellAddress(row, r.left)]?.value;
      // A row without a year keeps its place (0 matches no year of any period).
      anchors.costYears.push(typeof year === "number" ? year : 0);
    }
  }

  const financing = snapshot.cells[SHEET.financing];
  if (financing) {
    const F = financingLayout(c);
    let rows = 0;
    while (typeof financing[`A${F.firstYearRow + rows}`]?.value === "number") rows++;
    if (rows > 0) anchors.financingYearRows = rows;
    const title = FINANCING_TEXT.terminationTitle;
    for (const [address, cell] of Object.entries(financing)) {
      const at = parseCell(address);
      if (at?.col === 1 && cell.value === title && at.row > F.headerRow) anchors.terminationTitleRow = at.row;
    }
  }

  const indicators = snapshot.cells[SHEET.indicators];
  if (indicators) {
    const last = indicatorsLayout(c).periods.length + 2;
    const stale = Object.keys(indicators).filter((address) => (parseCell(address)?.col ?? 0) > last);
    if (stale.length > 0) anchors.indicatorsStale = stale.sort();
  }
  return anchors;
}

/**
 * Payments typed on a year row whose year the new period changes (a convention now starting a year
 * later or earlier): they stay on their row, which now reads another year. Said, never silent.
 */
export function paymentsOnChangedYears(
  snapshot: WorkbookSnapshot,
  c: Convention,
  anchors: LayoutAnchors,
): { row: number; was: number; now: number; cells: string }[] {
  const F = financingLayout(c, anchors);
  const cells = snapshot.cells[SHEET.financing] ?? {};
  const typed = [F.col.firstPaidOn, F.col.firstPaid, F.col.balancePaidOn, F.col.balancePaid];
  return F.years
    .map((now, i) => {
      const row = F.firstYearRow + i;
      const was = cells[`A${row}`]?.value;
      const filled = typed
        .map((column) => `${column}${row}`)
        .filter((address) => {
          const cell = cells[address];
          return cell !== undefined && cell.value !== null && cell.value !== "";
        });
      return { row, was: typeof was === "number" ? was : now, now, cells: filled.join(", ") };
    })
    .filter((entry) => entry.was !== entry.now && entry.cells !== "");
}

/** Payments typed on the rows of years a shorter period dropped: kept, and worth a word. */
export function stalePayments(
  snapshot: WorkbookSnapshot,
  c: Convention,
  anchors: LayoutAnchors,
): { row: number; year: string; cells: string }[] {
  const F = financingLayout(c, anchors);
  const cells = snapshot.cells[SHEET.financing] ?? {};
  const typed = [F.col.firstPaidOn, F.col.firstPaid, F.col.balancePaidOn, F.col.balancePaid];
  return F.staleYearRows
    .map((row) => ({
      row,
      year: String(cells[`A${row}`]?.value ?? ""),
      cells: typed
        .map((column) => `${column}${row}`)
        .filter((address) => {
          const cell = cells[address];
          return cell !== undefined && cell.value !== null && cell.value !== "";
        }),
    }))
    .filter((entry) => entry.cells.length > 0)
    .map((entry) => ({ ...entry, cells: entry.cells.join(", ") }));
}
