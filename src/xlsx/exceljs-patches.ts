/**
 * Five fixes to ExcelJS 4.4.0 internals, applied once when the adapter (or the file opener) is loaded:
 *
 * 1. On read, ExcelJS expands each data-validation range into one entry per cell, so a rule on
 *    "A2:A1048576" becomes a million objects (and a crash). We keep range keys as they are: ExcelJS
 *    writes range keys back verbatim, which is what it does for rules added with a range address.
 * 2. ExcelJS neither reads nor writes a table column's <calculatedColumnFormula>, which is what makes
 *    Excel fill the formula into rows the user adds. We carry it on the column model.
 * 3. ExcelJS finds a sheet's tables, comments and drawings only through relative relationship
 *    targets ("../tables/table1.xml"); openpyxl and some other tools write absolute ones
 *    ("/xl/tables/table1.xml"), and ExcelJS then crashes on a table it cannot find. Both name the
 *    same part: absolute targets are made relative before ExcelJS resolves them.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
type XmlStream = {
  openNode(tag: string, attrs?: Record<string, unknown>): void;
  leafNode(tag: string, attrs?: Record<string, unknown> | null, text?: string): void;
  closeNode(): void;
};
type SaxNode = { name: string; attributes: Record<string, string> };

let applied = false;

export function applyExcelJsPatches(): void {
  if (applied) return;
  applied = true;

  const DataValidationsXform = require("exceljs/lib/xlsx/xform/sheet/data-validations-xform");
  const originalClose = DataValidationsXform.prototype.parseClose;
  DataValidationsXform.prototype.parseClose = function parseClose(this: Record<string, any>, name: string) {
    if (name !== "dataValidation") return originalClose.call(this, name);
    const rule = this._dataValidation;
    if (!rule.formulae || !rule.formulae.length) {
      delete rule.formulae;
      delete rule.operator;
    }
    for (const address of String(this._address ?? "")
      .split(/\s+/)
      .filter(Boolean))
      this.model[address] = rule;
    return true;
  };

  const TableColumnXform = require("exceljs/lib/xlsx/xform/table/table-column-xform");
  TableColumnXform.prototype.render = function render(xmlStream: XmlStream, model: Record<string, any>) {
    const attrs = {
      id: model.id.toString(),
      name: model.name,
      totalsRowLabel: model.totalsRowLabel,
      totalsRowFunction: model.totalsRowFunction,
      dxfId: model.dxfId,
    };
    if (!model.calculatedColumnFormula) {
      xmlStream.leafNode("tableColumn", attrs);
      return true;
    }
    xmlStream.openNode("tableColumn", attrs);
    xmlStream.leafNode("calculatedColumnFormula", null, model.calculatedColumnFormula);
    xmlStream.closeNode();
    return true;
  };
  TableColumnXform.prototype.parseOpen = function parseOpen(this: Record<string, any>, node: SaxNode) {
    if (node.name === "tableColumn") {
      const a = node.attributes;
      this.model = {
        name: a.name,
        totalsRowLabel: a.totalsRowLabel,
        totalsRowFunction: a.totalsRowFunction,
        dxfId: a.dxfId,
      };
      this._inFormula = false;
      return true;
    }
    if (node.name === "calculatedColumnFormula") {
      this._inFormula = true;
      this.model.calculatedColumnFormula = "";
      return true;
    }
    return true; // ignore other children (xmlColumnPr …) without failing
  };
  TableColumnXform.prototype.parseText = function parseText(this: Record<string, any>, text: string) {
    if (this._inFormula) this.model.calculatedColumnFormula += text;
  };
  TableColumnXform.prototype.parseClose = function parseClose(this: Record<string, any>, name: string) {
    if (name === "calculatedColumnFormula") {
      this._inFormula = false;
      return true;
    }
    return name !== "tableColumn";
  };

  const WorksheetXform = require("exceljs/lib/xlsx/xform/sheet/worksheet-xform");
  const worksheet = WorksheetXform.prototype as {
    reconcile: (model: unknown, options: unknown) => unknown;
    absoluteTargets?: true;
  };
  // Marked on the prototype: another copy of this work-around must not wrap reconcile twice.
  if (!worksheet.absoluteTargets) {
    const originalReconcile = worksheet.reconcile;
    worksheet.reconcile = function reconcile(this: unknown, model: unknown, options: unknown) {
      const rels =
        (model as { relationships?: { Target?: unknown; TargetMode?: unknown }[] } | null)?.relationships ?? [];
      for (const rel of rels) {
        if (typeof rel.Target === "string" && rel.TargetMode !== "External" && rel.Target.startsWith("/xl/")) {
          rel.Target = `../${rel.Target.slice("/xl/".length)}`;
        }
      }
      return originalReconcile.call(this, model, options);
    };
    worksheet.absoluteTargets = true;
  }

  patchDateValidationBounds();
  patchUnstyledTables();
}

/**
 * 4. ExcelJS writes every bound of a date validation as `dateToExcel(new Date(bound))`: a bound that is
 *    a formula (`CONV_DEBUT`) becomes "NaN" and a serial number becomes a date in year 30 000, so Excel
 *    would refuse every date typed in. Bounds given as text (a serial or a formula, what the adapters
 *    pass) are written verbatim, and read back as text when they are not numbers.
 */
