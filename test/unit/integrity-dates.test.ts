import ExcelJS from "exceljs";
import { aggregate } from "../../src/core/aggregate";
import { TRACKING_TABLE } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { countFormula } from "../../src/core/plan";
import { buildWorkbook } from "../../src/features/build";
import { runCheck } from "../../src/features/check";
import { importRows } from "../../src/features/import";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { said } from "../support/said";

// 2021-01-01 is serial 44197; 30/06/2021 is the year's day 181: 44377.
const JUN_30_2021 = 44377;

async function built(): Promise<XlsxWorkbook> {
  const port = new XlsxWorkbook(new ExcelJS.Workbook());
  await buildWorkbook(port, METZ_2021_2023, {});
  return port;
}

describe("a date with a time of day (30/06/2021 14:30, pasted from an agenda export)", () => {
  test("the period formulas compare with the day after the last one, not <= the last day", () => {
    const formula = countFormula("$B2", { from: "2021-01-01", to: "2021-06-30" });
    expect(formula).toContain('"<"&(MIN(DATE(2021,6,30),CONV_FIN)+1)');
    expect(formula).not.toContain('"<="');
  });

  test("the core counts it in its day's semester", () => {
    const counts = aggregate(METZ_2021_2023, [
      { date: JUN_30_2021 + 14.5 / 24, indicator: "Entretiens réalisés", count: null, quartier: null },
    ]);
    const s1 = counts.periods.findIndex((p) => p.label === "2021-S1");
    expect(counts.byIndicator.ENTRETIENS[s1]).toBe(1);
  });

  test("check flags the time as a warning, naming the cell, the date and the time", async () => {
    const port = await built();
    await port.appendRows(TRACKING_TABLE, [
      [JUN_30_2021 + 14.5 / 24, "Entretiens réalisés", 1, null, null, null, null, null, "Claire", null],
    ]);
    const report = await runCheck(port, METZ_2021_2023, "2021-12-31");
    const found = report.findings.filter((f) => f.code === "DATE_HAS_TIME");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", cell: "A2" });
    expect(said(found[0].text)).toContain("30/06/2021");
    expect(said(found[0].text)).toContain("14:30");
    expect(report.ok).toBe(true);
  });

  test("import keeps the date (the day, in the period's semester)", async () => {
    const port = await built();
    const report = await importRows(
      port,
      { kind: "csv", bytes: new TextEncoder().encode("Date;Indicateur\n30/06/2021 14:30;Entretiens réalisés\n") },
      {
        skipInvalid: false,
        convention: METZ_2021_2023,
        today: "2021-12-31",
      },
    );
    expect(report).toMatchObject({ status: "imported", imported: 1 });
    expect((await port.readTable(TRACKING_TABLE))!.grid.rows[0][0]).toBe(JUN_30_2021);
  });
});
