import { cellAddress, columnLetters, columnNumber, parseCell, parseRange, quoteSheet } from "../../src/core/a1";

describe("A1 addresses", () => {
  it("names columns as Excel does: A…Z, AA…, XFD is the last of 16 384", () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16384].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
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

describe("sheet names in references", () => {
  test("bare where Excel takes them so, quoted (quotes doubled) otherwise, and quoted when they read as a cell", () => {
    expect(["Paramètres", "Suivi", "Listes_2"].map(quoteSheet)).toEqual(["Paramètres", "Suivi", "Listes_2"]);
    expect(["Évaluation 2021-S1", "Tableau de bord", "2021", "l'an"].map(quoteSheet)).toEqual([
      "'Évaluation 2021-S1'",
      "'Tableau de bord'",
      "'2021'",
      "'l''an'",
    ]);
    // Bare, AB12!A1 or R1C1!A1 would be taken for a cell in the other reference style.
    expect(["AB12", "R1C1", "R", "C3"].map(quoteSheet)).toEqual(["'AB12'", "'R1C1'", "'R'", "'C3'"]);
  });
});

// Cases added for the survivors of the mutation run of a1.ts (each expected value from Excel's rules).
describe("A1 edge cases", () => {
  it("refuses characters just outside A–Z in a column, naming the address", () => {
    // "@" is the code before "A", "[" the one after "Z": neither is a column letter.
    expect(() => columnNumber("A@")).toThrow("adresse « A@ » invalide");
    expect(() => columnNumber("Z[")).toThrow("adresse « Z[ » invalide");
    expect(columnNumber("xfd")).toBe(16384);
  });

  it("reads a cell with spaces around it, and a range written with an empty sheet prefix", () => {
    expect(parseCell(" B7 ")).toEqual({ row: 7, col: 2 });
    expect(parseRange("!A1:B2")).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
  });

  it("quotes only the sheet names Excel would read as a cell or an R1C1 reference", () => {
    // Four letters are no column (XFD is the last), and a cell has nothing after its row.
    expect(quoteSheet("ABCD1")).toBe("ABCD1");
    expect(quoteSheet("AB12x")).toBe("AB12x");
    // "C" alone is the current column in R1C1, "R1C12" a cell in R1C1.
    expect(quoteSheet("C")).toBe("'C'");
    expect(quoteSheet("R1C12")).toBe("'R1C12'");
  });
});