function patchDateValidationBounds(): void {
  const DataValidationsXform = require("exceljs/lib/xlsx/xform/sheet/data-validations-xform");
  const proto = DataValidationsXform.prototype as Record<string, any>;
  if (proto.textDateBounds) return;
  proto.textDateBounds = true;
  // Rendered under a private type so ExcelJS skips its conversion; the attribute is renamed back on write.
  const TEXT_DATE = "date(text bounds)";
  const originalRender = proto.render;
  proto.render = function render(
    this: unknown,
    xmlStream: XmlStream & { addAttribute(name: string, value: unknown): void },
    model: Record<string, any> | undefined,
  ) {
    if (!model) return originalRender.call(this, xmlStream, model);
    const marked: Record<string, any> = {};
    for (const [address, rule] of Object.entries(model)) {
      const textual = rule?.type === "date" && (rule.formulae ?? []).some((f: unknown) => typeof f === "string");
      marked[address] = textual ? { ...rule, type: TEXT_DATE } : rule;
    }
    const ownAddAttribute = Object.prototype.hasOwnProperty.call(xmlStream, "addAttribute")
      ? xmlStream.addAttribute
      : undefined;
    const addAttribute = xmlStream.addAttribute;
    xmlStream.addAttribute = function (this: unknown, name: string, value: unknown) {
      return addAttribute.call(this, name, name === "type" && value === TEXT_DATE ? "date" : value);
    };
    try {
      return originalRender.call(this, xmlStream, marked);
    } finally {
      if (ownAddAttribute) xmlStream.addAttribute = ownAddAttribute;
      else delete (xmlStream as Partial<typeof xmlStream>).addAttribute;
    }
  };
  const originalParseClose = proto.parseClose;
  proto.parseClose = function parseClose(this: Record<string, any>, name: string) {
    if ((name === "formula1" || name === "formula2") && this._dataValidation?.type === "date") {
      const text = (this._formula ?? []).join("");
      if (!/^-?\d+(\.\d+)?$/.test(text.trim())) {
        this._dataValidation.formulae.push(text);
        this._formula = undefined;
        return true;
      }
    }
    return originalParseClose.call(this, name);
  };
}

/**
 * 5. A table part without <tableStyleInfo> (LibreOffice Calc writes none; the element is optional)
 *    is read with a null style, and ExcelJS then crashes writing it. Such a table is written back
 *    without a style, as it came.
 */
function patchUnstyledTables(): void {
  const TableStyleInfoXform = require("exceljs/lib/xlsx/xform/table/table-style-info-xform");
  const proto = TableStyleInfoXform.prototype as {
    render: (xmlStream: XmlStream, model: unknown) => boolean;
    unstyledTables?: true;
  };
  if (proto.unstyledTables) return;
  proto.unstyledTables = true;
  const originalRender = proto.render;
  proto.render = function render(this: unknown, xmlStream: XmlStream, model: unknown) {
    if (model === null || model === undefined) return false;
    return originalRender.call(this, xmlStream, model);
  };
}
