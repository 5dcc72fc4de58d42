import { zipSync, strToU8, unzipSync } from "fflate";
import { setDefinedName, setFullCalcOnLoad, insertSheet } from "../../src/xlsx/engine/book-edit";
import { shiftFormula } from "../../src/xlsx/engine/formula";
import { resolveTarget, relativeTarget, XlsxPackage } from "../../src/xlsx/engine/package";
import { editSheet, editSheetText } from "../../src/xlsx/engine/sheet-write";
import { readZip } from "../../src/xlsx/engine/zip";

test("a saved package copies every unedited entry with its compressed bytes, CRC and sizes", () => {
  const source = zipSync({
    "[Content_Types].xml": strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    "a/b.xml": [strToU8("<x>".repeat(500)), { level: 9 }],
    "c.bin": [new Uint8Array([1, 2, 3, 4]), { level: 0 }],
  });
  const pkg = new XlsxPackage(source);
  pkg.setText("a/new.xml", "<new/>");
  const out = readZip(pkg.save());
  const before = new Map(readZip(source).map((e) => [e.name, e]));
  for (const name of ["[Content_Types].xml", "a/b.xml", "c.bin"]) {
    const entry = out.find((e) => e.name === name)!;
    const original = before.get(name)!;
    expect([entry.crc, entry.size, entry.compressedSize, entry.method]).toEqual([
      original.crc,
      original.size,
      original.compressedSize,
      original.method,
    ]);
    expect(Buffer.from(entry.raw).equals(Buffer.from(original.raw))).toBe(true);
  }
  // Another reader (fflate's own unzip) finds the content.
  expect(new TextDecoder().decode(unzipSync(pkg.save())["a/new.xml"])).toBe("<new/>");
});

