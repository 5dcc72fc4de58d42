import { isTrimmedSpace } from "../../src/core/check/rows";
import type { CellValue } from "../../src/core/contract";
import type { Finding } from "../../src/core/findings";
import { STANDARD, check, row, rowOf, shape, type Values } from "../support/row-check";

// The rules of the row check around the date, indicator and count rules: which columns each rule
// reads, blank rows, list values, text lengths, duplicates (compared as the user sees them: without
// surrounding spaces nor case) and the personal-data findings' messages.
const codes = (findings: Finding[]) => findings.map((f) => `${f.code}@${f.cell}`);
/** The DUPLICATE_ROW findings as [row, first]. */
const duplicates = (findings: Finding[]) =>
  findings.filter((f) => f.code === "DUPLICATE_ROW").map((f) => [f.text.params.row, f.text.params.first]);

describe("isTrimmedSpace", () => {
  // ECMAScript's WhiteSpace (TAB, VT, FF, ZWNBSP and every Zs: SPACE, NBSP, OGHAM SPACE MARK, U+2000–U+200A,
  // NNBSP, MMSP, IDEOGRAPHIC SPACE) and LineTerminator (LF, CR, LS, PS): what String.prototype.trim removes.
  const SPEC = new Set([
    0x09, 0x0b, 0x0c, 0x20, 0xa0, 0xfeff, 0x1680, 0x202f, 0x205f, 0x3000, 0x0a, 0x0d, 0x2028, 0x2029,
  ]);
  for (let c = 0x2000; c <= 0x200a; c++) SPEC.add(c);

  it("holds exactly for the spec's white space and line terminators", () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isTrimmedSpace(code) !== SPEC.has(code)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("agrees with String.prototype.trim on every UTF-16 unit", () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const removed = `a${String.fromCharCode(code)}`.trim() === "a";
      if (isTrimmedSpace(code) !== removed) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("holds at the edges of each range", () => {
    const cases: [number, boolean][] = [
      [0x08, false],
      [0x09, true],
      [0x0d, true],
      [0x0e, false],
      [0x1f, false],
      [0x20, true],
      [0x21, false],
      [0x9f, false],
      [0xa0, true],
      [0xa1, false],
      [0x1fff, false],
      [0x2000, true],
      [0x200a, true],
      [0x200b, false],
    ];
    expect(cases.map(([code]) => [code, isTrimmedSpace(code)])).toEqual(cases);
  });
});

describe("blank rows", () => {
  it("skips rows of empty texts and of spaces of any kind", () => {
    const spaces = " \t\u00a0\u2007\u3000\ufeff\u2028";
    const empty = Object.fromEntries(STANDARD.map((h) => [h, ""]));
    const blank = Object.fromEntries(STANDARD.map((h) => [h, spaces]));
    expect(check([row({}, empty), row({}, blank), row({}, { Commentaire: " " })])).toEqual([]);
  });

  it("counts a row whose only cell is a text after a space, a number or a boolean", () => {
    const headers = [...STANDARD, "Notes"];
    const found = check(
      [
        rowOf(headers, { Commentaire: " à rappeler" }, {}),
        rowOf(headers, { Notes: "\u00a0x" }, {}),
        rowOf(headers, { Notes: 7 }, {}),
        rowOf(headers, { Notes: false }, {}),
      ],
      headers,
    );
    expect(codes(found)).toEqual([
      "DATE_MISSING@A2",
      "INDICATOR_MISSING@B2",
      "DATE_MISSING@A3",
      "INDICATOR_MISSING@B3",
      "DATE_MISSING@A4",
      "INDICATOR_MISSING@B4",
      "DATE_MISSING@A5",
      "INDICATOR_MISSING@B5",
    ]);
  });

  it("skips a missing row of the grid", () => {
    const rows: CellValue[][] = [row()];
    rows[2] = row({ Date: null });
    expect(codes(check(rows))).toEqual(["DATE_MISSING@A4"]);
  });

  it("ignores Semestre: alone it makes no row, and it is neither compared nor measured", () => {
    const long = "S".repeat(32_768);
    expect(check([row({}, { Semestre: "2021-S1" })])).toEqual([]);
    expect(check([row({ Semestre: long })])).toEqual([]);
    expect(duplicates(check([row({ Semestre: "2021-S1" }), row({ Semestre: "2021-S2" })]))).toEqual([[3, 2]]);
  });
});

describe("columns found by header", () => {
  it("reads the first of two columns with the same header", () => {
    const headers = [...STANDARD, "Indicateur"];
    expect(check([rowOf(headers, {})], headers)).toEqual([]);
    const second = [...rowOf(STANDARD), "n'importe quoi"];
    expect(check([second], headers)).toEqual([]);
  });

  it("skips the date, indicator and count rules when their column is missing", () => {
    const headers = STANDARD.filter((h) => h !== "Date" && h !== "Indicateur");
    expect(check([rowOf(headers, { Quartier: "Borny" })], headers)).toEqual([]);
  });

  it("checks each rule's column in first position", () => {
    const first = (column: string) => [column, ...STANDARD.filter((h) => h !== column)];
    const at = (column: string, value: CellValue) =>
      codes(check([rowOf(first(column), { [column]: value })], first(column)));
    expect(at("Indicateur", "")).toEqual(["INDICATOR_MISSING@A2"]);
    expect(at("Nombre", 0)).toEqual(["COUNT_INVALID@A2"]);
    expect(at("Quartier", "Borni")).toEqual(["VALUE_UNKNOWN@A2"]);
    expect(at("Précision", "enceinte")).toEqual(["SENSITIVE_DATA@A2"]);
  });

  it("does not read personal data in a known column that is no free text", () => {
    const headers = ["Date", "Saisi par", ...STANDARD.filter((h) => h !== "Date" && h !== "Saisi par")];
    expect(check([rowOf(headers, { "Saisi par": "malade" })], headers)).toEqual([]);
  });
});

describe("list values", () => {
  it("refuses a number in a list column, listing the values when none is close", () => {
    expect(shape(check([row({ Sexe: 7 })]))).toEqual([
      {
        code: "VALUE_UNKNOWN",
        cell: "F2",
        severity: "error",
        key: "check.valueUnknown.noClosest",
        params: { cell: "F2", value: "7", column: "Sexe", allowed: "Femme, Homme, Non renseigné" },
      },
    ]);
  });
});

describe("text lengths", () => {
  it("names the column, the length and the maximum (the column's own, or Excel's)", () => {
    const headers = [...STANDARD, "Notes"];
    const found = check(
      [rowOf(headers, { Précision: "p".repeat(256) }), rowOf(headers, { Notes: "n".repeat(32_768) })],
      headers,
    );
    expect(shape(found)).toEqual([
      {
        code: "TEXT_TOO_LONG",
        cell: "G2",
        severity: "error",
        key: "check.textTooLong",
        params: { cell: "G2", column: "Précision", length: 256, max: 255 },
      },
      {
        code: "TEXT_TOO_LONG",
        cell: "K3",
        severity: "error",
        key: "check.textTooLong",
        params: { cell: "K3", column: "Notes", length: 32_768, max: 32_767 },
      },
    ]);
    expect(check([rowOf(headers, { Précision: "p".repeat(255), Notes: "n".repeat(32_767) })], headers)).toEqual([]);
  });

  it("shows a column without a header as an empty name", () => {
    const headers = [...STANDARD, null as unknown as string];
    const found = check([[...row(), "n".repeat(32_768)]], headers);
    expect(shape(found).map((f) => f.params)).toEqual([{ cell: "K2", column: "", length: 32_768, max: 32_767 }]);
  });
});

describe("duplicate rows", () => {
  const pair = (a: CellValue, b: CellValue) => duplicates(check([row({ Commentaire: a }), row({ Commentaire: b })]));

  it("compares texts without surrounding spaces nor case", () => {
    expect(pair("  Rappel demain", "rappel demain\u00a0")).toEqual([[3, 2]]);
    expect(pair("RAPPEL", " rappel")).toEqual([[3, 2]]);
    expect(pair("rappel ", "RAPPEL")).toEqual([[3, 2]]);
    expect(pair("rappel", "rappel x")).toEqual([]);
  });

  it("reads a blank text as an empty cell, on either row", () => {
    expect(pair("   ", null)).toEqual([[3, 2]]);
    expect(pair(null, "   ")).toEqual([[3, 2]]);
    expect(pair("", null)).toEqual([[3, 2]]);
  });

  // Each pair below is equal once lower-cased as a whole text (String.prototype.toLowerCase, per the
  // Unicode tables), though not always unit by unit.
  it("lowers letters outside ASCII as the whole text is lowered", () => {
    expect(pair("\u212a", "k")).toEqual([[3, 2]]); // KELVIN SIGN lowers to a Latin k
    expect(pair("Élodie", "élodie")).toEqual([[3, 2]]);
    expect(pair("\u0130", "i\u0307")).toEqual([[3, 2]]); // İ lowers to i and a combining dot
    expect(pair("ΟΔΟΣ", "οδος")).toEqual([[3, 2]]); // a final capital sigma lowers to ς
    expect(pair("D\u03a3", "d\u03c2")).toEqual([[3, 2]]); // after a cased letter of any script, too
    expect(pair("\u{10400}", "\u{10428}")).toEqual([[3, 2]]); // DESERET LONG I, two surrogates
    expect(pair("Straße", "strasse")).toEqual([]); // ß lowers to itself
  });

  it("compares error values by their text", () => {
    const found = check([row({ Nombre: { error: "#N/A" } }), row({ Nombre: { error: "#N/A" } })]);
    expect(codes(found)).toEqual(["CELL_ERROR@C2", "CELL_ERROR@C3", "DUPLICATE_ROW@A3"]);
    expect(duplicates(found)).toEqual([[3, 2]]);
    expect(duplicates(check([row({ Nombre: { error: "#N/A" } }), row({ Nombre: { error: "#REF!" } })]))).toEqual([]);
  });

  it("tells apart distinct rows that share a hash, and names the right earlier row", () => {
    // 0, 2^32 and 2^33 have the same 32-bit integer part (`| 0` gives 0) and no fraction: the rows
    // below hash alike but differ.
    const headers = [...STANDARD, "Notes"];
    const notes = (value: number) => rowOf(headers, { Notes: value });
    const found = check([notes(0), notes(2 ** 32), notes(2 ** 33), notes(2 ** 32), notes(2 ** 33), notes(0)], headers);
    expect(shape(found)).toEqual(
      [
        [5, 3],
        [6, 4],
        [7, 2],
      ].map(([r, first]) => ({
        code: "DUPLICATE_ROW",
        cell: `A${r}`,
        severity: "warning",
        key: "check.duplicateRow",
        params: { row: r, first },
      })),
    );
  });

  it("tells apart distinct rows that share a hash at the table's first row", () => {
    const headers = [...STANDARD, "Notes"];
    const found = check([rowOf(headers, { Notes: 2 ** 32 }), rowOf(headers, { Notes: 0 })], headers);
    expect(found).toEqual([]);
  });
});

describe("personal-data findings", () => {
  const q = (text: string) => ({ key: "text.quoted", params: { text } });

  it("groups the words of a category once each, in order, joined with a comma and « et »", () => {
    const found = check([row({ Commentaire: "enceinte, Enceinte, malade et diabète; sort de prison" })]);
    expect(shape(found)).toEqual([
      {
        code: "SENSITIVE_DATA",
        cell: "H2",
        severity: "error",
        key: "check.sensitive",
        params: {
          cell: "H2",
          terms: {
            key: "text.and",
            params: {
              first: { key: "text.comma", params: { first: q("enceinte"), second: q("malade") } },
              second: q("diabète"),
            },
          },
          category: { key: "check.category.health", params: {} },
          advice: { key: "check.advice.health", params: {} },
        },
      },
      {
        code: "SENSITIVE_DATA",
        cell: "H2",
        severity: "error",
        key: "check.sensitive",
        params: {
          cell: "H2",
          terms: q("prison"),
          category: { key: "check.category.criminal", params: {} },
          advice: { key: "check.advice.criminal", params: {} },
        },
      },
    ]);
  });

  it("joins two words with « et » alone", () => {
    const found = check([row({ Commentaire: "enceinte et malade" })]);
    expect(shape(found).map((f) => f.params.terms)).toEqual([
      { key: "text.and", params: { first: q("enceinte"), second: q("malade") } },
    ]);
  });

  it("words a word to be checked alone (RSA) as a warning", () => {
    expect(shape(check([row({ Commentaire: "RSA" })]))).toEqual([
      {
        code: "SENSITIVE_DATA",
        cell: "H2",
        severity: "warning",
        key: "check.sensitive.review",
        params: {
          cell: "H2",
          terms: q("RSA"),
          category: { key: "check.category.social", params: {} },
          advice: { key: "check.advice.social", params: {} },
        },
      },
    ]);
  });

  it("words an identifier as an error and a first name alone as one to check, masked", () => {
    const found = check([row({ Commentaire: "Tél 06 12 34 56 78, appeler Karim demain" })]);
    expect(shape(found)).toEqual([
      {
        code: "PERSONAL_IDENTIFIER",
        cell: "H2",
        severity: "error",
        key: "check.identifier",
        params: {
          cell: "H2",
          what: { key: "check.identifier.phone", params: {} },
          masked: "06…78",
          advice: { key: "check.advice.phone", params: {} },
        },
      },
      {
        code: "PERSONAL_IDENTIFIER",
        cell: "H2",
        severity: "warning",
        key: "check.identifier.review",
        params: {
          cell: "H2",
          what: { key: "check.identifier.name", params: {} },
          masked: "K…",
          advice: { key: "check.advice.name", params: {} },
        },
      },
    ]);
  });
});

describe("rows chosen by the check's hash", () => {
  // The check finds duplicates through a hash of the compared values: FNV-1a (offset 0x811c9dc5, prime
  // 0x01000193) over each input column — a text's trimmed lower case unit by unit, a number's 32-bit
  // integer part and millionths, an error's text — each column closed by 31, then Murmur3's finaliser;
  // a row starts at slot 2 × (hash mod capacity) of a table of 2^⌈log2(2 × rows + 2)⌉ pairs. Rebuilt
  // here only to choose rows that share a hash or a slot: the expected findings come from the rules.
  // If the check's hash changes, these rows stop colliding: the tests still pass but no longer reach
  // the collision paths, so update this copy with it.
  const PRIME = 0x01000193;
  const step = (h: number, x: number) => Math.imul(h ^ x, PRIME);
  /** UTF-16 units, as the check reads them. */
  const unitsOf = (text: string) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
  const headers = [...STANDARD, "Notes"];

  function hashBefore(cells: CellValue[], end: number, columns: readonly string[] = headers): number {
    let h = 0x811c9dc5;
    for (let c = 0; c < end; c++) {
      if (columns[c] === "Semestre") continue;
      const v = cells[c] ?? null;
      if (typeof v === "string") h = unitsOf(v.trim().toLowerCase()).reduce(step, h);
      else if (typeof v === "number") h = step(step(h, v | 0), Math.round((v % 1) * 1e6));
      else if (typeof v === "boolean") h = step(h, v ? 2 : 3);
      else if (v !== null) h = unitsOf(v.error).reduce(step, h);
      h = step(h, 31);
    }
    return h;
  }
  function finalMix(hash: number): number {
    let h = hash ^ (hash >>> 16);
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
  }
  const hashOf = (cells: CellValue[]) => finalMix(hashBefore(cells, headers.length));
  /** Index of the start pair of a row in a table built for `rows` rows. */
  const pairOf = (cells: CellValue[], rows: number) => hashOf(cells) & (2 ** Math.ceil(Math.log2(2 * rows + 2)) - 1);
  /** The multiplicative inverse of the prime modulo 2^32 (Newton's iteration), to undo a step. */
  let inverse = PRIME;
  for (let i = 0; i < 5; i++) inverse = Math.imul(inverse, 2 - Math.imul(PRIME, inverse));
  const notes = (value: CellValue, changes: Values = {}) => rowOf(headers, { ...changes, Notes: value });
  /** A row with `Notes` from 0 up whose start pair is `pair`, other than the rows in `not`. */
  function rowAtPair(pair: number, rows: number, not: CellValue[][] = []): CellValue[] {
    for (let v = 0; ; v++) {
      const candidate = notes(v);
      if (pairOf(candidate, rows) === pair && not.every((r) => hashOf(r) !== hashOf(candidate))) return candidate;
    }
  }

  it("does not take an error value for a number with the same hash", () => {
    const error = notes({ error: "#N/A" });
    // The error takes four steps (its units), the number two (integer part, then 0 millionths): the integer part
    // is solved for so that both end in the same state.
    const before = hashBefore(error, 10);
    const afterSlash = step(step(step(before, "#".charCodeAt(0)), "N".charCodeAt(0)), "/".charCodeAt(0));
    const number = before ^ Math.imul(afterSlash ^ "A".charCodeAt(0), inverse);
    expect(hashOf(notes(number))).toBe(hashOf(error));
    expect(codes(check([error, notes(number)], headers))).toEqual(["CELL_ERROR@K2"]);
  });

  it("compares an error value with an empty cell of a row with the same hash", () => {
    const error = notes(0, { Nombre: { error: "#N/A" } });
    const other = notes(hashBefore(error, 10) ^ hashBefore(notes(0), 10));
    expect(hashOf(other)).toBe(hashOf(error));
    expect(codes(check([error, other], headers))).toEqual(["CELL_ERROR@C2"]);
  });

  it("tells two error values apart in rows with the same hash", () => {
    // The state before the cell for which "#N/A" and "#REF!" end alike, found bit by bit from the lowest: a
    // step's low k bits depend only on the state's low k bits.
    const end = (h: number, text: string) => unitsOf(text).reduce(step, h);
    const differ = (h: number) => end(h, "#N/A") ^ end(h, "#REF!");
    const solve = (h: number, bit: number): number | undefined => {
      if (bit === 32) return differ(h) === 0 ? h : undefined;
      for (const c of [h, (h | (1 << bit)) >>> 0]) {
        const found = (differ(c) & (2 ** (bit + 1) - 1)) === 0 ? solve(c, bit + 1) : undefined;
        if (found !== undefined) return found;
      }
      return undefined;
    };
    const state = solve(0, 0);
    expect(state).toBeDefined();
    // A number in the column before reaches that state: its three steps (integer part, 0 millionths, 31) undone.
    const columns = [...STANDARD, "Num", "Notes"];
    const undo = (h: number, x: number) => Math.imul(h, inverse) ^ x;
    const num = undo(undo(undo(state ?? 0, 31), 0), 0) ^ hashBefore(rowOf(columns), 10, columns);
    const rows = ["#N/A", "#REF!"].map((error) => rowOf(columns, { Num: num, Notes: { error } }));
    expect(hashBefore(rows[0] ?? [], 11, columns)).toBe(state);
    expect(codes(check(rows, columns))).toEqual(["CELL_ERROR@L2", "CELL_ERROR@L3"]);
  });

  it("finds a duplicate whatever pairs its rows start at", () => {
    // Three rows: pairs 2 and 1 of 8, then the first again.
    const x = rowAtPair(2, 3);
    const y = rowAtPair(1, 3);
    expect(duplicates(check([x, y, x], headers))).toEqual([[4, 2]]);
    // Four rows: two at pair 2 of 16, one at pair 1, then the second again (past the first and a full pair 1).
    const b = rowAtPair(2, 4);
    const a = rowAtPair(2, 4, [b]);
    const c = rowAtPair(1, 4);
    expect(duplicates(check([b, a, c, a], headers))).toEqual([[5, 3]]);
  });
});
