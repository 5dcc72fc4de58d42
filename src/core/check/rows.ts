import { msg, type Message } from "../../i18n";
import "../../i18n/areas/check";
import "../../i18n/areas/common";
import { normalizeLabel } from "../catalogue";
import { at } from "../checked";
import { TRACKING_COLUMNS, type CellValue, type Grid, type TrackingColumn } from "../contract";
import type { Convention } from "../convention";
import { isoToSerial, parseDateText, serialToFrench } from "../dates";
import type { Finding, FindingCode, Severity } from "../findings";
import { COUNT_LIMITS, textMax } from "../limits";
import { headerKey } from "../tracking-columns";
import { screen } from "./guard";
import { maskIdentifier, type IdentifierHit } from "./identifiers";
import type { SensitiveCategory, SensitiveHit } from "./sensitive";
import { closestLabel, columnLetters, displayValue, isBlank, isErrorValue } from "./text";

export interface TrackingRowsInput {
  /** The table's header row, in column order. */
  headers: string[];
  /** Data rows; `grid.firstRow` is the sheet row of the first data row. */
  grid: Grid;
  convention: Convention;
  /** Today as ISO yyyy-mm-dd (passed in so that checks are reproducible). */
  today: string;
}

// Serials of 1990-01-01 and 2100-12-31: a number outside is a typo, not an act of the convention.
const PLAUSIBLE_FIRST = 32874;
const PLAUSIBLE_LAST = 73415;

/** Columns a rule applies to, found by header (case, accents and spaces tolerated). */
interface Layout {
  date: number;
  indicator: number;
  count: number;
  lists: {
    index: number;
    column: TrackingColumn;
    exact: Set<string>;
    allowed: Map<string, string>;
    labels: string[];
  }[];
  /** Précision, Commentaire and every column the user added. */
  freeText: number[];
  /** Columns whose content is compared for duplicates and scanned for error values. */
  input: number[];
  /** Text columns with a length limit (the table's validation, or Excel's cell limit). */
  lengths: { index: number; max: number; column: string }[];
}

function layoutOf(headers: string[], convention: Convention): Layout {
  const index = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = headerKey(String(h ?? ""));
    if (!index.has(key)) index.set(key, i);
  });
  const at = (column: TrackingColumn): number => index.get(headerKey(column)) ?? -1;
  const known = new Set(TRACKING_COLUMNS.map(headerKey));
  const listOf = (column: TrackingColumn, labels: string[]) => ({
    index: at(column),
    column,
    labels,
    exact: new Set(labels),
    allowed: new Map(labels.map((l) => [normalizeLabel(l), l])),
  });
  const semestre = at("Semestre");
  return {
    date: at("Date"),
    indicator: at("Indicateur"),
    count: at("Nombre"),
    lists: [
      listOf("Quartier", convention.lists.quartier),
      listOf("Tranche d'âge", convention.lists.trancheAge),
      listOf("Sexe", convention.lists.sexe),
    ].filter((l) => l.index >= 0),
    freeText: [
      at("Précision"),
      at("Commentaire"),
      ...headers.map((h, i) => (known.has(headerKey(String(h ?? ""))) ? -1 : i)),
    ].filter((i) => i >= 0),
    input: headers.map((_, i) => i).filter((i) => i !== semestre),
    lengths: headers
      .map((h, i) => {
        const column = TRACKING_COLUMNS.find((c) => headerKey(c) === headerKey(String(h ?? ""))) ?? null;
        return { index: i, max: textMax(column), column: String(h ?? "") };
      })
      .filter((l) => l.index !== semestre),
  };
}

/**
 * Checks every data row of the tracking table in one pass: dates, indicators, counts, list values,
 * error values, duplicates and personal data in free text. Blank rows (a table's spare rows at its
 * end, or a row emptied by hand) are skipped: they count for nothing.
 */
