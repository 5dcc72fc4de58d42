import { randomBytes } from "node:crypto";
import { chmod, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { archiveSheetName, type EvaluationSheet } from "../core/evaluation/sheet";
import {
  addOverride, addRelationship, addSheetElement, CONTENT_TYPE, freePartName, freeRelId, quotedSheet, readZipTexts, REL_TYPE, setLocalNames, workbookSheets,
} from "./parts";
import { READ_ONLY } from "./save";
import { ensureStyles, evaluationSheetXml, printNames } from "./sheet-xml";
import { rewriteZip, type ZipRewrite } from "./zip-rewrite";

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const CONTENT_TYPES = "[Content_Types].xml";
const STYLES = "xl/styles.xml";

/**
 * Writes `path` again through `write(temp)`, next to it then renamed over it: readers never see a
 * partial file, a read-only file is refused, a replaced file keeps its permissions.
 */
export async function replaceFile(path: string, write: (temp: string) => Promise<void>): Promise<void> {
  const info = await stat(path);
  const mode = info.mode & 0o7777;
  if ((mode & 0o222) === 0) throw Object.assign(new Error(`${path} is read-only`), { code: READ_ONLY });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await write(temp);
    await chmod(temp, mode);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
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
 * Adds the evaluation sheet to the workbook file, or, when a sheet of that name exists, moves its
 * content to a new archive sheet and writes the new version in its place. Every other part of the
 * file is copied as it is, apart from the few lines that list the new sheet and its print names.
 */
export async function writeEvaluationFile(path: string, sheet: EvaluationSheet): Promise<WrittenEvaluation> {
  const small = new Set([WORKBOOK, WORKBOOK_RELS, CONTENT_TYPES, STYLES]);
  const first = await readZipTexts(path, (name) => small.has(name));
  const text = (name: string) => {
    const found = first.texts.get(name);
    if (found === undefined) throw new Error(`${name} missing`);
    return found;
  };
  let workbook = text(WORKBOOK);
  let rels = text(WORKBOOK_RELS);
  let types = text(CONTENT_TYPES);
  const styles = ensureStyles(text(STYLES));
  const sheets = workbookSheets(workbook, rels);
  const existing = sheets.find((s) => s.name.toLowerCase() === sheet.name.toLowerCase());
  const xml = evaluationSheetXml(sheet, styles.ids);
  const names = new Set(first.names);
  const edit: NonNullable<ZipRewrite["edit"]> = { [STYLES]: () => styles.xml };
  const add: NonNullable<ZipRewrite["add"]> = [];

  const addSheet = (name: string, content: string): number => {
    const part = freePartName(names, "xl/worksheets/sheet");
    names.add(part);
    const rId = freeRelId(rels, "rId");
    rels = addRelationship(rels, rId, REL_TYPE.worksheet, part.replace(/^xl\//, ""));
    types = addOverride(types, part, CONTENT_TYPE.worksheet);
    const added = addSheetElement(workbook, name, rId);
    workbook = added.xml;
    add.push({ name: part, text: content });
    return added.index;
  };

  let archived: string | null = null;
  let index: number;
  if (existing) {
    const previous = (await readZipTexts(path, (name) => name === existing.part)).texts.get(existing.part);
    if (previous === undefined) throw new Error(`${existing.part} missing`);
    const taken = new Set(sheets.map((s) => s.name.toLowerCase()));
    let n = 1;
    while (taken.has(archiveSheetName(existing.name, n).toLowerCase())) n++;
    archived = archiveSheetName(existing.name, n);
    addSheet(archived, standaloneSheet(previous));
    edit[existing.part] = () => xml;
    index = sheets.indexOf(existing);
  } else {
    index = addSheet(sheet.name, xml);
  }
  workbook = setLocalNames(workbook, index, printNames(sheet, quotedSheet(sheet.name)));
  edit[WORKBOOK] = () => workbook;
  edit[WORKBOOK_RELS] = () => rels;
  edit[CONTENT_TYPES] = () => types;
  await replaceFile(path, (temp) => rewriteZip(path, temp, { edit, add }));
  return { archived };
}

