import { parseCell, parseRange, quoteSheet } from "../../core/a1";
import { isoToSerial } from "../../core/dates";
import type { PlanCell, PlanOp, ValidationRule } from "../../core/plan-types";
import { ensureRelationshipNamespace, insertSheet, prefixOf, relationshipPrefix, setDefinedName } from "./book-edit";
import { columnToLetters } from "./formula";
import { CONTENT_TYPE, REL } from "./package";
import type { PackageWorkbook } from "./port";
import { readSheet } from "./sheet-read";
import { cellXml } from "./sheet-write";
import { escapeAttr, escapeText } from "./xml";

/*
 * The build's plan operations on a package: a missing managed sheet gets a new part, an existing
 * sheet gets only the cells, validations and table the repair names, merged into its part as it
 * streams; names go into the workbook part. Nothing else is rewritten.
 */

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// CT_Worksheet children that come after <dataValidations>, and after <tableParts>.
const AFTER_VALIDATIONS = [
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];
const AFTER_TABLE_PARTS = ["extLst"];

export function applyPlan(book: PackageWorkbook, ops: PlanOp[]): void {
  for (const op of ops) applyOne(book, op);
}

function applyOne(wb: PackageWorkbook, op: PlanOp): void {
  switch (op.kind) {
    case "addSheet":
      return addSheet(wb, op.sheet, op.position);
    case "writeCells": {
      const origin = parseCell(op.address);
      if (!origin) return;
      const style = op.numberFormat || op.bold ? wb.styles().styleFor(op.numberFormat, op.bold === true) : undefined;
      op.cells.forEach((row, i) =>
        row.forEach((value, j) => putCell(wb, op.sheet, origin.row + i, origin.col + j, value, style)),
      );
      return;
    }
    case "addTable":
      return addTable(wb, op);
    case "setValidation":
      return setValidation(wb, op);
    case "defineName": {
      const part = wb.book.workbookPart;
      wb.pkg.setText(part, setDefinedName(wb.pkg.text(part)!, op.name, `${quoteSheet(op.sheet)}!${op.address}`));
      return;
    }
    case "freezeRows":
      wb.newSheetDraft(op.sheet).freezeRows = op.rows;
      return;
    case "setColumnWidths": {
      const draft = wb.newSheetDraft(op.sheet);
      for (const { column, width } of op.widths) draft.widths.set(parseCell(`${column}1`)!.col, width);
      return;
    }
    case "moveCells":
      return moveCell(wb, op.sheet, op.from, op.to);
    default:
      return assertNever(op);
  }
}

function assertNever(op: never): never {
  throw new Error(`plan operation not handled: ${JSON.stringify(op)}`);
}

/** Carries a typed cell (value or formula, and style) to its new place and empties the old one. */
function moveCell(wb: PackageWorkbook, sheet: string, from: string, to: string): void {
  const source = parseCell(from);
  const target = parseCell(to);
  if (!source || !target) return;
  const cell = wb.scan(sheet).rows.get(source.row)?.get(source.col);
  if (!cell || (cell.value === null && cell.formula === undefined)) return;
  const edit = wb.sheetEditOf(sheet);
  edit.rows ??= new Map();
  const put = (row: number, col: number, xml: string) => {
    const cells = edit.rows!.get(row) ?? new Map<number, string>();
    cells.set(col, xml);
    edit.rows!.set(row, cells);
  };
  put(
    target.row,
    target.col,
    cellXml(target.row, target.col, cell.formula !== undefined ? { formula: cell.formula } : cell.value, cell.style),
  );
  put(source.row, source.col, "");
}

/** Puts a cell; an existing cell keeps its style unless the plan gives one. */
function putCell(
  wb: PackageWorkbook,
  sheet: string,
  row: number,
  col: number,
  value: PlanCell,
  style: number | undefined,
): void {
  const existing = wb.isNewSheet(sheet) ? undefined : wb.cellStyle(sheet, row, col);
  const edit = wb.sheetEditOf(sheet);
  edit.rows ??= new Map();
  let cells = edit.rows.get(row);
  if (!cells) edit.rows.set(row, (cells = new Map()));
  cells.set(col, cellXml(row, col, value, style ?? existing));
}

