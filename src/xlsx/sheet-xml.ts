import { columnLetters } from "../core/a1";
import type { CellStyle, EvaluationSheet } from "../core/evaluation/sheet";
import { childElements, escapeXml } from "./parts";

/**
 * The look of each cell style, as styles.xml pieces. Each is looked up in the workbook's styles
 * before it is added, so making a sheet again does not grow styles.xml.
 */
const FONT = {
  normal: '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  title: '<font><b/><sz val="14"/><color rgb="FF1F3864"/><name val="Calibri"/><family val="2"/></font>',
  bold: '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  section: '<font><b/><sz val="12"/><color rgb="FF1F3864"/><name val="Calibri"/><family val="2"/></font>',
  alert: '<font><b/><sz val="11"/><color rgb="FFC00000"/><name val="Calibri"/><family val="2"/></font>',
  detail: '<font><i/><sz val="10"/><color rgb="FF595959"/><name val="Calibri"/><family val="2"/></font>',
};
const FILL = {
  none: "",
  header:
    '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill>',
  hand: '<fill><patternFill patternType="solid"><fgColor rgb="FFFFF9E5"/><bgColor indexed="64"/></patternFill></fill>',
};
const BORDER = {
  none: "",
  thin: '<border><left style="thin"><color rgb="FF8EA9DB"/></left><right style="thin"><color rgb="FF8EA9DB"/></right><top style="thin"><color rgb="FF8EA9DB"/></top><bottom style="thin"><color rgb="FF8EA9DB"/></bottom><diagonal/></border>',
  bottom: '<border><left/><right/><top/><bottom style="medium"><color rgb="FF1F3864"/></bottom><diagonal/></border>',
};

interface XfSpec {
  font: keyof typeof FONT;
  fill: keyof typeof FILL;
  border: keyof typeof BORDER;
  /** Built-in number formats: 0 General, 3 #,##0, 4 #,##0.00. */
  numFmt: 0 | 3 | 4;
  alignment?: string;
}

const STYLE: Record<CellStyle, XfSpec> = {
  title: { font: "title", fill: "none", border: "none", numFmt: 0 },
  subtitle: { font: "bold", fill: "none", border: "none", numFmt: 0 },
  alert: {
    font: "alert",
    fill: "none",
    border: "none",
    numFmt: 0,
    alignment: '<alignment vertical="top" wrapText="1"/>',
  },
  section: { font: "section", fill: "none", border: "bottom", numFmt: 0 },
  header: {
    font: "bold",
    fill: "header",
    border: "thin",
    numFmt: 0,
    alignment: '<alignment vertical="center" wrapText="1"/>',
  },
  label: {
    font: "normal",
    fill: "none",
    border: "thin",
    numFmt: 0,
    alignment: '<alignment vertical="top" wrapText="1"/>',
  },
  count: { font: "normal", fill: "none", border: "thin", numFmt: 3 },
  euro: { font: "normal", fill: "none", border: "thin", numFmt: 4 },
  text: { font: "normal", fill: "none", border: "none", numFmt: 0 },
  detail: {
    font: "detail",
    fill: "none",
    border: "none",
    numFmt: 0,
    alignment: '<alignment vertical="top" wrapText="1"/>',
  },
  blockTitle: {
    font: "bold",
    fill: "none",
    border: "none",
    numFmt: 0,
    alignment: '<alignment vertical="top" wrapText="1"/>',
  },
  hand: {
    font: "normal",
    fill: "hand",
    border: "thin",
    numFmt: 0,
    alignment: '<alignment vertical="top" wrapText="1"/>',
  },
};

/** Index of `element` among the children of `container`, appending it (and fixing count) when absent. */
function ensureChild(xml: string, container: string, tag: string, element: string): { xml: string; index: number } {
  const found = childElements(xml, container, tag);
  if (!found) throw new Error(`styles.xml has no <${container}>`);
  const at = found.list.indexOf(element);
  if (at >= 0) return { xml, index: at };
  const inserted = xml.slice(0, found.end) + element + xml.slice(found.end);
  const count = found.list.length + 1;
  const fixed = inserted.replace(new RegExp(`<${container}(\\s[^>]*)?>`), (open) =>
    /\scount="\d+"/.test(open)
      ? open.replace(/\scount="\d+"/, ` count="${count}"`)
      : open.replace(`<${container}`, `<${container} count="${count}"`),
  );
  return { xml: fixed, index: found.list.length };
}

