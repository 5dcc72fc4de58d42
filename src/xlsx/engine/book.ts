import { PackageError, REL, XlsxPackage, type Relationship } from "./package";
import { parseRect, readSharedStrings, type Rect } from "./sheet-read";
import { attr, child, children, parseXml, readPaced, relId, type XmlNode } from "./xml";
import type { Pace, ZipEntry } from "./zip";

/*
 * The workbook's structure as the package describes it: sheets, their parts and tables, defined
 * names, shared strings and styles, all found through relationships.
 */

export interface SheetInfo {
  name: string;
  sheetId: number;
  relId: string;
  /** The worksheet part (zip entry name). */
  part: string;
  state: string;
}

export interface TableColumnInfo {
  name: string;
  calculatedFormula?: string;
}

export interface TableInfo {
  name: string;
  id: number;
  sheet: string;
  part: string;
  ref: string;
  rect: Rect;
  columns: TableColumnInfo[];
  headerRowCount: number;
  totalsRowCount: number;
  tableType: string;
}

export interface DefinedNameInfo {
  name: string;
  localSheetId?: number;
  formula: string;
}

export class Book {
  readonly workbookPart: string;
  private sheetList: SheetInfo[] | null = null;
  private tableList: TableInfo[] | null = null;
  private strings: string[] | null = null;

  constructor(readonly pkg: XlsxPackage) {
    this.workbookPart = pkg.workbookPart();
  }

  workbookXml(): XmlNode {
    return parseXml(this.pkg.text(this.workbookPart) ?? "");
  }

  workbookRels(): Relationship[] {
    return this.pkg.relationships(this.workbookPart);
  }

  /** Worksheets in tab order (chart sheets and dialog sheets are not worksheets). */
  sheets(): SheetInfo[] {
    if (this.sheetList) return this.sheetList;
    const rels = new Map(this.workbookRels().map((r) => [r.id, r]));
    const list: SheetInfo[] = [];
    for (const node of children(child(this.workbookXml(), "sheets"), "sheet")) {
      const id = relId(node) ?? "";
      const rel = rels.get(id);
      if (!rel || rel.type !== REL.worksheet || rel.external) continue;
      list.push({
        name: attr(node, "name") ?? "",
        sheetId: Number(attr(node, "sheetId")),
        relId: id,
        part: rel.target,
        state: attr(node, "state") ?? "visible",
      });
    }
    this.sheetList = list;
    return list;
  }

  /** Every <sheet> element's name in tab order, chart sheets included (for localSheetId). */
  allSheetNames(): string[] {
    return children(child(this.workbookXml(), "sheets"), "sheet").map((n) => attr(n, "name") ?? "");
  }

  sheet(name: string): SheetInfo | undefined {
    return this.sheets().find((s) => s.name === name);
  }

  tables(): TableInfo[] {
    if (this.tableList) return this.tableList;
    const list: TableInfo[] = [];
    for (const sheet of this.sheets()) {
      for (const rel of this.pkg.relationships(sheet.part)) {
        if (rel.type !== REL.table || rel.external) continue;
        const text = this.pkg.text(rel.target);
        if (text === undefined) continue;
        const table = parseXml(text);
        const ref = attr(table, "ref") ?? "";
        const rect = parseRect(ref);
        if (!rect) continue;
        list.push({
          name: attr(table, "displayName") ?? attr(table, "name") ?? "",
          id: Number(attr(table, "id")),
          sheet: sheet.name,
          part: rel.target,
          ref,
          rect,
          columns: children(child(table, "tableColumns"), "tableColumn").map((c) => {
            const formula = child(c, "calculatedColumnFormula")?.text;
            return { name: attr(c, "name") ?? "", ...(formula ? { calculatedFormula: formula } : {}) };
          }),
          headerRowCount: Number(attr(table, "headerRowCount") ?? "1"),
          totalsRowCount: Number(attr(table, "totalsRowCount") ?? "0"),
          tableType: attr(table, "tableType") ?? "worksheet",
        });
      }
    }
    this.tableList = list;
    return list;
  }

  table(name: string): TableInfo | undefined {
    return this.tables().find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  definedNames(): DefinedNameInfo[] {
    return children(child(this.workbookXml(), "definedNames"), "definedName").map((n) => {
      const local = attr(n, "localSheetId");
      return {
        name: attr(n, "name") ?? "",
        formula: n.text,
        ...(local !== undefined ? { localSheetId: Number(local) } : {}),
      };
    });
  }

  /** The part a workbook relationship of `type` points to. */
  workbookTarget(type: string): string | undefined {
    return this.workbookRels().find((r) => r.type === type && !r.external)?.target;
  }

  sharedStrings(): string[] {
    this.strings ??= readSharedStrings(this.sharedStringsEntry());
    return this.strings;
  }

  /** The shared strings read with pauses at `pace` (a followed read, see PackageWorkbook.follow). */
  async sharedStringsPaced(pace: Pace): Promise<string[]> {
    if (!this.strings) {
      const strings = await readPaced((feed) => readSharedStrings(this.sharedStringsEntry(), feed), pace);
      this.strings ??= strings;
    }
    return this.strings;
  }

  /** Uncompressed bytes of the shared strings still to read (0 once read, or without any). */
  sharedStringsToRead(): number {
    return this.strings ? 0 : (this.sharedStringsEntry()?.size ?? 0);
  }

  private sharedStringsEntry(): ZipEntry | undefined {
    const part = this.workbookTarget(REL.sharedStrings);
    return part ? this.pkg.entry(part) : undefined;
  }

  /** Forgets what was read of the structure after an edit. */
  invalidate(): void {
    this.sheetList = null;
    this.tableList = null;
  }
}

export { PackageError };
