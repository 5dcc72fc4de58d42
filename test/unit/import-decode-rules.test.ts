import { decodeText, detectDelimiter, gridToSource, listLines, parseCsv } from "../../src/core/import/decode";
import type { ImportProblem } from "../../src/core/import/types";

// The bounds of the decoding rules (UTF-16 marks, UTF-8 BOM, line-by-line decoding of a mixed file)
// and the message key and parameters of each problem reading reports. Bytes written by hand:
// 0xE9 is « é » in Windows-1252, C3 A9 is « é » in UTF-8, 0x0A ends a line.
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? ascii(p) : p)));
const E_1252 = [0xe9];
const E_UTF8 = [0xc3, 0xa9];

/** code, severity, line, column, message key and parameters of each problem. */
const shape = (problems: ImportProblem[]) =>
  problems.map((p) => ({
    code: p.code,
    severity: p.severity,
    line: p.line,
    column: p.column,
    key: p.text.key,
    params: p.text.params,
  }));

const unreadable = (key: string, params: Record<string, unknown> = {}, line: number | null = null) => ({
  ok: false,
  problems: [{ code: "SOURCE_UNREADABLE", severity: "error", line, column: null, text: { key, params } }],
});

describe("UTF-16 byte order marks", () => {
  it("refuses a file starting with FF FE (little-endian) or FE FF (big-endian), even with nothing else", () => {
    expect(decodeText(bytes([0xff, 0xfe]))).toEqual(unreadable("import.source.utf16"));
    expect(decodeText(bytes([0xfe, 0xff]))).toEqual(unreadable("import.source.utf16"));
    expect(decodeText(bytes([0xff, 0xfe], "D\0a\0"))).toEqual(unreadable("import.source.utf16"));
  });

  it("reads a file with only one byte of a mark as Windows-1252 (ÿ is 0xFF, þ is 0xFE)", () => {
    const as1252 = (text: string) => ({ ok: true, value: { text, encoding: "windows-1252" } });
    expect(decodeText(bytes([0xff], "A"))).toEqual(as1252("ÿA"));
    expect(decodeText(bytes("A", [0xfe]))).toEqual(as1252("Aþ"));
    expect(decodeText(bytes([0xfe], "A"))).toEqual(as1252("þA"));
    expect(decodeText(bytes("A", [0xff]))).toEqual(as1252("Aÿ"));
    expect(decodeText(bytes([0xff]))).toEqual(as1252("ÿ"));
  });
});

describe("the UTF-8 byte order mark", () => {
  it("is dropped only when all three bytes are there: a 1252 file starting with « ï » keeps its text", () => {
    // 0xEF is « ï » in Windows-1252; EF 41 is not UTF-8.
    expect(decodeText(bytes([0xef], "ABC"))).toEqual({ ok: true, value: { text: "ïABC", encoding: "windows-1252" } });
  });
});

describe("a file mixing UTF-8 and Windows-1252 lines", () => {
  it("reads each line in its encoding and names the 1252 lines", () => {
    const file = bytes("Pr", E_UTF8, "cision\n", "caf", E_1252, "\n", "ok\n", "th", E_1252, "\n");
    expect(decodeText(file)).toEqual({
      ok: true,
      value: { text: "Précision\ncafé\nok\nthé\n", encoding: "utf-8", windows1252Lines: [2, 4] },
    });
  });

  it("counts a blank first line, and keeps a last line without its end of line", () => {
    const file = bytes("\n", "d", E_UTF8, "but\n", "f", E_1252, "e");
    expect(decodeText(file)).toEqual({
      ok: true,
      value: { text: "\ndébut\nfée", encoding: "utf-8", windows1252Lines: [3] },
    });
  });

  it("is plain Windows-1252 when no line needs UTF-8 (ASCII lines and 1252 lines)", () => {
    const file = bytes("Date;Indicateur\n", "caf", E_1252, "\n");
    expect(decodeText(file)).toEqual({
      ok: true,
      value: { text: "Date;Indicateur\ncafé\n", encoding: "windows-1252" },
    });
  });

  it("warns once, naming the 1252 lines", () => {
    const file = bytes("Date;Pr", E_UTF8, "cision\n", "01/03/2021;caf", E_1252, "\n", "02/03/2021;th", E_UTF8, "\n");
    const parsed = parseCsv(file);
    if (!parsed.ok) throw new Error("refused");
    expect(parsed.value.encoding).toBe("utf-8");
    expect(parsed.value.rows.map((r) => r.cells)).toEqual([
      ["01/03/2021", "café"],
      ["02/03/2021", "thé"],
    ]);
    expect(shape(parsed.value.problems)).toEqual([
      {
        code: "ENCODING_MIXED",
        severity: "warning",
        line: null,
        column: null,
        key: "import.source.mixedEncoding",
        params: { lines: "2" },
      },
    ]);
  });
});

