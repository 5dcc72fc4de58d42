import ExcelJS from "exceljs";
import { TRACKING_TABLE } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { sampleRows } from "../../src/core/sample";
import { buildWorkbook } from "../../src/features/build";
import { runCheck } from "../../src/features/check";
import { XlsxWorkbook } from "../../src/xlsx/workbook";

describe("sample rows", () => {
  test("on a workbook whose Suivi already holds rows, --sample is refused and nothing changes", async () => {
    const port = new XlsxWorkbook(new ExcelJS.Workbook());
    await buildWorkbook(port, METZ_2021_2023, {});
    await port.appendRows(TRACKING_TABLE, [
      [44200, "Entretiens réalisés", 1, null, null, null, null, "vraie ligne", "Claire", null],
    ]);
    const result = await buildWorkbook(port, METZ_2021_2023, {
      sampleRows: 1500,
      settings: "preset",
      today: "2022-06-15",
    });
    expect(result.sampleRefused).toEqual({ rows: 1 });
    expect(result.changes).toEqual([]);
    expect(result.warnings?.[0]).toContain("1 ligne(s)");
    expect((await port.readTable(TRACKING_TABLE))!.grid.rows).toHaveLength(1);
  });

  test("an existing workbook with an empty Suivi table may still receive them", async () => {
    const port = new XlsxWorkbook(new ExcelJS.Workbook());
    await buildWorkbook(port, METZ_2021_2023, {});
    const result = await buildWorkbook(port, METZ_2021_2023, {
      sampleRows: 10,
      settings: "preset",
      today: "2022-06-15",
    });
    expect(result.sampleRefused).toBeUndefined();
    expect((await port.readTable(TRACKING_TABLE))!.grid.rows).toHaveLength(10);
  });

  test("a new workbook with 1 500 sample rows passes its own check: no date after today, no duplicate", async () => {
    const port = new XlsxWorkbook(new ExcelJS.Workbook());
    const today = "2022-06-15"; // in the middle of the convention
    await buildWorkbook(port, METZ_2021_2023, { sampleRows: 1500, today });
    const report = await runCheck(port, METZ_2021_2023, today);
    expect(report.findings.map((f) => `${f.code} ${f.cell}`).slice(0, 5)).toEqual([]);
    expect(report.summary.rows).toBe(1500);
  });

  test("with no `today`, rows still never repeat one another", () => {
    const rows = sampleRows(METZ_2021_2023, 3000).map((r) => JSON.stringify(r));
    expect(new Set(rows).size).toBe(3000);
  });
});
