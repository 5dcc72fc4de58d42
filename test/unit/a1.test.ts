import { cellAddress, columnLetters, columnNumber, parseCell, parseRange } from "../../src/core/a1";

describe("A1 addresses", () => {
  it("names columns as Excel does: A…Z, AA…, XFD is the last of 16 384", () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16384].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]);
    expect(["a", "Z", "AA", "xfd"].map(columnNumber)).toEqual([1, 26, 27, 16384]);
  });

  it("reads cells with or without dollars and writes them back", () => {
    expect(parseCell("$B$7")).toEqual({ row: 7, col: 2 });
    expect(cellAddress(1048576, 16384)).toBe("XFD1048576");
  });

  it("reads ranges in any corner order, ignoring a sheet prefix", () => {
    expect(parseRange("'Suivi 2'!J10:A1")).toEqual({ top: 1, left: 1, bottom: 10, right: 10 });
    expect(parseRange("C3")).toEqual({ top: 3, left: 3, bottom: 3, right: 3 });
  });

  it("refuses what is not an address, with the address in the message", () => {
    expect(() => parseCell("B")).toThrow(/« B »/);
    expect(() => parseCell("7B")).toThrow(/« 7B »/);
  });
});
