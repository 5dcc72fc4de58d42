import { SaxesParser, type SaxesTagPlain } from "saxes";
import { inflateEntry, streamEntry, streamEntryPaced, type Pace, type ZipEntry } from "./zip";

/** A small XML part as a tree (workbook, relationships, tables: never a large sheet). */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export const utf8 = (bytes: Uint8Array): string => decoder.decode(bytes);
export const toUtf8 = (text: string): Uint8Array => encoder.encode(text);

export function entryText(entry: ZipEntry): string {
  return utf8(inflateEntry(entry));
}

export type XmlParser = SaxesParser<{ xmlns: false; position: false }>;

// Every handler any reader sets, in one order.
const HANDLERS = ["opentag", "closetag", "text", "cdata", "end"] as const;

/**
 * A parser whose handler fields all exist, in the same order, before any is set. saxes keeps
 * handlers as properties: parsers that gained them in different orders, or a text handler turned on
 * mid-document, had different hidden classes, and the parser's per-character loops went
 * polymorphic (a 100 000-row check took twice as long as with one shape).
 */
export function newParser(): XmlParser {
  const parser: XmlParser = new SaxesParser({ xmlns: false, position: false });
  for (const event of HANDLERS) parser.off(event);
  return parser;
}

/** Parses a whole (small) part into a tree. Element names keep their prefixes as written. */
export function parseXml(text: string): XmlNode {
  const parser = newParser();
  const root: XmlNode = { name: "#document", attrs: {}, children: [], text: "" };
  const stack: XmlNode[] = [root];
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const node: XmlNode = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [], text: "" };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on("closetag", () => void stack.pop());
  parser.on("text", (t) => {
    stack[stack.length - 1].text += t;
  });
  parser.on("cdata", (t) => {
    stack[stack.length - 1].text += t;
  });
  parser.write(text).close();
  return root.children[0];
}

/** The local part of a prefixed element or attribute name. */
export const localName = (name: string): string => name.slice(name.indexOf(":") + 1);

export function child(node: XmlNode | undefined, local: string): XmlNode | undefined {
  return node?.children.find((c) => localName(c.name) === local);
}

export function children(node: XmlNode | undefined, local: string): XmlNode[] {
  return node ? node.children.filter((c) => localName(c.name) === local) : [];
}

/** An attribute by its local name (`r:id` and `id` differ: give the prefixed name when needed). */
export function attr(node: XmlNode, name: string): string | undefined {
  return node.attrs[name];
}

/** The value of an attribute in the relationships namespace, whatever its prefix. */
export function relId(node: XmlNode): string | undefined {
  for (const [key, value] of Object.entries(node.attrs)) if (key !== "id" && localName(key) === "id") return value;
  return undefined;
}

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttr(text: string): string {
  return escapeText(text)
    .replace(/"/g, "&quot;")
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;");
}

/**
 * Characters XML 1.0 cannot carry are written as OOXML's _xHHHH_ escapes (and a literal "_x" that
 * would read as one is escaped itself), as Excel does.
 */
export function escapeCellText(text: string): string {
  const escaped = text
    .replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
      (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    );
  return escapeText(escaped);
}

/** Undoes OOXML's _xHHHH_ escapes in a cell's text. */
export function unescapeCellText(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_all, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// Text is decoded in pieces below V8's large-object size (128 KB): a piece dies young, where a
// large string would stay in the old generation until a full collection.
const TEXT_PIECE = 1 << 15;

/** What the streams feed: a SAX parser, written to a piece at a time then closed. */
export interface XmlSink {
  write(text: string): unknown;
  close(): unknown;
}

/** How a reader is fed a part: streamXml, or a paced stream (see streamXmlPaced). */
export type XmlFeed = (entry: ZipEntry, parser: XmlSink) => void;

/** Feeds a part's text to `parser` a chunk at a time, without holding the whole text. */
export function streamXml(entry: ZipEntry, parser: XmlSink): void {
  streamEntry(entry, textPieces(parser));
  parser.close();
}

/** streamXml with `pace` called between inflate steps (see streamEntryPaced): resolves once the parser is closed. */
export async function streamXmlPaced(entry: ZipEntry, parser: XmlSink, pace: Pace): Promise<void> {
  await streamEntryPaced(entry, textPieces(parser), pace);
  parser.close();
}

/** Decodes inflated chunks into text pieces written to `parser`. */
function textPieces(parser: XmlSink): (chunk: Uint8Array, final: boolean) => void {
  const textDecoder = new TextDecoder();
  return (chunk, final) => {
    for (let at = 0; at < chunk.length || (final && at === 0); at += TEXT_PIECE) {
      const last = final && at + TEXT_PIECE >= chunk.length;
      const text = textDecoder.decode(chunk.subarray(at, at + TEXT_PIECE), { stream: !last });
      if (text) parser.write(text);
    }
  };
}

/**
 * Runs a reader that takes an XmlFeed (readSheet, readSharedStrings) on a paced stream: `read`
 * returns its result object at once, filled as the stream goes; it is complete when this resolves.
 */
export async function readPaced<T>(read: (feed: XmlFeed) => T, pace: Pace): Promise<T> {
  let fed: Promise<void> | undefined;
  const result = read((entry, parser) => {
    fed = streamXmlPaced(entry, parser, pace);
  });
  await fed;
  return result;
}
