import { DEFINED_NAME, SHEET, TRACKING_COLUMNS, TRACKING_TABLE, type CellValue } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildPlan } from "../../src/core/plan";
import type { PlanOp } from "../../src/core/plan-types";
import { buildWorkbook } from "../../src/features/build";
import { CHUNK_BUDGET_BYTES, FIRST_READ_ROWS, MAX_ROWS_PER_REQUEST } from "../../src/office/chunking";
import { AppendRowsError, OfficeWorkbook } from "../../src/office/workbook";
import { FAKE_PAYLOAD_LIMIT, createFakeExcel, formatA1, parseA1, type FakeContext } from "../support/fake-excel";

const plan = buildPlan(METZ_2021_2023);
const opsOf = <K extends PlanOp["kind"]>(kind: K) =>
  plan.filter((op): op is Extract<PlanOp, { kind: K }> => op.kind === kind);
const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), "utf8");

async function builtWorkbook(): Promise<{ fake: FakeContext; context: Excel.RequestContext }> {
  const excel = createFakeExcel();
  await new OfficeWorkbook(excel.context).apply(plan);
  return excel;
}

// A tracking row of constant byte size (5-digit serial dates, 1-digit counts, zero-padded comment),
// so the expected chunk count can be worked out by hand below.
const label = METZ_2021_2023.indicators[0].label;
function trackingRow(i: number): CellValue[] {
  return [
    44197 + (i % 1000),
    label,
    1 + (i % 9),
    "Borny",
    "26-49 ans",
    "F",
    null,
    `n°${String(i).padStart(6, "0")}`,
    "CP",
    null,
  ];
}

async function workbookWithRows(count: number): Promise<{ fake: FakeContext; context: Excel.RequestContext }> {
  const excel = await builtWorkbook();
  await new OfficeWorkbook(excel.context).appendRows(
    TRACKING_TABLE,
    Array.from({ length: count }, (_, i) => trackingRow(i)),
  );
  return excel;
}

