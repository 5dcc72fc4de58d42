import type { SaxesTagPlain } from "saxes";
import type { CellValue } from "../../core/contract";
import { shiftFormula } from "./formula";
import { newParser, streamXml, unescapeCellText, type XmlFeed } from "./xml";
import type { ZipEntry } from "./zip";

/*
 * Streaming reads of worksheets and shared strings: one pass of a SAX parser over the inflated
 * text, keeping only the cells asked for. A 100 000-row sheet is never held as text or as a tree.
 */

export interface CellRead {
  value: CellValue;
  /** Formula text without "=", shared formulas translated to the cell. */
  formula?: string;
  /** Index into the styles' cellXfs, when the cell has one. */
  style?: number;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ValidationRead {
  type: string;
  sqref: string;
  formula1?: string;
}

export interface SheetRead {
  /** Cells read with their formula and style, by row then column (all cells, or the detail rows). */
  rows: Map<number, Map<number, CellRead>>;
  /**
   * Values only of the cells inside the regions, indexed by row number; in a row, index 0 is column
   * `valuesLeft`. Compact (no object per cell, no map entry per row) for the 100 000 rows of a table.
   */
  values: (CellValue[] | undefined)[];
  valuesLeft: number;
  validations: ValidationRead[];
  merges: Rect[];
  /** Last row number of the sheet's rows (with or without cells). */
  lastRow: number;
  /** Last row number with a value or formula, per column of interest (for adopting table data). */
  lastFilledRow: Map<number, number>;
  /** Column styles from <cols> (1-based column → style index). */
  columnStyles: Map<number, number>;
  /** Element name prefix of the main namespace ("" or "x:"). */
  prefix: string;
}

/** The shared strings of a workbook, in order (rich text flattened, phonetic runs left out). */
export function readSharedStrings(entry: ZipEntry | undefined, feed: XmlFeed = streamXml): string[] {
  const strings: string[] = [];
  if (!entry) return strings;
  const parser = newParser();
  let current: string | null = null;
  let phonetic = 0;
  const onText = (text: string): void => {
    if (current !== null) current += text;
  };
  // Text is taken inside <t> only (see readSheet: no handler, no text work in the parser).
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const name = local(tag.name);
    if (name === "si") current = "";
    else if (name === "t" && phonetic === 0) parser.on("text", onText);
    else if (name === "rPh") phonetic++;
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    const name = local(tag.name);
    if (name === "si") {
      strings.push(unescapeCellText(current ?? ""));
      current = null;
    } else if (name === "t") parser.off("text");
    else if (name === "rPh") phonetic--;
  });
  feed(entry, parser);
  return strings;
}

const local = (name: string): string => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/** Row and column of an A1 reference ("AB12" → 12, 28), or null. */
export function splitRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + code - 64;
    else if (code >= 97 && code <= 122) col = col * 26 + code - 96;
    else if (code !== 36) break;
  }
  let row = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 48 && code <= 57) row = row * 10 + code - 48;
    else if (code !== 36) return null;
  }
  return col > 0 && row > 0 ? { row, col } : null;
}

/** The column of an A1 reference ("AB12" → 28), 0 when it has none: no object per cell. */
function columnOfRef(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + code - 64;
    else if (code >= 97 && code <= 122) col = col * 26 + code - 96;
    else if (code !== 36) break;
  }
  return col;
}

