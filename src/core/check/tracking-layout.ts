import { columnLetters, columnNumber, parseRange } from "../a1";
import { SHEET, TRACKING_COLUMNS, TRACKING_TABLE, type WorkbookSnapshot } from "../contract";
import { LAST_ROW } from "../a1";
import type { PlanOp } from "../plan-types";

/**
 * The build's plan laid over where the Suivi table really is. The plan puts the table at Suivi!A1,
 * columns in contract order; users move it (a title above it), rename its sheet or insert columns.
 * Each drop-down of the tracking sheet then follows its column by heading (a Date rule must never
 * land on the Indicateur column), and the sheet is not created again, empty, when the table lives
 * on a sheet the user renamed. Check and build use it alike, so check reports what build repairs.
 */
export function planOverTrackingTable(plan: PlanOp[], snapshot: WorkbookSnapshot): PlanOp[] {
  const table = snapshot.tables.find((tb) => tb.name.toLowerCase() === TRACKING_TABLE.toLowerCase());
  if (!table) return plan;
  const { top, left } = parseRange(table.address);
  return plan.flatMap((op): PlanOp[] => {
    if (op.sheet !== SHEET.tracking) return [op];
    if (op.kind === "addSheet") return table.sheet === SHEET.tracking ? [op] : [];
    if (op.kind !== "setValidation") return [op];
    const planned = TRACKING_COLUMNS[columnNumber(/^[A-Z]+/.exec(op.address)?.[0] ?? "") - 1];
    const at = planned === undefined ? -1 : table.headers.indexOf(planned);
    // A column the user removed: check reports it as missing, there is nothing to validate.
    if (at < 0) return [];
    const letters = columnLetters(left + at);
    return [{ ...op, sheet: table.sheet, address: `${letters}${top + 1}:${letters}${LAST_ROW}` }];
  });
}
