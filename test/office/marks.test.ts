import { SHEET, TRACKING_TABLE } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import type { Finding } from "../../src/core/findings";
import { buildWorkbook } from "../../src/features/build";
import { MARK_FILL, MARK_FORMULA, clearMarks, markFindings, selectCell, type MarkMemory, type MarkedCell } from "../../src/office/marks";
import { OfficeWorkbook } from "../../src/office/workbook";
import { createFakeExcel } from "../support/fake-excel";

function memory(): MarkMemory & { cells: MarkedCell[] } {
  const store = { cells: [] as MarkedCell[] };
  return Object.assign(store, {
    read: () => store.cells,
    write: async (cells: MarkedCell[]) => {
      store.cells = cells;
    },
  });
}

const finding = (cell: string, row: number | null, sheet: string = SHEET.tracking): Finding => ({
  code: "DATE_MISSING",
  severity: "error",
  sheet,
  cell,
  row,
  message: "Date manquante",
});

async function filledWorkbook() {
  const excel = createFakeExcel();
  const port = new OfficeWorkbook(excel.context);
  await buildWorkbook(port, METZ_2021_2023);
  await port.appendRows(TRACKING_TABLE, [
    [44200, "a", 1, null, null, null, null, null, null, null],
    [null, "b", 2, null, null, null, null, null, null, null],
    [44300, "c", 3, null, null, null, null, null, null, null],
  ]);
  return excel;
}

describe("marks", () => {
  it("adds one conditional format per finding cell, and clearing removes exactly those", async () => {
    const { fake, context } = await filledWorkbook();
    const sheet = fake.workbook.sheetData(SHEET.tracking)!;
    // The user's own rule over the whole Date column must survive.
    sheet.conditionalFormats.push({ id: "user", rect: { row: 1, column: 0, rowCount: 100, columnCount: 1 }, type: "Custom", formula: "=A2<DATE(2021,1,1)", fill: "#FFFF00" });
    const cellsBefore = JSON.stringify([...sheet.cells]);
    const mem = memory();

    const marked = await markFindings(context, [finding("A3", 3), finding("A3", 3), finding("", null), finding("B2", 2)], mem);
    expect(marked).toBe(2); // A3 once, B2; the workbook-level finding has no cell
    const ours = sheet.conditionalFormats.filter((cf) => cf.formula === MARK_FORMULA);
    expect(ours.map((cf) => [cf.rect.row, cf.rect.column, cf.fill])).toEqual([
      [2, 0, MARK_FILL],
      [1, 1, MARK_FILL],
    ]);
    expect(mem.cells).toEqual([
      { sheet: SHEET.tracking, cell: "A3" },
      { sheet: SHEET.tracking, cell: "B2" },
    ]);
    expect(JSON.stringify([...sheet.cells])).toBe(cellsBefore); // values and cell formatting untouched

    const syncs = fake.stats.syncs;
    expect(await clearMarks(context, mem)).toBe(2);
    expect(fake.stats.syncs - syncs).toBe(4); // sheets, the cells' formats, their rules, the deletion
    expect(sheet.conditionalFormats.map((cf) => cf.id)).toEqual(["user"]);
    expect(mem.cells).toEqual([]);
    expect(JSON.stringify([...sheet.cells])).toBe(cellsBefore);
  });

  it("marking again replaces the previous marks instead of piling them up", async () => {
    const { fake, context } = await filledWorkbook();
    const mem = memory();
    await markFindings(context, [finding("A3", 3)], mem);
    await markFindings(context, [finding("A3", 3), finding("C4", 4)], mem);
    const ours = fake.workbook.sheetData(SHEET.tracking)!.conditionalFormats.filter((cf) => cf.formula === MARK_FORMULA);
    expect(ours).toHaveLength(2);
  });

  it("skips remembered marks on a sheet the user deleted", async () => {
    const { fake, context } = await filledWorkbook();
    const mem = memory();
    await markFindings(context, [finding("A3", 3), finding("B4", 4, SHEET.indicators)], mem);
    fake.workbook.deleteSheetDirect(SHEET.indicators);
    expect(await clearMarks(context, mem)).toBe(1);
  });

  it("selects a finding's cell", async () => {
    const { fake, context } = await filledWorkbook();
    await selectCell(context, SHEET.tracking, "A3");
    expect(fake.selection).toEqual({ sheet: SHEET.tracking, address: "A3" });
  });
});
