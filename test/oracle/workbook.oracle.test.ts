import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { aggregate, trackingFacts } from "../../src/core/aggregate";
import { SHEET, TRACKING_COLUMNS, type CellValue } from "../../src/core/contract";
import { METZ_2021_2023, type Convention } from "../../src/core/convention";
import { costEtp, instalment, prorata } from "../../src/core/finance";
import { financingLayout, indicatorsLayout } from "../../src/core/plan";
import { buildWorkbook } from "../../src/features/build";
import { XlsxWorkbook, readCell } from "../../src/xlsx/workbook";
import { recalculate } from "../support/libreoffice";
import { describeWith } from "../support/tools";

// A convention with every year's cost known, so that the Financement formulas all compute.
const COSTED: Convention = {
  ...METZ_2021_2023,
  annualCosts: [
    { year: 2021, cost: 46795 },
    { year: 2022, cost: 47310 },
    { year: 2023, cost: 47311 }, // × 0.5 = 23 655.50 → 23 656 → 11 828 + 11 828
  ],
};

async function buildFile(
  dir: string,
  name: string,
  convention: Convention,
  rows: number,
  edit?: (wb: ExcelJS.Workbook) => void,
) {
  const wb = new ExcelJS.Workbook();
  const port = new XlsxWorkbook(wb);
  await buildWorkbook(port, convention, { sampleRows: rows });
  edit?.(wb);
  const path = join(dir, name);
  await port.saveAtomically(path);
  return { path, port };
}

const value = (ws: ExcelJS.Worksheet, address: string): CellValue => readCell(ws.getCell(address));

