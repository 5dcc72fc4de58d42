import type { Finding } from "../core/findings";
import { t } from "../i18n";

/** Light red fill of the marks (Excel's "bad" style), shown by a conditional format, never by the cell's own fill. */
export const MARK_FILL = "#FFC7CE";
/**
 * The rule of every mark: always true, and written so that no user rule has it. It tells this
 * add-in's conditional formats apart from the user's, so clearing removes exactly the marks.
 */
export const MARK_FORMULA = '=LEN("suivi-convention:marque")>0';
/** Marking stops there: beyond, one conditional format per cell would slow the workbook down. */
export const MAX_MARKS = 2000;

export interface MarkedCell {
  sheet: string;
  cell: string;
}

/** Where the marked cells are remembered between sessions (the document's settings in Excel). */
export interface MarkMemory {
  read(): MarkedCell[];
  write(cells: MarkedCell[]): Promise<void>;
}

const SETTINGS_KEY = "suiviConvention.marks";

/** Memory in `Office.context.document.settings`: saved with the workbook, invisible in the grid. */
export function settingsMemory(settings: Office.Settings): MarkMemory {
  return {
    read: () => {
      const stored: unknown = settings.get(SETTINGS_KEY);
      return Array.isArray(stored) ? stored.filter((m): m is MarkedCell => typeof m?.sheet === "string" && typeof m?.cell === "string") : [];
    },
    write: (cells) =>
      new Promise((resolve, reject) => {
        if (cells.length === 0) settings.remove(SETTINGS_KEY);
        else settings.set(SETTINGS_KEY, cells);
        settings.saveAsync((result) => (result.status === Office.AsyncResultStatus.Failed ? reject(new Error(result.error.message)) : resolve()));
      }),
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
 * Highlights the findings' cells with a conditional format each (values and the user's own
 * formatting are untouched), after clearing earlier marks. Returns the number of cells marked.
 */
export async function markFindings(context: Excel.RequestContext, findings: readonly Finding[], memory: MarkMemory): Promise<number> {
  await clearMarks(context, memory);
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const existing = new Set(sheets.items.map((s) => s.name));
  const cells = cellsToMark(findings).filter((c) => existing.has(c.sheet));
  if (cells.length === 0) return 0;
  for (const { sheet, cell } of cells) {
    try {
      const format = context.workbook.worksheets.getItem(sheet).getRange(cell).conditionalFormats.add("Custom");
      format.custom.rule.formula = MARK_FORMULA;
      format.custom.format.fill.color = MARK_FILL;
    } catch (error) {
      throw new Error(t("office.error.markCell", { sheet, cell, reason: error instanceof Error ? error.message : String(error) }));
    }
  }
  await context.sync();
  await memory.write(cells);
  return cells.length;
}

/** Removes the marks this add-in added, and only them. Returns the number of marks removed. */
export async function clearMarks(context: Excel.RequestContext, memory: MarkMemory): Promise<number> {
  const remembered = memory.read();
  if (remembered.length === 0) return 0;
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const existing = new Set(sheets.items.map((s) => s.name));
  const collections = remembered
    .filter((m) => existing.has(m.sheet))
    .map((m) => context.workbook.worksheets.getItem(m.sheet).getRange(m.cell).conditionalFormats.load("items/type"));
  await context.sync();
  const custom = collections.flatMap((c) => c.items.filter((cf) => cf.type === "Custom"));
  const rules = custom.map((cf) => ({ cf, rule: cf.custom.rule.load("formula") }));
  if (rules.length > 0) await context.sync();
  let removed = 0;
  for (const { cf, rule } of rules) {
    if (rule.formula !== MARK_FORMULA) continue;
    cf.delete();
    removed += 1;
  }
  if (removed > 0) await context.sync();
  await memory.write([]);
  return removed;
}

/** Shows a finding's cell: activates its sheet and selects the cell (A1 for a sheet-level finding). */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell || "A1").select();
  await context.sync();
}
