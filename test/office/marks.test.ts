import { SHEET, TRACKING_TABLE } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import type { Finding } from "../../src/core/findings";
import { buildWorkbook } from "../../src/features/build";
import { msg } from "../../src/i18n";
import {
  MARK_FILL,
  MARK_FORMULA,
  areaAddresses,
  clearMarks,
  markFindings,
  selectCell,
  settingsMemory,
  type MarkMemory,
  type MarkedCell,
} from "../../src/office/marks";
import { OfficeWorkbook } from "../../src/office/workbook";
import { createFakeExcel, formatA1, type FakeContext } from "../support/fake-excel";

function memory(): MarkMemory & { cells: MarkedCell[] } {
  const store = { cells: [] as MarkedCell[] };
  return Object.assign(store, {
    read: async () => store.cells,
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
  text: msg("check.dateMissing", { row: row ?? 1, cell }),
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

/** This add-in's formats on a sheet, as "formula fill areas". */
const ours = (fake: FakeContext, sheet: string) =>
  fake.workbook
    .sheetData(sheet)!
    .conditionalFormats.filter((cf) => cf.formula === MARK_FORMULA)
    .map((cf) => ({ fill: cf.fill, areas: cf.areas.map(formatA1) }));

describe("marks", () => {
  it("puts one conditional format per sheet over the finding cells, and clearing removes exactly it", async () => {
    const { fake, context } = await filledWorkbook();
    const sheet = fake.workbook.sheetData(SHEET.tracking)!;
    // The user's own rule over the whole Date column must survive.
    sheet.conditionalFormats.push({
      id: "user",
      areas: [{ row: 1, column: 0, rowCount: 100, columnCount: 1 }],
      type: "Custom",
      formula: "=A2<DATE(2021,1,1)",
      fill: "#FFFF00",
    });
    const cellsBefore = JSON.stringify([...sheet.cells]);
    const mem = memory();

    let syncs = fake.stats.syncs;
    const marked = await markFindings(
      context,
      [finding("A3", 3), finding("A3", 3), finding("", null), finding("B2", 2), finding("A4", 4)],
      mem,
    );
    expect(marked).toBe(3); // A3 once, A4, B2; the workbook-level finding has no cell
    // Sheets; the sheets' formats; the rule of the user's custom one (not ours: nothing to delete); Suivi's marks.
    expect(fake.stats.syncs - syncs).toBe(4);
    expect(ours(fake, SHEET.tracking)).toEqual([{ fill: MARK_FILL, areas: ["A3:A4", "B2"] }]);
    expect(mem.cells).toEqual([
      { sheet: SHEET.tracking, cell: "A3" },
      { sheet: SHEET.tracking, cell: "B2" },
      { sheet: SHEET.tracking, cell: "A4" },
    ]);
    expect(JSON.stringify([...sheet.cells])).toBe(cellsBefore); // values and cell formatting untouched

    syncs = fake.stats.syncs;
    expect(await clearMarks(context, mem)).toBe(3);
    expect(fake.stats.syncs - syncs).toBe(4); // sheets, the formats, their rules, the deletion
    expect(sheet.conditionalFormats.map((cf) => cf.id)).toEqual(["user"]);
    expect(mem.cells).toEqual([]);
    expect(JSON.stringify([...sheet.cells])).toBe(cellsBefore);
  });

  it("marking again replaces the previous marks instead of piling them up", async () => {
    const { fake, context } = await filledWorkbook();
    const mem = memory();
    await markFindings(context, [finding("A3", 3)], mem);
    await markFindings(context, [finding("A3", 3), finding("C4", 4)], mem);
    expect(ours(fake, SHEET.tracking)).toEqual([{ fill: MARK_FILL, areas: ["A3", "C4"] }]);
  });

  it("clears marks that moved with inserted rows, which the remembered addresses no longer name", async () => {
    const { fake, context } = await filledWorkbook();
    const mem = memory();
    await markFindings(context, [finding("A3", 3)], mem);
    fake.workbook.insertRowsDirect(SHEET.tracking, 1, 2); // two rows inserted above row 2
    expect(ours(fake, SHEET.tracking)).toEqual([{ fill: MARK_FILL, areas: ["A5"] }]);
    expect(mem.cells).toEqual([{ sheet: SHEET.tracking, cell: "A3" }]);
    expect(await clearMarks(context, mem)).toBe(1);
    expect(ours(fake, SHEET.tracking)).toEqual([]);
  });

  it("leaves out cells of a sheet that no longer exists before queuing anything", async () => {
    const { fake, context } = await filledWorkbook();
    fake.workbook.deleteSheetDirect(SHEET.indicators);
    const refused = fake.stats.requests.length;
    const mem = memory();
    expect(await markFindings(context, [finding("B4", 4, SHEET.indicators), finding("A3", 3)], mem)).toBe(1);
    expect(mem.cells).toEqual([{ sheet: SHEET.tracking, cell: "A3" }]);
    expect(fake.stats.requests.slice(refused).every((r) => !r.refused)).toBe(true);
  });

  it("names the sheet Excel refused at the sync, and remembers the marks applied before it", async () => {
    const { fake, context } = await filledWorkbook();
    fake.workbook.sheetData(SHEET.tracking)!.protected = true;
    const mem = memory();
    await expect(markFindings(context, [finding("B3", 3, SHEET.parameters), finding("A3", 3)], mem)).rejects.toThrow(
      /Feuille « Suivi » : les marques n'ont pas pu être posées \(.*protected.*\)\. Les 1 cellule\(s\) marquée\(s\) avant/,
    );
    expect(mem.cells).toEqual([{ sheet: SHEET.parameters, cell: "B3" }]);
    expect(ours(fake, SHEET.parameters)).toEqual([{ fill: MARK_FILL, areas: ["B3"] }]);
    fake.workbook.sheetData(SHEET.tracking)!.protected = false;
    expect(await clearMarks(context, mem)).toBe(1);
  });

  it("marks 2 000 scattered cells with a few conditional formats, in a request of a few kilobytes", async () => {
    const { fake, context } = await filledWorkbook();
    // Every other row of column H, rows 2 to 4 000: no two cells touch, so 2 000 areas.
    const cells = Array.from({ length: 2000 }, (_, i) => `H${2 * i + 2}`);
    const before = fake.stats.requests.length;
    expect(
      await markFindings(
        context,
        cells.map((cell, i) => finding(cell, i + 2)),
        memory(),
      ),
    ).toBe(2000);
    const formats = ours(fake, SHEET.tracking);
    // "H2,H4,…": 4 addresses of 2 characters, 45 of 3, 450 of 4, 1 501 of 5 and 1 999 commas make 11 447
    // characters, hence 3 formats of at most 4 000.
    expect(formats).toHaveLength(3);
    expect(formats.flatMap((f) => f.areas)).toEqual(cells);
    const largest = Math.max(...fake.stats.requests.slice(before).map((r) => r.request));
    expect(largest).toBeLessThan(20_000);
  });

  it("groups a column's consecutive cells into one area, and cuts long address lists", () => {
    expect(areaAddresses(["B2", "A3", "A4", "A5", "A7"])).toEqual(["A3:A5,A7,B2"]);
    // 1 000 separate cells of column C, rows 1, 3, 5… : "C1,C3,…" split under 4 000 characters.
    const cells = Array.from({ length: 1000 }, (_, i) => `C${2 * i + 1}`);
    const addresses = areaAddresses(cells);
    expect(addresses.every((a) => a.length <= 4000)).toBe(true);
    expect(addresses.join(",").split(",")).toEqual(cells);
    expect(addresses.length).toBeGreaterThan(1);
  });

  it("selects a finding's cell, and says so when its sheet is gone", async () => {
    const { fake, context } = await filledWorkbook();
    await selectCell(context, SHEET.tracking, "A3");
    expect(fake.selection).toEqual({ sheet: SHEET.tracking, address: "A3" });
    fake.workbook.deleteSheetDirect(SHEET.indicators);
    await expect(selectCell(context, SHEET.indicators, "B2")).rejects.toThrow(
      "La feuille « Indicateurs » n'existe plus",
    );
  });
});

describe("marks remembered in the document settings", () => {
  function settings() {
    const calls: string[] = [];
    const store = new Map<string, unknown>();
    const done = (callback?: (r: Office.AsyncResult<void>) => void) =>
      callback?.({ status: "succeeded" } as unknown as Office.AsyncResult<void>);
    const api = {
      get: (name: string) => (calls.push("get"), store.get(name) ?? null),
      set: (name: string, value: unknown) => (calls.push("set"), void store.set(name, value)),
      remove: (name: string) => (calls.push("remove"), void store.delete(name)),
      refreshAsync: (callback?: (r: Office.AsyncResult<void>) => void) => (calls.push("refresh"), done(callback)),
      saveAsync: (callback?: (r: Office.AsyncResult<void>) => void) => (calls.push("save"), done(callback)),
    };
    return { calls, api: api as unknown as Office.Settings };
  }

  it("refreshes the in-memory copy before reading it and before saving it", async () => {
    const { calls, api } = settings();
    const mem = settingsMemory(api);
    await mem.write([{ sheet: "Suivi", cell: "A3" }]);
    expect(await mem.read()).toEqual([{ sheet: "Suivi", cell: "A3" }]);
    await mem.write([]);
    expect(calls).toEqual(["refresh", "set", "save", "refresh", "get", "refresh", "remove", "save"]);
  });
});
