// The recording fake behaves as Microsoft documents Office.js, so that a test passing on it means the
// adapter's code would meet the same rules in Excel. Each block quotes the documentation it follows:
// - "Application-specific API model" and OfficeExtension.ClientRequestContext: proxy objects queue
//   commands; nothing reaches the document until `context.sync()`;
// - OfficeExtension.Error: "The error object returned by context.sync(), if a promise is rejected due
//   to an error while processing the request", with `code`, `message`, `debugInfo` (DebugInfo:
//   `errorLocation`, "The object type and property or method name") and name "OfficeExtension.Error";
// - OfficeExtension.ClientObject.isNullObject: "You must call context.sync() before reading the
//   isNullObject property"; the *OrNullObject methods return a null object instead of failing;
// - load(): a property is available only after `load` and `context.sync()` (PropertyNotLoaded otherwise);
// - Resource limits (Excel on the web): 5 MB for a request's or a response's payload; the Excel error
//   codes RequestPayloadSizeLimitExceeded and ResponsePayloadSizeLimitExceeded.
import { FAKE_PAYLOAD_LIMIT, STATEMENT_BYTES, createFakeExcel, type FakeContext } from "../support/fake-excel";

function withSheet(name = "Feuil1"): { fake: FakeContext; context: Excel.RequestContext } {
  const excel = createFakeExcel();
  excel.fake.workbook.addSheetDirect(name);
  return excel;
}

/** The rejection of a promise (fails the test when it resolves). */
async function rejection(
  promise: Promise<unknown>,
): Promise<Record<string, unknown> & { debugInfo?: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    return error as Record<string, unknown>;
  }
  throw new Error("expected the promise to reject");
}

describe("queued commands", () => {
  it("writes nothing to the workbook before context.sync()", async () => {
    const { fake, context } = withSheet();
    context.workbook.worksheets.getItem("Feuil1").getRange("A1:B1").values = [[1, "a"]];
    context.workbook.worksheets.add("Suivi");
    expect(fake.workbook.cell("Feuil1", "A1")).toBeUndefined();
    expect(fake.workbook.sheetList.map((s) => s.name)).toEqual(["Feuil1"]);
    expect(fake.pendingStatements).toEqual(["Range.values", "WorksheetCollection.add"]);
    await context.sync();
    expect(fake.workbook.cell("Feuil1", "B1")?.value).toBe("a");
    expect(fake.workbook.sheetList.map((s) => s.name)).toEqual(["Feuil1", "Suivi"]);
  });

  it("uses the values an array held at the call, not later changes to it", async () => {
    const { fake, context } = withSheet();
    const row = [1, 2];
    context.workbook.worksheets.getItem("Feuil1").getRange("A1:B1").values = [row];
    row[0] = 99;
    await context.sync();
    expect(fake.workbook.cell("Feuil1", "A1")?.value).toBe(1);
  });

  it("lets a later command of the same batch use an object an earlier one created", async () => {
    const { fake, context } = withSheet();
    context.workbook.worksheets.add("Suivi");
    context.workbook.worksheets.getItem("Suivi").getRange("A1").values = [["ok"]];
    await context.sync();
    expect(fake.workbook.cell("Suivi", "A1")?.value).toBe("ok");
  });
});

describe("errors surface at context.sync(), as an OfficeExtension.Error", () => {
  it("does not throw at getItem on a missing sheet; the sync rejects naming the failing call", async () => {
    const { fake, context } = withSheet();
    const sheets = context.workbook.worksheets;
    sheets.getItem("Feuil1").getRange("A1").values = [["avant"]];
    // No throw here: the command is only queued.
    const missing = sheets.getItem("Absente");
    missing.getRange("A1").values = [["jamais"]];
    sheets.getItem("Feuil1").getRange("A2").values = [["après"]];

    const error = await rejection(context.sync());
    expect(error.name).toBe("OfficeExtension.Error");
    expect(error.code).toBe("ItemNotFound");
    expect(typeof error.message).toBe("string");
    expect(error.debugInfo).toMatchObject({ code: "ItemNotFound", errorLocation: "WorksheetCollection.getItem" });
    // The commands before the failing one were applied; the ones after it were not.
    expect(fake.workbook.cell("Feuil1", "A1")?.value).toBe("avant");
    expect(fake.workbook.cell("Feuil1", "A2")).toBeUndefined();
    // The queue is empty again: the next sync carries only what is queued after the failure.
    expect(fake.pendingStatements).toEqual([]);
    await context.sync();
  });

  it("rejects an array whose shape differs from the range at the sync, not at the assignment", async () => {
    const { context } = withSheet();
    context.workbook.worksheets.getItem("Feuil1").getRange("A1:B2").values = [[1, 2]];
    const error = await rejection(context.sync());
    expect(error.code).toBe("InvalidArgument");
    expect(error.debugInfo?.errorLocation).toBe("Range.values");
  });

  it("rejects a change to a protected sheet with AccessDenied", async () => {
    const { fake, context } = withSheet();
    fake.workbook.sheetData("Feuil1")!.protected = true;
    context.workbook.worksheets.getItem("Feuil1").getRange("A1").conditionalFormats.add("Custom");
    const error = await rejection(context.sync());
    expect(error.code).toBe("AccessDenied");
    expect(error.debugInfo?.errorLocation).toBe("ConditionalFormatCollection.add");
  });
});

