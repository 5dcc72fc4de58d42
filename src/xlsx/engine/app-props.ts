import { escapeText } from "./xml";

/*
 * docProps/app.xml (extended properties) lists the workbook's sheet titles for file browsers and
 * Office's "Properties" panel: <HeadingPairs> holds groups (a label such as "Worksheets" or
 * "Feuilles de calcul", then a count) and <TitlesOfParts> the titles of every group, in order.
 * When a save adds or removes sheets, the worksheets group is rewritten to the workbook's sheets;
 * every other group (named ranges, charts) and every other element stay as they were written.
 */

export const EXTENDED_PROPERTIES =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";

interface Vector {
  /** Where the <vector> element starts and ends in the text. */
  start: number;
  end: number;
  /** The prefix of the vt namespace ("vt:"), as the writer bound it. */
  prefix: string;
  openTag: string;
  inner: string;
}

function vectorIn(text: string, element: string): Vector | null {
  const container = new RegExp(`<(?:[\\w.-]+:)?${element}\\b[^>]*>([\\s\\S]*?)</(?:[\\w.-]+:)?${element}>`).exec(text);
  if (!container) return null;
  const vector = /<([\w.-]+:)?vector\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?vector>/.exec(container[1]);
  if (!vector) return null;
  const start = container.index + container[0].indexOf(container[1]) + vector.index;
  return {
    start,
    end: start + vector[0].length,
    prefix: vector[1] ?? "",
    openTag: vector[0].slice(0, vector[0].indexOf(">") + 1),
    inner: vector[2],
  };
}

const unescape = (text: string): string =>
  text.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-fA-F]+));/g, (all, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" } as Record<string, string>)[name] ?? all;
  });

/** The items of a vector: each <lpstr>, or each <variant> with its first child's text. */
function items(inner: string, prefix: string, tag: string): { text: string; kind: string }[] {
  const out: { text: string; kind: string }[] = [];
  const pattern = new RegExp(`<${prefix}${tag}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${prefix}${tag}>)`, "g");
  for (const match of inner.matchAll(pattern)) {
    const body = match[1] ?? "";
    if (tag === "variant") {
      const value = /<(?:[\w.-]+:)?(\w+)\b[^>]*?(?:\/>|>([\s\S]*?)<\/)/.exec(body);
      out.push({ kind: value?.[1] ?? "", text: unescape(value?.[2] ?? "") });
    } else out.push({ kind: tag, text: unescape(body) });
  }
  return out;
}

/** Labels Office writes for the worksheets group in the languages users of this tool work in. */
const WORKSHEET_LABELS =
  /^(worksheets|feuilles de calcul|feuilles|arbeitsblätter|hojas de cálculo|fogli di lavoro|planilhas)$/i;

/**
 * app.xml with its worksheets group listing `sheets` (tab order), or null when it already does or
 * when the group cannot be told apart (then the part is left as it was).
 * `before` is the worksheets' names the workbook had when it was read: the group is the one whose
 * titles are those sheets.
 */
export function syncSheetTitles(text: string, before: readonly string[], sheets: readonly string[]): string | null {
  const pairs = vectorIn(text, "HeadingPairs");
  const titles = vectorIn(text, "TitlesOfParts");
  if (!pairs || !titles || pairs.start > titles.start) return null;
  const variants = items(pairs.inner, pairs.prefix, "variant");
  const groups: { label: string; count: number }[] = [];
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const count = Number(variants[i + 1].text);
    if (!Number.isInteger(count) || count < 0) return null;
    groups.push({ label: variants[i].text, count });
  }
  const names = items(titles.inner, titles.prefix, "lpstr").map((item) => item.text);
  if (groups.length === 0 || groups.reduce((sum, g) => sum + g.count, 0) !== names.length) return null;
  // The worksheets group: the one made of the sheets the workbook had, else the one Office labels so.
  const known = new Set(before);
  let first = 0;
  let target = -1;
  let best = 0;
  groups.forEach((group, g) => {
    const own = names.slice(first, first + group.count);
    const shared = own.filter((name) => known.has(name)).length;
    if (shared > best && shared * 2 > own.length) {
      best = shared;
      target = g;
    }
    first += group.count;
  });
  if (target < 0) target = groups.findIndex((group) => WORKSHEET_LABELS.test(group.label.trim()));
  if (target < 0) return null;
  const offset = groups.slice(0, target).reduce((sum, g) => sum + g.count, 0);
  const current = names.slice(offset, offset + groups[target].count);
  if (current.length === sheets.length && current.every((name, i) => name === sheets[i])) return null;

  // Titles: the group's <lpstr> replaced, the others kept as written.
  const p = titles.prefix;
  const lpstr = new RegExp(`<${p}lpstr\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}lpstr>)`, "g");
  const written = [...titles.inner.matchAll(lpstr)].map((m) => m[0]);
  const newTitles = [
    ...written.slice(0, offset),
    ...sheets.map((name) => `<${p}lpstr>${escapeText(name)}</${p}lpstr>`),
    ...written.slice(offset + groups[target].count),
  ];
  const titlesOpen = titles.openTag.replace(/\ssize="\d+"/, ` size="${newTitles.length}"`);
  const titlesXml = `${titlesOpen}${newTitles.join("")}</${p}vector>`;

  // Heading pairs: only the count of the group changes.
  const q = pairs.prefix;
  const variantPattern = new RegExp(`<${q}variant\\b[^>]*?(?:/>|>[\\s\\S]*?</${q}variant>)`, "g");
  let index = 0;
  const pairsInner = pairs.inner.replace(variantPattern, (variant) => {
    const at = index++;
    if (at !== 2 * target + 1) return variant;
    return variant.replace(/(<(?:[\w.-]+:)?i4\b[^>]*>)\s*\d+\s*(<\/)/, `$1${sheets.length}$2`);
  });
  const pairsXml = `${pairs.openTag}${pairsInner}</${q}vector>`;
  return (
    text.slice(0, pairs.start) + pairsXml + text.slice(pairs.end, titles.start) + titlesXml + text.slice(titles.end)
  );
}
