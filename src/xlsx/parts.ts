import { ensureRelationshipNamespace, insertSheet, relationshipPrefix } from "./engine/book-edit";
import { resolveTarget } from "./engine/package";
import { escapeAttr } from "./engine/xml";

/**
 * Small helpers to read and edit the package parts of an .xlsx (workbook, relationships, content
 * types, styles) as text, for writers that add parts without rewriting the rest of the file. The
 * workbook part's own edits (sheets, defined names) are the engine's (engine/book-edit.ts).
 */

const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Text safe inside an XML element or attribute (characters XML 1.0 forbids are dropped). Line breaks and
 * tabs are written as character references, as the engine does: an attribute would read them as spaces.
 */
export function escapeXml(text: string): string {
  return escapeAttr(text.replace(XML_INVALID, ""));
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The value of attribute `name` in an element's start tag (unescaped), or null. */
export function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return match ? unescapeXml(match[2] ?? match[3]) : null;
}

/** Child elements `tag` (with their content) inside the first `<container …>…</container>` of `xml`. */
export function childElements(
  xml: string,
  container: string,
  tag: string,
): { list: string[]; start: number; end: number } | null {
  const open = new RegExp(`<${container}(\\s[^>]*)?>`).exec(xml);
  if (!open) return null;
  const start = open.index + open[0].length;
  const end = xml.indexOf(`</${container}>`, start);
  if (end < 0) return null;
  const inner = xml.slice(start, end);
  const list: string[] = [];
  const re = new RegExp(`<${tag}(?=[\\s/>])`, "g");
  for (let m = re.exec(inner); m; m = re.exec(inner)) {
    const tagEnd = inner.indexOf(">", m.index);
    if (inner[tagEnd - 1] === "/") {
      list.push(inner.slice(m.index, tagEnd + 1));
      re.lastIndex = tagEnd + 1;
    } else {
      const close = inner.indexOf(`</${tag}>`, tagEnd);
      list.push(inner.slice(m.index, close + tag.length + 3));
      re.lastIndex = close + tag.length + 3;
    }
  }
  return { list, start, end };
}

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
} as const;

/** The sheets listed in workbook.xml, in tab order, with the part each relationship points to. */
export interface SheetEntry {
  name: string;
  sheetId: number;
  rId: string;
  part: string;
  /** The `<sheet …/>` element as written. */
  element: string;
}

/** `workbookPart` is the part `workbookXml` was read from: relationship targets are relative to its folder. */
export function workbookSheets(workbookXml: string, relsXml: string, workbookPart = "xl/workbook.xml"): SheetEntry[] {
  const prefix = relationshipPrefix(workbookXml);
  const rels = relationships(relsXml);
  const sheets = childElements(workbookXml, "sheets", "sheet")?.list ?? [];
  return sheets.map((element) => {
    const rId = attribute(element, `${prefix}:id`) ?? "";
    return {
      name: attribute(element, "name") ?? "",
      sheetId: Number(attribute(element, "sheetId")),
      rId,
      part: resolveTarget(workbookPart, rels.get(rId)?.target ?? ""),
      element,
    };
  });
}

/** Relationships of a .rels part by id. */
export function relationships(relsXml: string): Map<string, { type: string; target: string }> {
  const map = new Map<string, { type: string; target: string }>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(m[0], "Id");
    if (id) map.set(id, { type: attribute(m[0], "Type") ?? "", target: attribute(m[0], "Target") ?? "" });
  }
  return map;
}

/** A relationship id not used in `relsXml`. */
export function freeRelId(relsXml: string, stem: string): string {
  const used = new Set(relationships(relsXml).keys());
  let n = 1;
  while (used.has(`${stem}${n}`)) n++;
  return `${stem}${n}`;
}

export function addRelationship(relsXml: string, id: string, type: string, target: string): string {
  return relsXml.replace(
    /<\/Relationships>\s*$/,
    `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/></Relationships>`,
  );
}

export function emptyRels(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}"></Relationships>`;
}

export function addOverride(contentTypesXml: string, part: string, type: string): string {
  if (contentTypesXml.includes(`PartName="/${part}"`)) return contentTypesXml;
  return contentTypesXml.replace(
    /<\/Types>\s*$/,
    `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/></Types>`,
  );
}

/** A part name `stem{n}.xml` (n ≥ 1) not among `names`. */
export function freePartName(names: Iterable<string>, stem: string, ext = ".xml"): string {
  const used = new Set(names);
  let n = 1;
  while (used.has(`${stem}${n}${ext}`)) n++;
  return `${stem}${n}${ext}`;
}

/** Adds a `<sheet>` at the end of the tab order, with a sheetId never used. */
export function addSheetElement(workbookXml: string, name: string, rId: string): { xml: string; index: number } {
  // Some writers (openpyxl) bind the relationships namespace on each <sheet>, not on the root.
  const bound = ensureRelationshipNamespace(workbookXml, "");
  const sheets = childElements(bound, "sheets", "sheet");
  if (!sheets) throw new Error("workbook.xml has no <sheets>");
  const ids = sheets.list.map((s) => Number(attribute(s, "sheetId")) || 0);
  const sheetId = Math.max(0, ...ids) + 1;
  return {
    xml: insertSheet(bound, sheets.list.length, name, sheetId, rId, relationshipPrefix(bound)),
    index: sheets.list.length,
  };
}