export function checkTrackingRows(input: TrackingRowsInput): Finding[] {
  const { grid, convention } = input;
  const layout = layoutOf(input.headers, convention);
  const letters = input.headers.map((_, i) => columnLetters(grid.firstColumn + i));
  const period = { start: isoToSerial(convention.start) ?? 0, end: isoToSerial(convention.end) ?? Infinity };
  const today = isoToSerial(input.today) ?? Infinity;
  const indicators = new Map(convention.indicators.map((i) => [normalizeLabel(i.label), i.label]));
  const indicatorLabels = convention.indicators.map((i) => i.label);
  const indicatorCodes = convention.indicators.map((i) => i.code);
  const suggestions = new Map<string, string | undefined>();
  const exactIndicators = new Set(convention.indicators.map((i) => i.label));
  const inputColumns = Int32Array.from(layout.input);
  // Rows by a hash of their values, in an open-addressing table (no allocation per row): each slot
  // holds a hash and 1 + the grid index of its first row (0: free slot), side by side to share a
  // cache line; later distinct rows with the same hash follow in a chain (−1 ends it). Equal
  // hashes are confirmed cell by cell.
  const capacity = 2 ** Math.ceil(Math.log2(2 * grid.rows.length + 2));
  const slots = new Int32Array(2 * capacity);
  const nextOfSameHash = new Int32Array(grid.rows.length).fill(-1);
  const scans = new Map<string, TextScan>();
  const findings: Finding[] = [];

  let row = 0;
  const add = (code: FindingCode, column: number, text: Message, severity: Severity = "error"): void => {
    findings.push({ code, severity, sheet: grid.sheet, cell: `${letters[column]}${row}`, row, text });
  };
  const cellOf = (column: number): string => `${letters[column]}${row}`;

  for (let r = 0; r < grid.rows.length; r++) {
    // Plain reads in the per-row and per-character loops: the generic `at` is not inlined there
    // (one call per character of every text was a third of the check); bounds come from the loops.
    const cells = grid.rows[r];
    if (cells === undefined) continue;
    // One pass over the input cells: blank or not, error values, and the duplicate hash.
    let filled = false;
    let errors = false;
    let hash = FNV_OFFSET;
    // A row shorter than the headers reads its missing cells as undefined: blank, like null.
    for (const column of inputColumns) {
      const value = cells[column];
      if (typeof value === "string") {
        if (value.length > 0 && (!isTrimmedSpace(value.charCodeAt(0)) || value.trim() !== "")) {
          filled = true;
          hash = hashText(hash, value);
        }
      } else if (typeof value === "number") {
        filled = true;
        hash = Math.imul(hash ^ (value | 0), FNV_PRIME);
        hash = Math.imul(hash ^ Math.round((value % 1) * 1e6), FNV_PRIME);
      } else if (typeof value === "boolean") {
        filled = true;
        hash = Math.imul(hash ^ (value ? 2 : 3), FNV_PRIME);
      } else if (value !== null && value !== undefined) {
        filled = errors = true;
        for (let i = 0; i < value.error.length; i++) hash = Math.imul(hash ^ value.error.charCodeAt(i), FNV_PRIME);
      }
      hash = Math.imul(hash ^ 31, FNV_PRIME); // column separator; blank strings hash like empty cells
    }
    if (!filled) continue;
    row = grid.firstRow + r;

    if (errors) {
      for (const c of inputColumns) {
        const value = cells[c];
        if (typeof value === "object" && value !== null)
          add("CELL_ERROR", c, msg("check.cellError", { cell: cellOf(c), value: value.error }));
      }
    }
    if (layout.date >= 0) checkDate(cells[layout.date] ?? null, layout.date);
    if (layout.indicator >= 0) checkIndicator(cells[layout.indicator] ?? null, layout.indicator);
    if (layout.count >= 0) checkCount(cells[layout.count] ?? null, layout.count);
    for (const list of layout.lists) {
      const value = cells[list.index] ?? null;
      if (typeof value === "string" && list.exact.has(value)) continue; // the usual case, first
      if (isBlank(value) || isErrorValue(value)) continue;
      if (typeof value === "string" && list.allowed.has(normalizeLabel(value))) continue;
      const closest = closestLabel(String(value), list.labels);
      const params = { cell: cellOf(list.index), value: displayValue(value), column: list.column };
      add(
        "VALUE_UNKNOWN",
        list.index,
        closest
          ? msg("check.valueUnknown", { ...params, closest })
          : msg("check.valueUnknown.noClosest", { ...params, allowed: list.labels.join(", ") }),
      );
    }
    for (const { index, max, column } of layout.lengths) {
      const value = cells[index];
      if (typeof value === "string" && value.length > max) {
        add(
          "TEXT_TOO_LONG",
          index,
          msg("check.textTooLong", { cell: cellOf(index), column, length: value.length, max }),
        );
      }
    }
    for (const c of layout.freeText) {
      const value = cells[c];
      if (typeof value === "string" && value.length > 0) checkFreeText(value, c);
    }
    hash = finalMix(hash);
    let slot = 2 * (hash & (capacity - 1));
    while (slots[slot + 1] !== 0 && slots[slot] !== hash) slot = (slot + 2) & (2 * capacity - 1);
    if (slots[slot + 1] === 0) {
      slots[slot] = hash;
      slots[slot + 1] = r + 1;
      continue;
    }
    let earlier = at(slots, slot + 1) - 1;
    let last = earlier;
    while (earlier >= 0 && !sameRow(at(grid.rows, earlier), cells, layout.input)) {
      last = earlier;
      earlier = at(nextOfSameHash, earlier);
    }
    if (earlier >= 0)
      add("DUPLICATE_ROW", 0, msg("check.duplicateRow", { row, first: grid.firstRow + earlier }), "warning");
    else nextOfSameHash[last] = r;
  }
  return findings;

  function checkDate(value: CellValue, c: number): void {
    // The usual case first: a plausible serial inside the period and not after today.
    if (typeof value === "number" && value >= PLAUSIBLE_FIRST && value < PLAUSIBLE_LAST + 1) {
      const serial = Math.floor(value);
      if (serial >= period.start && serial <= period.end && serial <= today) {
        if (serial !== value) warnTime(value, c);
        return;
      }
    }
    if (isErrorValue(value)) return;
    if (isBlank(value)) return add("DATE_MISSING", c, msg("check.dateMissing", { row, cell: cellOf(c) }));
    let serial: number;
    if (typeof value === "number") {
      if (!(value >= PLAUSIBLE_FIRST && value < PLAUSIBLE_LAST + 1)) {
        return add(
          "DATE_INVALID",
          c,
          msg("check.dateInvalid.implausible", { cell: cellOf(c), value: displayValue(value) }),
        );
      }
      serial = Math.floor(value);
      if (serial !== value) warnTime(value, c);
    } else if (typeof value === "string") {
      const parsed = parseDateText(value);
      if ("error" in parsed) {
        const key = parsed.error === "invalid" ? "check.dateInvalid.noSuchDay" : "check.dateInvalid.notADate";
        return add("DATE_INVALID", c, msg(key, { cell: cellOf(c), value: displayValue(value) }));
      }
      serial = parsed.serial;
      add("DATE_INVALID", c, msg("check.dateInvalid.text", { cell: cellOf(c), value: value.trim() }), "warning");
    } else {
      return add("DATE_INVALID", c, msg("check.dateInvalid.notADate", { cell: cellOf(c), value: displayValue(value) }));
    }
    const shown = (): string => serialToFrench(serial) ?? String(serial);
    if (serial < period.start || serial > period.end) {
      add(
        "DATE_OUT_OF_PERIOD",
        c,
        msg("check.dateOutOfPeriod", {
          cell: cellOf(c),
          value: shown(),
          start: serialToFrench(period.start) ?? convention.start,
          end: serialToFrench(period.end) ?? convention.end,
        }),
      );
    } else if (serial > today) {
      add(
        "DATE_IN_FUTURE",
        c,
        msg("check.dateInFuture", { cell: cellOf(c), value: shown(), today: serialToFrench(today) ?? input.today }),
      );
    }
  }

  /** A date pasted with its time of day: counted on its date, but worth a word. */
  function warnTime(value: number, c: number): void {
    const minutes = Math.round((value - Math.floor(value)) * 24 * 60);
    const time = `${String(Math.floor(minutes / 60) % 24).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
    add(
      "DATE_HAS_TIME",
      c,
      msg("check.dateHasTime", { cell: cellOf(c), value: serialToFrench(Math.floor(value)) ?? String(value), time }),
      "warning",
    );
  }

  function checkIndicator(value: CellValue, c: number): void {
    if (typeof value === "string" && exactIndicators.has(value)) return; // the usual case, first
    if (isErrorValue(value)) return;
    if (isBlank(value)) return add("INDICATOR_MISSING", c, msg("check.indicatorMissing", { row, cell: cellOf(c) }));
    const typed = String(value);
    if (typeof value === "string" && indicators.has(normalizeLabel(typed))) return;
    if (!suggestions.has(typed)) suggestions.set(typed, closestLabel(typed, indicatorLabels, indicatorCodes));
    const closest = suggestions.get(typed);
    const params = { cell: cellOf(c), value: displayValue(value) };
    add(
      "INDICATOR_UNKNOWN",
      c,
      closest ? msg("check.indicatorUnknown", { ...params, closest }) : msg("check.indicatorUnknown.noClosest", params),
    );
  }

  function checkCount(value: CellValue, c: number): void {
    if (value === null || isErrorValue(value) || isBlank(value)) return;
    let reason: "zero" | "negative" | "decimal" | "text" | "tooLarge" | null = null;
    if (typeof value === "number") {
      // the usual case, first
      if (value >= COUNT_LIMITS.min && value <= COUNT_LIMITS.max && Number.isInteger(value)) return;
      if (value > COUNT_LIMITS.max) reason = "tooLarge";
      else if (value === 0) reason = "zero";
      else if (value < 0) reason = "negative";
      else if (!Number.isInteger(value)) reason = "decimal";
    } else {
      reason = "text";
    }
    if (reason) {
      add(
        "COUNT_INVALID",
        c,
        msg("check.countInvalid", {
          cell: cellOf(c),
          value: displayValue(value),
          reason: msg(`check.countInvalid.${reason}`, { max: COUNT_LIMITS.max }),
        }),
      );
    }
  }

  function checkFreeText(text: string, c: number): void {
    let scan = scans.get(text);
    if (scan === undefined) {
      scan = scanFreeText(text);
      if (scans.size < MAX_REMEMBERED_TEXTS) scans.set(text, scan);
    }
    if (scan === NOTHING_FOUND) return;
    for (const { category, level, terms } of scan.sensitive) {
      add(
        "SENSITIVE_DATA",
        c,
        msg(level === "error" ? "check.sensitive" : "check.sensitive.review", {
          cell: cellOf(c),
          terms: quotedList(terms),
          category: msg(`check.category.${category}`),
          advice: msg(`check.advice.${category}`),
        }),
        level,
      );
    }
    for (const hit of scan.identifiers) {
      add(
        "PERSONAL_IDENTIFIER",
        c,
        msg(hit.level === "error" ? "check.identifier" : "check.identifier.review", {
          cell: cellOf(c),
          what: msg(`check.identifier.${hit.kind}`),
          masked: maskIdentifier(hit),
          advice: msg(`check.advice.${hit.kind}`),
        }),
        hit.level,
      );
    }
  }
}

/** What the personal-data rules find in one text (the same for every cell that holds it). */
interface TextScan {
  sensitive: { category: SensitiveCategory; level: "error" | "warning"; terms: string[] }[];
  identifiers: IdentifierHit[];
}

const NOTHING_FOUND: TextScan = { sensitive: [], identifiers: [] };
/** A counsellor's log repeats its wording: each distinct text is scanned once per check (memory capped). */
const MAX_REMEMBERED_TEXTS = 100_000;

/** « a », « b » and « c », quoted and joined in the reader's language. */
function quotedList(terms: readonly string[]): Message {
  const quoted = terms.map((term) => msg("text.quoted", { text: term }));
  return quoted.reduce((list, next, i) =>
    msg(i === quoted.length - 1 ? "text.and" : "text.comma", { first: list, second: next }),
  );
}

function scanFreeText(text: string): TextScan {
  const { sensitive, identifiers } = screen(text);
  if (sensitive.length === 0 && identifiers.length === 0) return NOTHING_FOUND;
  return { sensitive: groupByCategory(sensitive), identifiers };
}

/** One finding per category, level and cell (in order of first appearance), naming each distinct word once. */
function groupByCategory(hits: SensitiveHit[]): TextScan["sensitive"] {
  const groups = new Map<string, TextScan["sensitive"][number]>();
  for (const hit of hits) {
    const key = `${hit.category}/${hit.level}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { category: hit.category, level: hit.level, terms: [] }));
    if (!group.terms.some((term) => term.toLowerCase() === hit.text.toLowerCase())) group.terms.push(hit.text);
  }
  return [...groups.values()];
}

