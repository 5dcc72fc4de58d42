import { columnLetters } from "../core/a1";
import type { CellValue } from "../core/contract";
import {
  DATA_FIELD,
  itemKey,
  itemOf,
  SEMESTER_FIELD,
  semesterOf,
  type PivotResult,
  type PivotSpec,
} from "../core/dashboard";
import { serialToIso } from "../core/dates";
import { escapeXml, NS } from "./parts";

/**
 * The parts of PivotTables over the Suivi table, written by hand (ExcelJS writes none): one cache
 * over the table by name, its records, and one pivotTableDefinition per pivot. Attribute choices
 * follow ECMA-376 Part 1, §18.10.
 */

const SHARED = new Set(["Indicateur", "Quartier", SEMESTER_FIELD]);

export interface CacheField {
  name: string;
  /** Items of an axis or page field, in first-seen order (null: the empty item). */
  items: (string | null)[] | null;
  /** Index of each distinct item, by itemKey (items differ by more than case). */
  index: Map<string | null, number>;
}

export interface PivotCache {
  fields: CacheField[];
  /** Cache values of every row: item index for shared fields, the cell value otherwise. */
  definitionXml: string;
  recordsXml: string;
}

const dateTime = (serial: number) => `${serialToIso(Math.floor(serial))}T00:00:00`;
const isDateField = (name: string) => name === "Date";

/** One cell as the cache stores it inline. */
function inline(name: string, value: CellValue): string {
  if (value === null || value === "") return "<m/>";
  if (typeof value === "number")
    return isDateField(name) && serialToIso(Math.floor(value)) ? `<d v="${dateTime(value)}"/>` : `<n v="${value}"/>`;
  if (typeof value === "boolean") return `<b v="${value ? 1 : 0}"/>`;
  if (typeof value === "object") return `<e v="${escapeXml(value.error)}"/>`;
  return `<s v="${escapeXml(value)}"/>`;
}

