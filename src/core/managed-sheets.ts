import { DEFINED_NAME, SHEET, type TableSnapshot } from "./contract";
import { COSTS_TABLE, LIST_TABLE } from "./plan";
import type { PlanOp } from "./plan-types";

/**
 * The managed sheets are found by what identifies them, not only by their name: a user may rename
 * Paramètres (Excel moves its defined names with it) or Listes (its tables go with it). The build
 * then repairs the renamed sheet instead of making a fresh default one and pointing the names at
 * it, which would silently drop the FTE and the yearly costs typed there.
 */

/** The sheet a defined name's formula points to ("'Mes paramètres'!$B$6" → "Mes paramètres"). */
export function sheetOfName(formula: string): string | null {
  const match = /^=?(?:'((?:[^']|'')+)'|([^!'=]+))!/.exec(formula.trim());
  if (!match) return null;
  // One of the two alternatives matched: the quoted name or the plain one.
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? null);
}

interface SheetsAndNames {
  sheets: readonly string[];
  tables: readonly Pick<TableSnapshot, "name" | "sheet">[];
  names: readonly { name: string; formula: string }[];
}

/** Where the workbook's Paramètres and Listes sheets really are (their default names otherwise). */
export function managedSheets(workbook: SheetsAndNames): { parameters: string; lists: string } {
  const exists = (sheet: string | null | undefined): sheet is string => !!sheet && workbook.sheets.includes(sheet);
  const tableSheet = (name: string) =>
    workbook.tables.find((tb) => tb.name.toLowerCase() === name.toLowerCase())?.sheet;
  const nameSheet = (name: string) => {
    const found = workbook.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
    return found ? sheetOfName(found.formula) : null;
  };
  const pick = (fallback: string, ...candidates: (string | null | undefined)[]): string => {
    if (workbook.sheets.includes(fallback)) return fallback;
    return candidates.find(exists) ?? fallback;
  };
  return {
    parameters: pick(
      SHEET.parameters,
      nameSheet(DEFINED_NAME.start),
      nameSheet(DEFINED_NAME.end),
      tableSheet(COSTS_TABLE),
    ),
    lists: pick(SHEET.lists, tableSheet(LIST_TABLE.indicators), tableSheet(LIST_TABLE.quartier)),
  };
}

/** The plan laid over the managed sheets' real names (a renamed sheet is repaired, not made again). */
export function planOverManagedSheets(plan: PlanOp[], workbook: SheetsAndNames): PlanOp[] {
  const actual = managedSheets(workbook);
  const rename = new Map<string, string>([
    [SHEET.parameters, actual.parameters],
    [SHEET.lists, actual.lists],
  ]);
  if ([...rename].every(([from, to]) => from === to)) return plan;
  return plan.map((op) => {
    const to = rename.get(op.sheet);
    return to === undefined || to === op.sheet ? op : { ...op, sheet: to };
  });
}
