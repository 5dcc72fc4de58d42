import { strToU8, zipSync } from "fflate";
import { readSharedStrings, readSheet } from "../../src/xlsx/engine/sheet-read";
import { readZip } from "../../src/xlsx/engine/zip";

/*
 * The readers take text only inside the elements that carry it (<t>, <v>, a kept <f>, a
 * validation's formula): rich text runs joined, phonetic guides left out, entities and OOXML's
 * _xHHHH_ escapes decoded, and nothing taken from elsewhere. Expected values read off the XML by hand.
 */

const entryOf = (xml: string) => readZip(zipSync({ "part.xml": strToU8(xml) }))[0];
const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

test("shared strings: runs joined, phonetic guides and formatting left out, entities and escapes decoded", () => {
  const sst =
    `<sst ${MAIN} count="4" uniqueCount="4">` +
    `<si><r><t>Zo</t></r><r><rPr><b/><sz val="11"/></rPr><t>é</t></r><rPh sb="0" eb="2"><t>ゾエ</t></rPh><phoneticPr fontId="1"/></si>` +
    `<si><t xml:space="preserve"> a &amp; b </t></si>` +
    `<si><t>ligne 1_x000D_</t></si>` +
    `<si><t/></si>` +
    `</sst>`;
  expect(readSharedStrings(entryOf(sst))).toEqual(["Zoé", " a & b ", "ligne 1\r", ""]);
});

test("a sheet: inline rich text, shared strings, a detailed formula with entities, a validation; other text ignored", () => {
  const sheet =
    `<worksheet ${MAIN}><sheetData>` +
    `<row r="1"><c r="A1" t="inlineStr"><is><r><t>Atelier </t></r><r><rPr><i/></rPr><t>CV</t></r><rPh sb="0" eb="1"><t>x</t></rPh></is></c>` +
    `<c r="B1" t="s"><v>1</v></c><c r="C1"><f>IF(A1&lt;&gt;"",A1&amp;"-S","")</f><v>0</v></c></row>` +
    `<row r="2"><c r="A2"><v> 12.5 </v></c><c r="B2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>` +
    `</sheetData>` +
    `<dataValidations count="1"><dataValidation type="list" sqref="B1:B9"><formula1>"oui,non"</formula1></dataValidation></dataValidations>` +
    `<headerFooter><oddHeader>&amp;C Ne pas lire</oddHeader></headerFooter></worksheet>`;
  const read = readSheet(entryOf(sheet), () => ["zéro", "un"], { all: true, formulas: true });
  const cell = (row: number, col: number) => read.rows.get(row)?.get(col);
  expect(cell(1, 1)?.value).toBe("Atelier CV");
  expect(cell(1, 2)?.value).toBe("un");
  expect(cell(1, 3)).toEqual({ value: 0, formula: 'IF(A1<>"",A1&"-S","")' });
  expect(cell(2, 1)?.value).toBe(12.5);
  expect(cell(2, 2)).toEqual({ value: "ab", formula: '"a"&"b"' });
  expect(read.validations).toEqual([{ type: "list", sqref: "B1:B9", formula1: '"oui,non"' }]);
});

test("a table's region: values of every row, formulas only where details are asked, text outside cells ignored", () => {
  const rows = Array.from(
    { length: 5 },
    (_, i) =>
      `<row r="${i + 2}"><c r="A${i + 2}"><v>${i}</v></c><c r="B${i + 2}" t="str"><f>A${i + 2}&amp;"x"</f><v>${i}x</v></c></row>`,
  ).join("");
  const sheet = `<worksheet ${MAIN}><sheetData>${rows}</sheetData><oddFooter>&amp;P</oddFooter></worksheet>`;
  const read = readSheet(entryOf(sheet), () => [], {
    regions: [{ top: 1, left: 1, bottom: 1048576, right: 2 }],
    detailRows: new Set([2]),
    formulas: true,
  });
  expect(read.values[4]).toEqual([2, "2x"]);
  expect(read.values[6]).toEqual([4, "4x"]);
  expect(read.rows.get(2)?.get(2)?.formula).toBe('A2&"x"');
  expect(read.rows.get(3)).toBeUndefined();
  expect(read.lastFilledRow.get(2)).toBe(6);
});
