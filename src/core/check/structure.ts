import { msg } from "../../i18n";
import "../../i18n/areas/check";
import { group } from "../checked";
import { SHEET, TRACKING_TABLE, type WorkbookSnapshot } from "../contract";
import type { Finding } from "../findings";
import type { PlanCell, PlanOp } from "../plan-types";
import { missingTableColumns, planRepair } from "../repair";
import { columnLetters, displayValue } from "./text";

/** Sheets whose formulas compute what the committee and finance staff read. */
const COMPUTED_SHEETS: readonly string[] = [SHEET.indicators, SHEET.financing];

const isFormula = (cell: PlanCell): cell is { formula: string } =>
  cell !== null && typeof cell === "object" && "formula" in cell;

function firstCell(address: string): { cell: string; row: number | null } {
  const match = /^\$?([A-Z]+)\$?(\d+)/.exec(address);
  return match ? { cell: `${match[1]}${match[2]}`, row: Number(match[2]) } : { cell: "", row: null };
}

/**
 * What the workbook lacks compared with the build's plan. It asks the repair planner what a
 * repair would change, so that check reports exactly what « Construire / réparer » would fix.
 */
export function checkStructure(snapshot: WorkbookSnapshot, plan: PlanOp[]): Finding[] {
  const hint = msg("check.repairHint");
  const findings: Finding[] = [];
  const missingSheets = new Set<string>();
  for (const { op } of planRepair(snapshot, plan)) {
    switch (op.kind) {
      case "addSheet":
        missingSheets.add(op.sheet);
        findings.push({
          code: "SHEET_MISSING",
          severity: "error",
          sheet: op.sheet,
          cell: "",
          row: null,
          text: msg("check.sheetMissing", { sheet: op.sheet, hint }),
        });
        break;
      case "addTable":
        if (missingSheets.has(op.sheet)) break;
        findings.push({
          code: "TABLE_MISSING",
          severity: "error",
          sheet: op.sheet,
          cell: "",
          row: null,
          text: msg("check.tableMissing", { table: op.name, sheet: op.sheet, hint }),
        });
        break;
      case "defineName":
        if (missingSheets.has(op.sheet)) break;
        findings.push({
          code: "NAME_MISSING",
          severity: "error",
          sheet: op.sheet,
          cell: "",
          row: null,
          text: msg("check.nameMissing", { name: op.name, expected: `${op.sheet}!${op.address}`, hint }),
        });
        break;
      case "writeCells": {
        const planned = op.cells[0]?.[0];
        if (
          missingSheets.has(op.sheet) ||
          !COMPUTED_SHEETS.includes(op.sheet) ||
          planned === undefined ||
          !isFormula(planned)
        )
          break;
        const where = firstCell(op.address);
        const actual = snapshot.cells[op.sheet]?.[where.cell];
        const found =
          actual?.formula !== undefined
            ? `=${actual.formula}`
            : actual && actual.value !== null
              ? `« ${displayValue(actual.value)} »`
              : msg("check.formulaAltered.empty");
        findings.push({
          code: "FORMULA_ALTERED",
          severity: "error",
          sheet: op.sheet,
          ...where,
          text: msg("check.formulaAltered", { cell: where.cell, sheet: op.sheet, found, hint }),
        });
        break;
      }
      case "setValidation": {
        if (missingSheets.has(op.sheet)) break;
        const where = firstCell(op.address);
        findings.push({
          code: "VALIDATION_MISSING",
          severity: "error",
          sheet: op.sheet,
          ...where,
          text: msg("check.validationMissing", { cell: op.address, sheet: op.sheet, hint }),
        });
        break;
      }
      default:
        break;
    }
  }
  const tracking = snapshot.tables.find((tb) => tb.name.toLowerCase() === TRACKING_TABLE.toLowerCase());
  const planned = plan.find(
    (op): op is Extract<PlanOp, { kind: "addTable" }> => op.kind === "addTable" && op.name === TRACKING_TABLE,
  );
  if (tracking && planned) {
    const origin = /^\$?([A-Z]+)\$?(\d+)/.exec(tracking.address);
    const left = origin ? [...group(origin, 1)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : 1;
    const top = origin ? Number(group(origin, 2)) : 1;
    for (const { table, column } of missingTableColumns(snapshot, plan)) {
      if (table !== TRACKING_TABLE) continue;
      const cell = `${columnLetters(left + planned.headers.indexOf(column))}${top}`;
      findings.push({
        code: "COLUMN_MISSING",
        severity: "error",
        sheet: tracking.sheet,
        cell,
        row: top,
        text: msg("check.columnMissing", { column, hint }),
      });
    }
  }
  return findings;
}
