import { METZ_2021_2023 } from "../../src/core/convention";
import { DASHBOARD_PIVOTS, DASHBOARD_SHEET } from "../../src/core/dashboard";
import { handBlocks } from "../../src/core/evaluation/sheet";
import { buildWorkbook } from "../../src/features/build";
import { prepareEvaluation } from "../../src/features/evaluate";
import {
  dashboardInExcel,
  evaluateInExcel,
  refreshPivots,
  writeEvaluationInExcel,
  type Supports,
} from "../../src/office/evaluation";
import { OfficeWorkbook } from "../../src/office/workbook";
import { createFakeExcel, type FakeContext } from "../support/fake-excel";

const C = METZ_2021_2023;
const all: Supports = () => true;
const upTo =
  (max: string): Supports =>
  (_set, version) =>
    Number(version.split(".")[1]) <= Number(max.split(".")[1]);
const S1 = { kind: "semester", semester: "2021-S1" } as const;
const TODAY = "2024-01-15";

async function built(rows: number): Promise<{ fake: FakeContext; context: Excel.RequestContext }> {
  const excel = createFakeExcel();
  await buildWorkbook(new OfficeWorkbook(excel.context), C, { sampleRows: rows });
  return excel;
}

/** Syncs and writes made by writing a prepared evaluation only. */
async function writeOnly(fake: FakeContext, context: Excel.RequestContext, force = false) {
  const outcome = await prepareEvaluation(new OfficeWorkbook(context), C, S1, { today: TODAY });
  if (!outcome.ok) throw new Error(outcome.reason);
  const syncs = fake.stats.syncs;
  const unsuspended = fake.stats.writeSyncsWithoutSuspension;
  const result = await writeEvaluationInExcel(context, outcome, force, all);
  return {
    result,
    outcome,
    syncs: fake.stats.syncs - syncs,
    unsuspended: fake.stats.writeSyncsWithoutSuspension - unsuspended,
  };
}

describe("evaluation in Excel (recording fake)", () => {
  it("writes the sheet in two syncs whatever the number of rows, with calculation suspended", async () => {
    for (const rows of [30, 3000]) {
      const { fake, context } = await built(rows);
      const { result, outcome, syncs, unsuspended } = await writeOnly(fake, context);
      expect(result.ok).toBe(true);
      expect([rows, syncs, unsuspended]).toEqual([rows, 2, 0]);
      const de = outcome.figures.indicators.find((i) => i.code === "DE_ACCUEILLIS")!;
      // The indicator row holds the figures, as numbers.
      const sheet = fake.workbook.sheetData("Évaluation 2021-S1")!;
      const row = [...sheet.cells.entries()]
        .find(([, cell]) => cell.value === de.label)![0]
        .split(",")
        .map(Number)[0];
      expect([1, 2, 3, 4, 5].map((c) => sheet.cells.get(`${row},${c}`)?.value)).toEqual([
        de.value,
        "",
        "",
        de.yearToDate,
        de.conventionToDate,
      ]);
      expect(de.value).toBeGreaterThan(0);
      expect(sheet.pageLayout).toMatchObject({
        paperSize: "A4",
        orientation: "Portrait",
        printTitleRows: "$1:$2",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      });
      expect(sheet.merges.length).toBeGreaterThan(10);
    }
  });

  it("refuses to replace without force; with force, renames the previous version and keeps the committee's text", async () => {
    const { fake, context } = await built(50);
    expect((await evaluateInExcel(context, C, S1, { today: TODAY, force: false }, all)).ok).toBe(true);
    expect(await evaluateInExcel(context, C, S1, { today: TODAY, force: false }, all)).toEqual({
      ok: false,
      reason: "exists",
    });
    const sheet = fake.workbook.sheetData("Évaluation 2021-S1")!;
    const decisions = handBlocks(C.partner, C.operator).at(-1)!;
    const titleRow = [...sheet.cells.entries()]
      .find(([, cell]) => typeof cell.value === "string" && cell.value.startsWith(`${decisions.id} — `))![0]
      .split(",")
      .map(Number)[0];
    // The committee types two lines under « Décisions » (0-based row + 1 and + 2), one starting with "=".
    fake.workbook.setCellDirect("Évaluation 2021-S1", `A${titleRow + 2}`, { value: "Renouveler l'atelier mobilité" });
    fake.workbook.setCellDirect("Évaluation 2021-S1", `A${titleRow + 3}`, { value: "= vu avec la direction" });
    const { result, syncs } = await writeOnly(fake, context, true);
    expect(result).toMatchObject({ ok: true, archived: "Archive 1 Évaluation 2021-S1" });
    expect(syncs).toBe(3);
    expect(fake.workbook.sheetList.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Archive 1 Évaluation 2021-S1", "Évaluation 2021-S1"]),
    );
    expect(fake.workbook.sheetData("Archive 1 Évaluation 2021-S1")).toBe(sheet);
    const fresh = fake.workbook.sheetData("Évaluation 2021-S1")!;
    const values = [...fresh.cells.values()].map((c) => c.value);
    expect(values).toEqual(expect.arrayContaining(["Renouveler l'atelier mobilité", "= vu avec la direction"]));
  });

  it("says when print settings could not be set (ExcelApi below 1.9)", async () => {
    const { fake, context } = await built(20);
    const result = await evaluateInExcel(context, C, S1, { today: TODAY, force: false }, upTo("1.8"));
    expect(result).toMatchObject({ ok: true, printSettings: false });
    expect(fake.workbook.sheetData("Évaluation 2021-S1")!.pageLayout).toEqual({});
  });
});

