import { attr, child, children, entryText, escapeAttr, parseXml, relId, toUtf8, type XmlNode } from "./xml";
import { readZip, writeZip, type EntryProducer, type OutputEntry, type ZipEntry } from "./zip";

/*
 * An .xlsx package (Open Packaging Conventions) held in memory: its parts are found through
 * relationships and content types, never by their usual file names. Parts are edited by replacing
 * their content; every entry not edited is copied to the output with its compressed bytes.
 */

export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
  pivotCache: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheDefinition",
  pivotTable: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotTable",
  pivotRecords: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheRecords",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;

// Strict OOXML (ISO 29500 strict) uses other relationship URIs: such a workbook is refused.
const STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  template: "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
  pivotCache: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
  pivotRecords: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml",
  pivotTable: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

export interface Relationship {
  id: string;
  type: string;
  /** The part it points to, as a zip entry name (no leading slash), or the raw target when external. */
  target: string;
  external: boolean;
}

/** Why a package cannot be handled (the caller turns it into a French message). */
export class PackageError extends Error {
  constructor(
    readonly reason: "macro" | "binary" | "strict" | "notWorkbook" | "encrypted" | "damaged",
    message: string,
  ) {
    super(message);
    this.name = "PackageError";
  }
}

/** The part a relationship target names, relative to the source part's folder unless absolute. */
export function resolveTarget(source: string, target: string): string {
  const decoded = decodeURIComponent(target.replace(/#.*$/, ""));
  const base = decoded.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

/** The relationships part of `part` ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels"). */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target for `part` written relative to the folder of `source`. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

type Replacement = { kind: "text"; text: string } | { kind: "stream"; produce: EntryProducer; level?: number };

export class XlsxPackage {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly order: string[] = [];
  private readonly replaced = new Map<string, Replacement>();
  private readonly removed = new Set<string>();
  private readonly relsCache = new Map<string, Relationship[]>();
  private contentTypes: string | null = null;

  constructor(bytes: Uint8Array) {
    for (const entry of readZip(bytes)) {
      // A name seen twice: the central directory's last one wins, as most readers do.
      if (!this.entries.has(entry.name)) this.order.push(entry.name);
      this.entries.set(entry.name, entry);
    }
  }

  has(part: string): boolean {
    return (this.entries.has(part) || this.replaced.has(part)) && !this.removed.has(part);
  }

  /** The stored zip entry of an unedited part (for streaming reads of large parts). */
  entry(part: string): ZipEntry | undefined {
    if (this.replaced.has(part) || this.removed.has(part)) return undefined;
    return this.entries.get(part);
  }

  partNames(): string[] {
    return [
      ...this.order.filter((n) => !this.removed.has(n)),
      ...[...this.replaced.keys()].filter((n) => !this.entries.has(n)),
    ];
  }

  /** The text of a part, as edited so far. */
  text(part: string): string | undefined {
    if (this.removed.has(part)) return undefined;
    const edit = this.replaced.get(part);
    if (edit?.kind === "text") return edit.text;
    if (edit) throw new Error(`${part} is being streamed`);
    const entry = this.entries.get(part);
    return entry ? entryText(entry) : undefined;
  }

  setText(part: string, text: string): void {
    this.removed.delete(part);
    const original = this.entries.get(part);
    // Set back to what was read: the entry is copied as it was.
    if (original && original.size === text.length && original.size < 1 << 20 && entryText(original) === text)
      this.replaced.delete(part);
    else this.replaced.set(part, { kind: "text", text });
    if (part === "[Content_Types].xml") this.contentTypes = text;
    if (part.endsWith(".rels")) this.relsCache.delete(part);
  }

  setStream(part: string, produce: EntryProducer, level?: number): void {
    this.removed.delete(part);
    this.replaced.set(part, { kind: "stream", produce, level });
  }

  remove(part: string): void {
    this.removed.add(part);
    this.replaced.delete(part);
  }

  get edited(): boolean {
    return this.replaced.size > 0 || this.removed.size > 0;
  }

  /** Names of the entries that will not be copied as they were read. */
  editedParts(): string[] {
    return [...this.replaced.keys(), ...this.removed];
  }

  // --- relationships and content types -------------------------------------------------------

  relationships(part: string): Relationship[] {
    const relsPart = relsPartOf(part);
    const cached = this.relsCache.get(relsPart);
    if (cached) return cached;
    const text = this.text(relsPart);
    const rels: Relationship[] = [];
    if (text) {
      for (const node of children(parseXml(text), "Relationship")) {
        const external = attr(node, "TargetMode") === "External";
        const target = attr(node, "Target") ?? "";
        rels.push({
          id: attr(node, "Id") ?? "",
          type: attr(node, "Type") ?? "",
          target: external ? target : resolveTarget(part, target),
          external,
        });
      }
    }
    this.relsCache.set(relsPart, rels);
    return rels;
  }

  /** Adds a relationship from `part` to `target`; returns its new id. */
  addRelationship(part: string, type: string, target: string): string {
    const relsPart = relsPartOf(part);
    const used = new Set(this.relationships(part).map((r) => r.id));
    let n = used.size + 1;
    while (used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const element = `<Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(relativeTarget(part, target))}"/>`;
    const text = this.text(relsPart);
    if (text === undefined) {
      this.setText(
        relsPart,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${element}</Relationships>`,
      );
      this.ensureDefault("rels", "application/vnd.openxmlformats-package.relationships+xml");
    } else {
      this.setText(relsPart, insertBeforeClose(text, "Relationships", element));
    }
    return id;
  }

  /** Removes the relationships of `part` whose ids are given. */
  removeRelationships(part: string, ids: string[]): void {
    const relsPart = relsPartOf(part);
    const text = this.text(relsPart);
    if (!text) return;
    let out = text;
    for (const id of ids) out = out.replace(new RegExp(`<Relationship\\b[^>]*\\bId="${id}"[^>]*/>`), "");
    this.setText(relsPart, out);
  }

  private contentTypesText(): string {
    if (this.contentTypes === null) {
      const text = this.text("[Content_Types].xml");
      if (text === undefined) throw new PackageError("notWorkbook", "[Content_Types].xml missing");
      this.contentTypes = text;
    }
    return this.contentTypes;
  }

  /** The content type of a part (its Override, else the Default of its extension). */
  contentType(part: string): string | undefined {
    const types = parseXml(this.contentTypesText());
    const override = children(types, "Override").find(
      (o) => (attr(o, "PartName") ?? "").replace(/^\//, "").toLowerCase() === part.toLowerCase(),
    );
    if (override) return attr(override, "ContentType");
    const extension = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    const byDefault = children(types, "Default").find((d) => (attr(d, "Extension") ?? "").toLowerCase() === extension);
    return byDefault ? attr(byDefault, "ContentType") : undefined;
  }

  setOverride(part: string, contentType: string): void {
    if (this.contentType(part) === contentType) return;
    const element = `<Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(contentType)}"/>`;
    this.setText("[Content_Types].xml", insertBeforeClose(this.contentTypesText(), "Types", element));
  }

  removeOverride(part: string): void {
    const escaped = part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    this.setText(
      "[Content_Types].xml",
      this.contentTypesText().replace(new RegExp(`<Override\\b[^>]*PartName="/${escaped}"[^>]*/>`, "i"), ""),
    );
  }

  private ensureDefault(extension: string, contentType: string): void {
    const types = parseXml(this.contentTypesText());
    if (children(types, "Default").some((d) => (attr(d, "Extension") ?? "").toLowerCase() === extension)) return;
    const element = `<Default Extension="${extension}" ContentType="${contentType}"/>`;
    this.setText("[Content_Types].xml", this.contentTypesText().replace(/(<Types\b[^>]*>)/, `$1${element}`));
  }

  /** A part name not used yet: `xl/worksheets/sheet7.xml` for ("xl/worksheets/sheet", ".xml"). */
  freePartName(prefix: string, suffix: string): string {
    const lower = new Set(this.partNames().map((n) => n.toLowerCase()));
    let n = 1;
    while (lower.has(`${prefix}${n}${suffix}`.toLowerCase())) n++;
    return `${prefix}${n}${suffix}`;
  }

  // --- the workbook part ---------------------------------------------------------------------

  /** The main workbook part, from the package relationships; refuses what is not an .xlsx. */
  workbookPart(): string {
    const rels = this.relationships("");
    const main = rels.find((r) => r.type === REL.officeDocument);
    if (!main) {
      if (rels.some((r) => r.type === STRICT_OFFICE_DOCUMENT)) throw new PackageError("strict", "strict OOXML");
      throw new PackageError("notWorkbook", "no officeDocument relationship");
    }
    const type = this.contentType(main.target) ?? "";
    if (/macroEnabled/i.test(type)) throw new PackageError("macro", type);
    if (/binary/i.test(type) || main.target.toLowerCase().endsWith(".bin")) throw new PackageError("binary", type);
    if (type !== CONTENT_TYPE.workbook && type !== CONTENT_TYPE.template) throw new PackageError("notWorkbook", type);
    if (!this.has(main.target)) throw new PackageError("damaged", `${main.target} missing`);
    return main.target;
  }

  /** The output package: edited parts written, every other entry copied as it was. */
  save(): Uint8Array {
    const out: OutputEntry[] = [];
    const write = (name: string, edit: Replacement): OutputEntry =>
      edit.kind === "text"
        ? { kind: "write", name, produce: (sink) => sink(toUtf8(edit.text)) }
        : { kind: "write", name, produce: edit.produce, level: edit.level };
    // [Content_Types].xml stays first, as OPC readers that stream the zip expect.
    const names = this.partNames();
    for (const name of names) {
      if (this.removed.has(name)) continue;
      const edit = this.replaced.get(name);
      if (edit) out.push(write(name, edit));
      else out.push({ kind: "copy", entry: this.entries.get(name)! });
    }
    return writeZip(out);
  }
}

/** `text` with `insert` placed before the closing tag of its root element `root`. */
export function insertBeforeClose(text: string, root: string, insert: string): string {
  const close = text.lastIndexOf(`</${root}>`);
  if (close >= 0) return text.slice(0, close) + insert + text.slice(close);
  // An empty root written as <root .../>.
  const selfClosing = new RegExp(`<${root}\\b([^>]*?)\\s*/>`);
  if (selfClosing.test(text)) return text.replace(selfClosing, `<${root}$1>${insert}</${root}>`);
  throw new Error(`<${root}> not found`);
}

export { attr, child, children, relId, type XmlNode };
