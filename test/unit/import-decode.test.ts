import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeText, detectDelimiter, gridToSource, parseCsv } from "../../src/core/import/decode";
import { said } from "../support/said";

const fixture = (name: string): Uint8Array => readFileSync(join(__dirname, "..", "fixtures", "import", name));

/**
 * Windows-1252 bytes written by hand: ASCII as is, Latin-1 letters at their code point, and the
 * three 1252-only characters the test uses at their 1252 positions (’ 0x92, œ 0x9C, € 0x80).
 */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { "’": 0x92, œ: 0x9c, "€": 0x80 };
  return Uint8Array.from(
    [...text].map((char) => {
      const code = special[char] ?? char.charCodeAt(0);
      if (code > 0xff) throw new Error(`no 1252 byte for ${char} in this test helper`);
      return code;
    }),
  );
}

describe("decodeText", () => {
  test("UTF-8 with a BOM: the BOM is dropped", () => {
    const decoded = decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x44, 0xc3, 0xa9]));
    expect(decoded).toEqual({ ok: true, value: { text: "Dé", encoding: "utf-8" } });
  });

  test("bytes that are not UTF-8 are read as Windows-1252 (’ and œ are not Latin-1)", () => {
    const decoded = decodeText(windows1252("Vœux d’insertion"));
    expect(decoded).toEqual({ ok: true, value: { text: "Vœux d’insertion", encoding: "windows-1252" } });
  });

  test("UTF-16 is refused with a French message", () => {
    const decoded = decodeText(Uint8Array.from([0xff, 0xfe, 0x44, 0x00]));
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(said(decoded.problems[0].text)).toContain("UTF-16");
  });
});

describe("detectDelimiter", () => {
  test.each([
    ["Date;Indicateur;Nombre\n", ";"],
    ["Date,Indicateur,Nombre\n", ","],
    // The comma inside quotes does not count; blank first lines are passed over.
    ['\n"Date, jour";Indicateur\n', ";"],
    ['"a;b",c,d\n1;2;3;4;5\n', ","],
  ])("%j → %s", (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe("parseCsv", () => {
  test("Excel's CSV UTF-8 with ';': quoted delimiters, doubled quotes and a value over two lines", () => {
    const parsed = parseCsv(fixture("suivi-utf8-semicolon.csv"));
    if (!parsed.ok) throw new Error(said(parsed.problems[0].text));
    expect(parsed.value.encoding).toBe("utf-8");
    expect(parsed.value.delimiter).toBe(";");
    expect(parsed.value.headings.cells[0]).toBe("Date de l'acte");
    expect(parsed.value.rows.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(parsed.value.rows[1].cells[6]).toBe('Offre "agent d\'entretien"; CDD');
    expect(parsed.value.rows[2].cells[7]).toBe("Deux lignes\ndans une cellule");
    expect(parsed.value.rows[2].cells[9]).toBe("2021-S1");
  });

  test("',' file without BOM", () => {
    const parsed = parseCsv(fixture("suivi-utf8-comma.csv"));
    if (!parsed.ok) throw new Error(said(parsed.problems[0].text));
    expect(parsed.value.delimiter).toBe(",");
    expect(parsed.value.rows[0].cells.slice(0, 3)).toEqual(["2021-03-01", "DE_ACCUEILLIS", "1"]);
    expect(parsed.value.rows[0].cells[6]).toBe("Accueil, orientation");
  });

  test("Windows-1252 with CRLF: line numbers count after a value over two lines, blank rows are skipped", () => {
    const text =
      "Date;Indicateur;Commentaire\r\n" +
      '01/02/2021;Entretiens réalisés;"Vœu d’orientation\r\nsuite"\r\n' +
      ";;\r\n" +
      "\r\n" +
      "03/02/2021;MER;Coût 5 €\r\n";
    const parsed = parseCsv(windows1252(text));
    if (!parsed.ok) throw new Error(said(parsed.problems[0].text));
    expect(parsed.value.encoding).toBe("windows-1252");
    // Line 1 headings, lines 2–3 the first record, 4 empty cells, 5 blank, 6 the last record.
    expect(parsed.value.rows.map((r) => r.line)).toEqual([2, 6]);
    expect(parsed.value.rows[0].cells[2]).toBe("Vœu d’orientation\nsuite");
    expect(parsed.value.rows[1].cells[2]).toBe("Coût 5 €");
  });

  test("an unclosed quote is refused with its line", () => {
    const parsed = parseCsv(new TextEncoder().encode('Date;Indicateur\n01/02/2021;"MER\n'));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems[0].code).toBe("SOURCE_UNREADABLE");
      expect(said(parsed.problems[0].text)).toMatch(/^Ligne \d+ : guillemets/);
    }
  });

  test("a file with nothing in it is refused", () => {
    const parsed = parseCsv(new TextEncoder().encode("\n;;\n"));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0].code).toBe("SOURCE_UNREADABLE");
  });
});

describe("gridToSource", () => {
  test("rows keep their sheet row numbers; blank rows are left out", () => {
    const source = gridToSource(
      [
        [null, null],
        ["Date", "Indicateur"],
        [44200, "MER"],
        [null, ""],
        [44201, "MER"],
      ],
      3,
    );
    if (!source.ok) throw new Error("refused");
    expect(source.value.headings.line).toBe(4);
    expect(source.value.rows.map((r) => r.line)).toEqual([5, 7]);
  });
});
