import type { XlsxPackage } from "./package";
import { escapeAttr } from "./xml";

// Number formats Excel knows by id, so none is added twice under a custom id.
const BUILT_IN: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

/**
 * Cell styles the tool needs (a number format, bold) added to the styles part at the end of its
 * lists, so that every style index already used in the workbook keeps its meaning.
 */
export class StyleBook {
  private readonly cache = new Map<string, number>();

  constructor(
    private readonly pkg: XlsxPackage,
    private readonly part: string | undefined,
  ) {}

  /** The cellXfs index of a style with this number format and weight (0 when nothing is asked). */
  styleFor(numFmt: string | undefined, bold: boolean): number {
    if (!numFmt && !bold) return 0;
    const key = `${numFmt ?? ""}\u0000${bold}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    if (!this.part) return 0;
    let text = this.pkg.text(this.part);
    if (text === undefined) return 0;
    const p = /<([\w.-]+:)?styleSheet[\s>]/.exec(text)?.[1] ?? "";
    let numFmtId = 0;
    if (numFmt) {
      const known = BUILT_IN[numFmt];
      if (known !== undefined) numFmtId = known;
      else {
        const formats = [
          ...text.matchAll(new RegExp(`<${p}numFmt\\b[^>]*numFmtId="(\\d+)"[^>]*formatCode="([^"]*)"`, "g")),
        ];
        const same = formats.find((m) => decode(m[2]) === numFmt);
        if (same) numFmtId = Number(same[1]);
        else {
          numFmtId = Math.max(163, ...formats.map((m) => Number(m[1]))) + 1;
          text = appendToList(
            text,
            p,
            "numFmts",
            `<${p}numFmt numFmtId="${numFmtId}" formatCode="${escapeAttr(numFmt)}"/>`,
            ["fonts", "fills", "borders", "cellStyleXfs", "cellXfs"],
          ).text;
        }
      }
    }
    let fontId = 0;
    if (bold) {
      const fonts = new RegExp(`<${p}fonts\\b[^>]*>([\\s\\S]*?)</${p}fonts>`).exec(text);
      const first = fonts ? new RegExp(`<${p}font\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}font>)`).exec(fonts[1]) : null;
      const base = first ? first[0] : `<${p}font/>`;
      const boldFont = base.endsWith("/>")
        ? base.replace(/\s*\/>$/, `><${p}b/></${p}font>`)
        : base.replace(/^(<[^>]*>)/, `$1<${p}b/>`);
      const added = appendToList(text, p, "fonts", boldFont, ["fills", "borders", "cellStyleXfs", "cellXfs"]);
      text = added.text;
      fontId = added.index;
    }
    const xf = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${numFmt ? ' applyNumberFormat="1"' : ""}${bold ? ' applyFont="1"' : ""}/>`;
    const added = appendToList(text, p, "cellXfs", xf, ["cellStyles", "dxfs", "tableStyles", "colors", "extLst"]);
    this.pkg.setText(this.part, added.text);
    this.cache.set(key, added.index);
    return added.index;
  }
}

const decode = (text: string): string =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** Appends `item` to the list element `list` (creating it before `before` when missing), count updated. */
function appendToList(
  text: string,
  p: string,
  list: string,
  item: string,
  before: string[],
): { text: string; index: number } {
  const open = new RegExp(`<${p}${list}\\b([^>]*?)(/?)>`).exec(text);
  if (open && open[2] !== "/") {
    const close = text.indexOf(`</${p}${list}>`, open.index);
    const inner = text.slice(open.index + open[0].length, close);
    const itemName = list === "numFmts" ? "numFmt" : list === "fonts" ? "font" : "xf";
    const index = [...inner.matchAll(new RegExp(`<${p}${itemName}\\b`, "g"))].length;
    const attrs = /\scount="\d+"/.test(open[1])
      ? open[1].replace(/\scount="\d+"/, ` count="${index + 1}"`)
      : `${open[1]} count="${index + 1}"`;
    const edited = `<${p}${list}${attrs}>` + inner + item + `</${p}${list}>`;
    return { text: text.slice(0, open.index) + edited + text.slice(close + `</${p}${list}>`.length), index };
  }
  const element = `<${p}${list} count="1">${item}</${p}${list}>`;
  if (open) return { text: text.slice(0, open.index) + element + text.slice(open.index + open[0].length), index: 0 };
  let at = -1;
  for (const name of before) {
    const found = new RegExp(`<${p}${name}[\\s>/]`).exec(text);
    if (found && (at < 0 || found.index < at)) at = found.index;
  }
  if (at < 0) at = text.lastIndexOf(`</${p}styleSheet>`);
  return { text: text.slice(0, at) + element + text.slice(at), index: 0 };
}
