import { group } from "./checked";
import { DEFINED_NAME, type CellValue, type Grid, type WorkbookSnapshot } from "./contract";
import type { Convention } from "./convention";
import { EXTRA_NAME } from "./plan";

/**
 * The settings typed on a workbook's Paramètres sheet, found through the defined names that point at
 * them (so a renamed sheet is still found): number, parties, FTE, share paid on signature, and the
 * yearly costs of the CoutsAnnuels table. `base` (usually the workbook's period and lists already
 * read back) fills whatever cannot be read. The result is what `suivi-convention settings` prints.
 */
export function settingsFromWorkbook(base: Convention, snapshot: WorkbookSnapshot, costs: Grid | null): Convention {
  const numberCell = namedCell(snapshot, DEFINED_NAME.number);
  const text = (value: CellValue | undefined): string | undefined =>
    typeof value === "string" && value.trim() !== ""
      ? value.trim()
      : typeof value === "number"
        ? String(value)
        : undefined;
  const positive = (value: CellValue | undefined): number | undefined =>
    typeof value === "number" && value > 0 ? value : undefined;
  const below = (offset: number): CellValue | undefined =>
    numberCell
      ? snapshot.cells[numberCell.sheet]?.[`${numberCell.column}${numberCell.row + offset}`]?.value
      : undefined;
  const share = positive(namedValue(snapshot, EXTRA_NAME.share));
  return {
    ...base,
    number: text(numberCell?.value) ?? base.number,
    // Partner and operator sit under the number on the sheet that the build writes.
    partner: text(below(1)) ?? base.partner,
    operator: text(below(2)) ?? base.operator,
    etp: positive(namedValue(snapshot, DEFINED_NAME.etp)) ?? base.etp,
    instalmentShares: share !== undefined && share <= 1 ? [share, round(1 - share)] : base.instalmentShares,
    annualCosts: costs ? costsFromTable(base, costs) : base.annualCosts,
  };
}

function costsFromTable(base: Convention, grid: Grid): Convention["annualCosts"] {
  const read = grid.rows
    .filter((row) => typeof row[0] === "number" && Number.isInteger(row[0]))
    .map((row) => {
      const note = typeof row[2] === "string" && row[2].trim() !== "" ? row[2].trim() : undefined;
      return { year: row[0] as number, cost: typeof row[1] === "number" ? row[1] : null, ...(note ? { note } : {}) };
    });
  return read.length > 0 ? read : base.annualCosts;
}

const round = (x: number): number => Math.round(x * 1e9) / 1e9;

interface NamedCell {
  sheet: string;
  column: string;
  row: number;
  value: CellValue | undefined;
}

/** The cell a workbook-level name points at, with its value in the snapshot (undefined when not read). */
export function namedCell(snapshot: WorkbookSnapshot, name: string): NamedCell | null {
  const defined = snapshot.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  const target = defined && /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(defined.formula.replace(/^=/, ""));
  if (!target) return null;
  const sheet = group(target, 1).replace(/''/g, "'");
  const row = Number(target[3]);
  const column = group(target, 2);
  return { sheet, column, row, value: snapshot.cells[sheet]?.[`${column}${row}`]?.value };
}

function namedValue(snapshot: WorkbookSnapshot, name: string): CellValue | undefined {
  return namedCell(snapshot, name)?.value;
}
