import { escapeAttr, escapeText } from "./xml";

/*
 * Text edits of the workbook part (xl/workbook.xml or whatever the package names it): each one
 * touches a single element and leaves the rest of the text as it was written.
 */

// CT_Workbook's children after <definedNames>, in schema order: calcPr goes before all of them but
// itself, definedNames before calcPr too.
const AFTER_CALC_PR = [
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

function insertBeforeFirst(text: string, prefix: string, names: string[], insert: string): string {
  let at = -1;
  for (const name of names) {
    const found = new RegExp(`<${prefix}${name}[\\s>/]`).exec(text);
    if (found && (at < 0 || found.index < at)) at = found.index;
  }
  if (at < 0) at = text.lastIndexOf(`</${prefix}workbook>`);
  if (at < 0) throw new Error("workbook element not closed");
  return text.slice(0, at) + insert + text.slice(at);
}

export function prefixOf(text: string): string {
  const root = /<([A-Za-z_][\w.-]*:)?workbook[\s>]/.exec(text);
  return root?.[1] ?? "";
}

/** Excel recalculates every formula on open (formulas written without a cached result). */
export function setFullCalcOnLoad(text: string): string {
  const p = prefixOf(text);
  const calcPr = new RegExp(`<${p}calcPr\\b[^>]*?/?>`).exec(text);
  if (calcPr) {
    const tag = calcPr[0];
    if (/\sfullCalcOnLoad="(1|true)"/.test(tag)) return text;
    const edited = /\sfullCalcOnLoad="[^"]*"/.test(tag)
      ? tag.replace(/\sfullCalcOnLoad="[^"]*"/, ' fullCalcOnLoad="1"')
      : tag.replace(/(\s*\/?>)$/, ' fullCalcOnLoad="1"$1');
    return text.slice(0, calcPr.index) + edited + text.slice(calcPr.index + tag.length);
  }
  return insertBeforeFirst(text, p, AFTER_CALC_PR, `<${p}calcPr fullCalcOnLoad="1"/>`);
}

/**
 * Adds or replaces a defined name: a workbook-level one, or with `localSheetId` one scoped to the sheet
 * at that tab position (_xlnm.Print_Area, _xlnm.Print_Titles…). Names of the same name in another
 * scope are left alone.
 */
export function setDefinedName(text: string, name: string, formula: string, localSheetId?: number): string {
  const p = prefixOf(text);
  const scope = localSheetId === undefined ? "" : ` localSheetId="${localSheetId}"`;
  const element = `<${p}definedName name="${escapeAttr(name)}"${scope}>${escapeText(formula)}</${p}definedName>`;
  const existing = new RegExp(`<${p}definedName\\b([^>]*)>[\\s\\S]*?</${p}definedName>`, "g");
  for (const match of text.matchAll(existing)) {
    const attrs = match[1];
    const named = /\sname="([^"]*)"/.exec(attrs);
    const local = /\slocalSheetId\s*=\s*["'](\d+)["']/.exec(attrs)?.[1];
    if (
      !named ||
      named[1].toLowerCase() !== name.toLowerCase() ||
      local !== (localSheetId === undefined ? undefined : String(localSheetId))
    )
      continue;
    const kept = match[0].replace(/>[\s\S]*?<\//, `>${escapeText(formula)}</`);
    return text.slice(0, match.index!) + kept + text.slice(match.index! + match[0].length);
  }
  const close = text.indexOf(`</${p}definedNames>`);
  if (close >= 0) return text.slice(0, close) + element + text.slice(close);
  const empty = new RegExp(`<${p}definedNames\\s*/>`).exec(text);
  if (empty)
    return (
      text.slice(0, empty.index) +
      `<${p}definedNames>${element}</${p}definedNames>` +
      text.slice(empty.index + empty[0].length)
    );
  return insertBeforeFirst(text, p, ["calcPr", ...AFTER_CALC_PR], `<${p}definedNames>${element}</${p}definedNames>`);
}

/**
 * Inserts a <sheet> at tab `position`: sheet-scoped names (localSheetId) and the active and first
 * visible tabs that follow it move up by one, so that they keep naming the same sheets.
 */
export function insertSheet(
  text: string,
  position: number,
  name: string,
  sheetId: number,
  relId: string,
  relPrefix: string,
): string {
  const p = prefixOf(text);
  const element = `<${p}sheet name="${escapeAttr(name)}" sheetId="${sheetId}" ${relPrefix}:id="${relId}"/>`;
  const sheetTags = [
    ...text.matchAll(new RegExp(`<${p}sheet\\b[^>]*?/>|<${p}sheet\\b[^>]*?>[\\s\\S]*?</${p}sheet>`, "g")),
  ];
  let out: string;
  if (position < sheetTags.length) {
    const at = sheetTags[position].index!;
    out = text.slice(0, at) + element + text.slice(at);
  } else {
    const close = text.indexOf(`</${p}sheets>`);
    out =
      close >= 0
        ? text.slice(0, close) + element + text.slice(close)
        : text.replace(new RegExp(`<${p}sheets\\s*/>`), `<${p}sheets>${element}</${p}sheets>`);
  }
  if (position >= sheetTags.length) return out;
  const bump = (value: string) => (Number(value) >= position ? String(Number(value) + 1) : value);
  out = out.replace(
    new RegExp(`(<${p}definedName\\b[^>]*\\slocalSheetId=")(\\d+)(")`, "g"),
    (_all, a: string, n: string, b: string) => a + bump(n) + b,
  );
  out = out.replace(new RegExp(`<${p}workbookView\\b[^>]*>`, "g"), (all: string) =>
    all.replace(/\s(activeTab|firstSheet)="(\d+)"/g, (_m, key: string, n: string) => ` ${key}="${bump(n)}"`),
  );
  return out;
}

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The root element's start tag (namespaces the tool's elements rely on must be bound there). */
function rootTag(text: string): RegExpExecArray {
  const root = /<(?:[A-Za-z_][\w.-]*:)?workbook\b[^>]*>/.exec(text);
  if (!root) throw new Error("workbook element not found");
  return root;
}

/**
 * The prefix the workbook's root binds to the relationships namespace (bound by ensureRelationshipNamespace), "r"
 * when none.
 */
export function relationshipPrefix(text: string): string {
  const bound = /\sxmlns:([\w.-]+)\s*=\s*"([^"]*)"/g;
  for (const m of rootTag(text)[0].matchAll(bound)) if (m[2] === REL_NS) return m[1];
  return "r";
}

/** Binds the relationships namespace on the root (some writers bind it on each element instead). */
export function ensureRelationshipNamespace(text: string, p: string): string {
  const root = rootTag(text);
  if (root[0].includes(`"${REL_NS}"`)) return text;
  void p;
  // "r" may be bound to something else on the root: pick a free prefix then.
  const prefix = new RegExp(`\\sxmlns:r=`).test(root[0]) ? "rel" : "r";
  const edited = root[0].replace(/^(<[^\s>/]+)/, `$1 xmlns:${prefix}="${REL_NS}"`);
  return text.slice(0, root.index) + edited + text.slice(root.index + root[0].length);
}
