import { msg } from "../i18n";
import "../i18n/areas/build";
import { areaBounds, cellAddress, parseCell } from "./a1";
import type { CellSnapshot, CellValue, ValidationSnapshot, WorkbookSnapshot } from "./contract";
import type { PlanCell, PlanOp, RepairChange } from "./plan-types";

/**
 * A formula as Excel may store it back: case, spaces outside text, sheet-name quotes, `_xlfn.`
 * prefixes and the `[@Col]` shorthand all vary without changing the meaning.
 */
export function normalizeFormula(formula: string): string {
  let out = "";
  let inText = false;
  const f = formula.replace(/^=/, "");
  for (let i = 0; i < f.length; i++) {
    const ch = f.charAt(i);
    if (ch === '"') inText = !inText;
    if (inText || ch === '"') out += ch;
    else if (!/\s/.test(ch) && ch !== "'") out += ch.toUpperCase();
  }
  return out
    .replace(/_XLFN\./g, "")
    .replace(/\[@\[?([^\]]+)\]?\]/g, "[[#THISROW],[$1]]")
    .replace(/\[#THIS ROW\]/g, "[#THISROW]");
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || v === "";
}

/** Whether the cell already holds what the plan wants. */
export function cellMatches(planned: PlanCell, actual: CellSnapshot | undefined): boolean {
  if (planned !== null && typeof planned === "object" && "formula" in planned) {
    return actual?.formula !== undefined && normalizeFormula(actual.formula) === normalizeFormula(planned.formula);
  }
  if (actual?.formula !== undefined) return false;
  const value = actual?.value ?? null;
  if (isBlank(planned as CellValue)) return isBlank(value);
  if (typeof planned === "number" && typeof value === "number") return Math.abs(planned - value) < 1e-9;
  return planned === value;
}

function rangeContains(range: string, row: number, col: number): boolean {
  return range.split(/\s+/).some((part) => {
    const area = areaBounds(part);
    return !!area && row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
  });
}

function sameSource(a: string | undefined, b: string): boolean {
  return normalizeFormula(a ?? "").replace(/\$/g, "") === normalizeFormula(b).replace(/\$/g, "");
}

function hasValidation(validations: ValidationSnapshot[], op: Extract<PlanOp, { kind: "setValidation" }>): boolean {
  // First and last cell of a short range: one the layout lengthened (a year added) is not covered
  // by the old rule. Whole-column rules are read back by the adapters over the rows in use only.
  const [a = "", b] = op.address.split(":");
  const first = parseCell(a);
  const last = parseCell(b ?? a);
  if (!first || !last) return false;
  const corners = last.row - first.row < 1000 ? [first, last] : [first];
  return corners.every((corner) =>
    validations.some(
      (v) =>
        v.sheet === op.sheet &&
        v.type === op.rule.type &&
        rangeContains(v.address, corner.row, corner.col) &&
        (op.rule.type !== "list" || sameSource(v.source, op.rule.source)),
    ),
  );
}

function sameName(formula: string, op: Extract<PlanOp, { kind: "defineName" }>): boolean {
  return (
    normalizeFormula(formula).replace(/\$/g, "") === normalizeFormula(`${op.sheet}!${op.address}`).replace(/\$/g, "")
  );
}

/**
 * The operations that bring `snapshot` to what `plan` wants, each with a French sentence.
 * Whole sheets that are missing are created from their ops; on existing sheets only what is
 * missing or damaged is rewritten, and cells the user owns are left alone.
 */
export function planRepair(snapshot: WorkbookSnapshot, plan: PlanOp[]): RepairChange[] {
  const changes: RepairChange[] = [];
  const newSheets = new Set<string>();
  const tables = new Set(snapshot.tables.map((tb) => tb.name.toLowerCase()));
  const existingSheets = new Set(snapshot.sheets);
  for (const op of plan) {
    switch (op.kind) {
      case "addSheet":
        if (!existingSheets.has(op.sheet)) {
          newSheets.add(op.sheet);
          changes.push({ op, text: msg("build.repair.sheetAdded", { sheet: op.sheet }) });
        }
        break;
      case "writeCells": {
        if (newSheets.has(op.sheet)) {
          changes.push({ op, text: msg("build.repair.cellsWritten", { sheet: op.sheet, address: op.address }) });
          break;
        }
        if (op.repair === "createOnly") {
          if (op.layoutAdded)
            changes.push({ op, text: msg("build.repair.cellsPrepared", { sheet: op.sheet, address: op.address }) });
          break;
        }
        const cells = snapshot.cells[op.sheet] ?? {};
        const origin = parseCell(op.address);
        if (!origin) break;
        op.cells.forEach((row, i) =>
          row.forEach((planned, j) => {
            const address = cellAddress(origin.row + i, origin.col + j);
            const actual = cells[address];
            const fill = op.repair === "fillEmpty";
            if (
              fill ? !(isBlank(actual?.value ?? null) && actual?.formula === undefined) : cellMatches(planned, actual)
            )
              return;
            const isFormula = planned !== null && typeof planned === "object" && "formula" in planned;
            const key = fill
              ? "build.repair.valueFilled"
              : isFormula
                ? "build.repair.formulaRestored"
                : "build.repair.cellRestored";
            changes.push({
              op: { ...op, address, cells: [[planned]] },
              text: msg(key, { sheet: op.sheet, address }),
            });
          }),
        );
        break;
      }
      case "addTable":
        if (!tables.has(op.name.toLowerCase())) {
          changes.push({ op, text: msg("build.repair.tableAdded", { table: op.name, sheet: op.sheet }) });
        }
        // A lost column cannot be put back without moving the user's data: missingTableColumns
        // reports it and nothing is changed.
        break;
      case "setValidation":
        if (newSheets.has(op.sheet) || !hasValidation(snapshot.validations, op)) {
          changes.push({
            op,
            text: newSheets.has(op.sheet)
              ? msg("build.repair.validationAdded", { sheet: op.sheet, address: op.address })
              : msg("build.repair.validationRestored", { sheet: op.sheet, address: op.address }),
          });
        }
        break;
      case "defineName": {
        const existing = snapshot.names.find((n) => n.name.toLowerCase() === op.name.toLowerCase());
        if (!existing) changes.push({ op, text: msg("build.repair.nameAdded", { name: op.name }) });
        else if (!sameName(existing.formula, op))
          changes.push({
            op,
            text: msg("build.repair.nameRestored", { name: op.name, address: `${op.sheet}!${op.address}` }),
          });
        break;
      }
      case "moveCells": {
        const source = snapshot.cells[op.sheet]?.[op.from];
        if (source && (source.formula !== undefined || !isBlank(source.value))) {
          changes.push({ op, text: msg("build.repair.cellMoved", { sheet: op.sheet, from: op.from, to: op.to }) });
        }
        break;
      }
      case "freezeRows":
      case "setColumnWidths":
        // Layout is not in the snapshot: set it on sheets the build creates, never re-impose it.
        if (newSheets.has(op.sheet)) changes.push({ op, text: msg("build.repair.layout", { sheet: op.sheet }) });
        break;
    }
  }
  return changes;
}

/** Columns of the plan's tables that the workbook lacks (reported by the build, not repaired). */
export function missingTableColumns(snapshot: WorkbookSnapshot, plan: PlanOp[]): { table: string; column: string }[] {
  const out: { table: string; column: string }[] = [];
  for (const op of plan) {
    if (op.kind !== "addTable") continue;
    const actual = snapshot.tables.find((tb) => tb.name.toLowerCase() === op.name.toLowerCase());
    if (!actual) continue;
    for (const column of op.headers) if (!actual.headers.includes(column)) out.push({ table: op.name, column });
  }
  return out;
}
