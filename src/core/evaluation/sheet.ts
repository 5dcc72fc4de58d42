import { t } from "../../i18n";
import "../../i18n/areas/evaluation";
import { entry } from "../checked";
import { serialToFrench, isoToSerial } from "../dates";
import type { YearFinancing } from "./financing";
import type { EvaluationPeriod } from "./period";
import {
  DECISIONS_BLOCK,
  finalElements,
  INDICATOR_SECTIONS,
  OTHER_SECTION_TITLE,
  PLAN_QUESTIONS,
  type HandBlockSpec,
} from "./sections";
import { EVALUATION_TEXT as TEXT } from "./sheet-text";
import { maskSmall, type BreakdownLine, type EvaluationFigures } from "./tally";

/** The column headings the pane's preview shows too: from the i18n table, always in French here. */
const heading = (key: "eval.col.indicator" | "eval.col.value" | "eval.col.previous" | "eval.col.ctd") =>
  t(key, {}, "fr");

/** How a cell looks; each adapter maps these to its own formats. */
export type CellStyle =
  | "title"
  | "subtitle"
  | "alert"
  | "section"
  | "header"
  | "label"
  | "count"
  | "euro"
  | "text"
  | "detail"
  | "blockTitle"
  | "hand";

export interface SheetCell {
  value: string | number | null;
  style: CellStyle;
}

export interface SheetRow {
  cells: SheetCell[];
  /** Points; undefined keeps the default height. */
  height?: number;
}

export interface HandBlockPlace {
  id: string;
  /** 1-based sheet row of the block's title. */
  titleRow: number;
  /** Rows the committee types in (column A, merged over the width). */
  firstRow: number;
  lastRow: number;
}

export interface EvaluationSheet {
  name: string;
  /** Widths of columns A… in characters. */
  columns: number[];
  /** Row i is sheet row i + 1, cells from column A. */
  rows: SheetRow[];
  /** Merged ranges, A1 style. */
  merges: string[];
  /** Rows printed at the top of every page (1-based, inclusive). */
  printTitleRows: [number, number];
  /** Manual page breaks: a page starts at each of these rows. */
  pageBreaksBefore: number[];
  handBlocks: HandBlockPlace[];
}

export interface SheetContext {
  number: string;
  partner: string;
  operator: string;
  /** ISO date the evaluation is made. */
  madeOn: string;
  check: { errors: number; warnings: number };
  /** Counts of the typology under this are shown « < n » (0: all shown). */
  smallCountThreshold: number;
  financing: { years: YearFinancing[]; total: Omit<YearFinancing, "year"> | null };
  /** What the committee typed in a previous version, by block id, row by row. */
  handText?: Record<string, (string | null)[]>;
}

/** Rows the committee can type in per block. */
export const HAND_ROWS = 3;
const LAST_COLUMN = "F";

/** The sheet's name for a period: « Évaluation 2021-S1 », « Bilan 2021 », « Évaluation finale ». */
export function evaluationSheetName(period: Pick<EvaluationPeriod, "kind" | "label">): string {
  if (period.kind === "semester") return TEXT.sheetSemester(period.label);
  if (period.kind === "year") return TEXT.sheetYear(period.label);
  return TEXT.sheetFinal;
}

/** Name of the n-th archive of a sheet (n from 1), at most 31 characters as Excel requires. */
export function archiveSheetName(sheet: string, n: number): string {
  return TEXT.sheetArchive(n, sheet).slice(0, 31);
}

/** The text a hand block's title row starts with: its id, so a later version finds it again. */
export const blockTitle = (block: HandBlockSpec) => `${block.id} — ${block.title}`;

const french = (iso: string) => serialToFrench(isoToSerial(iso) as number) ?? iso;

/** Every block the committee fills by hand, in sheet order. */
export function handBlocks(partner: string, operator: string): HandBlockSpec[] {
  return [...PLAN_QUESTIONS, ...finalElements(partner, operator), DECISIONS_BLOCK];
}