export function parseRect(ref: string): Rect | null {
  const [a, b] = ref.split(":");
  const start = splitRef(a);
  const end = b === undefined ? start : splitRef(b);
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

const MS_PER_DAY = 86_400_000;
const EPOCH_SERIAL = 25569;

function isoDateToSerial(text: string): number | null {
  const time = Date.parse(
    /[zZ]|[+-]\d\d:\d\d$/.test(text) ? text : `${text}${text.includes("T") ? "Z" : "T00:00:00Z"}`,
  );
  return Number.isNaN(time) ? null : time / MS_PER_DAY + EPOCH_SERIAL;
}

export interface SheetReadOptions {
  /** Keep every cell (the small managed sheets), or only those inside these rectangles. */
  all?: boolean;
  regions?: Rect[];
  /** Rows of the regions whose cells are also kept with formula and style (in `rows`). */
  detailRows?: Set<number> | "all";
  /** Keep formulas (translated) and styles of the cells kept. */
  formulas?: boolean;
}

/**
 * Reads one worksheet in a single streaming pass: the cells asked for, data validations (those of
 * the x14 extension list included), merged ranges and the used extent.
 */
export function readSheet(
  entry: ZipEntry,
  sharedStrings: () => string[],
  options: SheetReadOptions,
  feed: XmlFeed = streamXml,
): SheetRead {
  const regions = options.regions ?? [];
  const valuesLeft = regions.length > 0 ? Math.min(...regions.map((r) => r.left)) : 1;
  const valuesWidth = regions.length > 0 ? Math.max(...regions.map((r) => r.right)) - valuesLeft + 1 : 0;
  const result: SheetRead = {
    rows: new Map(),
    values: [],
    valuesLeft,
    validations: [],
    merges: [],
    lastRow: 0,
    lastFilledRow: new Map(),
    columnStyles: new Map(),
    prefix: "",
  };
  const details = options.detailRows;
  const all = options.all === true;
  const allDetailed = all || details === "all";
  const detailSet = details instanceof Set ? details : null;
  const detailed = (row: number): boolean => allDetailed || (detailSet !== null && detailSet.has(row));
  const single = regions.length === 1 ? regions[0] : null;
  const wanted = (row: number, col: number): boolean => {
    if (all) return true;
    // The usual case: one table's columns, tested without a loop.
    if (single) return row >= single.top && row <= single.bottom && col >= single.left && col <= single.right;
    for (const r of regions) if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) return true;
    return false;
  };
  // Columns of interest, by number (for lastFilledRow): a lookup per cell, no search.
  const watched = new Uint8Array(regions.length > 0 ? Math.max(...regions.map((r) => r.right)) + 1 : 0);
  for (const r of regions) watched.fill(1, r.left, r.right + 1);
  // Last filled row per watched column: an array write per cell (a Map was a tenth of the read).
  const lastFilled = new Float64Array(watched.length);
  // The values row being filled (one Map lookup per row, not per cell).
  let valuesRowNumber = -1;
  let valuesRow: CellValue[] | null = null;
  let rowDetailed = false;
  let strings: string[] | null = null;
  const sst = (): string[] => (strings ??= sharedStrings());

  // Shared formulas: the master's text and position, by index.
  const sharedMasters = new Map<string, { formula: string; row: number; col: number }>();

  const parser = newParser();
  let rowNumber = 0;
  let colNumber = 0;
  // Current cell.
  let keep = false;
  let type = "";
  let style: string | undefined;
  let valueText: string | null = null;
  let formulaText: string | null = null;
  let formulaShared: string | null = null;
  let inlineText: string | null = null;
  // Which text node we are in: 1 <v>, 2 <f>, 3 <is><t>, 4 validation formula1, 5 x14 sqref.
  let textTarget = 0;
  let phonetic = 0;
  let validation: ValidationRead | null = null;
  let depth = 0;
  let mainPrefix = "";
  // The text handler is attached only inside the elements whose text is read: without one, the
  // parser neither slices nor joins text (a formula's entities in every row were a third of the read).
  const setTarget = (target: number): void => {
    if (target === textTarget) return;
    if (target === 0) parser.off("text");
    else if (textTarget === 0) parser.on("text", onText);
    textTarget = target;
  };

  parser.on("opentag", (tag: SaxesTagPlain) => {
    depth++;
    const raw = tag.name;
    const name = mainPrefix && raw.startsWith(mainPrefix) ? raw.slice(mainPrefix.length) : raw;
    switch (name) {
      case "c": {
        const a = tag.attributes as Record<string, string>;
        const ref = a.r;
        if (ref !== undefined) {
          const col = columnOfRef(ref);
          if (col > 0) colNumber = col;
        } else colNumber++;
        type = a.t ?? "";
        style = a.s;
        keep = wanted(rowNumber, colNumber);
        valueText = null;
        formulaText = null;
        formulaShared = null;
        inlineText = null;
        if (rowNumber > result.lastRow) result.lastRow = rowNumber;
        return;
      }
      case "v":
        setTarget(1);
        valueText = "";
        return;
      case "f": {
        const a = tag.attributes as Record<string, string>;
        formulaText = "";
        if (a.t === "shared" && a.si !== undefined) formulaShared = a.si;
        // The text matters for the cells kept with details and for shared formulas' masters (the
        // cells below translate it); elsewhere a formula only says the cell is filled.
        setTarget((keep && rowDetailed) || (formulaShared !== null && a.ref !== undefined) ? 2 : 0);
        return;
      }
      case "row": {
        const r = (tag.attributes as Record<string, string>).r;
        rowNumber = r !== undefined ? Number(r) : rowNumber + 1;
        colNumber = 0;
        rowDetailed = options.formulas !== false && detailed(rowNumber);
        // A row without cells (a height, a style) still takes its place in the order of rows.
        if (rowNumber > result.lastRow) result.lastRow = rowNumber;
        return;
      }
      case "is":
        inlineText = "";
        return;
      case "t":
        if (inlineText !== null && phonetic === 0) setTarget(3);
        return;
      case "rPh":
        phonetic++;
        return;
      case "col": {
        const a = tag.attributes as Record<string, string>;
        if (a.style !== undefined) {
          for (let c = Number(a.min); c <= Number(a.max) && c - Number(a.min) < 16384; c++)
            result.columnStyles.set(c, Number(a.style));
        }
        return;
      }
      case "mergeCell": {
        const rect = parseRect((tag.attributes as Record<string, string>).ref ?? "");
        if (rect) result.merges.push(rect);
        return;
      }
      case "dataValidation": {
        const a = tag.attributes as Record<string, string>;
        validation = { type: a.type ?? "any", sqref: a.sqref ?? "" };
        result.validations.push(validation);
        return;
      }
      case "formula1":
        if (validation) setTarget(4);
        return;
      default:
        if (depth === 1) {
          const colon = raw.indexOf(":");
          mainPrefix = colon < 0 ? "" : raw.slice(0, colon + 1);
          result.prefix = mainPrefix;
          return;
        }
        // Validations in the x14 extension list: <x14:dataValidation> <x14:formula1><xm:f> <xm:sqref>.
        if (raw.endsWith(":dataValidation")) {
          const a = tag.attributes as Record<string, string>;
          validation = { type: a.type ?? "any", sqref: "" };
          result.validations.push(validation);
        } else if (validation && raw.endsWith(":formula1")) setTarget(4);
        else if (validation && raw.endsWith(":sqref")) setTarget(5);
    }
  });

  function onText(text: string): void {
    switch (textTarget) {
      case 1:
        valueText += text;
        return;
      case 2:
        formulaText += text;
        return;
      case 3:
        inlineText += text;
        return;
      case 4:
        if (validation) validation.formula1 = (validation.formula1 ?? "") + text;
        return;
      case 5:
        if (validation) validation.sqref += text;
        return;
    }
  }

  parser.on("closetag", (tag: SaxesTagPlain) => {
    depth--;
    const raw = tag.name;
    const name = mainPrefix && raw.startsWith(mainPrefix) ? raw.slice(mainPrefix.length) : raw;
    // Cases in order of frequency: a sheet is mostly </c> and </v>.
    switch (name) {
      case "c": {
        const value = cellValue(type, valueText, inlineText, sst);
        if ((value !== null || formulaText !== null) && watched[colNumber] === 1 && rowNumber > lastFilled[colNumber])
          lastFilled[colNumber] = rowNumber;
        if (!keep) return;
        if (!all) {
          if (valuesRowNumber !== rowNumber) {
            valuesRowNumber = rowNumber;
            valuesRow = result.values[rowNumber] ?? null;
            if (!valuesRow) result.values[rowNumber] = valuesRow = new Array<CellValue>(valuesWidth).fill(null);
          }
          valuesRow![colNumber - valuesLeft] = value;
          if (!rowDetailed && (options.formulas !== false || !detailed(rowNumber))) return;
        }
        let row = result.rows.get(rowNumber);
        if (!row) result.rows.set(rowNumber, (row = new Map()));
        const cell: CellRead = { value };
        if (formulaText !== null && options.formulas !== false) cell.formula = formulaText;
        if (style !== undefined) cell.style = Number(style);
        row.set(colNumber, cell);
        return;
      }
      case "v":
      case "t":
        setTarget(0);
        return;
      case "f":
        setTarget(0);
        if (formulaShared !== null) {
          if (formulaText) sharedMasters.set(formulaShared, { formula: formulaText, row: rowNumber, col: colNumber });
          else if (keep && rowDetailed) {
            const master = sharedMasters.get(formulaShared);
            formulaText = master ? shiftFormula(master.formula, rowNumber - master.row, colNumber - master.col) : null;
          }
        }
        return;
      case "rPh":
        phonetic--;
        return;
      case "dataValidation":
        validation = null;
        return;
      case "formula1":
        setTarget(0);
        return;
      default:
        if (raw.endsWith(":dataValidation")) validation = null;
        else if (raw.endsWith(":formula1") || raw.endsWith(":sqref")) setTarget(0);
    }
  });

  parser.on("end", () => {
    for (let col = 0; col < lastFilled.length; col++)
      if (lastFilled[col] > 0) result.lastFilledRow.set(col, lastFilled[col]);
  });
  // The last statement: a paced feed (readPaced) returns before the parser has seen the rows.
  feed(entry, parser);
  return result;
}

/** A shared string's index: digits read in place (Number() on a string is a tenth of a sheet's read). */
function indexOf(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return text.trim() === "" || !/^\s*\d+\s*$/.test(text) ? -1 : Number(text);
    n = n * 10 + digit;
  }
  return text.length === 0 ? -1 : n;
}

function cellValue(type: string, v: string | null, inline: string | null, sst: () => string[]): CellValue {
  switch (type) {
    case "s":
      return v === null ? null : (sst()[indexOf(v)] ?? null);
    case "inlineStr":
      return inline === null ? (v ?? null) : unescapeCellText(inline);
    case "str":
      return v === null ? null : unescapeCellText(v);
    case "b":
      return v === null ? null : v.trim() === "1" || v.trim() === "true";
    case "e":
      return v === null ? null : { error: v };
    case "d":
      return v === null ? null : isoDateToSerial(v.trim());
    default: {
      if (v === null || v.trim() === "") return null;
      const n = Number(v);
      return Number.isNaN(n) ? null : n;
    }
  }
}
