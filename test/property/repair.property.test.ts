import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { SHEET, TRACKING_COLUMNS, type CellValue } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { financingLayout, indicatorsLayout } from "../../src/core/plan";
import { buildWorkbook } from "../../src/features/build";
import { readWorkbookFile } from "../../src/xlsx/open";
import { XlsxWorkbook, readCell } from "../../src/xlsx/workbook";

const dir = mkdtempSync(join(tmpdir(), "sc-prop-"));
let base: Buffer;

beforeAll(async () => {
  const port = new XlsxWorkbook(new ExcelJS.Workbook());
  await buildWorkbook(port, METZ_2021_2023, {});
  base = Buffer.from(await port.workbook.xlsx.writeBuffer());
});

// What a counsellor or finance staff may type: text (accents, quotes, leading "="), numbers, booleans.
const text = fc
  .string({ minLength: 1, maxLength: 30 })
  .filter((s) => s.trim() === s && s.length > 0 && !/^[=+\-@]/.test(s) && !/[\u0000-\u001f\ud800-\udfff]/.test(s));
const typed: fc.Arbitrary<CellValue> = fc.oneof(
  text,
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.boolean(),
  fc.constant(null),
);
const trackingRow = fc.tuple(
  fc.integer({ min: 44197, max: 45291 }), // a date of the convention
  fc.oneof(fc.constantFrom(...METZ_2021_2023.indicators.map((i) => i.label)), text),
  fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 50 })),
  typed,
  typed,
  typed,
  typed,
  typed,
  typed,
);
const userSheetCell = fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 10 }), typed);
const damage = fc.record({
  indicatorsRow: fc.integer({ min: 0, max: METZ_2021_2023.indicators.length - 1 }),
  indicatorsColumn: fc.integer({ min: 0, max: 9 }),
  value: fc.oneof(fc.integer(), text),
});

function normalise(v: CellValue): CellValue {
  return v === "" ? null : v;
}

test("random user content survives a rebuild unchanged, and damage to Indicateurs is repaired", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(trackingRow, { maxLength: 25 }),
      fc.array(userSheetCell, { maxLength: 20 }),
      fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.option(fc.integer({ min: 0, max: 50000 }), { nil: null })), {
        maxLength: 3,
      }),
      damage,
      async (rows, notes, payments, harm) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(base as unknown as ExcelJS.Buffer);
        const port = new XlsxWorkbook(wb);
        await port.appendRows(
          "Suivi",
          rows.map((r) => [...r, null]),
        );
        const userSheet = wb.addWorksheet("Notes du comité");
        for (const [row, col, value] of notes) userSheet.getCell(row, col).value = value as ExcelJS.CellValue;
        const F = financingLayout(METZ_2021_2023);
        for (const [i, amount] of payments)
          wb.getWorksheet(SHEET.financing)!.getCell(`${F.col.balancePaid}${F.firstYearRow + i}`).value = amount;
        const L = indicatorsLayout(METZ_2021_2023);
        const harmed = `${L.periodColumn(harm.indicatorsColumn)}${L.firstIndicatorRow + harm.indicatorsRow}`;
        const expectedFormula = wb.getWorksheet(SHEET.indicators)!.getCell(harmed).formula;
        wb.getWorksheet(SHEET.indicators)!.getCell(harmed).value = harm.value;
        const path = join(dir, "p.xlsx");
        await port.saveAtomically(path);

        const before = new XlsxWorkbook(await readWorkbookFile(path));
        const tableBefore = await before.readTable("Suivi");
        const result = await buildWorkbook(before, METZ_2021_2023, {});
        await before.saveAtomically(path);
        const after = new XlsxWorkbook(await readWorkbookFile(path));

        expect(result.changes.map((c) => c.op.kind === "writeCells" && c.op.address)).toEqual([harmed]);
        expect(after.workbook.getWorksheet(SHEET.indicators)!.getCell(harmed).formula).toBe(expectedFormula);
        const tableAfter = await after.readTable("Suivi");
        expect(tableAfter!.headers).toEqual([...TRACKING_COLUMNS]);
        const inputs = (t: typeof tableAfter) => t!.grid.rows.map((r) => r.slice(0, 9).map(normalise));
        expect(inputs(tableAfter)).toEqual(inputs(tableBefore));
        const notesAfter = after.workbook.getWorksheet("Notes du comité")!;
        for (const [row, col] of notes)
          expect(normalise(readCell(notesAfter.getCell(row, col)))).toEqual(
            normalise(readCell(userSheet.getCell(row, col))),
          );
        for (const [i] of payments) {
          const address = `${F.col.balancePaid}${F.firstYearRow + i}`;
          expect(readCell(after.workbook.getWorksheet(SHEET.financing)!.getCell(address))).toEqual(
            readCell(wb.getWorksheet(SHEET.financing)!.getCell(address)),
          );
        }
      },
    ),
    { numRuns: 20 },
  );
});
