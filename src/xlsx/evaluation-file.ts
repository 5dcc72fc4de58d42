import { quoteSheet } from "../core/a1";
import type { Convention } from "../core/convention";
import type { PeriodRequest } from "../core/evaluation";
import { archiveSheetName, evaluationSheetName, readHandText, type EvaluationSheet } from "../core/evaluation/sheet";
import {
  EVALUATION_STEPS,
  prepareEvaluation,
  sheetOf,
  type EvaluateOptions,
  type EvaluationOutcome,
} from "../features/evaluate";
import { beforeWrite } from "../features/work";
import { setDefinedName } from "./engine/book-edit";
import { CONTENT_TYPE, REL, relsPartOf, type XlsxPackage } from "./engine/package";
import type { PackageWorkbook } from "./engine/port";
import { readSheet } from "./engine/sheet-read";
import { addOverride, addRelationship, addSheetElement, freePartName, freeRelId, workbookSheets } from "./parts";
import { ensureStyles, evaluationSheetXml, printNames } from "./sheet-xml";

/**
 * The package's main parts: the workbook part, its folder (which its relationship targets are
 * relative to), its relationships, its styles part, and the text of a part.
 */
export function mainParts(pkg: XlsxPackage): {
  workbookPart: string;
  folder: string;
  relsPart: string;
  stylesPart: string | null;
  text: (part: string) => string;
} {
  const workbookPart = pkg.workbookPart();
  const relsPart = relsPartOf(workbookPart);
  const styles = pkg.relationships(workbookPart).find((r) => r.type === REL.styles && !r.external);
  const text = (part: string) => {
    const found = pkg.text(part);
    if (found === undefined) throw new Error(`${part} missing`);
    return found;
  };
  return {
    workbookPart,
    folder: workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1),
    relsPart,
    stylesPart: styles?.target ?? null,
    text,
  };
}

/** A copy of a sheet part that stands alone: what pointed to its own relationships is left out. */
export function standaloneSheet(xml: string): string {
  return xml
    .replace(/<(drawing|legacyDrawing|legacyDrawingHF|picture)\b[^>]*\/>/g, "")
    .replace(/<(tableParts|hyperlinks|oleObjects|controls)\b[^>]*\/>/g, "")
    .replace(/<(tableParts|hyperlinks|oleObjects|controls)\b[^>]*>[\s\S]*?<\/\1>/g, "")
    .replace(/\stabSelected="(1|true)"/g, "")
    .replace(/\scodeName="[^"]*"/g, "");
}

export interface WrittenEvaluation {
  /** Name of the sheet that now holds the previous version, when there was one. */
  archived: string | null;
}

/**
 * Adds the evaluation sheet to the package, or, when a sheet of that name exists, moves its content
 * to a new archive sheet and writes the new version in its place. Only the workbook part, its
 * relationships, the content types and the styles are edited (and the new parts added): every
 * other part is copied as it was read when the package is saved.
 */
export function addEvaluationSheet(pkg: XlsxPackage, sheet: EvaluationSheet): WrittenEvaluation {
  const { workbookPart, folder, relsPart, stylesPart, text } = mainParts(pkg);
  if (!stylesPart) throw new Error("styles part missing");
  let workbook = text(workbookPart);
  let rels = text(relsPart);
  let types = text("[Content_Types].xml");
  const styles = ensureStyles(text(stylesPart));
  const sheets = workbookSheets(workbook, rels, workbookPart);
  const existing = sheets.find((s) => s.name.toLowerCase() === sheet.name.toLowerCase());
  const xml = evaluationSheetXml(sheet, styles.ids);
  const names = new Set(pkg.partNames());

  const addSheet = (name: string, content: string): number => {
    const part = freePartName(names, `${folder}worksheets/sheet`);
    names.add(part);
    const rId = freeRelId(rels, "rId");
    rels = addRelationship(rels, rId, REL.worksheet, part.slice(folder.length));
    types = addOverride(types, part, CONTENT_TYPE.worksheet);
    const added = addSheetElement(workbook, name, rId);
    workbook = added.xml;
    pkg.setText(part, content);
    return added.index;
  };

  let archived: string | null = null;
  let index: number;
  if (existing) {
    const previous = text(existing.part);
    const taken = new Set(sheets.map((s) => s.name.toLowerCase()));
    let n = 1;
    while (taken.has(archiveSheetName(existing.name, n).toLowerCase())) n++;
    archived = archiveSheetName(existing.name, n);
    addSheet(archived, standaloneSheet(previous));
    pkg.setText(existing.part, xml);
    index = sheets.indexOf(existing);
  } else {
    index = addSheet(sheet.name, xml);
  }
  for (const [name, formula] of Object.entries(printNames(sheet, quoteSheet(sheet.name))))
    workbook = setDefinedName(workbook, name, formula, index);
  pkg.setText(stylesPart, styles.xml);
  pkg.setText(workbookPart, workbook);
  pkg.setText(relsPart, rels);
  pkg.setText("[Content_Types].xml", types);
  return { archived };
}

/** What an evaluation made on a package: the figures and the sheet written, or why none was. */
export type PackageEvaluation =
  | { ok: true; outcome: Extract<EvaluationOutcome, { ok: true }>; sheetName: string; archived: string | null }
  | { ok: false; reason: "format" | "outside" | "noTable" }
  | { ok: false; reason: "exists"; sheet: string };

/** Column A of a sheet of the package, as text (what the committee typed in an earlier version). */
function columnAText(
  port: PackageWorkbook,
  sheetName: string,
): { text: (row: number) => string | null; lastRow: number } {
  const sheet = port.book.sheet(sheetName);
  const entry = sheet ? port.pkg.entry(sheet.part) : undefined;
  if (!entry) return { text: () => null, lastRow: 0 };
  const read = readSheet(entry, () => port.book.sharedStrings(), { all: true });
  const text = (row: number): string | null => {
    const v = read.rows.get(row)?.get(1)?.value ?? null;
    if (v === null || v === "") return null;
    return typeof v === "object" ? v.error : String(v);
  };
  return { text, lastRow: read.lastRow };
}

/**
 * Makes the evaluation of `request` in the package, for the command line and the task pane's file
 * mode alike: the figures read from the workbook, the sheet added (or, with `force`, made again with
 * what the committee typed kept and the previous version archived). Nothing is written when it
 * answers `ok: false` or a followed work is cancelled (WorkCancelled, thrown before any edit); the
 * caller saves the package when it answers `ok: true`.
 */
export async function evaluatePackage(
  port: PackageWorkbook,
  base: Convention,
  request: PeriodRequest,
  options: EvaluateOptions & { force?: boolean },
): Promise<PackageEvaluation> {
  const outcome = await prepareEvaluation(port, base, request, options);
  if (!outcome.ok) return outcome;
  const sheetName = evaluationSheetName(outcome.figures.period);
  const previous = port.book.sheets().find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
  if (previous && !options.force) return { ok: false, reason: "exists", sheet: previous.name };
  let handText: Record<string, (string | null)[]> | undefined;
  if (previous) {
    const columnA = columnAText(port, previous.name);
    handText = readHandText(columnA.text, columnA.lastRow, outcome.context.partner, outcome.context.operator);
  }
  // Everything is read: a cancel is taken up to here, never once the package is being edited.
  await beforeWrite(options.work, EVALUATION_STEPS.write);
  const { archived } = addEvaluationSheet(port.pkg, sheetOf(outcome, handText));
  return { ok: true, outcome, sheetName, archived };
}
