import fc from "fast-check";
import { cellAddress, columnLetters, parseRange, rangeAddress } from "../../src/office/a1";
import {
  CHUNK_BUDGET_BYTES,
  MAX_ROWS_PER_REQUEST,
  PAYLOAD_LIMIT_BYTES,
  cellJsonBytes,
  chunkRowsByBytes,
  isPayloadError,
  rowJsonBytes,
  rowsPerReadChunk,
  stringJsonBytes,
} from "../../src/office/chunking";
import { charactersToPoints, toApiCell, toCellValue } from "../../src/office/workbook";

// The oracle for every size: what JSON.stringify really produces, in UTF-8 bytes.
const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), "utf8");

describe("payload estimate", () => {
  it("equals the UTF-8 size of JSON.stringify for any string (accents, emoji, quotes, control chars)", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => stringJsonBytes(s) === jsonBytes(s)));
    expect(stringJsonBytes("Tranche d'âge")).toBe(jsonBytes("Tranche d'âge"));
  });

  it("equals JSON.stringify for numbers, booleans and null cells", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)),
        (v) => cellJsonBytes(v) === jsonBytes(v),
      ),
    );
  });

  it("sizes a row as its JSON array plus the comma that separates it from the next one", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)), { maxLength: 12 }),
        (row) => rowJsonBytes(row) === jsonBytes(row) + 1,
      ),
    );
  });
});

describe("chunking writes", () => {
  it("keeps every chunk within the budget, covers all rows in order, and the budget is under 5 MB", () => {
    // Well under the limit: at most half of it, since Microsoft does not say how the 5 MB is counted.
    expect(CHUNK_BUDGET_BYTES).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES / 2);
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 40 }), { minLength: 1, maxLength: 5 }), { maxLength: 200 }),
        fc.integer({ min: 50, max: 2000 }),
        (rows, budget) => {
          const spans = chunkRowsByBytes(rows, budget);
          let next = 0;
          for (const span of spans) {
            expect(span.start).toBe(next);
            expect(span.end).toBeGreaterThan(span.start);
            // Rows are sized with one separator comma each; the chunk's array brackets add one more byte.
            const size = jsonBytes(rows.slice(span.start, span.end));
            // A chunk only exceeds the budget when it is a single oversized row.
            if (span.end - span.start > 1) expect(size).toBeLessThanOrEqual(budget + 1);
            next = span.end;
          }
          expect(next).toBe(rows.length);
        },
      ),
    );
  });

  it("cuts 100 000 rows of 100 bytes at the byte budget, and never into blocks over 20 000 rows", () => {
    // Each row ["xxxx…"] of 95 x: 95 + 2 quotes + 2 brackets + 1 comma = 100 bytes.
    const rows = Array.from({ length: 100_000 }, () => ["x".repeat(95)]);
    // 1 000 000 / 100 = 10 000 rows per chunk → 10 chunks.
    expect(chunkRowsByBytes(rows, 1_000_000).map((s) => s.end - s.start)).toEqual(Array(10).fill(10_000));
    // 4 000 000 / 100 = 40 000 rows would fit; Microsoft's guidance caps a block at 20 000 rows.
    expect(MAX_ROWS_PER_REQUEST).toBe(20_000);
    expect(chunkRowsByBytes(rows, 4_000_000).map((s) => s.end - s.start)).toEqual(Array(5).fill(20_000));
  });

  it("treats Excel's payload refusals, and GeneralException of older Excel on the web, as too large", () => {
    for (const code of ["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "GeneralException"])
      expect(isPayloadError({ code })).toBe(true);
    for (const error of [{ code: "ItemNotFound" }, new Error("x"), null, "GeneralException"])
      expect(isPayloadError(error)).toBe(false);
  });
});

describe("chunking reads", () => {
  it("divides the budget by the largest sample row, within 1 and 20 000 rows", () => {
    expect(rowsPerReadChunk([100, 250, 80], 1000)).toBe(4);
    expect(rowsPerReadChunk([5000], 1000)).toBe(1);
    expect(rowsPerReadChunk([10], 1_000_000)).toBe(20_000);
  });
});

describe("cells and addresses", () => {
  it("protects text Excel would turn into a number, a date or a formula, not ordinary text", () => {
    expect(toApiCell("0162627", false)).toBe("'0162627");
    expect(toApiCell("=SUM(A1)", false)).toBe("'=SUM(A1)");
    expect(toApiCell("01/02/2021", false)).toBe("'01/02/2021");
    expect(toApiCell("VRAI", false)).toBe("'VRAI");
    expect(toApiCell("Borny", false)).toBe("Borny");
    expect(toApiCell("0162627", true)).toBe("0162627");
    expect(toApiCell({ formula: "SUM(A1:A3)" }, false)).toBe("=SUM(A1:A3)");
    expect(toApiCell(44197, false)).toBe(44197);
  });
  it("reads error and empty cells as the contract says", () => {
    expect(toCellValue("#REF!", "Error")).toEqual({ error: "#REF!" });
    expect(toCellValue("#REF!", "String")).toBe("#REF!");
    expect(toCellValue("", "Empty")).toBeNull();
    expect(toCellValue(44197, "Double")).toBe(44197);
  });
  it("converts character widths to points like Excel (Calibri 11: 7 px a character + 5 px)", () => {
    // 10 characters → 75 px → 56.25 pt; 12 → 89 px → 66.75 pt.
    expect(charactersToPoints(10)).toBe(56.25);
    expect(charactersToPoints(12)).toBe(66.75);
  });
  it("does A1 arithmetic", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(16383)).toBe("XFD");
    expect(cellAddress(9, 2)).toBe("C10");
    expect(parseRange("Suivi!$B$2:$D$9")).toEqual({ row: 1, column: 1, rowCount: 8, columnCount: 3 });
    expect(rangeAddress({ row: 0, column: 0, rowCount: 1, columnCount: 10 })).toBe("A1:J1");
    expect(() => parseRange("B2:ZZZZ9")).toThrow("ZZZZ9");
  });
});