test("relationship targets resolve from the source part's folder, or from the root when absolute", () => {
  expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
  expect(resolveTarget("xl/worksheets/sheet1.xml", "../tables/table1.xml")).toBe("xl/tables/table1.xml");
  // openpyxl writes absolute targets.
  expect(resolveTarget("xl/workbook.xml", "/xl/worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
  expect(resolveTarget("", "xl/workbook.xml")).toBe("xl/workbook.xml");
  expect(relativeTarget("xl/worksheets/sheet1.xml", "xl/tables/table3.xml")).toBe("../tables/table3.xml");
});

test("shared formulas move their relative references only", () => {
  // Hand-computed: one row down and one column right of the master cell.
  expect(shiftFormula("SUM(A1:$B$2)+C$3*$D4", 1, 1)).toBe("SUM(B2:$B$2)+D$3*$D5");
  expect(shiftFormula("IF(A1=\"B2\",Feuil1!C3,'Ma feuille'!A1)", 2, 0)).toBe("IF(A3=\"B2\",Feuil1!C5,'Ma feuille'!A3)");
  expect(shiftFormula("COUNTIFS(Suivi[Date],A2,LOG10(B2))", 1, 0)).toBe("COUNTIFS(Suivi[Date],A3,LOG10(B3))");
});

test("rows are merged into existing rows and inserted in order, the rest passing through", () => {
  const sheet =
    '<worksheet><dimension ref="A1:C3"/><sheetData><row r="1" spans="1:3"><c r="A1"><v>1</v></c><c r="C1"><v>3</v></c></row>' +
    '<row r="3"><c r="A3"><v>9</v></c></row></sheetData><tableParts/></worksheet>';
  const rows = new Map([
    [1, new Map([[2, '<c r="B1"><v>2</v></c>']])],
    [2, new Map([[1, '<c r="A2"><v>5</v></c>']])],
    [4, new Map([[1, '<c r="A4"><v>7</v></c>']])],
  ]);
  expect(editSheetText(sheet, { rows, tail: (t) => t.replace("<tableParts/>", "<x/>") })).toBe(
    '<worksheet><dimension ref="A1:C3"/><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>' +
      '<row r="2"><c r="A2"><v>5</v></c></row><row r="3"><c r="A3"><v>9</v></c></row><row r="4"><c r="A4"><v>7</v></c></row></sheetData><x/></worksheet>',
  );
  // An empty <sheetData/> gets the rows.
  expect(
    editSheetText("<worksheet><sheetData/></worksheet>", {
      rows: new Map([[2, new Map([[1, '<c r="A2"><v>5</v></c>']])]]),
    }),
  ).toBe('<worksheet><sheetData><row r="2"><c r="A2"><v>5</v></c></row></sheetData></worksheet>');
});

test("workbook edits touch one element: calcPr, a defined name, a sheet inserted before sheet-scoped names", () => {
  const wb =
    '<workbook xmlns:r="R"><bookViews><workbookView firstSheet="1" activeTab="2"/></bookViews><sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId2"/></sheets>' +
    '<definedNames><definedName name="Zone" localSheetId="1">B!$A$1</definedName><definedName name="N">A!$A$1</definedName></definedNames><calcPr calcId="1"/></workbook>';
  expect(setFullCalcOnLoad(wb)).toContain('<calcPr calcId="1" fullCalcOnLoad="1"/>');
  expect(setFullCalcOnLoad("<workbook><sheets/></workbook>")).toBe(
    '<workbook><sheets/><calcPr fullCalcOnLoad="1"/></workbook>',
  );
  expect(setDefinedName(wb, "N", "A!$B$2")).toContain('<definedName name="N">A!$B$2</definedName>');
  expect(setDefinedName(wb, "Zone", "A!$C$3")).toContain(
    '<definedName name="Zone">A!$C$3</definedName></definedNames>',
  );
  // Scoped to a sheet (print titles): the name of that sheet's scope is replaced, other scopes kept.
  const scoped = setDefinedName(wb, "Zone", "B!$1:$2", 1);
  expect(scoped).toContain(
    '<definedName name="Zone" localSheetId="1">B!$1:$2</definedName><definedName name="N">A!$A$1</definedName>',
  );
  expect(setDefinedName(wb, "Zone", "A!$1:$2", 0)).toContain(
    '<definedName name="N">A!$A$1</definedName><definedName name="Zone" localSheetId="0">A!$1:$2</definedName></definedNames>',
  );
  // No <definedNames> yet: it goes before calcPr, as the schema orders them.
  expect(setDefinedName("<workbook><sheets/><calcPr/></workbook>", "_xlnm.Print_Titles", "'Bilan 2021'!$1:$2", 0)).toBe(
    `<workbook><sheets/><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'Bilan 2021'!$1:$2</definedName></definedNames><calcPr/></workbook>`,
  );
  const inserted = insertSheet(wb, 1, "Nouvelle", 3, "rId9", "r");
  expect(inserted).toContain(
    '<sheet name="A" sheetId="1" r:id="rId1"/><sheet name="Nouvelle" sheetId="3" r:id="rId9"/><sheet name="B"',
  );
  expect(inserted).toContain('localSheetId="2"');
  expect(inserted).toContain('<workbookView firstSheet="2" activeTab="3"/>');
});

test("appending after the last row copies the rows as bytes and gives the same text as the text path", () => {
  const rowsXml = Array.from(
    { length: 3000 },
    (_, i) =>
      `<row r="${i + 2}"><c r="A${i + 2}"><v>${i}</v></c><c r="B${i + 2}" t="inlineStr"><is><t>é ${i}</t></is></c></row>`,
  ).join("");
  const sheet = `<worksheet><dimension ref="A1:B3001"/><sheetData><row r="1"><c r="A1"><v>0</v></c></row>${rowsXml}</sheetData><pageMargins/></worksheet>`;
  const edit = {
    rows: new Map([[3002, new Map([[1, '<c r="A3002"><v>7</v></c>']])]]),
    head: (h: string) => h.replace("B3001", "B3002"),
    tail: (t: string) => t.replace("<pageMargins/>", "<pageMargins/><x/>"),
  };
  const entry = readZip(zipSync({ "s.xml": strToU8(sheet) }))[0];
  const chunks: Uint8Array[] = [];
  editSheet(entry, edit, "", 3001)((chunk) => chunks.push(chunk));
  const bytePath = new TextDecoder().decode(Buffer.concat(chunks));
  expect(bytePath).toBe(editSheetText(sheet, edit));
  expect(
    bytePath.endsWith('<row r="3002"><c r="A3002"><v>7</v></c></row></sheetData><pageMargins/><x/></worksheet>'),
  ).toBe(true);
  expect(bytePath).toContain('<dimension ref="A1:B3002"/>');
});