/** The sharedItems attributes describing an inline field's values (§18.10.1.90). */
function sharedItemsAttributes(name: string, values: CellValue[]): string {
  let blank = false,
    text = false,
    number = false,
    date = false,
    bool = false,
    error = false,
    integer = true;
  let min = Infinity,
    max = -Infinity;
  for (const v of values) {
    if (v === null || v === "") blank = true;
    else if (typeof v === "string") text = true;
    else if (typeof v === "boolean") bool = true;
    else if (typeof v === "object") error = true;
    else if (isDateField(name) && serialToIso(Math.floor(v))) {
      date = true;
      min = Math.min(min, v);
      max = Math.max(max, v);
    } else {
      number = true;
      if (!Number.isInteger(v)) integer = false;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
  }
  const kinds = [text, number, date, bool, error].filter(Boolean).length;
  const a: string[] = [];
  if (!text && !blank && kinds > 0) a.push('containsSemiMixedTypes="0"');
  if (date && !number && !text && !bool && !error) a.push('containsNonDate="0"');
  if (date) a.push('containsDate="1"');
  if (!text && kinds > 0) a.push('containsString="0"');
  if (kinds > 1) a.push('containsMixedTypes="1"');
  if (blank) a.push('containsBlank="1"');
  if (number) {
    a.push('containsNumber="1"');
    if (integer) a.push('containsInteger="1"');
    a.push(`minValue="${min}"`, `maxValue="${max}"`);
  } else if (date) {
    a.push(`minDate="${dateTime(min)}"`, `maxDate="${dateTime(max + 1)}"`);
  }
  return a.join(" ");
}

/** The value of column `c` of a row, Semestre computed from the date when its formula was never calculated. */
function valueAt(headers: readonly string[], row: readonly CellValue[], c: number, dateCol: number): CellValue {
  const v = row[c] ?? null;
  if (headers[c] === SEMESTER_FIELD && (v === null || v === ""))
    return semesterOf(dateCol >= 0 ? (row[dateCol] ?? null) : null) || null;
  return v;
}

/** The cache definition (its records at relationship `recordsRelId`) and the records, over the table `table`. */
export function pivotCache(
  table: string,
  headers: readonly string[],
  rows: readonly CellValue[][],
  recordsRelId: string,
  refreshedDate: number,
): PivotCache {
  const dateCol = headers.indexOf("Date");
  const fields: CacheField[] = headers.map((name) => ({ name, items: SHARED.has(name) ? [] : null, index: new Map() }));
  const records: string[] = [];
  for (const row of rows) {
    const cells: string[] = [];
    headers.forEach((name, c) => {
      const value = valueAt(headers, row, c, dateCol);
      const field = fields[c];
      if (field.items) {
        const item = itemOf(value);
        let i = field.index.get(itemKey(item));
        if (i === undefined) {
          i = field.items.length;
          field.items.push(item);
          field.index.set(itemKey(item), i);
        }
        cells.push(`<x v="${i}"/>`);
      } else {
        cells.push(inline(name, value));
      }
    });
    records.push(`<r>${cells.join("")}</r>`);
  }
  const cacheFields = fields.map((field, c) => {
    const numFmt = isDateField(field.name) ? 14 : 0;
    if (!field.items) {
      const values = rows.map((row) => valueAt(headers, row, c, dateCol));
      const attrs = sharedItemsAttributes(field.name, values);
      return `<cacheField name="${escapeXml(field.name)}" numFmtId="${numFmt}"><sharedItems${attrs ? ` ${attrs}` : ""}/></cacheField>`;
    }
    const blank = field.items.includes(null);
    const items = field.items.map((item) => (item === null ? "<m/>" : `<s v="${escapeXml(item)}"/>`)).join("");
    return `<cacheField name="${escapeXml(field.name)}" numFmtId="0"><sharedItems${blank ? ' containsBlank="1"' : ""} count="${field.items.length}">${items}</sharedItems></cacheField>`;
  });
  const definitionXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="${NS.main}" xmlns:r="${NS.rel}" r:id="${recordsRelId}" refreshOnLoad="1" refreshedBy="suivi-convention" refreshedDate="${refreshedDate}" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="${rows.length}">` +
    `<cacheSource type="worksheet"><worksheetSource name="${escapeXml(table)}"/></cacheSource>` +
    `<cacheFields count="${fields.length}">${cacheFields.join("")}</cacheFields></pivotCacheDefinition>`;
  const recordsXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="${NS.main}" xmlns:r="${NS.rel}" count="${rows.length}">${records.join("")}</pivotCacheRecords>`;
  return { fields, definitionXml, recordsXml };
}

/** Where a pivot's cells go: its page filter two rows above its body. */
export interface PivotPlace {
  /** 1-based column of the pivot's first column. */
  column: number;
  /** 1-based row of the page filter. */
  pageRow: number;
}

export const CAPTION = { data: "Somme de Nombre", grand: "Total", all: "(Tous)", empty: "(vide)" } as const;

/** The body's top row (after the page filter and one blank row) and its range. */
export function pivotRange(
  place: PivotPlace,
  result: PivotResult,
): { top: number; bottom: number; left: number; right: number; ref: string } {
  const top = place.pageRow + 2;
  const bottom = top + 1 + result.rows.length + 1;
  const left = place.column;
  const right = left + result.columns.length + 1;
  return { top, bottom, left, right, ref: `${columnLetters(left)}${top}:${columnLetters(right)}${bottom}` };
}

/** The cells a PivotTable shows, already filled (a file opened in Protected View is not refreshed). */
export function pivotCells(spec: PivotSpec, place: PivotPlace, result: PivotResult): Map<string, CellValue> {
  const cells = new Map<string, CellValue>();
  const at = (row: number, col: number, v: CellValue) => cells.set(`${columnLetters(col)}${row}`, v);
  const r = pivotRange(place, result);
  at(place.pageRow, r.left, spec.pageField);
  at(place.pageRow, r.left + 1, spec.pageItem ?? CAPTION.all);
  at(r.top, r.left, CAPTION.data);
  at(r.top, r.left + 1, SEMESTER_FIELD);
  at(r.top + 1, r.left, spec.rowField);
  result.columns.forEach((c, j) => at(r.top + 1, r.left + 1 + j, c === "" ? CAPTION.empty : c));
  at(r.top + 1, r.right, CAPTION.grand);
  result.rows.forEach((item, i) => {
    const row = r.top + 2 + i;
    at(row, r.left, item ?? CAPTION.empty);
    result.sums[i].forEach((v, j) => v !== null && at(row, r.left + 1 + j, v));
    if (result.rowTotals[i] !== null) at(row, r.right, result.rowTotals[i]);
  });
  at(r.bottom, r.left, CAPTION.grand);
  result.columnTotals.forEach((v, j) => v !== null && at(r.bottom, r.left + 1 + j, v));
  if (result.grandTotal !== null) at(r.bottom, r.right, result.grandTotal);
  return cells;
}

/** The pivotTableDefinition of one pivot over the shared cache. */
export function pivotTableXml(
  spec: PivotSpec,
  cacheId: number,
  cache: PivotCache,
  place: PivotPlace,
  result: PivotResult,
): string {
  const fieldIndex = (name: string) => cache.fields.findIndex((f) => f.name === name);
  const rowF = fieldIndex(spec.rowField);
  const colF = fieldIndex(SEMESTER_FIELD);
  const pageF = fieldIndex(spec.pageField);
  const dataF = fieldIndex(DATA_FIELD);
  if ([rowF, colF, pageF, dataF].some((i) => i < 0)) throw new Error("Suivi lacks a column the dashboard needs");
  // Each axis field lists every cache item; the display order puts the shown items first, in the core's order.
  const order = (f: number, shown: (string | null)[]): number[] => {
    const field = cache.fields[f];
    const first = shown.map((item) => field.index.get(itemKey(item))).filter((i): i is number => i !== undefined);
    return [...first, ...field.items!.map((_, i) => i).filter((i) => !first.includes(i))];
  };
  const rowOrder = order(rowF, result.rows);
  const colOrder = order(colF, result.columns);
  const pageOrder = order(pageF, spec.pageItem === null ? [] : [spec.pageItem]);
  const axis: Record<number, { axis: string; order: number[] }> = {
    [rowF]: { axis: "axisRow", order: rowOrder },
    [colF]: { axis: "axisCol", order: colOrder },
    [pageF]: { axis: "axisPage", order: pageOrder },
  };
  const pivotFields = cache.fields.map((_, f) => {
    const a = axis[f];
    const data = f === dataF ? ' dataField="1"' : "";
    if (!a) return `<pivotField${data} showAll="0"/>`;
    const items = a.order.map((x) => `<item x="${x}"/>`).join("");
    return `<pivotField axis="${a.axis}"${data} showAll="0"><items count="${a.order.length + 1}">${items}<item t="default"/></items></pivotField>`;
  });
  const lineItems = (count: number) => {
    const lines = Array.from({ length: count }, (_, i) => (i === 0 ? "<i><x/></i>" : `<i><x v="${i}"/></i>`));
    return `${lines.join("")}<i t="grand"><x/></i>`;
  };
  const r = pivotRange(place, result);
  // The page item goes first in the page field's list; a filter on an item the cache lacks shows all.
  const pageItem = spec.pageItem !== null && cache.fields[pageF].index.has(itemKey(spec.pageItem)) ? ` item="0"` : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="${NS.main}" name="${escapeXml(spec.name)}" cacheId="${cacheId}" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Valeurs" grandTotalCaption="${CAPTION.grand}" missingCaption="" updatedVersion="6" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" outline="1" outlineData="1" multipleFieldFilters="0" rowHeaderCaption="${escapeXml(spec.rowField)}" colHeaderCaption="${SEMESTER_FIELD}">` +
    `<location ref="${r.ref}" firstHeaderRow="1" firstDataRow="2" firstDataCol="1" rowPageCount="1" colPageCount="1"/>` +
    `<pivotFields count="${cache.fields.length}">${pivotFields.join("")}</pivotFields>` +
    `<rowFields count="1"><field x="${rowF}"/></rowFields><rowItems count="${result.rows.length + 1}">${lineItems(result.rows.length)}</rowItems>` +
    `<colFields count="1"><field x="${colF}"/></colFields><colItems count="${result.columns.length + 1}">${lineItems(result.columns.length)}</colItems>` +
    `<pageFields count="1"><pageField fld="${pageF}"${pageItem} hier="-1"/></pageFields>` +
    `<dataFields count="1"><dataField name="${CAPTION.data}" fld="${dataF}" baseField="0" baseItem="0"/></dataFields>` +
    `<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/>` +
    `</pivotTableDefinition>`
  );
}
