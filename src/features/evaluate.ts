import { checkWorkbook, conventionFromWorkbook } from "../core/check";
import { SHEET, TRACKING_TABLE, type CellValue, type WorkbookSnapshot } from "../core/contract";
import { conventionYears, type Convention } from "../core/convention";
import {
  evaluate,
  evaluationPeriod,
  totalFinancing,
  yearFinancing,
  type EvaluationFigures,
  type FinancingInput,
  type PeriodRequest,
} from "../core/evaluation";
import { evaluationSheet, type EvaluationSheet, type SheetContext } from "../core/evaluation/sheet";
import { THRESHOLD_LABEL } from "../core/evaluation/sheet-text";
import { COSTS_TABLE, financingLayout, parametersLayout } from "../core/plan";
import { workbookConvention } from "./check";
import type { WorkbookPort } from "./port";
import { checkpoint, type WorkControl } from "./work";

export type EvaluationOutcome =
  | { ok: true; figures: EvaluationFigures; context: Omit<SheetContext, "handText">; convention: Convention }
  | { ok: false; reason: "format" | "outside" | "noTable" };

export interface EvaluateOptions {
  /** ISO date the evaluation is made (and that check judges future dates against). */
  today: string;
  /** Counts under this show as « < n »; undefined: the Paramètres setting, if any. */
  smallCountThreshold?: number;
  /**
   * Progress through the steps below, and a cancel at any of their safe points: preparing writes
   * nothing; the writers (Excel, file) take no cancel once they start writing (EVALUATION_STEPS.write).
   */
  work?: WorkControl;
}

/**
 * Where each step of an evaluation starts on the progress bar, from what it takes on 100 000 rows:
 * the read is most of it (the file's every sheet, or Excel's table in chunks), then the check of
 * every row, the figures, and the sheet written.
 */
export const EVALUATION_STEPS = { read: 0, check: 0.7, compute: 0.88, write: 0.95 } as const;

/** The threshold label on Paramètres (column A), compared without case. */
const thresholdLabel = THRESHOLD_LABEL.toLocaleLowerCase("fr-FR");

function cellsOf(snapshot: WorkbookSnapshot, sheet: string): Record<string, { value: CellValue }> {
  return snapshot.cells[sheet] ?? {};
}

/** The small-count threshold set on Paramètres: the number right of the label, 0 when absent. */
export function thresholdFromParameters(snapshot: WorkbookSnapshot): number {
  const cells = cellsOf(snapshot, SHEET.parameters);
  for (const [address, cell] of Object.entries(cells)) {
    const match = /^A(\d+)$/.exec(address);
    if (!match || typeof cell.value !== "string") continue;
    if (!cell.value.trim().toLocaleLowerCase("fr-FR").startsWith(thresholdLabel)) continue;
    const value = cells[`B${match[1]}`]?.value;
    return typeof value === "number" && value > 0 ? Math.floor(value) : 0;
  }
  return 0;
}

/**
 * Everything an evaluation shows, read through the port: the rows of Suivi, the settings and the
 * amounts typed on Paramètres and Financement, and the result of check at this moment.
 */
export async function prepareEvaluation(
  port: WorkbookPort,
  base: Convention,
  request: PeriodRequest,
  options: EvaluateOptions,
): Promise<EvaluationOutcome> {
  const { work } = options;
  const S = EVALUATION_STEPS;
  // One step for the snapshot and the table, as in check: the long read is in one or the other.
  await checkpoint(work, S.read, S.check, "read");
  const snapshot = await port.readSnapshot();
  const table = await port.readTable(TRACKING_TABLE);
  if (!table) return { ok: false, reason: "noTable" };
  const convention = await workbookConvention(port, base, snapshot);
  const found = evaluationPeriod(convention, request);
  if (!found.ok) return { ok: false, reason: found.reason };
  const period = found.period;
  await checkpoint(work, S.check, S.compute, "check");
  const report = checkWorkbook(snapshot, table, convention, options.today, conventionFromWorkbook(base, snapshot));
  await checkpoint(work, S.compute, S.write, "compute");
  const figures = evaluate(convention, period, table.headers, table.grid.rows);

  const params = cellsOf(snapshot, SHEET.parameters);
  const P = parametersLayout(convention).rows;
  const text = (address: string, fallback: string) => {
    const v = params[address]?.value;
    return typeof v === "string" && v.trim() !== "" ? v.trim() : typeof v === "number" ? String(v) : fallback;
  };
  const etpCell = params[`B${P.etp}`]?.value;
  const etp = typeof etpCell === "number" ? etpCell : convention.etp;
  const costs = await port.readTable(COSTS_TABLE);
  const costOf = (year: number): number | null => {
    const row = costs?.grid.rows.find((r) => r[0] === year);
    if (row) return typeof row[1] === "number" ? row[1] : null;
    return convention.annualCosts.find((a) => a.year === year)?.cost ?? null;
  };
  const F = financingLayout(convention);
  const fin = cellsOf(snapshot, SHEET.financing);
  const years = period.kind === "final" ? conventionYears(convention) : [Number(period.to.slice(0, 4))];
  const inputs: FinancingInput[] = years.map((year) => {
    const row = F.firstYearRow + F.years.indexOf(year);
    return {
      year,
      cost: costOf(year),
      etp,
      paidFirst: fin[`${F.col.firstPaid}${row}`]?.value ?? null,
      paidBalance: fin[`${F.col.balancePaid}${row}`]?.value ?? null,
    };
  });
  const financed = yearFinancing(inputs);

  return {
    ok: true,
    figures,
    convention,
    context: {
      number: text(`B${P.number}`, convention.number),
      partner: text(`B${P.partner}`, convention.partner),
      operator: text(`B${P.operator}`, convention.operator),
      madeOn: options.today,
      check: { errors: report.summary.errors, warnings: report.summary.warnings },
      smallCountThreshold: options.smallCountThreshold ?? thresholdFromParameters(snapshot),
      financing: { years: financed, total: period.kind === "final" ? totalFinancing(financed) : null },
    },
  };
}

/** The sheet of a prepared evaluation, keeping what the committee typed in an earlier version. */
export function sheetOf(
  outcome: Extract<EvaluationOutcome, { ok: true }>,
  handText?: SheetContext["handText"],
): EvaluationSheet {
  return evaluationSheet(outcome.figures, { ...outcome.context, ...(handText ? { handText } : {}) });
}

/** The `--json` shape: breakdowns count the job seekers received in the period. */
export function evaluationJson(figures: EvaluationFigures): Record<string, unknown> {
  const p = figures.period;
  const key: Record<string, unknown> =
    p.kind === "semester" ? { semester: p.label } : p.kind === "year" ? { year: Number(p.label) } : { final: true };
  const map = (lines: { label: string; count: number }[]) => Object.fromEntries(lines.map((l) => [l.label, l.count]));
  return {
    ...key,
    period: { start: p.from, end: p.to },
    indicators: figures.indicators.map((i) => ({
      code: i.code,
      label: i.label,
      value: i.value,
      previous: i.previous,
      yearToDate: i.yearToDate,
      conventionToDate: i.conventionToDate,
    })),
    byQuartier: map(figures.byQuartier),
    byAgeBand: map(figures.byAgeBand),
    bySex: map(figures.bySex),
    rows: figures.rows,
  };
}
