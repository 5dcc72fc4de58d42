// Quick entry on the recording fake of Excel: one table row added per entry, in exactly one sync, with
// the table's row API (co-authoring merges those); undo removes that row and no other.
import { TRACKING_COLUMNS, TRACKING_TABLE, type CellValue } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildPlan } from "../../src/core/plan";
import { queueEntryRow, readEntryTarget, removeEntryRow } from "../../src/office/quick-entry";
import { OfficeWorkbook } from "../../src/office/workbook";
import { createFakeExcel } from "../support/fake-excel";

// 2021-03-15: 2021-01-01 is serial 44197 (README's date example), plus 31 + 28 + 14 days.
const MARCH_15 = 44197 + 31 + 28 + 14;
const interview = METZ_2021_2023.indicators.find((i) => i.code === "ENTRETIENS")!.label;

/**
 * A row in the table's column order (Date, Indicateur, Nombre, Quartier, Tranche, Sexe, Précision, Commentaire,
 * Saisi par, Semestre).
 */
const row = (count: number, comment: string | null): CellValue[] => [
  MARCH_15,
  interview,
  count,
  "Borny",
  "26 à 49 ans",
  "Femme",
  "CV",
  comment,
  null,
  null,
];

/**
 * One entry as the pane sends it: queued by queueEntryRow, sent by Excel.run's closing sync. Returns
 * the syncs queueEntryRow made itself (it must make none: the closing sync is the only round trip).
 */
async function addEntry(
  fake: ReturnType<typeof createFakeExcel>["fake"],
  context: Excel.RequestContext,
  entry: CellValue[],
  fillEmptyTable = false,
): Promise<number> {
  const before = fake.stats.syncs;
  queueEntryRow(context, entry, fillEmptyTable);
  const own = fake.stats.syncs - before;
  await context.sync();
  return own;
}

async function built() {
  const excel = createFakeExcel();
  await new OfficeWorkbook(excel.context).apply(buildPlan(METZ_2021_2023));
  return excel;
}

const body = (fake: ReturnType<typeof createFakeExcel>["fake"]) => {
  const table = fake.workbook.tableData(TRACKING_TABLE)!;
  const rect = table.bodyRect();
  return Array.from({ length: rect.rowCount }, (_, r) =>
    Array.from({ length: rect.columnCount }, (_, c) =>
      fake.workbook.sheetData(table.sheet.name)!.cells.get(`${rect.row + r},${rect.column + c}`),
    ),
  );
};

describe("quick entry in Excel (src/office/quick-entry.ts on the fake)", () => {
  it("reads the table's headers and the workbook's convention", async () => {
    const { context } = await built();
    const target = await readEntryTarget(context, METZ_2021_2023);
    expect(target.table?.headers).toEqual([...TRACKING_COLUMNS]);
    expect(target.convention.start).toBe("2021-01-01");
  });

  it("adds each row with table.rows.add in one sync, after the rows already there, Semestre left to its formula", async () => {
    const { fake, context } = await built();
    // The new table's empty row is filled first, then rows are added after it; each entry is queued
    // without a sync of its own and reaches the workbook with the one closing sync.
    const syncs = fake.stats.syncs;
    expect(await addEntry(fake, context, row(1, "premier"), true)).toBe(0);
    expect(await addEntry(fake, context, row(2, "second"))).toBe(0);
    expect(fake.stats.syncs - syncs).toBe(2);
    const rows = fake.workbook.tableData(TRACKING_TABLE)!;
    expect(rows.rect.rowCount).toBe(3);
    const cells = body(fake);
    expect(cells.map((r) => r[7]?.value)).toEqual(["premier", "second"]);
    expect(cells.map((r) => r[2]?.value)).toEqual([1, 2]);
    // Semestre keeps the calculated column's formula.
    expect(cells[1][9]?.formula).toBeDefined();
  });

  it("writes a comment starting with = as text, never as a formula", async () => {
    const { fake, context } = await built();
    await addEntry(fake, context, row(1, "=1+1"));
    const cells = body(fake);
    expect(cells[cells.length - 1][7]?.formula).toBeUndefined();
    expect(cells[cells.length - 1][7]?.value).toBe("=1+1");
  });

  it("undo removes the row it added and only that one, even after a colleague added rows", async () => {
    const { fake, context } = await built();
    await addEntry(fake, context, row(1, "a"), true);
    // Where the pane expects its row: after the one row already there.
    const index = 1;
    await addEntry(fake, context, row(1, "b"));
    // A colleague's row arrives after ours (co-authoring).
    await addEntry(fake, context, row(1, "colleague"));
    const syncs = fake.stats.syncs;
    expect(await removeEntryRow(context, index, row(1, "b"))).toBe(true);
    expect(fake.stats.syncs - syncs).toBe(2);
    expect(body(fake).map((r) => r[7]?.value)).toEqual(["a", "colleague"]);
    expect(fake.stats.rowsDeleted).toBe(1);
    // Gone already: nothing else is removed.
    expect(await removeEntryRow(context, index, row(1, "b"))).toBe(false);
    expect(body(fake).map((r) => r[7]?.value)).toEqual(["a", "colleague"]);
  });

  it("undo finds its row when rows above it were deleted meanwhile", async () => {
    const { fake, context } = await built();
    await addEntry(fake, context, row(1, "a"), true);
    await addEntry(fake, context, row(1, "b"));
    const index = 2;
    await addEntry(fake, context, row(3, "mine"));
    // Someone deletes the first row (their own sync): ours moves up one place.
    context.workbook.tables.getItem(TRACKING_TABLE).rows.getItemAt(0).delete();
    await context.sync();
    expect(fake.stats.rowsDeleted).toBe(1);
    expect(await removeEntryRow(context, index, row(3, "mine"))).toBe(true);
    expect(body(fake).map((r) => r[7]?.value)).toEqual(["b"]);
  });
});