describe("OfficeWorkbook.apply on the recording fake", () => {
  it("creates what the METZ plan lists: sheets, tables, names, validations, panes, widths", async () => {
    const { fake } = await builtWorkbook();
    const wb = fake.workbook;
    const sheets = opsOf("addSheet")
      .slice()
      .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
      .map((op) => op.sheet);
    expect(wb.sheetList.map((s) => s.name)).toEqual(sheets);

    for (const op of opsOf("addTable")) {
      const table = wb.tableData(op.name);
      expect(table?.sheet.name).toBe(op.sheet);
      expect(table?.headers()).toEqual(op.headers);
      const declared = parseA1(op.address);
      // A header-only table gets one empty data row, as in Excel.
      expect(table?.rect).toEqual({ ...declared, rowCount: Math.max(2, declared.rowCount) });
    }
    for (const op of opsOf("defineName")) {
      expect(wb.nameList.find((n) => n.name === op.name)?.formula).toBe(`=${op.sheet}!${op.address}`);
    }
    for (const op of opsOf("setValidation")) {
      const entry = wb
        .sheetData(op.sheet)
        ?.validations.find((v) => JSON.stringify(v.rect) === JSON.stringify(parseA1(op.address)));
      expect(entry).toBeDefined();
      expect(entry?.errorAlert).toMatchObject({ style: "Stop", message: op.errorMessage, showAlert: true });
      const kind = { list: "list", whole: "wholeNumber", decimal: "decimal", date: "date", textLength: "textLength" }[
        op.rule.type
      ];
      expect(Object.keys(entry?.rule ?? {})).toEqual([kind]);
      if (op.rule.type === "list")
        expect(entry?.rule).toEqual({ list: { inCellDropDown: true, source: op.rule.source } });
    }
    for (const op of opsOf("freezeRows")) expect(wb.sheetData(op.sheet)?.frozenRows).toBe(op.rows);
    const suiviWidths = opsOf("setColumnWidths").find((op) => op.sheet === SHEET.tracking);
    // Excel: 12 characters = 12 × 7 + 5 = 89 px = 66.75 pt.
    expect(suiviWidths?.widths[0].width).toBe(12);
    expect(wb.sheetData(SHEET.tracking)?.columnWidths.get(0)).toBe(66.75);
  });

  it("keeps the convention number 0162627 as text and writes the Semestre formula as a calculated column", async () => {
    const { fake } = await builtWorkbook();
    const wb = fake.workbook;
    const numberCell = wb.nameList
      .find((n) => n.name === DEFINED_NAME.number)
      ?.formula.split("!")[1]
      .replace(/\$/g, "");
    expect(wb.cell(SHEET.parameters, numberCell ?? "")?.value).toBe("0162627"); // the seed's convention n° 0162627
    const suivi = wb.tableData(TRACKING_TABLE);
    const semestre = TRACKING_COLUMNS.indexOf("Semestre");
    expect(suivi?.calculated.get(semestre)).toMatch(/^IF\(ISNUMBER\(Suivi\[\[#This Row\],\[Date\]\]\)/);
  });

  it("finds a freshly built workbook complete: a second build changes nothing", async () => {
    const { fake, context } = await builtWorkbook();
    const written = fake.stats.cellsWritten;
    const result = await buildWorkbook(new OfficeWorkbook(context), METZ_2021_2023);
    expect(result.changes).toEqual([]);
    expect(fake.stats.cellsWritten).toBe(written);
  });

  it("builds in 2 syncs with calculation suspended before every write request", async () => {
    const { fake } = await builtWorkbook();
    // One read of the structure, one write request (the whole plan is far under 4 MB).
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.writeSyncsWithoutSuspension).toBe(0);
  });

  it("writes only empty cells for fillEmpty and leaves createOnly cells of an existing sheet alone", async () => {
    const { fake, context } = await builtWorkbook();
    const wb = fake.workbook;
    wb.setCellDirect(SHEET.parameters, "B4", { value: "Metz Métropole" }); // the user edited the partner
    wb.setCellDirect(SHEET.parameters, "B5", {}); // and emptied the operator
    wb.setCellDirect(SHEET.financing, "H4", { value: 11699 }); // a payment typed by finance staff
    await new OfficeWorkbook(context).apply(plan);
    expect(wb.cell(SHEET.parameters, "B4")?.value).toBe("Metz Métropole");
    expect(wb.cell(SHEET.parameters, "B5")?.value).toBe(METZ_2021_2023.operator);
    expect(wb.cell(SHEET.financing, "H4")?.value).toBe(11699);
  });

  it("refuses an operation with a bad address before writing anything", async () => {
    const { fake, context } = createFakeExcel();
    const bad: PlanOp[] = [
      { kind: "addSheet", sheet: "Essai" },
      { kind: "writeCells", sheet: "Essai", address: "B0", cells: [[1]] },
    ];
    await expect(new OfficeWorkbook(context).apply(bad)).rejects.toThrow(/Essai.*B0/);
    expect(fake.stats.syncs).toBe(0);
    expect(fake.workbook.sheetList).toHaveLength(0);
  });
});

describe("OfficeWorkbook.readSnapshot", () => {
  it("reads back sheets, tables, names, the Suivi validations and the computed sheets' formulas", async () => {
    const { fake, context } = await builtWorkbook();
    const before = fake.stats.syncs;
    const snapshot = await new OfficeWorkbook(context).readSnapshot();
    expect(fake.stats.syncs - before).toBe(3);

    expect(snapshot.sheets).toEqual(fake.workbook.sheetList.map((s) => s.name));
    expect(snapshot.tables.map((tb) => tb.name).sort()).toEqual(
      opsOf("addTable")
        .map((op) => op.name)
        .sort(),
    );
    const suivi = snapshot.tables.find((tb) => tb.name === TRACKING_TABLE);
    expect(suivi).toEqual({
      name: TRACKING_TABLE,
      sheet: SHEET.tracking,
      address: "A1:J2",
      headers: [...TRACKING_COLUMNS],
    });
    for (const op of opsOf("defineName")) {
      expect(snapshot.names).toContainEqual({ name: op.name, formula: `${op.sheet}!${op.address}` });
    }
    // Every list validation of the plan on Suivi is seen on its column's data range.
    for (const op of opsOf("setValidation").filter((o) => o.sheet === SHEET.tracking && o.rule.type === "list")) {
      const letter = op.address.replace(/\d.*$/, "");
      const rule = op.rule as { source: string };
      expect(snapshot.validations).toContainEqual({
        sheet: SHEET.tracking,
        address: `${letter}2`,
        type: "list",
        source: rule.source,
      });
    }
    // all but the calculated Semestre
    expect(snapshot.validations.filter((v) => v.sheet === SHEET.tracking)).toHaveLength(9);
    // A formula of the Indicateurs sheet, as the plan wrote it.
    const firstRow = opsOf("writeCells").find((op) => op.sheet === SHEET.indicators && op.address === "A2");
    const c2 = firstRow?.cells[0][2] as { formula: string };
    expect(snapshot.cells[SHEET.indicators]?.C2?.formula).toBe(c2.formula);
  });
});

describe("sync counts for 10 and 100 000 rows", () => {
  async function repairAfterDeletingIndicateurs(excel: {
    fake: FakeContext;
    context: Excel.RequestContext;
  }): Promise<number> {
    excel.fake.workbook.deleteSheetDirect(SHEET.indicators);
    const before = excel.fake.stats.syncs;
    const result = await buildWorkbook(new OfficeWorkbook(excel.context), METZ_2021_2023);
    expect(result.created).toBe(false);
    expect(result.changes.some((c) => c.op.kind === "addSheet" && c.op.sheet === SHEET.indicators)).toBe(true);
    return excel.fake.stats.syncs - before;
  }

  it("repairs a deleted sheet with the same small number of syncs whatever the number of rows", async () => {
    const small = await workbookWithRows(10);
    const big = await workbookWithRows(100_000);
    expect(big.fake.stats.maxRequestBytes).toBeLessThan(FAKE_PAYLOAD_LIMIT);
    const smallSyncs = await repairAfterDeletingIndicateurs(small);
    const bigSyncs = await repairAfterDeletingIndicateurs(big);
    expect(big.fake.workbook.sheetData(SHEET.indicators)).toBeDefined();
    expect(bigSyncs).toBe(smallSyncs);
    expect(bigSyncs).toBeLessThanOrEqual(6);
    expect(big.fake.stats.writeSyncsWithoutSuspension).toBe(0);
    expect(big.fake.stats.maxRequestBytes).toBeLessThan(FAKE_PAYLOAD_LIMIT);
  });

  it("reads the Suivi table in 2 syncs plus one per chunk, rows intact and in order", async () => {
    // What the fake returns for row i: the values (empty cells as "") and their value types.
    const valuesOf = (i: number) => trackingRow(i).map((v) => v ?? "");
    const typesOf = (i: number) =>
      trackingRow(i).map((v) => (v === null ? "Empty" : typeof v === "number" ? "Double" : "String"));
    // Row size in a response: its values array and its types array, each followed by a comma.
    const rowBytes = jsonBytes(valuesOf(0)) + 1 + jsonBytes(typesOf(0)) + 1;
    expect(jsonBytes(valuesOf(99_999)) + 1 + jsonBytes(typesOf(99_999)) + 1).toBe(rowBytes);
    const perChunk = Math.min(MAX_ROWS_PER_REQUEST, Math.floor(CHUNK_BUDGET_BYTES / rowBytes));

    for (const count of [10, 100_000]) {
      const { fake, context } = await workbookWithRows(count);
      const before = fake.stats.syncs;
      const table = await new OfficeWorkbook(context).readTable(TRACKING_TABLE);
      const syncs = fake.stats.syncs - before;
      // 1 to find the table, 1 for its metadata and first rows, then one per remaining chunk.
      expect(syncs).toBe(2 + Math.ceil(Math.max(0, count - FIRST_READ_ROWS) / perChunk));
      expect(fake.stats.maxResponseBytes).toBeLessThan(FAKE_PAYLOAD_LIMIT);
      expect(table?.headers).toEqual([...TRACKING_COLUMNS]);
      expect(table?.grid).toMatchObject({ sheet: SHEET.tracking, firstRow: 2, firstColumn: 1 });
      expect(table?.grid.rows).toHaveLength(count);
      for (const i of [0, Math.floor(count / 2), count - 1]) expect(table?.grid.rows[i]).toEqual(trackingRow(i));
    }
  });

  it("halves the chunk when later rows are much longer than the first ones", async () => {
    const excel = await workbookWithRows(1200);
    // Rows after the sample carry 8 000-character comments: a chunk sized on the sample would exceed 5 MB.
    const long = Array.from({ length: 800 }, (_, i) => {
      const row = trackingRow(1200 + i);
      row[7] = `${String(i).padStart(4, "0")}${"é".repeat(8000)}`;
      return row;
    });
    await new OfficeWorkbook(excel.context).appendRows(TRACKING_TABLE, long);
    const table = await new OfficeWorkbook(excel.context).readTable(TRACKING_TABLE);
    expect(table?.grid.rows).toHaveLength(2000);
    expect(table?.grid.rows[1999]).toEqual(long[799]);
    expect(table?.grid.rows[1200]).toEqual(long[0]);
    expect(excel.fake.stats.refusedPayloads).toBeGreaterThan(0); // the first try was refused, then halved
    expect(excel.fake.stats.maxResponseBytes).toBeLessThan(FAKE_PAYLOAD_LIMIT);
  });

  it("asks for fewer first rows when even those are too large", async () => {
    const excel = await builtWorkbook();
    // 1 000 rows of 8 000 "é" (16 KB each): the first read of 1 000 rows would carry 16 MB.
    const long = Array.from({ length: 1100 }, (_, i) => {
      const row = trackingRow(i);
      row[7] = `${String(i).padStart(4, "0")}${"é".repeat(8000)}`;
      return row;
    });
    await new OfficeWorkbook(excel.context).appendRows(TRACKING_TABLE, long);
    const refused = excel.fake.stats.refusedPayloads;
    const table = await new OfficeWorkbook(excel.context).readTable(TRACKING_TABLE);
    expect(table?.grid.rows).toEqual(long);
    expect(excel.fake.stats.refusedPayloads).toBeGreaterThan(refused);
  });

  it("returns null for a missing table", async () => {
    const { context } = await builtWorkbook();
    expect(await new OfficeWorkbook(context).readTable("Absent")).toBeNull();
  });
});

describe("OfficeWorkbook.appendRows", () => {
  it("fills the empty row of a new table first, then appends after it", async () => {
    const { fake, context } = await builtWorkbook();
    await new OfficeWorkbook(context).appendRows(TRACKING_TABLE, [trackingRow(0), trackingRow(1)]);
    expect(fake.workbook.tableData(TRACKING_TABLE)?.rect).toMatchObject({ row: 0, rowCount: 3 });
    expect(fake.workbook.cell(SHEET.tracking, "H2")?.value).toBe("n°000000");
    expect(fake.workbook.cell(SHEET.tracking, "H3")?.value).toBe("n°000001");
  });

  it("refuses a row of the wrong width with its number, and adds nothing", async () => {
    const { fake, context } = await builtWorkbook();
    const written = fake.stats.cellsWritten;
    await expect(
      new OfficeWorkbook(context).appendRows(TRACKING_TABLE, [trackingRow(0), trackingRow(1).slice(0, 9)]),
    ).rejects.toThrow(/Ligne 2.*9.*10/);
    expect(fake.stats.cellsWritten).toBe(written);
  });

  it("says which table is missing", async () => {
    const { context } = createFakeExcel();
    await expect(new OfficeWorkbook(context).appendRows("Suivi", [trackingRow(0)])).rejects.toThrow(/Suivi/);
  });
});

describe("large writes: blocks, halve and retry, partial failures", () => {
  // A tracking row as the API receives it (no cell of trackingRow needs the "'" text prefix).
  const apiBytes = (i: number) => jsonBytes(trackingRow(i)) + 1;

  it("appends 100 000 rows in blocks of at most 20 000 rows, each request under the budget", async () => {
    const excel = await builtWorkbook();
    // Premise worked out by hand: 20 000 rows of this size fit in the 2.5 MB budget, so the row cap decides.
    expect(apiBytes(0) * MAX_ROWS_PER_REQUEST).toBeLessThan(CHUNK_BUDGET_BYTES);
    const before = excel.fake.stats.syncs;
    await new OfficeWorkbook(excel.context).appendRows(
      TRACKING_TABLE,
      Array.from({ length: 100_000 }, (_, i) => trackingRow(i)),
    );
    // Find the table, read its size and first row, then 100 000 / 20 000 = 5 write requests.
    expect(excel.fake.stats.syncs - before).toBe(2 + 5);
    expect(excel.fake.stats.requests.every((r) => r.request < CHUNK_BUDGET_BYTES)).toBe(true);
    expect(excel.fake.workbook.tableData(TRACKING_TABLE)?.rect.rowCount).toBe(1 + 100_000);
  });

  it.each(["RequestPayloadSizeLimitExceeded", "GeneralException"])(
    "halves a block Excel refuses as too large (%s) and writes every row once, in order",
    async (code) => {
      const excel = await builtWorkbook();
      // An Excel that accepts much less than the documented 5 MB: 1 MB.
      excel.fake.options.payloadLimit = 1_000_000;
      excel.fake.options.requestLimitCode = code;
      const rows = Array.from({ length: 20_000 }, (_, i) => trackingRow(i));
      await new OfficeWorkbook(excel.context).appendRows(TRACKING_TABLE, rows);
      expect(excel.fake.stats.refusedPayloads).toBeGreaterThan(0);
      const table = await new OfficeWorkbook(excel.context).readTable(TRACKING_TABLE);
      expect(table?.grid.rows).toEqual(rows);
    },
  );

  it("reports exactly how many rows went in when a row cannot be written, and nothing after it", async () => {
    const excel = await builtWorkbook();
    excel.fake.options.payloadLimit = 60_000;
    const rows = Array.from({ length: 511 }, (_, i) => trackingRow(i));
    // Row 501: a comment of 32 000 "é" (64 KB of JSON) that no request under 60 KB can carry.
    rows[500][7] = "é".repeat(32_000);
    const error = await new OfficeWorkbook(excel.context).appendRows(TRACKING_TABLE, rows).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppendRowsError);
    expect(error).toMatchObject({ written: 500, total: 511 });
    expect((error as Error).message).toMatch(
      /^Les 500 première\(s\) ligne\(s\) sur 511 ont été ajoutées au tableau, les suivantes non : /,
    );
    excel.fake.options.payloadLimit = FAKE_PAYLOAD_LIMIT;
    const table = await new OfficeWorkbook(excel.context).readTable(TRACKING_TABLE);
    expect(table?.grid.rows).toEqual(rows.slice(0, 500));
  });

  it("writes every multi-cell range as a 2-D array of its shape, never one value over several cells", async () => {
    const { fake } = await workbookWithRows(10);
    expect(fake.stats.scalarFills).toBe(0);
    expect(fake.workbook.tableData(TRACKING_TABLE)?.calculated.size).toBe(1); // Semestre stays a calculated column
  });
});

describe("reads through the same budget", () => {
  /**
   * Fills the four snapshot sheets so that each used range (values only) holds just under 2 000 cells, all read one
   * by one.
   */
  function crowd(fake: FakeContext): number {
    let cells = 0;
    for (const sheet of [SHEET.parameters, SHEET.lists, SHEET.indicators, SHEET.financing]) {
      const used = fake.workbook.sheetData(sheet)!.usedRect(true)!;
      const rows = used.row + used.rowCount;
      const columns = Math.floor(2000 / rows);
      expect(columns).toBeGreaterThanOrEqual(used.column + used.columnCount);
      fake.workbook.setCellDirect(
        sheet,
        formatA1({ row: rows - 1, column: columns - 1, rowCount: 1, columnCount: 1 }),
        { value: "x" },
      );
      cells += rows * columns;
    }
    return cells;
  }

  it("cuts the snapshot's thousands of validation reads into requests within the budget, with the same result", async () => {
    const excel = await builtWorkbook();
    const cells = crowd(excel.fake);
    expect(cells).toBeGreaterThan(7000);
    const whole = await new OfficeWorkbook(excel.context).readSnapshot();
    const budget = 500_000;
    const before = excel.fake.stats.requests.length;
    const syncs = excel.fake.stats.syncs;
    const cut = await new OfficeWorkbook(excel.context, budget).readSnapshot();
    expect(cut).toEqual(whole);
    const requests = excel.fake.stats.requests.slice(before);
    expect(requests.every((r) => r.request <= budget && r.response <= budget && !r.refused)).toBe(true);
    // Each read is estimated at 256 + 1 024 bytes: 500 000 / 1 280 = 390 reads a request at most.
    expect(excel.fake.stats.syncs - syncs).toBeGreaterThanOrEqual(2 + Math.ceil(cells / 390));
  });

  it("reads the computed sheets' values only: cells that only carry a format add nothing to read", async () => {
    const excel = await builtWorkbook();
    const before = await new OfficeWorkbook(excel.context).readSnapshot();
    // A whole column of Paramètres formatted down to row 5 000 (a user's date format, say).
    for (let r = 1; r <= 5000; r++)
      excel.fake.workbook.setCellDirect(SHEET.parameters, `Z${r}`, { numberFormat: "dd/mm/yyyy" });
    const syncs = excel.fake.stats.syncs;
    const after = await new OfficeWorkbook(excel.context).readSnapshot();
    expect(excel.fake.stats.syncs - syncs).toBe(3);
    expect(after).toEqual(before);
  });
});
