import type { PlanCell } from "../../core/plan-types";
import { columnToLetters } from "./formula";
import { splitRef } from "./sheet-read";
import { escapeCellText, escapeText, toUtf8 } from "./xml";
import { streamEntry, type EntryProducer, type ZipEntry } from "./zip";

/*
 * Streaming edits of a worksheet part. The text is split in three: the head (up to <sheetData>),
 * the rows, and the tail (after </sheetData>). Head and tail are small and edited as text; the rows
 * pass through untouched except those named in `rows`, whose cells are merged in, and new rows,
 * inserted in order. A 100 000-row sheet is never held whole.
 */

export interface SheetEdit {
  /** Cells to put, by row then column, as <c> elements (an empty string removes the cell). */
  rows?: Map<number, Map<number, string>>;
  head?: (head: string) => string;
  tail?: (tail: string) => string;
}

/** A <c> element for a value written by the tool (strings inline, formulas left to recalculate). */
export function cellXml(row: number, col: number, value: PlanCell, style?: number): string {
  const ref = `${columnToLetters(col)}${row}`;
  const s = style !== undefined && style !== 0 ? ` s="${style}"` : "";
  if (value === null || value === undefined || value === "") return s ? `<c r="${ref}"${s}/>` : "";
  if (typeof value === "number")
    return Number.isFinite(value)
      ? `<c r="${ref}"${s}><v>${value}</v></c>`
      : `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === "string")
    return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeCellText(value)}</t></is></c>`;
  if ("formula" in value) return `<c r="${ref}"${s}><f>${escapeText(value.formula.replace(/^=/, ""))}</f></c>`;
  return `<c r="${ref}"${s} t="e"><v>${escapeText(value.error)}</v></c>`;
}

/** Cells of an existing <row> element merged with replacements (column order kept). */
export function mergeRow(rowXml: string, rowNumber: number, replacements: Map<number, string>, prefix: string): string {
  const startEnd = rowXml.indexOf(">");
  const selfClosing = rowXml[startEnd - 1] === "/";
  // spans is a hint of the used columns: dropped, as it may no longer hold.
  const startTag =
    (selfClosing ? rowXml.slice(0, startEnd - 1) : rowXml.slice(0, startEnd)).replace(/\sspans="[^"]*"/, "") + ">";
  const inner = selfClosing ? "" : rowXml.slice(startEnd + 1, rowXml.lastIndexOf(`</${prefix}row>`));
  const cells: { col: number; xml: string }[] = [];
  const cellPattern = new RegExp(`<${prefix}c\\b[^>]*?(?:/>|>[\\s\\S]*?</${prefix}c>)`, "g");
  let col = 0;
  for (const match of inner.matchAll(cellPattern)) {
    const ref = /\br="([^"]+)"/.exec(match[0].slice(0, match[0].indexOf(">")));
    col = ref ? (splitRef(ref[1])?.col ?? col + 1) : col + 1;
    if (!replacements.has(col)) cells.push({ col, xml: match[0] });
  }
  for (const [c, xml] of replacements) if (xml) cells.push({ col: c, xml: withPrefix(xml, prefix) });
  cells.sort((a, b) => a.col - b.col);
  void rowNumber;
  return `${startTag}${cells.map((c) => c.xml).join("")}</${prefix}row>`;
}

function withPrefix(xml: string, prefix: string): string {
  if (!prefix) return xml;
  return xml.replace(/<(\/?)(c|v|f|is|t)\b/g, `<$1${prefix}$2`);
}

function newRow(rowNumber: number, cells: Map<number, string>, prefix: string): string {
  const ordered = [...cells.entries()].filter(([, xml]) => xml).sort((a, b) => a[0] - b[0]);
  if (ordered.length === 0) return "";
  return `<${prefix}row r="${rowNumber}">${ordered.map(([, xml]) => withPrefix(xml, prefix)).join("")}</${prefix}row>`;
}