/** Text compared without surrounding spaces or case, blanks all alike: how the user sees values. */
function comparable(value: CellValue): CellValue {
  if (typeof value === "string") return value.trim().toLowerCase();
  return value;
}

function sameCell(a: CellValue, b: CellValue): boolean {
  const x = a === null || isBlank(a) ? null : comparable(a);
  const y = b === null || isBlank(b) ? null : comparable(b);
  if (x !== null && typeof x === "object") return y !== null && typeof y === "object" && x.error === y.error;
  return x === y;
}

function sameRow(a: CellValue[], b: CellValue[], columns: number[]): boolean {
  for (const c of columns) if (!sameCell(a[c] ?? null, b[c] ?? null)) return false;
  return true;
}

const FNV_OFFSET = 0x811c9dc5; // test/unit/check-rows-rest-rules.test.ts rebuilds the hash: change both
const FNV_PRIME = 0x01000193;

/** The characters String.prototype.trim removes (white space and line terminators). */
export function isTrimmedSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Murmur3's finaliser: spreads every bit of the hash into the low bits that pick a slot. */
function finalMix(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

// Lower case of each UTF-16 unit, filled on first sight; NO_SIMPLE_LOWER where lowering one unit
// alone may differ from lowering the text (final sigma, surrogate halves, one unit to several).
const LOWER = new Uint16Array(0x10000);
const NO_SIMPLE_LOWER = 0xffff;
for (let c = 0; c < 128; c++) LOWER[c] = c >= 65 && c <= 90 ? c + 32 : c;

function lowerUnit(code: number): number {
  const known = LOWER[code] ?? 0;
  if (known !== 0 || code === 0) return known;
  const lower = String.fromCharCode(code).toLowerCase();
  const simple = lower.length === 1 && code !== 0x3a3 && (code < 0xd800 || code > 0xdfff) && code !== NO_SIMPLE_LOWER;
  return (LOWER[code] = simple ? lower.charCodeAt(0) : NO_SIMPLE_LOWER);
}

/**
 * Adds the comparable form of `text` (trimmed, lower case) to an FNV-1a hash without building it,
 * one unit at a time; where that could differ from trim().toLowerCase(), hashes the latter.
 */
function hashText(hash: number, text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isTrimmedSpace(text.charCodeAt(start))) start++;
  while (end > start && isTrimmedSpace(text.charCodeAt(end - 1))) end--;
  let h = hash;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const lower = c < 128 ? (LOWER[c] ?? c) : lowerUnit(c);
    if (lower === NO_SIMPLE_LOWER) return hashComparable(hash, text.trim().toLowerCase());
    h = Math.imul(h ^ lower, FNV_PRIME);
  }
  return h;
}

function hashComparable(hash: number, comparableText: string): number {
  let h = hash;
  for (let i = 0; i < comparableText.length; i++) h = Math.imul(h ^ comparableText.charCodeAt(i), FNV_PRIME);
  return h;
}

export { countFilledRows } from "../tracking-columns";
