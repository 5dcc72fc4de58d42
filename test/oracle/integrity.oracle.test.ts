import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { aggregate, trackingFacts } from "../../src/core/aggregate";
import { SHEET, TRACKING_TABLE, type CellValue } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { indicatorsLayout } from "../../src/core/plan";
import { buildWorkbook } from "../../src/features/build";
import { XlsxWorkbook, readCell } from "../../src/xlsx/workbook";
import { recalculate } from "../support/libreoffice";
import { describeWith } from "../support/tools";

// Serials by hand: 2021-01-01 is 44197, 2021-06-30 is day 181 (44377), 2023-01-01 is 44927, 2023-12-31 is 45291.
const JUN_30_2021 = 44377;
const DEC_31_2023 = 45291;
const row = (date: number, indicator: string): CellValue[] => [
  date,
  indicator,
  null,
  null,
  null,
  null,
  null,
  null,
  "Claire",
  null,
];

describeWith("LibreOffice", "dates with a time of day, recalculated by LibreOffice", () => {
  let ws: ExcelJS.Worksheet;
  let facts: ReturnType<typeof trackingFacts>;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "sc-time-"));
    const port = new XlsxWorkbook(new ExcelJS.Workbook());
    await buildWorkbook(port, METZ_2021_2023, {});
    // Pasted from an agenda export: the last day of a semester and of the convention, with a time.
    await port.appendRows(TRACKING_TABLE, [
      row(JUN_30_2021 + 14.5 / 24, "Entretiens réalisés"), // 30/06/2021 14:30
      row(JUN_30_2021 + 1, "Entretiens réalisés"), // 01/07/2021
      row(DEC_31_2023 + 10 / 24, "Mises en relation (MER)"), // 31/12/2023 10:00
    ]);
    const path = join(dir, "time.xlsx");
    await port.saveAtomically(path);
    const table = await port.readTable(TRACKING_TABLE);
    facts = trackingFacts(table!.headers, table!.grid.rows);
    const [out] = recalculate([path]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    ws = wb.getWorksheet(SHEET.indicators)!;
  });

  test("every period counts the whole last day", () => {
    const L = indicatorsLayout(METZ_2021_2023);
    const at = (code: string, label: string): CellValue => {
      const r = L.firstIndicatorRow + METZ_2021_2023.indicators.findIndex((i) => i.code === code);
      const j = L.periods.findIndex((p) => p.label === label);
      return readCell(ws.getCell(`${L.periodColumn(j)}${r}`));
    };
    // By hand: the 14:30 row is in 2021-S1, the 1 July row in 2021-S2; the 31/12/2023 10:00 row in 2023-S2.
    expect([
      at("ENTRETIENS", "2021-S1"),
      at("ENTRETIENS", "2021-S2"),
      at("ENTRETIENS", "2021"),
      at("ENTRETIENS", "Total"),
    ]).toEqual([1, 1, 2, 2]);
    expect([at("MER", "2023-S2"), at("MER", "2023"), at("MER", "Total")]).toEqual([1, 1, 1]);

    // And the core's count of the same rows agrees, cell by cell.
    const expected = aggregate(METZ_2021_2023, facts);
    METZ_2021_2023.indicators.forEach((ind, i) =>
      L.periods.forEach((_, j) =>
        expect(readCell(ws.getCell(`${L.periodColumn(j)}${L.firstIndicatorRow + i}`))).toBe(
          expected.byIndicator[ind.code][j],
        ),
      ),
    );
  });
});