/**
 * A producer of the edited sheet's bytes, to be deflated into the new package. `lastRow` is the
 * last row the sheet holds: when every new row comes after it (an import), the rows are copied as
 * bytes, never decoded, and the new rows go just before </sheetData>.
 */
export function editSheet(entry: ZipEntry, edit: SheetEdit, prefix = "", lastRow = Infinity): EntryProducer {
  return editSheetChunks((onChunk) => streamEntry(entry, onChunk), edit, prefix, lastRow);
}

/** A source of a part's inflated bytes, chunk by chunk (where chunks end is the inflater's choice). */
export type ChunkSource = (onChunk: (chunk: Uint8Array, final: boolean) => void) => void;

/** editSheet over any chunking of the sheet's bytes (tests cut them at every place). */
export function editSheetChunks(source: ChunkSource, edit: SheetEdit, prefix = "", lastRow = Infinity): EntryProducer {
  const pending = [...(edit.rows?.keys() ?? [])];
  if (pending.length > 0 && Math.min(...pending) > lastRow) return appendAtEnd(source, edit, prefix);
  return (sink) => {
    const rewriter = new SheetRewriter(edit, prefix, (text) => sink(toUtf8(text)));
    const decoder = new TextDecoder();
    source((chunk, final) => {
      rewriter.push(decoder.decode(chunk, { stream: !final }));
      if (final) rewriter.end();
    });
  };
}

/**
 * Where `marker` starts in `bytes` from `from`, or -1. The native search runs on the marker's
 * rarest byte (an upper-case letter, not the "<" every element starts with): a 40 MB sheet gives
 * a few thousand candidates to compare, not millions.
 */