/** styles.xml with the evaluation's cell formats, and the index of each style's cellXfs entry. */
export function ensureStyles(stylesXml: string): { xml: string; ids: Record<CellStyle, number> } {
  let xml = stylesXml;
  const ids = {} as Record<CellStyle, number>;
  for (const [style, spec] of Object.entries(STYLE) as [CellStyle, XfSpec][]) {
    const font = ensureChild(xml, "fonts", "font", FONT[spec.font]);
    xml = font.xml;
    let fillId = 0;
    if (FILL[spec.fill]) {
      const fill = ensureChild(xml, "fills", "fill", FILL[spec.fill]);
      xml = fill.xml;
      fillId = fill.index;
    }
    let borderId = 0;
    if (BORDER[spec.border]) {
      const border = ensureChild(xml, "borders", "border", BORDER[spec.border]);
      xml = border.xml;
      borderId = border.index;
    }
    const applies = `${spec.numFmt ? ' applyNumberFormat="1"' : ""} applyFont="1"${fillId ? ' applyFill="1"' : ""}${borderId ? ' applyBorder="1"' : ""}${spec.alignment ? ' applyAlignment="1"' : ""}`;
    const xf = spec.alignment
      ? `<xf numFmtId="${spec.numFmt}" fontId="${font.index}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}>${spec.alignment}</xf>`
      : `<xf numFmtId="${spec.numFmt}" fontId="${font.index}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}/>`;
    const cell = ensureChild(xml, "cellXfs", "xf", xf);
    xml = cell.xml;
    ids[style] = cell.index;
  }
  return { xml, ids };
}

/** The worksheet part of an evaluation sheet: inline strings and numbers only, A4 print settings. */
export function evaluationSheetXml(sheet: EvaluationSheet, ids: Record<CellStyle, number>): string {
  const width = sheet.columns.length;
  const last = columnLetters(width);
  const mergedRows = new Set(sheet.merges.map((m) => Number(/\d+/.exec(m)![0])));
  const rows = sheet.rows.map((row, i) => {
    const r = i + 1;
    const cells: string[] = [];
    row.cells.forEach((cell, c) => {
      const ref = `${columnLetters(c + 1)}${r}`;
      const s = ids[cell.style];
      if (cell.value === null || cell.value === "") cells.push(`<c r="${ref}" s="${s}"/>`);
      else if (typeof cell.value === "number") cells.push(`<c r="${ref}" s="${s}"><v>${cell.value}</v></c>`);
      else
        cells.push(
          `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell.value.slice(0, 32767))}</t></is></c>`,
        );
    });
    // The rest of a merged row carries the same style, so borders and fills cover the whole width.
    if (mergedRows.has(r) && row.cells.length === 1) {
      for (let c = 2; c <= width; c++) cells.push(`<c r="${columnLetters(c)}${r}" s="${ids[row.cells[0].style]}"/>`);
    }
    const height = row.height ? ` ht="${row.height}" customHeight="1"` : "";
    return cells.length > 0 || height ? `<row r="${r}"${height}>${cells.join("")}</row>` : "";
  });
  const cols = sheet.columns
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join("");
  const merges =
    sheet.merges.length > 0
      ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
      : "";
  const breaks = sheet.pageBreaksBefore.filter((r) => r > 1);
  const rowBreaks =
    breaks.length > 0
      ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join("")}</rowBreaks>`
      : "";
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
    `<dimension ref="A1:${last}${Math.max(1, sheet.rows.length)}"/>`,
    '<sheetViews><sheetView showGridLines="0" workbookViewId="0"/></sheetViews>',
    '<sheetFormatPr defaultRowHeight="15"/>',
    `<cols>${cols}</cols>`,
    `<sheetData>${rows.join("")}</sheetData>`,
    merges,
    '<printOptions horizontalCentered="1"/>',
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>',
    '<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>',
    `<headerFooter><oddFooter>&amp;L${escapeXml(sheet.name)}&amp;RPage &amp;P / &amp;N</oddFooter></headerFooter>`,
    rowBreaks,
    "</worksheet>",
  ].join("");
}

/** The print names of the sheet: the printed area and the rows repeated on every page. */
export function printNames(sheet: EvaluationSheet, quoted: string): Record<string, string> {
  const last = columnLetters(sheet.columns.length);
  const [top, bottom] = sheet.printTitleRows;
  return {
    "_xlnm.Print_Area": `${quoted}!$A$1:$${last}$${sheet.rows.length}`,
    "_xlnm.Print_Titles": `${quoted}!$${top}:$${bottom}`,
  };
}