/** The evaluation sheet: a snapshot of values, with the committee's blocks (their earlier text kept). */
export function evaluationSheet(figures: EvaluationFigures, ctx: SheetContext): EvaluationSheet {
  const rows: SheetRow[] = [];
  const merges: string[] = [];
  const pageBreaksBefore: number[] = [];
  const blocks: HandBlockPlace[] = [];
  const cell = (value: string | number | null, style: CellStyle): SheetCell => ({ value, style });
  const add = (...cells: SheetCell[]) => {
    rows.push({ cells });
    return rows.length;
  };
  const wide = (value: string, style: CellStyle, height?: number) => {
    rows.push({ cells: [cell(value, style)], ...(height ? { height } : {}) });
    merges.push(`A${rows.length}:${LAST_COLUMN}${rows.length}`);
    return rows.length;
  };
  const blank = () => rows.push({ cells: [] });
  const p = figures.period;

  // Header.
  wide(TEXT.title(evaluationSheetName(p), ctx.number), "title", 24);
  wide(TEXT.parties(ctx.partner, ctx.operator), "subtitle");
  wide(TEXT.period(french(p.from), french(p.to)), "text");
  wide(TEXT.madeOn(french(ctx.madeOn), figures.rows), "text");
  if (ctx.check.errors > 0) wide(TEXT.checkErrors(ctx.check.errors, ctx.check.warnings), "alert", 30);
  else wide(TEXT.checkOk(ctx.check.warnings), "text");
  if (ctx.smallCountThreshold > 0) wide(TEXT.masked(ctx.smallCountThreshold), "text");
  wide(TEXT.snapshot, "detail");
  blank();

  // Indicators, by section.
  wide(TEXT.indicators, "section");
  add(
    cell(heading("eval.col.indicator"), "header"),
    cell(heading("eval.col.value"), "header"),
    cell(heading("eval.col.previous"), "header"),
    cell(TEXT.change, "header"),
    cell(TEXT.yearToDate, "header"),
    cell(heading("eval.col.ctd"), "header"),
  );
  const placed = new Set<string>();
  const sections = [...INDICATOR_SECTIONS.map((s) => ({ title: s.title, codes: s.codes as readonly string[] }))];
  const others = figures.indicators
    .filter((i) => !INDICATOR_SECTIONS.some((s) => s.codes.includes(i.code)))
    .map((i) => i.code);
  if (others.length > 0) sections.push({ title: OTHER_SECTION_TITLE, codes: others });
  for (const section of sections) {
    const inSection = section.codes
      .map((code) => figures.indicators.find((i) => i.code === code))
      .filter((i) => i !== undefined && !placed.has(i.code));
    if (inSection.length === 0) continue;
    wide(section.title, "blockTitle");
    for (const ind of inSection) {
      placed.add(ind!.code);
      add(
        cell(ind!.label, "label"),
        cell(ind!.value, "count"),
        cell(ind!.previous, "count"),
        cell(ind!.change, "count"),
        cell(ind!.yearToDate, "count"),
        cell(ind!.conventionToDate, "count"),
      );
    }
  }
  blank();

  // Typology of the job seekers received.
  pageBreaksBefore.push(rows.length + 1);
  wide(TEXT.typology, "section");
  const typology = (title: string, lines: BreakdownLine[]) => {
    add(cell(title, "header"), cell(TEXT.count, "header"));
    for (const line of lines)
      add(
        cell(line.label, line.kind === "subtotal" ? "header" : "label"),
        cell(maskSmall(line.count, ctx.smallCountThreshold), "count"),
      );
  };
  typology(TEXT.byQuartier, figures.byQuartier);
  typology(TEXT.byAgeBand, figures.byAgeBand);
  typology(TEXT.bySex, figures.bySex);
  blank();

  // What the rows say in words.
  pageBreaksBefore.push(rows.length + 1);
  wide(TEXT.words, "section");
  for (const group of figures.words) {
    add(cell(group.title, "header"), cell(TEXT.count, "header"));
    if (group.entries.length === 0) add(cell(TEXT.wordsNone, "detail"));
    for (const entry of group.entries) {
      add(cell(entry.text, "label"), cell(entry.count, "count"));
      for (const d of entry.details) add(cell(`   ${d.text}`, "detail"), cell(d.count, "count"));
      for (const comment of entry.comments) add(cell(`   ${TEXT.wordsComment(comment)}`, "detail"));
    }
  }
  blank();

  // Financing.
  wide(p.kind === "final" ? TEXT.financingAll : TEXT.financing, "section");
  add(cell(TEXT.year, "header"), cell(TEXT.due, "header"), cell(TEXT.paid, "header"), cell(TEXT.remaining, "header"));
  for (const y of ctx.financing.years)
    add(cell(String(y.year), "label"), cell(y.due, "euro"), cell(y.paid, "euro"), cell(y.remaining, "euro"));
  if (ctx.financing.total) {
    const total = ctx.financing.total;
    add(cell(TEXT.total, "header"), cell(total.due, "euro"), cell(total.paid, "euro"), cell(total.remaining, "euro"));
  }
  if (ctx.financing.years.some((y) => y.due === null)) add(cell(TEXT.costUnknown, "detail"));
  blank();

  // Blocks the committee fills by hand.
  pageBreaksBefore.push(rows.length + 1);
  wide(TEXT.hand, "section");
  for (const block of handBlocks(ctx.partner, ctx.operator)) {
    if (block.id === "F.1") wide(TEXT.finalElements, "section");
    if (block.id === DECISIONS_BLOCK.id) wide(TEXT.decisions, "section");
    const titleRow = wide(blockTitle(block), "blockTitle");
    const kept = ctx.handText?.[block.id] ?? [];
    // Text typed beyond the usual rows (a longer answer) is kept too.
    const count = Math.max(HAND_ROWS, kept.length);
    for (let i = 0; i < count; i++) wide(kept[i] ?? "", "hand", 48);
    blocks.push({ id: block.id, titleRow, firstRow: titleRow + 1, lastRow: titleRow + count });
  }

  return {
    name: evaluationSheetName(p),
    columns: [62, 14, 14, 12, 14, 14],
    rows,
    merges,
    printTitleRows: [1, 2],
    pageBreaksBefore,
    handBlocks: blocks,
  };
}

