import { INDICATORS, LISTS, NOT_STATED } from "../../src/core/catalogue";
import type { CellValue, TrackingColumn } from "../../src/core/contract";
import { mapHeadings } from "../../src/core/import/headings";
import { convertRow, findIndicator, normalizeDateText } from "../../src/core/import/rows";

// The bounds of the conversion rules: what normalizeDateText drops, what a count written as text
// is, which written ages become a band (14 to 120 years, the default bands: under 26, 26 to 49,
// 50 and over), and what is kept as the source wrote it for the row rules to report.
const vocabulary = { indicators: INDICATORS, lists: LISTS };

function converted(column: TrackingColumn, cell: CellValue, lists = LISTS): CellValue {
  const base: [string, CellValue][] = [
    ["Date", 44270],
    ["Indicateur", "MER"],
  ];
  const cells = [...base.filter(([name]) => name !== column), [column, cell] as [string, CellValue]];
  const map = mapHeadings({ line: 1, cells: cells.map(([name]) => name) }, []);
  return convertRow({ line: 2, cells: cells.map(([, value]) => value) }, map, { ...vocabulary, lists }).values[column];
}

describe("normalizeDateText", () => {
  it("drops a time of day at the end, with seconds and their fraction", () => {
    expect(normalizeDateText(" 30/09/2021 10:15 ")).toBe("30/09/2021");
    expect(normalizeDateText("2021-09-30T10:15:00.125")).toBe("2021-09-30");
    expect(normalizeDateText("30/09/2021 10:15:00.5")).toBe("30/09/2021");
  });

  it("keeps a time that is not at the end, and the text after it", () => {
    expect(normalizeDateText("30/09/2021 10:15 matin")).toBe("30/09/2021 10:15 matin");
  });
});

describe("dates that are not text", () => {
  it("keeps VRAI as written, for the row rules to report", () => {
    expect(converted("Date", true)).toBe(true);
  });
});

describe("findIndicator", () => {
  it("prefers the exact label to one that differs only by its accents", () => {
    const indicators = [
      { code: "R1", label: "Relance" },
      { code: "R2", label: "Relancé" },
    ];
    expect(findIndicator("Relancé", indicators)?.code).toBe("R2");
    expect(findIndicator("relance", indicators)?.code).toBe("R1");
  });

  it("keeps an indicator written as a number as it is", () => {
    expect(converted("Indicateur", 3)).toBe(3);
  });
});

describe("counts written as text", () => {
  it.each([
    ["+3", 3],
    ["-2", -2],
    ["3,50", 3.5],
    ["1 234,25", 1234.25],
  ])("%j is the number %d", (written, count) => {
    expect(converted("Nombre", written)).toBe(count);
  });

  it.each(["x3", "3x", "3,", "+-3"])("%j is kept as written", (written) => {
    expect(converted("Nombre", written)).toBe(written);
  });
});

describe("list values", () => {
  it("reads other spellings whatever their accents, spaces and signs", () => {
    expect(converted("Sexe", "non precise")).toBe(NOT_STATED);
    expect(converted("Tranche d'âge", "<26 ans")).toBe("Moins de 26 ans");
  });

  it("makes a blank list cell empty", () => {
    expect(converted("Quartier", "   ")).toBe(null);
    expect(converted("Sexe", "")).toBe(null);
  });

  it.each([
    ["14", "Moins de 26 ans"],
    [" 25 ", "Moins de 26 ans"],
    ["26", "26 à 49 ans"],
    ["49", "26 à 49 ans"],
    ["50", "50 ans et plus"],
    ["120", "50 ans et plus"],
  ])("an age of %j is the band %j", (written, band) => {
    expect(converted("Tranche d'âge", written)).toBe(band);
  });

  it.each(["13", "121", "+30", "25.0"])("%j is not an age and is kept as written", (written) => {
    expect(converted("Tranche d'âge", written)).toBe(written);
  });

  it("keeps an age as written when the list has its own bands", () => {
    const lists = { ...LISTS, trancheAge: ["Jeunes", "Adultes", NOT_STATED] };
    expect(converted("Tranche d'âge", "30", lists)).toBe("30");
  });
});

describe("free text", () => {
  it("writes a boolean as Excel's French VRAI / FAUX", () => {
    expect(converted("Commentaire", true)).toBe("VRAI");
    expect(converted("Précision", false)).toBe("FAUX");
  });
});
