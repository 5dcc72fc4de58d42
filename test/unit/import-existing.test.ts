import type { CellValue } from "../../src/core/contract";
import { keysAlreadyPresent, rowKey } from "../../src/core/import/existing";

// Rows compared as a person compares them (every column but Semestre, text without surrounding
// spaces or case, blanks all alike), and the search for rows already in the table: found exactly
// when every compared cell matches, whatever the first compared column holds.
const headers = ["Date", "Indicateur", "Nombre", "Semestre"];
const same = (a: CellValue[], b: CellValue[], h: readonly string[] = headers) => rowKey(h, a) === rowKey(h, b);

describe("rowKey", () => {
  it("ignores surrounding spaces and case of text", () => {
    expect(same([44270, " Entretiens RÉALISÉS ", 1], [44270, "entretiens réalisés", 1])).toBe(true);
  });

  it("keeps text apart when only its lower-case form is the same, not its upper-case one", () => {
    // « ß » upper-cases to « SS »: « Straße » and « Strasse » are two spellings a person tells apart.
    expect(same([44270, "Straße", 1], [44270, "Strasse", 1])).toBe(false);
  });

  it("holds every blank alike: nothing, an empty cell, spaces, a missing cell", () => {
    expect(same([44270, null, 1], [44270, "", 1])).toBe(true);
    expect(same([44270, "   ", 1], [44270, null, 1])).toBe(true);
    expect(same([44270, "x", null], [44270, "x"])).toBe(true);
  });

  it("tells apart a number from another, from the same digits as text, and from a blank", () => {
    expect(same([44270, "x", 3], [44270, "x", 4])).toBe(false);
    expect(same([44270, "x", 3], [44270, "x", "3"])).toBe(false);
    expect(same([44270, "x", 3], [44270, "x", null])).toBe(false);
  });

  it("tells apart VRAI from FAUX, from the text « true » and from a blank", () => {
    expect(same([44270, "x", true], [44270, "x", true])).toBe(true);
    expect(same([44270, "x", true], [44270, "x", false])).toBe(false);
    expect(same([44270, "x", true], [44270, "x", "true"])).toBe(false);
    expect(same([44270, "x", false], [44270, "x", null])).toBe(false);
  });

  it("tells apart two error values, and an error from a blank", () => {
    expect(same([44270, "x", { error: "#N/A" }], [44270, "x", { error: "#N/A" }])).toBe(true);
    expect(same([44270, "x", { error: "#N/A" }], [44270, "x", { error: "#REF!" }])).toBe(false);
    expect(same([44270, "x", { error: "#N/A" }], [44270, "x", null])).toBe(false);
  });

  it("leaves out the Semestre column, however its heading is spaced or cased, and only it", () => {
    expect(same([44270, "x", 1, "2021-S1"], [44270, "x", 1, "2021-S2"])).toBe(true);
    const spaced = ["Date", " SEMESTRE "];
    expect(same([44270, "S1"], [44270, "S2"], spaced)).toBe(true);
    expect(same([44270, "S1"], [44271, "S1"], spaced)).toBe(false);
    expect(same([44270, "x", 1, "2021-S1"], [44270, "y", 1, "2021-S1"])).toBe(false);
  });
});

describe("keysAlreadyPresent", () => {
  const table: CellValue[][] = [
    [44270, "Entretiens réalisés", 1, "2021-S1"],
    [44270, "Mises en relation (MER)", 2, "2021-S1"],
    [" Borny ", "Entretiens réalisés", 1, null],
    [{ error: "#N/A" }, "x", 1, null],
    [true, "x", 1, null],
    [null, "sans date", 1, null],
    [],
  ];
  const found = (candidates: CellValue[][], rows: CellValue[][] = table, h: readonly string[] = headers) =>
    [...keysAlreadyPresent(h, rows, candidates)].sort();
  const keys = (rows: CellValue[][], h: readonly string[] = headers) => rows.map((r) => rowKey(h, r)).sort();

  it("finds a row already in the table, whatever its Semestre, and only it", () => {
    const again: CellValue[] = [44270, " entretiens réalisés", 1, null];
    expect(found([again, [44270, "Entretiens réalisés", 3, null]])).toEqual(keys([again]));
  });

  it("does not take a row for another one because their first column is the same", () => {
    expect(found([[44270, "Mises en relation (MER)", 1, null]])).toEqual([]);
  });

  it("finds rows whose first compared cell is text (spaced or cased), an error, a boolean or a blank", () => {
    const candidates: CellValue[][] = [
      ["BORNY", "Entretiens réalisés", 1, null],
      [{ error: "#N/A" }, "x", 1, null],
      [true, "x", 1, null],
      ["  ", "sans date", 1, null],
    ];
    expect(found(candidates)).toEqual(keys(candidates));
  });

  it("finds a text whose lower-case forms match even when its upper-case forms do not", () => {
    // The Kelvin sign (U+212A) lower-cases to « k » but upper-cases to itself.
    const rows: CellValue[][] = [["\u212A", "x", 1, null]];
    expect(found([["k", "x", 1, null]], rows)).toEqual(keys([["k", "x", 1, null]]));
  });

  it("finds a row whose first cell is missing in the table (a short row)", () => {
    const rows: CellValue[][] = [[]];
    expect(found([[null, null, null, null]], rows, ["Date"])).toEqual([]);
    const short: CellValue[][] = [[44270]];
    expect(found([[44270, null]], short, ["Date", "Nombre"])).toEqual(keys([[44270, null]], ["Date", "Nombre"]));
  });

  it("never reports a blank row as already present", () => {
    expect(found([[null, "", null, "2021-S1"]])).toEqual([]);
  });

  it("finds nothing without candidates, or when Semestre is the only column", () => {
    expect(found([])).toEqual([]);
    expect(found([["2021-S1"]], [["2021-S1"], []], ["Semestre"])).toEqual([]);
  });

  it("compares from the first column that is not Semestre", () => {
    const h = ["Semestre", "Date", "Indicateur"];
    const rows: CellValue[][] = [
      ["2021-S1", 44270, "x"],
      ["2021-S1", 44271, "x"],
    ];
    expect(found([[null, 44271, "X "]], rows, h)).toEqual(keys([[null, 44271, "x"]], h));
  });
});