describe("dashboard in Excel (recording fake)", () => {
  it("adds two PivotTables over Suivi with their hierarchies and a chart over each layout, in two syncs", async () => {
    const { fake, context } = await built(40);
    const before = fake.stats.syncs;
    expect(await dashboardInExcel(context, all)).toEqual({
      ok: true,
      pivots: DASHBOARD_PIVOTS.map((p) => p.name),
      filtered: true,
    });
    expect(fake.stats.syncs - before).toBe(2);
    const pivots = fake.workbook.pivotList;
    expect(pivots.map((p) => [p.name, p.source, p.sheet.name, p.rows, p.columns, p.data, p.filters])).toEqual([
      [
        "TCD_Indicateurs",
        "Suivi",
        DASHBOARD_SHEET,
        ["Indicateur"],
        ["Semestre"],
        [{ name: "Nombre", summarizeBy: "Sum" }],
        ["Quartier"],
      ],
      [
        "TCD_Accueillis",
        "Suivi",
        DASHBOARD_SHEET,
        ["Quartier"],
        ["Semestre"],
        [{ name: "Nombre", summarizeBy: "Sum" }],
        ["Indicateur"],
      ],
    ]);
    expect(pivots[1].filtered).toEqual({ Indicateur: ["Demandeurs d'emploi accueillis"] });
    expect(fake.workbook.sheetData(DASHBOARD_SHEET)!.charts.map((c) => [c.type, c.pivot])).toEqual([
      ["BarClustered", "TCD_Indicateurs"],
      ["ColumnClustered", "TCD_Accueillis"],
    ]);
    await refreshPivots(context);
    expect(pivots.map((p) => p.refreshed)).toEqual([1, 1]);
    expect(await dashboardInExcel(context, all)).toEqual({ ok: false, reason: "exists" });
  });

  it("says what an older Excel cannot do", async () => {
    const { fake, context } = await built(5);
    expect(await dashboardInExcel(context, upTo("1.7"))).toEqual({ ok: false, reason: "unsupported" });
    expect(fake.workbook.sheetData(DASHBOARD_SHEET)).toBeUndefined();
    expect(await dashboardInExcel(context, upTo("1.11"))).toMatchObject({ ok: true, filtered: false });
    expect(fake.workbook.pivotList[1].filtered).toEqual({});
  });
});
