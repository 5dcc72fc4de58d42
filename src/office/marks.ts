import type { Finding } from "../core/findings";
import { t } from "../i18n";
import "../i18n/areas/office";
import { columnLetters, parseCell } from "./a1";
import { STATEMENT_BYTES } from "./chunking";
import { Requests } from "./requests";

/** Light red fill of the marks (Excel's "bad" style), shown by a conditional format, never by the cell's own fill. */
export const MARK_FILL = "#FFC7CE";
/**
 * The rule of every mark: always true, and written so that no user rule has it. It tells this
 * add-in's conditional formats apart from the user's, so clearing removes exactly the marks,
 * wherever they moved since (inserted rows move conditional formats with their cells).
 */
export const MARK_FORMULA = '=LEN("suivi-convention:marque")>0';
/** Marking stops there: the workbook stays light, and the user fixes the first ones first. */
export const MAX_MARKS = 2000;
/**
 * Longest address handed to one RangeAreas. The API states no limit; Excel's formulas stop at
 * 8 192 characters, so a sheet's marks go into one conditional format, or a few beyond this.
 */
export const MAX_AREAS_ADDRESS = 4000;

export interface MarkedCell {
  sheet: string;
  cell: string;
}

/** Where the marked cells are remembered between sessions (the document's settings in Excel). */
export interface MarkMemory {
  read(): Promise<MarkedCell[]>;
  write(cells: MarkedCell[]): Promise<void>;
}

const SETTINGS_KEY = "suiviConvention.marks";

/** Office's callback style as a promise (status compared as text: Office.AsyncResultStatus.Failed is "failed"). */
function settled(call: (callback: (result: Office.AsyncResult<unknown>) => void) => void): Promise<void> {
  return new Promise((resolve, reject) =>
    call((result) => (String(result.status) === "failed" ? reject(new Error(result.error.message)) : resolve())),
  );
}

/**
 * Memory in `Office.context.document.settings`: saved with the workbook, invisible in the grid.
 * The settings object is an in-memory copy taken when the add-in loaded: it is refreshed before each
 * read and before each save, so that a co-author's saved settings are neither missed nor overwritten.
 */
export function settingsMemory(settings: Office.Settings): MarkMemory {
  return {
    read: async () => {
      await settled((done) => settings.refreshAsync(done));
      const stored: unknown = settings.get(SETTINGS_KEY);
      return Array.isArray(stored)
        ? stored.filter((m): m is MarkedCell => typeof m?.sheet === "string" && typeof m?.cell === "string")
        : [];
    },
    write: async (cells) => {
      await settled((done) => settings.refreshAsync(done));
      if (cells.length === 0) settings.remove(SETTINGS_KEY);
      else settings.set(SETTINGS_KEY, cells);
      await settled((done) => settings.saveAsync(done));
    },
  };
}

