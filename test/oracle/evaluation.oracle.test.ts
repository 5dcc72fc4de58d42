import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { SHEET, type CellValue } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { financingLayout, indicatorsLayout } from "../../src/core/plan";
import { readCell } from "../../src/xlsx/workbook";
import { captureOutput } from "../support/cli";
import { recalculate } from "../support/libreoffice";
import { hasOoxmlCheck, ooxmlCheck } from "../support/ooxml";
import { describeWith } from "../support/tools";

const C = METZ_2021_2023;
const L = indicatorsLayout(C);

/** The Indicateurs sheet after LibreOffice recalculated it: label → one number per period column. */
function indicatorsOf(ws: ExcelJS.Worksheet): { byLabel: Map<string, number[]>; quartier: Map<string, number[]> } {
  const col = (label: string) => L.periods.findIndex((p) => p.label === label);
  expect(col("2021-S1")).toBe(0);
  const read = (row: number) => L.periods.map((_, j) => readCell(ws.getCell(`${L.periodColumn(j)}${row}`)) as number);
  const byLabel = new Map(C.indicators.map((ind, i) => [ind.label, read(L.firstIndicatorRow + i)]));
  const quartier = new Map(L.breakdownLabels.map((label, i) => [label, read(L.firstBreakdownRow + i)]));
  return { byLabel, quartier };
}

/** Rows of the evaluation sheet from the row whose column A is `header` to the next empty row. */
function tableAfter(ws: ExcelJS.Worksheet, header: string, stop?: string): Map<string, CellValue[]> {
  const out = new Map<string, CellValue[]>();
  let inside = false;
  for (let r = 1; r <= ws.rowCount; r++) {
    const a = readCell(ws.getCell(r, 1));
    if (a === header) {
      inside = true;
      continue;
    }
    if (!inside) continue;
    if (a === null || a === "" || a === stop) break;
    out.set(
      String(a),
      [2, 3, 4, 5, 6].map((c) => readCell(ws.getCell(r, c))),
    );
  }
  return out;
}

describeWith("LibreOffice", "evaluation sheets against the Indicateurs sheet recalculated by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-eval-oracle-"));
  const kinds = [
    { args: ["--semester", "2021-S2"], sheet: "Évaluation 2021-S2" },
    { args: ["--semester", "2022-S1"], sheet: "Évaluation 2022-S1" },
    { args: ["--year", "2022"], sheet: "Bilan 2022" },
    { args: ["--final"], sheet: "Évaluation finale" },
  ];
  const evaluations: ExcelJS.Worksheet[] = [];
  let oracle: ReturnType<typeof indicatorsOf>;
  let due2021: CellValue;
  let loSaved: string;
  let remaining2021: CellValue;

  beforeAll(async () => {
    const sample = join(dir, "sample.xlsx");
    expect((await captureOutput(() => main(["build", sample, "--sample"]))).code).toBe(0);
    const files = kinds.map((_, i) => join(dir, `eval${i}.xlsx`));
    for (const [i, kind] of kinds.entries()) {
      copyFileSync(sample, files[i]);
      const r = await captureOutput(() => main(["evaluate", files[i], ...kind.args, "--today", "2024-01-15"]));
      expect([kind.sheet, r.code, r.err]).toEqual([kind.sheet, 0, ""]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(files[i]);
      evaluations.push(wb.getWorksheet(kind.sheet)!);
    }
    // The first file, evaluation sheet included, goes through LibreOffice: its Indicateurs formulas are the oracle.
    const [recalculated] = recalculate([files[0]]);
    loSaved = join(dir, "lo-saved.xlsx");
    copyFileSync(recalculated, loSaved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated);
    oracle = indicatorsOf(wb.getWorksheet(SHEET.indicators)!);
    const F = financingLayout(C);
    const fin = wb.getWorksheet(SHEET.financing)!;
    due2021 = readCell(fin.getCell(`${F.col.annual}${F.firstYearRow}`));
    remaining2021 = readCell(fin.getCell(`${F.col.remaining}${F.firstYearRow}`));
  });

  test("a file saved by LibreOffice takes a --force refill and a dashboard, and stays valid", async () => {
    const refill = await captureOutput(() =>
      main(["evaluate", loSaved, "--semester", "2021-S2", "--force", "--today", "2024-02-01"]),
    );
    expect([refill.code, refill.err]).toEqual([0, ""]);
    expect(refill.out).toContain("Archive 1 Évaluation 2021-S2");
    expect((await captureOutput(() => main(["dashboard", loSaved]))).code).toBe(0);
    if (!hasOoxmlCheck) return; // listed as NOT RUN by the OOXML suites of test/cli
    const check = ooxmlCheck(loSaved);
    expect([check.ok, check.output]).toEqual([true, expect.stringContaining("valid")]);
  });

  test("the year's financing equals the Financement sheet", () => {
    const table = tableAfter(evaluations[0], "Année");
    expect(table.get("2021")!.slice(0, 3)).toEqual([due2021, 0, remaining2021]);
    expect(due2021).toBe(23398);
  });

  const col = (label: string) => L.periods.findIndex((p) => p.label === label);
  // For each kind: the column of the period, of the previous one, of the year to date, and the semesters to sum to
  // date.
  const expectations: {
    value: (v: number[]) => number;
    previous: (v: number[]) => number | null;
    ytd: (v: number[]) => number;
    ctd: (v: number[]) => number;
  }[] = [
    {
      value: (v) => v[col("2021-S2")],
      previous: (v) => v[col("2021-S1")],
      ytd: (v) => v[col("2021")],
      ctd: (v) => v[col("2021")],
    },
    {
      value: (v) => v[col("2022-S1")],
      previous: (v) => v[col("2021-S2")],
      ytd: (v) => v[col("2022-S1")],
      ctd: (v) => v[col("2021")] + v[col("2022-S1")],
    },
    {
      value: (v) => v[col("2022")],
      previous: (v) => v[col("2021")],
      ytd: (v) => v[col("2022")],
      ctd: (v) => v[col("2021")] + v[col("2022")],
    },
    { value: (v) => v[col("Total")], previous: () => null, ytd: (v) => v[col("2023")], ctd: (v) => v[col("Total")] },
  ];

  test.each(kinds.map((k, i) => [k.sheet, i] as const))("%s: every indicator figure", (_sheet, i) => {
    const table = tableAfter(evaluations[i], "Indicateur");
    const e = expectations[i];
    let compared = 0;
    for (const ind of C.indicators) {
      const v = oracle.byLabel.get(ind.label)!;
      const row = table.get(ind.label);
      expect([ind.label, row]).toEqual([ind.label, expect.any(Array)]);
      const previous = e.previous(v);
      expect([ind.label, ...row!]).toEqual([
        ind.label,
        e.value(v),
        previous,
        previous === null ? null : e.value(v) - previous,
        e.ytd(v),
        e.ctd(v),
      ]);
      compared++;
    }
    expect(compared).toBe(22);
  });

  test.each(kinds.map((k, i) => [k.sheet, i] as const))("%s: job seekers received by quartier", (_sheet, i) => {
    const table = tableAfter(evaluations[i], "Par quartier de résidence", "Par tranche d'âge");
    const e = expectations[i];
    expect([...table.keys()]).toEqual(L.breakdownLabels);
    for (const label of L.breakdownLabels)
      expect([label, table.get(label)![0]]).toEqual([label, e.value(oracle.quartier.get(label)!)]);
    // Not a trivial sample: people were received in the period.
    expect(e.value(oracle.byLabel.get("Demandeurs d'emploi accueillis")!)).toBeGreaterThan(0);
  });
});