/**
 * The committee's text in a sheet made earlier, by block id: the rows under each block title down to
 * the next title of any kind. `columnA` gives the text of column A by 1-based row (null when empty).
 */
export function readHandText(
  columnA: (row: number) => string | null,
  lastRow: number,
  partner: string,
  operator: string,
): Record<string, (string | null)[]> {
  const specs = handBlocks(partner, operator);
  const titles = new Map(specs.map((b) => [blockTitle(b), b.id]));
  const idOf = (text: string | null) => {
    if (text === null) return undefined;
    const exact = titles.get(text);
    if (exact) return exact;
    // A title whose question text changed still starts with its id.
    return specs.find((b) => text.startsWith(`${b.id} — `))?.id;
  };
  const stops = new Set<string>([TEXT.finalElements, TEXT.decisions]);
  const out: Record<string, (string | null)[]> = {};
  let current: string | undefined;
  for (let row = 1; row <= lastRow; row++) {
    const text = columnA(row);
    const id = idOf(text);
    if (id) {
      current = id;
      out[id] = [];
      continue;
    }
    if (text !== null && stops.has(text)) {
      current = undefined;
      continue;
    }
    if (current) entry(out, current).push(text);
  }
  // Trailing empty rows are not text.
  for (const id of Object.keys(out)) {
    const lines = entry(out, id);
    while (lines.length > 0 && (lines[lines.length - 1] === null || lines[lines.length - 1] === "")) lines.pop();
    if (lines.length === 0) delete out[id];
  }
  return out;
}