describeWith("LibreOffice", "the built workbook recalculated by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-oracle-"));
  let recalculated: ExcelJS.Workbook;
  let costed: ExcelJS.Workbook;
  let facts: ReturnType<typeof trackingFacts>;

  beforeAll(async () => {
    const sample = await buildFile(dir, "sample.xlsx", METZ_2021_2023, 3000);
    const table = await sample.port.readTable("Suivi");
    facts = trackingFacts(table!.headers, table!.grid.rows);
    const money = await buildFile(dir, "costed.xlsx", COSTED, 50, (wb) => {
      const fin = wb.getWorksheet(SHEET.financing)!;
      const L = financingLayout(COSTED);
      // Finance staff type what was paid in 2021 and an early end on 30 September 2021.
      fin.getCell(`${L.col.firstPaid}${L.firstYearRow}`).value = 11699;
      fin.getCell(`${L.col.balancePaid}${L.firstYearRow}`).value = 11699;
      fin.getCell(L.termination.endDate).value = new Date(Date.UTC(2021, 8, 30));
    });
    const [a, b] = recalculate([sample.path, money.path]);
    recalculated = new ExcelJS.Workbook();
    await recalculated.xlsx.readFile(a);
    costed = new ExcelJS.Workbook();
    await costed.xlsx.readFile(b);
  });

  test("every Indicateurs cell equals the core's aggregation of the same rows", () => {
    const ws = recalculated.getWorksheet(SHEET.indicators)!;
    const L = indicatorsLayout(METZ_2021_2023);
    const expected = aggregate(METZ_2021_2023, facts);
    let compared = 0;
    METZ_2021_2023.indicators.forEach((ind, i) => {
      const row = L.firstIndicatorRow + i;
      expect(value(ws, `A${row}`)).toBe(ind.code);
      expect(value(ws, `B${row}`)).toBe(ind.label);
      L.periods.forEach((p, j) => {
        expect(value(ws, `${L.periodColumn(j)}1`)).toBe(p.label);
        expect(value(ws, `${L.periodColumn(j)}${row}`)).toBe(expected.byIndicator[ind.code][j]);
        compared++;
      });
    });
    L.breakdownLabels.forEach((label, i) => {
      const row = L.firstBreakdownRow + i;
      expect(value(ws, `B${row}`)).toBe(label);
      L.periods.forEach((_, j) =>
        expect(value(ws, `${L.periodColumn(j)}${row}`)).toBe(expected.byQuartier[i].counts[j]),
      );
    });
    expect(compared).toBe(22 * (6 + 3 + 1));
    // The sample is not trivial: every semester has job seekers received.
    expect(expected.byIndicator.DE_ACCUEILLIS.slice(0, 6).every((n) => n > 0)).toBe(true);
  });

  test("the Semestre column is computed for every row", () => {
    const ws = recalculated.getWorksheet(SHEET.tracking)!;
    const col = TRACKING_COLUMNS.indexOf("Semestre") + 1;
    for (let row = 2; row <= 3001; row += 137) {
      const date = ws.getCell(row, 1).value as Date;
      const expected = `${date.getUTCFullYear()}-S${date.getUTCMonth() < 6 ? 1 : 2}`;
      expect(readCell(ws.getCell(row, col))).toBe(expected);
    }
  });

  test("the Financement amounts equal COST_ETP, INSTALMENT and PRORATA", () => {
    const ws = costed.getWorksheet(SHEET.financing)!;
    const L = financingLayout(COSTED);
    L.years.forEach((year, i) => {
      const r = L.firstYearRow + i;
      const cost = COSTED.annualCosts.find((a) => a.year === year)!.cost!;
      const post = costEtp(cost, COSTED.etp);
      expect(value(ws, `${L.col.post}${r}`)).toBeCloseTo(post, 9);
      expect(value(ws, `${L.col.annual}${r}`)).toBe(costEtp(cost, COSTED.etp, 0));
      expect(value(ws, `${L.col.first}${r}`)).toBe(instalment(post, 1, [0.5, 0.5], 0));
      expect(value(ws, `${L.col.balance}${r}`)).toBe(instalment(post, 2, [0.5, 0.5], 0));
    });
    // The seed: 46 795 × 0.5 = 23 397.50, rounded 23 398, paid 11 699 + 11 699.
    expect(value(ws, `${L.col.post}${L.firstYearRow}`)).toBe(23397.5);
    expect(value(ws, `${L.col.first}${L.firstYearRow}`)).toBe(11699);
    expect(value(ws, `${L.col.balance}${L.firstYearRow}`)).toBe(11699);
    expect(value(ws, `${L.col.remaining}${L.firstYearRow}`)).toBe(0);
    // 23 655.50 rounds to 23 656 (half away from zero), the balance takes the residual.
    expect(value(ws, `${L.col.annual}${L.lastYearRow}`)).toBe(23656);
    const T = L.termination;
    const endSerial = 44469; // 2021-09-30
    expect(value(ws, T.days)).toBe(273);
    expect(value(ws, T.due)).toBe(prorata(23398, 44197, endSerial));
    // Domain note: 23 398 × 273 / 365 = 17 500.42, refund 23 398 − 17 500.42 = 5 897.58.
    expect(value(ws, T.due)).toBe(17500.42);
    expect(value(ws, T.refund)).toBeCloseTo(5897.58, 9);
  });

  test("no cell of any sheet holds an error value after a full recalculation", () => {
    for (const wb of [recalculated, costed]) {
      const errors: string[] = [];
      wb.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            const v = readCell(cell);
            if (v !== null && typeof v === "object") errors.push(`${ws.name}!${cell.address} ${v.error}`);
          }),
        ),
      );
      expect(errors).toEqual([]);
    }
  });

  test("the preset leaves the 2022 and 2023 amounts empty instead of inventing them", () => {
    const ws = recalculated.getWorksheet(SHEET.financing)!;
    const L = financingLayout(METZ_2021_2023);
    expect(value(ws, `${L.col.annual}${L.firstYearRow}`)).toBe(23398);
    for (const r of [L.firstYearRow + 1, L.lastYearRow]) expect(value(ws, `${L.col.annual}${r}`) ?? "").toBe("");
  });
});