function indexOfBytes(bytes: Uint8Array, marker: Uint8Array, from: number): number {
  let pivot = 0;
  for (let i = 0; i < marker.length; i++) if (marker[i] >= 0x41 && marker[i] <= 0x5a) pivot = i;
  const key = marker[pivot];
  for (let at = bytes.indexOf(key, from + pivot); at >= 0; at = bytes.indexOf(key, at + 1)) {
    const start = at - pivot;
    if (start + marker.length > bytes.length) return -1;
    let i = 0;
    while (i < marker.length && bytes[start + i] === marker[i]) i++;
    if (i === marker.length) return start;
  }
  return -1;
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** The byte path of editSheet: head and tail edited as text, the rows copied as they are. */
function appendAtEnd(source: ChunkSource, edit: SheetEdit, prefix: string): EntryProducer {
  return (sink) => {
    const open = toUtf8(`<${prefix}sheetData`);
    const close = toUtf8(`</${prefix}sheetData>`);
    const rows = edit.rows!;
    const added = [...rows.keys()]
      .sort((a, b) => a - b)
      .map((row) => newRow(row, rows.get(row)!, prefix))
      .join("");
    let state: "head" | "body" | "tail" = "head";
    // Bytes not passed on yet: the head until <sheetData> is seen, then only the end of the last
    // chunk (a marker may straddle two chunks), then the tail. The rows pass on as views of the
    // inflated chunks, never copied.
    let held: Uint8Array = new Uint8Array(0);
    const decoder = new TextDecoder();
    source((chunk, final) => {
      if (state === "tail") held = concatBytes(held, chunk);
      if (state === "head") {
        held = concatBytes(held, chunk);
        const at = indexOfBytes(held, open, 0);
        const end = at >= 0 ? held.indexOf(0x3e, at) : -1;
        if (end < 0) {
          if (final) throw new Error("worksheet without sheetData");
          return;
        }
        if (held[end - 1] === 0x2f) throw new Error("empty sheetData: use the text path");
        const head = decoder.decode(held.subarray(0, at));
        sink(toUtf8(edit.head ? edit.head(head) : head));
        sink(held.subarray(at, end + 1));
        chunk = held.subarray(end + 1);
        held = new Uint8Array(0);
        state = "body";
      }
      if (state === "body") {
        // A chunk shorter than the marker: join it to the kept bytes, so that they always hold the
        // end of everything seen, however many chunks the marker is cut into.
        if (held.length > 0 && chunk.length < close.length - 1) {
          chunk = concatBytes(held, chunk);
          held = new Uint8Array(0);
        }
        // A marker cut by the previous chunk's end: look in the kept bytes joined to this chunk's start.
        const joined = held.length > 0 ? concatBytes(held, chunk.subarray(0, close.length - 1)) : held;
        const across = held.length > 0 ? indexOfBytes(joined, close, 0) : -1;
        let at = -1;
        if (across >= 0 && across < held.length) {
          sink(held.subarray(0, across));
          chunk = concatBytes(held.subarray(across), chunk);
          at = 0;
        } else {
          if (held.length > 0) sink(held);
          at = indexOfBytes(chunk, close, 0);
        }
        held = new Uint8Array(0);
        if (at < 0) {
          const keep = Math.min(chunk.length, close.length - 1);
          sink(chunk.subarray(0, chunk.length - keep));
          held = chunk.slice(chunk.length - keep);
          if (final) throw new Error("sheetData not closed");
          return;
        }
        sink(chunk.subarray(0, at));
        sink(toUtf8(added));
        held = chunk.subarray(at);
        state = "tail";
      }
      if (final) {
        const tail = decoder.decode(held);
        sink(toUtf8(edit.tail ? edit.tail(tail) : tail));
      }
    });
  };
}

/** The same edits on a sheet's whole text (small sheets, tests). */
export function editSheetText(text: string, edit: SheetEdit, prefix = ""): string {
  let out = "";
  const rewriter = new SheetRewriter(edit, prefix, (t) => {
    out += t;
  });
  rewriter.push(text);
  rewriter.end();
  return out;
}

const OUTPUT_CHUNK = 1 << 16;

class SheetRewriter {
  private state: "head" | "body" | "tail" = "head";
  private buffer = "";
  private out: string[] = [];
  private outLength = 0;
  private readonly pending: number[];
  private readonly rows: Map<number, Map<number, string>>;
  private lastRow = 0;
  private readonly open: string;
  private readonly rowOpen: string;
  private readonly rowClose: string;
  private readonly dataClose: string;

  constructor(
    private readonly edit: SheetEdit,
    private readonly prefix: string,
    private readonly emitText: (text: string) => void,
  ) {
    this.rows = edit.rows ?? new Map();
    this.pending = [...this.rows.keys()].sort((a, b) => a - b);
    this.open = `<${prefix}sheetData`;
    this.rowOpen = `<${prefix}row`;
    this.rowClose = `</${prefix}row>`;
    this.dataClose = `</${prefix}sheetData>`;
  }

  private emit(text: string): void {
    if (!text) return;
    this.out.push(text);
    this.outLength += text.length;
    if (this.outLength >= OUTPUT_CHUNK) this.flush();
  }

  private flush(): void {
    if (this.out.length === 0) return;
    this.emitText(this.out.join(""));
    this.out = [];
    this.outLength = 0;
  }

  push(text: string): void {
    this.buffer += text;
    if (this.state === "head") this.head();
    if (this.state === "body") this.body();
  }

  end(): void {
    if (this.state !== "tail") throw new Error("worksheet without sheetData");
    this.emit(this.edit.tail ? this.edit.tail(this.buffer) : this.buffer);
    this.buffer = "";
    this.flush();
  }

  private head(): void {
    const at = this.findTag(this.buffer, this.open, 0);
    if (at < 0) return;
    const close = this.buffer.indexOf(">", at);
    if (close < 0) return;
    const headText = this.buffer.slice(0, at);
    this.emit(this.edit.head ? this.edit.head(headText) : headText);
    const selfClosing = this.buffer[close - 1] === "/";
    if (selfClosing) {
      // <sheetData/>: opened and closed here, new rows go inside.
      this.emit(`${this.buffer.slice(at, close - 1).trimEnd()}>`);
      this.buffer = this.buffer.slice(close + 1);
      this.emit(this.flushPending(Infinity));
      this.emit(this.dataClose);
      this.state = "tail";
      return;
    }
    this.emit(this.buffer.slice(at, close + 1));
    this.buffer = this.buffer.slice(close + 1);
    this.state = "body";
  }

  /** Rows pending with numbers below `limit`, as new row elements. */
  private flushPending(limit: number): string {
    let text = "";
    while (this.pending.length > 0 && this.pending[0] < limit) {
      const row = this.pending.shift()!;
      text += newRow(row, this.rows.get(row)!, this.prefix);
    }
    return text;
  }

  private body(): void {
    let pos = 0;
    const buf = this.buffer;
    // Where an element cut by the chunk boundary starts: kept for the next chunk.
    let incomplete = -1;
    // Searched once per chunk: rows never follow the end of sheetData.
    const endAt = buf.indexOf(this.dataClose, pos);
    for (;;) {
      // With nothing left to merge, only the end of sheetData matters.
      const rowAt = this.pending.length > 0 ? this.findTag(buf, this.rowOpen, pos) : -1;
      if (endAt >= 0 && (rowAt < 0 || endAt < rowAt)) {
        this.emit(buf.slice(pos, endAt));
        this.emit(this.flushPending(Infinity));
        this.emit(this.dataClose);
        this.buffer = buf.slice(endAt + this.dataClose.length);
        this.state = "tail";
        return;
      }
      if (rowAt < 0) break;
      const tagEnd = buf.indexOf(">", rowAt);
      if (tagEnd < 0) {
        incomplete = rowAt;
        break;
      }
      const startTag = buf.slice(rowAt, tagEnd + 1);
      const r = /\sr="(\d+)"/.exec(startTag);
      const rowNumber = r ? Number(r[1]) : this.lastRow + 1;
      if (this.pending.length > 0 && this.pending[0] <= rowNumber) {
        if (this.pending[0] === rowNumber) {
          // An existing row gets cells: take it whole.
          const selfClosing = startTag.endsWith("/>");
          const rowEnd = selfClosing ? tagEnd + 1 : buf.indexOf(this.rowClose, tagEnd);
          if (rowEnd < 0) {
            incomplete = rowAt;
            break;
          }
          const end = selfClosing ? rowEnd : rowEnd + this.rowClose.length;
          this.emit(buf.slice(pos, rowAt));
          this.emit(this.flushPending(rowNumber));
          this.pending.shift();
          this.emit(mergeRow(buf.slice(rowAt, end), rowNumber, this.rows.get(rowNumber)!, this.prefix));
          this.lastRow = rowNumber;
          pos = end;
          continue;
        }
        this.emit(buf.slice(pos, rowAt));
        this.emit(this.flushPending(rowNumber));
        pos = rowAt;
      }
      this.emit(buf.slice(pos, tagEnd + 1));
      this.lastRow = rowNumber;
      pos = tagEnd + 1;
    }
    // Otherwise keep enough to complete a marker cut by the boundary ("</sheetData>", "<row ").
    const from = incomplete >= 0 ? incomplete : Math.max(pos, buf.length - 32);
    this.emit(buf.slice(pos, from));
    this.buffer = buf.slice(from);
  }

  /** The next `<tag` start (followed by a space, > or /), from `from`. */
  private findTag(text: string, tag: string, from: number): number {
    let at = text.indexOf(tag, from);
    while (at >= 0) {
      const next = text[at + tag.length];
      if (next === undefined) return -1;
      if (next === " " || next === ">" || next === "/" || next === "\n" || next === "\r" || next === "\t") return at;
      at = text.indexOf(tag, at + 1);
    }
    return -1;
  }
}