/** The distinct cells of the findings (workbook-level findings have no cell), at most MAX_MARKS. */
export function cellsToMark(findings: readonly Finding[]): MarkedCell[] {
  const seen = new Set<string>();
  const cells: MarkedCell[] = [];
  for (const f of findings) {
    if (!f.cell || f.cell.includes(":")) continue;
    const key = `${f.sheet}!${f.cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    cells.push({ sheet: f.sheet, cell: f.cell });
    if (cells.length === MAX_MARKS) break;
  }
  return cells;
}

/**
 * The cells of one sheet as RangeAreas addresses ("A2:A4,C7"), each at most MAX_AREAS_ADDRESS
 * characters: cells next to each other in a column become one area.
 */
export function areaAddresses(cells: readonly string[]): string[] {
  const refs = cells.map((cell) => parseCell(cell)).sort((a, b) => a.column - b.column || a.row - b.row);
  const areas: string[] = [];
  for (let i = 0; i < refs.length;) {
    let j = i;
    while (j + 1 < refs.length && refs[j + 1].column === refs[i].column && refs[j + 1].row === refs[j].row + 1) j++;
    const letters = columnLetters(refs[i].column);
    areas.push(j === i ? `${letters}${refs[i].row + 1}` : `${letters}${refs[i].row + 1}:${letters}${refs[j].row + 1}`);
    i = j + 1;
  }
  const addresses: string[] = [];
  let current = "";
  for (const area of areas) {
    if (current && current.length + 1 + area.length > MAX_AREAS_ADDRESS) {
      addresses.push(current);
      current = "";
    }
    current = current ? `${current},${area}` : area;
  }
  if (current) addresses.push(current);
  return addresses;
}

async function sheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  return sheets.items.map((s) => s.name);
}

/**
 * Deletes this add-in's conditional formats on the given sheets, found by their rule (not by the
 * addresses remembered when they were added). Returns the number of cells they covered.
 */
async function deleteOwnFormats(context: Excel.RequestContext, sheets: readonly string[]): Promise<number> {
  if (sheets.length === 0) return 0;
  const collections = sheets.map((name) =>
    context.workbook.worksheets.getItem(name).getRange().conditionalFormats.load("items/type"),
  );
  await context.sync();
  // The rule can only be read on a custom format, hence a second request.
  const rules = collections
    .flatMap((c) => c.items.filter((cf) => cf.type === "Custom"))
    .map((cf) => ({ cf, rule: cf.custom.rule.load("formula") }));
  if (rules.length === 0) return 0;
  await context.sync();
  const ours = rules
    .filter(({ rule }) => rule.formula === MARK_FORMULA)
    .map(({ cf }) => ({ cf, ranges: cf.getRanges().load("cellCount") }));
  if (ours.length === 0) return 0;
  for (const { cf } of ours) cf.delete();
  await context.sync();
  return ours.reduce((sum, { ranges }) => sum + ranges.cellCount, 0);
}

/**
 * Highlights the findings' cells (values and the user's own formatting are untouched) after
 * clearing earlier marks: one conditional format per sheet over the sheet's marked cells, sent
 * through the same request budget as every other write. Cells on sheets that no longer exist are
 * left out before anything is queued. A refusal names its sheet; the cells marked before it are
 * remembered, and « Effacer les marques » finds them by their rule anyway. Returns the number of cells marked.
 */
export async function markFindings(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  memory: MarkMemory,
): Promise<number> {
  const sheets = await sheetNames(context);
  await deleteOwnFormats(context, sheets);
  const existing = new Set(sheets);
  const bySheet = new Map<string, string[]>();
  for (const { sheet, cell } of cellsToMark(findings)) {
    if (existing.has(sheet)) bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), cell]);
  }
  const applied: MarkedCell[] = [];
  const send = async (): Promise<void> => {
    await context.sync();
  };
  for (const [sheet, cells] of bySheet) {
    // Each sheet's marks are sent on their own (a handful of sheets), so that a refusal names its sheet.
    const requests = new Requests(context, send, { writes: true });
    try {
      for (const address of areaAddresses(cells)) {
        await requests.add({
          bytes: STATEMENT_BYTES * 4 + address.length + MARK_FORMULA.length + MARK_FILL.length,
          rows: 0,
          queue: () => {
            const format = context.workbook.worksheets
              .getItem(sheet)
              .getRanges(address)
              .conditionalFormats.add("Custom");
            format.custom.rule.formula = MARK_FORMULA;
            format.custom.format.fill.color = MARK_FILL;
          },
        });
      }
      await requests.flush();
    } catch (error) {
      await memory.write(applied);
      throw new Error(
        t("office.error.markSheet", {
          sheet,
          count: applied.length,
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
    }
    applied.push(...cells.map((cell) => ({ sheet, cell })));
  }
  await memory.write(applied);
  return applied.length;
}

/** Removes the marks this add-in added, and only them, on every sheet. Returns the number of cells unmarked. */
export async function clearMarks(context: Excel.RequestContext, memory: MarkMemory): Promise<number> {
  const removed = await deleteOwnFormats(context, await sheetNames(context));
  await memory.write([]);
  return removed;
}

/** Shows a finding's cell: activates its sheet and selects the cell (A1 for a sheet-level finding). */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
  await context.sync();
  if (worksheet.isNullObject) throw new Error(t("office.error.sheetMissing", { sheet }));
  worksheet.activate();
  worksheet.getRange(cell || "A1").select();
  await context.sync();
}
