// What a workbook says about the convention it was built for (period, lists), read back without the
// check rules: the pane's home screen needs it at once, the checks only when asked for.
import { DEFINED_NAME, type CellValue, type Grid, type WorkbookSnapshot } from "./contract";
import type { Convention } from "./convention";
import { dateToSerial, serialToIso } from "./dates";
import { managedSheets } from "./managed-sheets";
import { namedCell } from "./settings";

/** Lists as the workbook's Listes sheet holds them (entries the user added there are valid). */
export interface WorkbookLists {
  indicators?: { code: string; label: string }[];
  quartier?: string[];
  trancheAge?: string[];
  sexe?: string[];
}

/**
 * The convention the workbook was built for: its period from the cells that CONV_DEBUT and
 * CONV_FIN name on Paramètres (value, or the DATE(…) formula of a never-recalculated file) and
 * its lists from Listes; whatever cannot be read comes from `base`.
 */
export function conventionFromWorkbook(
  base: Convention,
  snapshot: WorkbookSnapshot,
  lists: WorkbookLists = {},
): Convention {
  const start = namedDate(snapshot, DEFINED_NAME.start);
  const end = namedDate(snapshot, DEFINED_NAME.end);
  const period = start && end && start <= end ? { start, end } : {};
  const nonEmpty = (values: string[] | undefined, fallback: string[]): string[] =>
    values && values.length > 0 ? values : fallback;
  const indicators =
    lists.indicators && lists.indicators.length > 0
      ? lists.indicators.map((i) => ({
          code: i.code,
          label: i.label,
          group: base.indicators.find((b) => b.code === i.code)?.group ?? "",
        }))
      : base.indicators;
  return {
    ...base,
    ...period,
    indicators,
    lists: {
      quartier: nonEmpty(lists.quartier, base.lists.quartier),
      trancheAge: nonEmpty(lists.trancheAge, base.lists.trancheAge),
      sexe: nonEmpty(lists.sexe, base.lists.sexe),
    },
  };
}

function namedDate(snapshot: WorkbookSnapshot, name: string): string | null {
  const target = namedCell(snapshot, name);
  // The name may follow a renamed Paramètres sheet (Excel moves names with their sheet).
  if (!target || target.sheet !== managedSheets(snapshot).parameters) return null;
  const cell = snapshot.cells[target.sheet]?.[`${target.column}${target.row}`];
  if (!cell) return null;
  if (typeof cell.value === "number") return serialToIso(cell.value);
  const formula = cell.formula && /^DATE\((\d{4}),(\d{1,2}),(\d{1,2})\)$/i.exec(cell.formula.replace(/\s/g, ""));
  if (formula) {
    const serial = dateToSerial(Number(formula[1]), Number(formula[2]), Number(formula[3]));
    return serial === null ? null : serialToIso(serial);
  }
  return null;
}

/** Text entries of a one-column list table's rows (blanks and non-text dropped). */
export function listColumn(grid: Grid, column = 0): string[] {
  return grid.rows
    .map((row) => row[column] ?? null)
    .filter((value: CellValue): value is string => typeof value === "string" && value.trim() !== "")
    .map((value) => value.trim());
}