function addSheet(wb: PackageWorkbook, name: string, position?: number): void {
  if (wb.book.sheet(name)) return;
  const part = wb.pkg.freePartName("xl/worksheets/sheet", ".xml");
  wb.pkg.setText(
    part,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData/></worksheet>`,
  );
  wb.pkg.setOverride(part, CONTENT_TYPE.worksheet);
  const workbookPart = wb.book.workbookPart;
  const relId = wb.pkg.addRelationship(workbookPart, REL.worksheet, part);
  let text = wb.pkg.text(workbookPart)!;
  const p = prefixOf(text);
  text = ensureRelationshipNamespace(text, p);
  const sheetIds = [...text.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*\ssheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const count = wb.book.allSheetNames().length;
  text = insertSheet(
    text,
    Math.min(position ?? count, count),
    name,
    Math.max(0, ...sheetIds) + 1,
    relId,
    relationshipPrefix(text),
  );
  wb.pkg.setText(workbookPart, text);
  wb.book.invalidate();
  wb.markNewSheet(name);
}

function addTable(wb: PackageWorkbook, op: Extract<PlanOp, { kind: "addTable" }>): void {
  if (wb.book.table(op.name)) return;
  const sheet = wb.book.sheet(op.sheet);
  if (!sheet) throw new Error(`sheet ${op.sheet} not found`);
  const r = parseRange(op.address);
  const right = r.left + op.headers.length - 1;
  const calculated = new Map((op.calculatedColumns ?? []).map((c) => [c.column, c.formula]));
  const formats = new Map((op.numberFormats ?? []).map((f) => [f.column, f.format]));
  const styles = wb.styles();
  const columnStyle = op.headers.map((h) => (formats.get(h) ? styles.styleFor(formats.get(h), false) : undefined));
  let bottom: number;
  // The data may still be there (only the table object was lost): adopt it without rewriting a row.
  const read = wb.isNewSheet(op.sheet)
    ? null
    : readSheet(wb.pkg.entry(sheet.part)!, () => wb.book.sharedStrings(), {
        regions: [{ top: r.top, left: r.left, bottom: 1048576, right }],
        detailRows: "all",
      });
  const headerPresent = read !== null && op.headers.every((h, j) => read.rows.get(r.top)?.get(r.left + j)?.value === h);
  if (headerPresent) {
    bottom = Math.max(
      r.top + 1,
      ...[...read.lastFilledRow.entries()].filter(([col]) => col >= r.left && col <= right).map(([, row]) => row),
    );
    op.headers.forEach((h, j) => {
      const formula = calculated.get(h);
      if (!formula) return;
      for (let row = r.top + 1; row <= bottom; row++)
        putCell(
          wb,
          op.sheet,
          row,
          r.left + j,
          { formula },
          read.rows.get(row)?.get(r.left + j)?.style ?? columnStyle[j],
        );
    });
  } else {
    const bold = styles.styleFor(undefined, true);
    op.headers.forEach((h, j) => putCell(wb, op.sheet, r.top, r.left + j, h, bold));
    const rows = op.rows.length > 0 ? op.rows : [op.headers.map(() => null)];
    rows.forEach((values, i) =>
      op.headers.forEach((h, j) => {
        const formula = calculated.get(h);
        putCell(wb, op.sheet, r.top + 1 + i, r.left + j, formula ? { formula } : (values[j] ?? null), columnStyle[j]);
      }),
    );
    bottom = r.top + rows.length;
  }
  const ref = `${columnToLetters(r.left)}${r.top}:${columnToLetters(right)}${bottom}`;
  const id = Math.max(0, ...wb.book.tables().map((t) => t.id)) + 1;
  const part = wb.pkg.freePartName("xl/tables/table", ".xml");
  const columns = op.headers
    .map((h, j) => {
      const formula = calculated.get(h);
      return formula
        ? `<tableColumn id="${j + 1}" name="${escapeAttr(h)}"><calculatedColumnFormula>${escapeText(formula)}</calculatedColumnFormula></tableColumn>`
        : `<tableColumn id="${j + 1}" name="${escapeAttr(h)}"/>`;
    })
    .join("");
  wb.pkg.setText(
    part,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN_NS}" id="${id}" name="${escapeAttr(op.name)}" displayName="${escapeAttr(op.name)}" ref="${ref}" headerRowCount="1">` +
      `<autoFilter ref="${ref}"/><tableColumns count="${op.headers.length}">${columns}</tableColumns>` +
      `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
  );
  wb.pkg.setOverride(part, CONTENT_TYPE.table);
  const relId = wb.pkg.addRelationship(sheet.part, REL.table, part);
  const edit = wb.sheetEditOf(op.sheet);
  const previousTail = edit.tail;
  edit.tail = (tail) => addTablePart(previousTail ? previousTail(tail) : tail, relId, wb.sheetPrefix(op.sheet));
  const previousHead = edit.head;
  edit.head = (head) => bindRelationships(previousHead ? previousHead(head) : head);
  wb.book.invalidate();
}

/** The root binds "r" to the relationships namespace, as the tablePart element written uses it. */
function bindRelationships(head: string): string {
  const root = /<(?:[\w.-]+:)?worksheet\b[^>]*>/.exec(head);
  if (!root || new RegExp(`xmlns:r="${REL_NS}"`).test(root[0])) return head;
  if (/\sxmlns:r=/.test(root[0])) throw new Error("worksheet binds r to another namespace");
  return (
    head.slice(0, root.index) +
    root[0].replace(/^(<[^\s>/]+)/, `$1 xmlns:r="${REL_NS}"`) +
    head.slice(root.index + root[0].length)
  );
}

function addTablePart(tail: string, relId: string, p: string): string {
  const element = `<${p}tablePart r:id="${relId}"/>`;
  const open = new RegExp(`<${p}tableParts\\b([^>]*?)(/?)>`).exec(tail);
  if (open) {
    const selfClosing = open[2] === "/";
    const close = selfClosing ? open.index + open[0].length : tail.indexOf(`</${p}tableParts>`, open.index);
    const inner = selfClosing ? "" : tail.slice(open.index + open[0].length, close);
    const count = [...inner.matchAll(new RegExp(`<${p}tablePart\\b`, "g"))].length + 1;
    const end = selfClosing ? close : close + `</${p}tableParts>`.length;
    return (
      tail.slice(0, open.index) +
      `<${p}tableParts count="${count}">${inner}${element}</${p}tableParts>` +
      tail.slice(end)
    );
  }
  return insertInTail(tail, p, AFTER_TABLE_PARTS, `<${p}tableParts count="1">${element}</${p}tableParts>`);
}

function insertInTail(tail: string, p: string, after: string[], element: string): string {
  let at = -1;
  for (const name of after) {
    const found = new RegExp(`<${p}${name}[\\s>/]`).exec(tail);
    if (found && (at < 0 || found.index < at)) at = found.index;
  }
  if (at < 0) at = tail.lastIndexOf(`</${p}worksheet>`);
  return tail.slice(0, at) + element + tail.slice(at);
}

function validationXml(op: Extract<PlanOp, { kind: "setValidation" }>, p: string): string {
  const rule: ValidationRule = op.rule;
  const bound = (v: string) => (v.startsWith("=") ? v.slice(1) : String(isoToSerial(v)));
  let operator = "";
  let formulas: string[] = [];
  switch (rule.type) {
    case "list":
      formulas = [rule.source.startsWith("=") ? rule.source.slice(1) : `"${rule.source}"`];
      break;
    case "whole":
    case "decimal":
      operator = rule.max === undefined ? "greaterThanOrEqual" : "";
      formulas = rule.max === undefined ? [String(rule.min)] : [String(rule.min), String(rule.max)];
      break;
    case "date":
      formulas = [bound(rule.min), bound(rule.max)];
      break;
    case "textLength":
      operator = "lessThanOrEqual";
      formulas = [String(rule.max)];
      break;
  }
  const attrs =
    `type="${rule.type}"${operator ? ` operator="${operator}"` : ""} allowBlank="1"${op.prompt ? ' showInputMessage="1"' : ""} showErrorMessage="1" errorStyle="stop"` +
    ` errorTitle="${escapeAttr(op.errorTitle)}" error="${escapeAttr(op.errorMessage)}"${op.prompt ? ` prompt="${escapeAttr(op.prompt)}"` : ""} sqref="${escapeAttr(op.address)}"`;
  return `<${p}dataValidation ${attrs}>${formulas.map((f, i) => `<${p}formula${i + 1}>${escapeText(f)}</${p}formula${i + 1}>`).join("")}</${p}dataValidation>`;
}

function setValidation(wb: PackageWorkbook, op: Extract<PlanOp, { kind: "setValidation" }>): void {
  const edit = wb.sheetEditOf(op.sheet);
  const previous = edit.tail;
  const p = wb.sheetPrefix(op.sheet);
  edit.tail = (input) => {
    let tail = previous ? previous(input) : input;
    // A rule on the same range is replaced (a damaged one), others stay.
    const same = new RegExp(
      `<${p}dataValidation\\b[^>]*\\ssqref="${op.address.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*?(?:/>|>[\\s\\S]*?</${p}dataValidation>)`,
    );
    tail = tail.replace(same, "");
    const element = validationXml(op, p);
    const open = new RegExp(`<${p}dataValidations\\b([^>]*?)(/?)>`).exec(tail);
    if (open) {
      const selfClosing = open[2] === "/";
      const close = selfClosing ? open.index + open[0].length : tail.indexOf(`</${p}dataValidations>`, open.index);
      const inner = selfClosing ? "" : tail.slice(open.index + open[0].length, close);
      const count = [...inner.matchAll(new RegExp(`<${p}dataValidation\\b`, "g"))].length + 1;
      const attrs = /\scount="\d+"/.test(open[1])
        ? open[1].replace(/\scount="\d+"/, ` count="${count}"`)
        : `${open[1]} count="${count}"`;
      const end = selfClosing ? close : close + `</${p}dataValidations>`.length;
      return (
        tail.slice(0, open.index) +
        `<${p}dataValidations${attrs}>${inner}${element}</${p}dataValidations>` +
        tail.slice(end)
      );
    }
    return insertInTail(tail, p, AFTER_VALIDATIONS, `<${p}dataValidations count="1">${element}</${p}dataValidations>`);
  };
}
