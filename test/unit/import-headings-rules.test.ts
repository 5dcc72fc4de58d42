import type { CellValue } from "../../src/core/contract";
import { looksGarbled, mapHeadings } from "../../src/core/import/headings";
import type { ImportProblem } from "../../src/core/import/types";

// The message key and parameters of each heading problem, and which headings look wrongly decoded:
// UTF-8 « é » (C3 A9) read as Windows-1252 is « Ã© », « à » (C3 A0) is « Ã » + no-break space.
const shape = (problems: ImportProblem[]) =>
  problems.map((p) => ({
    code: p.code,
    severity: p.severity,
    line: p.line,
    column: p.column,
    key: p.text.key,
    params: p.text.params,
  }));

const map = (headings: CellValue[], rows: CellValue[][] = []) =>
  mapHeadings(
    { line: 4, cells: headings },
    rows.map((cells, i) => ({ line: 5 + i, cells })),
  );

describe("looksGarbled", () => {
  it("sees UTF-8 accents read as Windows-1252, and the replacement character", () => {
    expect(looksGarbled("PrÃ©cision")).toBe(true);
    expect(looksGarbled("Tranche d'Ã\u00a0ge")).toBe(true);
    expect(looksGarbled("Pr\uFFFDcision")).toBe(true);
  });

  it("does not take a degree sign or an « Ã » before a plain letter for garbage", () => {
    // « ° » (U+00B0) is in the range a garbled accent's second character falls in; « Ã » starts Portuguese words.
    expect(looksGarbled("N° dossier")).toBe(false);
    expect(looksGarbled("Ãgua")).toBe(false);
    expect(looksGarbled("Précision")).toBe(false);
  });
});

describe("mapHeadings problems", () => {
  it("refuses a wrongly decoded heading, naming it and its line", () => {
    const m = map(["Date", "Indicateur", "PrÃ©cision"]);
    expect(m.columns).toEqual(["Date", "Indicateur", null]);
    expect(shape(m.problems)).toEqual([
      {
        code: "HEADING_GARBLED",
        severity: "error",
        line: 4,
        column: "PrÃ©cision",
        key: "import.heading.garbled",
        params: { heading: "PrÃ©cision", line: 4 },
      },
    ]);
  });

  it("maps a known heading whatever stray replacement character it holds", () => {
    // Folding drops « � »: the heading still names the column, nothing is lost.
    const m = map(["Date\uFFFD", "Indicateur"]);
    expect(m.columns).toEqual(["Date", "Indicateur"]);
    expect(m.problems).toEqual([]);
  });

  it("ignores with a warning an unknown heading that is not garbage, trimmed", () => {
    const m = map(["Date", "Indicateur", " N° dossier "]);
    expect(shape(m.problems)).toEqual([
      {
        code: "HEADING_IGNORED",
        severity: "warning",
        line: 4,
        column: "N° dossier",
        key: "import.heading.unknown",
        params: { heading: "N° dossier" },
      },
    ]);
  });

  it("reads an error value in the heading row as its error text", () => {
    const m = map(["Date", "Indicateur", { error: "#REF!" }]);
    expect(shape(m.problems)).toEqual([
      {
        code: "HEADING_IGNORED",
        severity: "warning",
        line: 4,
        column: "#REF!",
        key: "import.heading.unknown",
        params: { heading: "#REF!" },
      },
    ]);
  });

  it("warns about a column without heading only when a row fills it, naming its position", () => {
    expect(
      map(
        ["Date", "Indicateur", null],
        [
          [44270, "MER"],
          [44270, "MER", ""],
        ],
      ).problems,
    ).toEqual([]);
    expect(
      shape(
        map(
          ["Date", "Indicateur", ""],
          [
            [44270, "MER"],
            [44270, "MER", " x "],
          ],
        ).problems,
      ),
    ).toEqual([
      {
        code: "HEADING_IGNORED",
        severity: "warning",
        line: 4,
        column: null,
        key: "import.heading.blank",
        params: { position: 3 },
      },
    ]);
  });

  it("ignores the calculated Semestre column with a warning naming the heading", () => {
    expect(shape(map(["Date", "Indicateur", "Semestre"]).problems)).toEqual([
      {
        code: "HEADING_IGNORED",
        severity: "warning",
        line: 4,
        column: "Semestre",
        key: "import.heading.calculated",
        params: { heading: "Semestre" },
      },
    ]);
  });

  it("refuses a column fed twice, naming both headings (trimmed) and the column", () => {
    const m = map([" Date ", "Indicateur", "Date de l'acte"]);
    expect(m.headingOf.Date).toBe("Date");
    expect(shape(m.problems)).toEqual([
      {
        code: "HEADING_DUPLICATE",
        severity: "error",
        line: 4,
        column: "Date de l'acte",
        key: "import.heading.duplicate",
        params: { heading: "Date de l'acte", earlier: "Date", column: "Date" },
      },
    ]);
  });
});