describe("rows with more fields than headings", () => {
  it("are errors naming the line, the counts and the delimiter; trailing empty fields are not", () => {
    const parsed = parseCsv(bytes("Date;Indicateur;Nombre\n", "a;b;c\n", "a;b;c;;\n", "a;b;c;d\n", "a;;;;e\n"));
    if (!parsed.ok) throw new Error("refused");
    const tooMany = (line: number, count: number) => ({
      code: "ROW_TOO_MANY_FIELDS",
      severity: "error",
      line,
      column: null,
      key: "import.row.tooManyFields",
      params: { line, count, headings: 3, delimiter: ";" },
    });
    expect(shape(parsed.value.problems)).toEqual([tooMany(4, 4), tooMany(5, 5)]);
  });

  it("count the headings up to the last filled one, even a single heading", () => {
    const parsed = parseCsv(bytes("Date,,\n", "x,,\n", "x,y\n"));
    if (!parsed.ok) throw new Error("refused");
    expect(shape(parsed.value.problems)).toEqual([
      {
        code: "ROW_TOO_MANY_FIELDS",
        severity: "error",
        line: 3,
        column: null,
        key: "import.row.tooManyFields",
        params: { line: 3, count: 2, headings: 1, delimiter: "," },
      },
    ]);
  });
});

describe("refusals", () => {
  it("names the line of a badly quoted value", () => {
    // The third line closes its quotes before the end of the value.
    expect(parseCsv(bytes('Date;Indicateur\n01/03/2021;MER\n"01/03"/2021;MER\n'))).toEqual(
      unreadable("import.source.malformed", { line: 3 }, 3),
    );
  });

  it("refuses a UTF-16 file before parsing it", () => {
    expect(parseCsv(bytes([0xff, 0xfe], "D\0;\0"))).toEqual(unreadable("import.source.utf16"));
  });

  it("refuses a file or a grid with no heading row", () => {
    expect(parseCsv(bytes("\n;;\n"))).toEqual(unreadable("import.source.empty"));
    expect(gridToSource([])).toEqual(unreadable("import.source.empty"));
    expect(gridToSource([[null, ""]])).toEqual(unreadable("import.source.empty"));
  });
});

describe("detectDelimiter", () => {
  it("takes the one that occurs more often, « ; » on a tie", () => {
    expect(detectDelimiter("a;b;c,d")).toBe(";");
    expect(detectDelimiter("a,b,c;d")).toBe(",");
    expect(detectDelimiter("a;b,c")).toBe(";");
  });

  it("does not count delimiters inside quotes", () => {
    expect(detectDelimiter('"a;b;c",x,y')).toBe(",");
  });

  it("reads only the first non-blank line", () => {
    expect(detectDelimiter("\n\na,b\nc;d;e")).toBe(",");
    expect(detectDelimiter(" \r\n\t\r\na,b\r\nc;d;e")).toBe(",");
    expect(detectDelimiter("a,b\rc;d;e")).toBe(",");
  });
});

describe("line endings", () => {
  it("counts lines ended by a lone carriage return as the editor does", () => {
    const parsed = parseCsv(bytes("Date;Indicateur\r01/03/2021;MER\r\r02/03/2021;MER\r"));
    if (!parsed.ok) throw new Error("refused");
    expect(parsed.value.rows).toEqual([
      { line: 2, cells: ["01/03/2021", "MER"] },
      { line: 4, cells: ["02/03/2021", "MER"] },
    ]);
  });
});

describe("mixed line endings", () => {
  it("takes a lone carriage return among CR LF endings for an end of line too", () => {
    const parsed = parseCsv(bytes("Date;Indicateur\r\n01/03/2021;MER\r02/03/2021;MER\r\n"));
    if (!parsed.ok) throw new Error("refused");
    expect(parsed.value.rows).toEqual([
      { line: 2, cells: ["01/03/2021", "MER"] },
      { line: 3, cells: ["02/03/2021", "MER"] },
    ]);
  });
});

describe("listLines", () => {
  const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

  it("lists up to 20 lines in full", () => {
    expect(listLines([7])).toBe("7");
    expect(listLines(range(20))).toBe("1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20");
  });

  it("lists the first 20 of more, then an ellipsis", () => {
    expect(listLines(range(21))).toBe("1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, …");
  });
});
