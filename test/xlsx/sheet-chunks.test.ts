import { editSheetChunks, type ChunkSource, type SheetEdit } from "../../src/xlsx/engine/sheet-write";

/*
 * Where the inflater cuts a sheet's bytes is not ours to choose: "</sheetData>" (where new rows go),
 * "<sheetData>" and a multi-byte character can each fall across two chunks, or be cut into many.
 * Both paths of editSheet (the byte copy used by import, the text rewrite used elsewhere) are fed
 * the same sheet cut at every place, and must give the text written out by hand below.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const sheet = (prefix: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<${prefix}worksheet xmlns${prefix ? `:${prefix.slice(0, -1)}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<${prefix}sheetData><${prefix}row r="1"><${prefix}c r="A1" t="inlineStr"><${prefix}is><${prefix}t>Zoé</${prefix}t></${prefix}is></${prefix}c></${prefix}row></${prefix}sheetData>` +
  `<${prefix}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><!-- Écrit à la main --></${prefix}worksheet>`;

// Row 2 as the tool writes it: the cell given, inside a <row> with its number, before </sheetData>.
const addedCell = `<c r="A2"><v>2</v></c>`;
const expected = (prefix: string): string =>
  sheet(prefix).replace(
    `</${prefix}sheetData>`,
    `<${prefix}row r="2"><${prefix}c r="A2"><${prefix}v>2</${prefix}v></${prefix}c></${prefix}row></${prefix}sheetData>`,
  );

const edit = (): SheetEdit => ({ rows: new Map([[2, new Map([[1, addedCell]])]]) });

/** The bytes handed over in pieces ending at `cuts` (sorted offsets inside the text). */
const cutAt =
  (bytes: Uint8Array, cuts: number[]): ChunkSource =>
  (onChunk) => {
    const ends = [...cuts, bytes.length];
    let start = 0;
    ends.forEach((end, i) => {
      onChunk(bytes.subarray(start, end), i === ends.length - 1);
      start = end;
    });
  };

function run(source: ChunkSource, prefix: string, lastRow: number): string {
  const out: Uint8Array[] = [];
  editSheetChunks(source, edit(), prefix, lastRow)((chunk) => out.push(chunk.slice()));
  const joined = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of out) {
    joined.set(c, at);
    at += c.length;
  }
  return decoder.decode(joined);
}

// lastRow 1: every new row follows the sheet's rows, the byte path; Infinity: the text rewrite.
describe.each([
  ["byte copy (import)", 1],
  ["text rewrite", Infinity],
])("editSheet, %s, whatever the chunks", (_path, lastRow) => {
  describe.each(["", "x:"])("element prefix %j", (prefix) => {
    const bytes = encoder.encode(sheet(prefix));
    const want = expected(prefix);

    it("in one chunk", () => {
      expect(run(cutAt(bytes, []), prefix, lastRow)).toBe(want);
    });

    it("cut in two at every byte", () => {
      for (let cut = 1; cut < bytes.length; cut++) {
        const got = run(cutAt(bytes, [cut]), prefix, lastRow);
        if (got !== want) throw new Error(`cut at byte ${cut} of ${bytes.length}: ${got}`);
      }
    });

    it("cut in three around </sheetData> and <sheetData>", () => {
      const text = sheet(prefix);
      for (const marker of [`</${prefix}sheetData>`, `<${prefix}sheetData>`]) {
        const start = encoder.encode(text.slice(0, text.indexOf(marker))).length;
        for (let a = start - 2; a <= start + marker.length + 1; a++) {
          for (let b = a + 1; b <= start + marker.length + 2; b++) {
            const got = run(cutAt(bytes, [a, b]), prefix, lastRow);
            if (got !== want) throw new Error(`cuts at ${a} and ${b} (${marker} at ${start}): ${got}`);
          }
        }
      }
    });

    it("one byte at a time", () => {
      const cuts = Array.from({ length: bytes.length - 1 }, (_, i) => i + 1);
      expect(run(cutAt(bytes, cuts), prefix, lastRow)).toBe(want);
    });
  });
});