describe("load and sync", () => {
  it("throws PropertyNotLoaded when a property is read before load and sync", async () => {
    const { context } = withSheet();
    context.workbook.worksheets.getItem("Feuil1").getRange("A1").values = [[7]];
    const range = context.workbook.worksheets.getItem("Feuil1").getRange("A1");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("values");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(range.values).toEqual([[7]]);
    // Only what was loaded: address was not.
    expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  it("sees the writes queued before the load in the same batch", async () => {
    const { context } = withSheet();
    const sheet = context.workbook.worksheets.getItem("Feuil1");
    sheet.getRange("A1").values = [["x"]];
    const range = sheet.getRange("A1").load("values");
    await context.sync();
    expect(range.values).toEqual([["x"]]);
  });

  it("loads collection items with the listed properties", async () => {
    const { context } = withSheet();
    context.workbook.worksheets.add("Suivi");
    const sheets = context.workbook.worksheets.load("items/name");
    expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["Feuil1", "Suivi"]);
  });
});

describe("null objects", () => {
  it("answers isNullObject only after the sync", async () => {
    const { context } = withSheet();
    const present = context.workbook.worksheets.getItemOrNullObject("Feuil1");
    const absent = context.workbook.worksheets.getItemOrNullObject("Absente");
    expect(() => absent.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(present.isNullObject).toBe(false);
    expect(absent.isNullObject).toBe(true);
  });

  it("loads a null object's properties as null, without failing the batch", async () => {
    const { context } = withSheet();
    const table = context.workbook.tables.getItemOrNullObject("Suivi").load("name");
    await context.sync();
    expect(table.isNullObject).toBe(true);
    expect(table.name).toBeNull();
  });

  it("gives a null used range for an empty sheet, and with valuesOnly ignores cells that only have a format", async () => {
    const { fake, context } = withSheet();
    fake.workbook.setCellDirect("Feuil1", "C3", { numberFormat: "0.00" });
    const sheet = context.workbook.worksheets.getItem("Feuil1");
    const all = sheet.getUsedRangeOrNullObject().load("address");
    const values = sheet.getUsedRangeOrNullObject(true).load("address");
    await context.sync();
    expect(all.isNullObject).toBe(false);
    expect(all.address).toBe("Feuil1!C3");
    expect(values.isNullObject).toBe(true);
  });
});

describe("payload limit (Excel on the web: 5 MB)", () => {
  // A one-cell write of n ASCII characters on worksheets.getItem(…).getRange(…): one STATEMENT_BYTES per
  // step of the path (worksheets, getItem, getRange), and n + 6 bytes for [["…"]].
  const writeOf = (n: number) => 3 * STATEMENT_BYTES + n + 6;

  it("counts a request as one fixed cost per step of each statement's path plus the JSON of its arguments", async () => {
    const { fake, context } = withSheet();
    context.workbook.worksheets.getItem("Feuil1").getRange("A1").values = [["x".repeat(1000)]];
    await context.sync();
    expect(fake.stats.requests).toEqual([{ request: writeOf(1000), response: 0, refused: false }]);
  });

  it("refuses a request over the limit whole: nothing of it is applied", async () => {
    const { fake, context } = withSheet();
    const sheet = context.workbook.worksheets.getItem("Feuil1");
    sheet.getRange("A1").values = [["petit"]];
    // Two writes whose sum passes 5 MB by one byte.
    const first = 3_000_000;
    sheet.getRange("A2").values = [["y".repeat(first)]];
    sheet.getRange("A3").values = [["z".repeat(FAKE_PAYLOAD_LIMIT - writeOf(5) - writeOf(first) - writeOf(0) + 1)]];
    const error = await rejection(context.sync());
    expect(error).toMatchObject({ name: "OfficeExtension.Error", code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.workbook.cell("Feuil1", "A1")).toBeUndefined();
    expect(fake.stats.refusedPayloads).toBe(1);
  });

  it("accepts a request exactly at the limit", async () => {
    const { fake, context } = withSheet();
    context.workbook.worksheets.getItem("Feuil1").getRange("A1").values = [
      ["w".repeat(FAKE_PAYLOAD_LIMIT - writeOf(0))],
    ];
    await context.sync();
    expect(fake.stats.maxRequestBytes).toBe(FAKE_PAYLOAD_LIMIT);
  });

  it("answers GeneralException instead when told to behave like older builds of Excel on the web", async () => {
    const { fake, context } = withSheet();
    fake.options.requestLimitCode = "GeneralException";
    context.workbook.worksheets.getItem("Feuil1").getRange("A1").values = [["w".repeat(FAKE_PAYLOAD_LIMIT)]];
    expect((await rejection(context.sync())).code).toBe("GeneralException");
  });

  it("refuses a response over the limit and delivers none of its values", async () => {
    const { fake, context } = withSheet();
    // 60 cells of 90 000 characters: 60 × 90 002 bytes of values = 5.4 MB.
    for (let r = 1; r <= 60; r++) fake.workbook.setCellDirect("Feuil1", `A${r}`, { value: "v".repeat(90_000) });
    const range = context.workbook.worksheets.getItem("Feuil1").getRange("A1:A60").load("values");
    const error = await rejection(context.sync());
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    // Half of it passes.
    const half = context.workbook.worksheets.getItem("Feuil1").getRange("A1:A30").load("values");
    await context.sync();
    expect(half.values).toHaveLength(30);
    expect(fake.stats.maxResponseBytes).toBeLessThan(FAKE_PAYLOAD_LIMIT);
  });
});

// Excel.TableRowCollection.add returns the new TableRow; TableRow "represents the physical location of
// the table row, but not the data" (getItemAt takes a 0-based index into the data rows); deleting a
// row moves the rows below it up, and a table always keeps one data row.
describe("table rows", () => {
  async function withTable(): Promise<{ fake: FakeContext; context: Excel.RequestContext }> {
    const excel = withSheet();
    const sheet = excel.context.workbook.worksheets.getItem("Feuil1");
    sheet.getRange("A1:B1").values = [["Nom", "Nombre"]];
    sheet.tables.add("A1:B1", true).name = "T";
    await excel.context.sync();
    return excel;
  }
  const column = (fake: FakeContext, letter: string, count: number) =>
    Array.from({ length: count }, (_, r) => fake.workbook.cell("Feuil1", `${letter}${r + 2}`)?.value);

  it("queues rows.add; the row it returns gives its index only after the sync that carried the load", async () => {
    const { fake, context } = await withTable();
    const table = context.workbook.tables.getItem("T");
    const added = table.rows.add(undefined, [["a", 1]]).load("index, values");
    expect(() => added.index).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    expect(fake.workbook.tableData("T")!.rect.rowCount).toBe(2);
    await context.sync();
    // After the empty row a new table has: index 1, sheet row 3.
    expect(added.index).toBe(1);
    expect(added.values).toEqual([["a", 1]]);
    expect(fake.workbook.cell("Feuil1", "A3")?.value).toBe("a");
  });

  it("deletes at the sync, moves the rows below up, and keeps one empty data row", async () => {
    const { fake, context } = await withTable();
    const table = context.workbook.tables.getItem("T");
    table.rows.add(undefined, [
      ["a", 1],
      ["b", 2],
    ]);
    await context.sync();
    table.rows.getItemAt(0).delete();
    expect(fake.stats.rowsDeleted).toBe(0);
    await context.sync();
    expect(column(fake, "A", 2)).toEqual(["a", "b"]);
    expect(fake.workbook.tableData("T")!.rect.rowCount).toBe(3);
    // Two deletions in one batch: "a" goes, "b" moves up and goes too; the table keeps one empty row.
    table.rows.getItemAt(0).delete();
    table.rows.getItemAt(0).delete();
    await context.sync();
    expect(fake.workbook.tableData("T")!.rect.rowCount).toBe(2);
    expect(column(fake, "A", 2)).toEqual([undefined, undefined]);
    expect(fake.stats.rowsDeleted).toBe(3);
  });

  it("fails a row past the table's end at the sync, not at getItemAt", async () => {
    const { context } = await withTable();
    const row = context.workbook.tables.getItem("T").rows.getItemAt(5);
    row.delete();
    const error = await rejection(context.sync());
    expect(error.code).toBe("ItemNotFound");
    expect(error.debugInfo?.errorLocation).toBe("TableRowCollection.getItemAt");
  });
});

// PivotTableCollection.add, Worksheet.name, Range.merge, ChartCollection.add, PageLayout and
// PageBreakCollection.add are queued like every other command and fail at the sync.
describe("pivots, charts, merges, renames and page layout are queued too", () => {
  it("applies nothing before the sync, then all of it in order", async () => {
    const { fake, context } = withSheet();
    fake.workbook.setCellDirect("Feuil1", "A1", { value: "Quartier" });
    fake.workbook.setCellDirect("Feuil1", "B1", { value: "Nombre" });
    const sheet = context.workbook.worksheets.getItem("Feuil1");
    sheet.tables.add("A1:B3", true);
    const pivot = context.workbook.pivotTables.add("TCD", "Table1", sheet.getRange("E3"));
    pivot.rowHierarchies.add(pivot.hierarchies.getItem("Quartier"));
    pivot.dataHierarchies.add(pivot.hierarchies.getItem("Nombre")).summarizeBy = "Sum" as Excel.AggregationFunction;
    sheet.charts.add(
      "ColumnClustered" as Excel.ChartType,
      pivot.layout.getRange(),
      "Auto" as Excel.ChartSeriesBy,
    ).title.text = "Titre";
    sheet.getRange("D1:D2").merge(false);
    sheet.pageLayout.paperSize = "A4" as Excel.PaperType;
    sheet.horizontalPageBreaks.add("A20");
    sheet.name = "Suivi";
    expect(fake.workbook.pivotList).toEqual([]);
    expect(fake.workbook.sheetData("Feuil1")).toMatchObject({ merges: [], charts: [], pageLayout: {}, pageBreaks: [] });
    await context.sync();
    const data = fake.workbook.sheetData("Suivi")!;
    expect(fake.workbook.pivotList.map((p) => [p.name, p.source, p.rows, p.data])).toEqual([
      ["TCD", "Table1", ["Quartier"], [{ name: "Nombre", summarizeBy: "Sum" }]],
    ]);
    expect(data.charts).toEqual([
      { type: "ColumnClustered", seriesBy: "Auto", pivot: "TCD", source: "Feuil1!E3", title: "Titre" },
    ]);
    expect([data.merges, data.pageLayout, data.pageBreaks]).toEqual([
      [{ row: 0, column: 3, rowCount: 2, columnCount: 1 }],
      { paperSize: "A4" },
      ["A20"],
    ]);
  });

  it("rejects at the sync a missing hierarchy, an overlapping merge and a taken sheet name, naming the call", async () => {
    const { fake, context } = withSheet();
    fake.workbook.addSheetDirect("Suivi");
    fake.workbook.setCellDirect("Feuil1", "A1", { value: "Quartier" });
    const sheet = context.workbook.worksheets.getItem("Feuil1");
    sheet.tables.add("A1:A3", true);
    await context.sync();
    const pivot = context.workbook.pivotTables.add("TCD", "Table1", sheet.getRange("E3"));
    pivot.rowHierarchies.add(pivot.hierarchies.getItem("Absent"));
    const missing = await rejection(context.sync());
    expect([missing.code, missing.debugInfo?.errorLocation]).toEqual([
      "ItemNotFound",
      "PivotHierarchyCollection.getItem",
    ]);
    expect(fake.workbook.pivotList.map((p) => p.rows)).toEqual([[]]);
    sheet.getRange("B1:B2").merge();
    sheet.getRange("B2:C2").merge();
    const merge = await rejection(context.sync());
    expect([merge.code, merge.debugInfo?.errorLocation]).toEqual(["InvalidOperation", "Range.merge"]);
    expect(fake.workbook.sheetData("Feuil1")!.merges).toHaveLength(1);
    sheet.name = "suivi";
    const rename = await rejection(context.sync());
    expect([rename.code, rename.debugInfo?.errorLocation]).toEqual(["ItemAlreadyExists", "Worksheet.name"]);
    expect(fake.workbook.sheetList.map((s) => s.name)).toEqual(["Feuil1", "Suivi"]);
  });
});
