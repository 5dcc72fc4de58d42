// Long work followed from the pane: progress between the read chunks of the Office.js adapter, and a
// cancel that only ever happens before anything is written (recording fake): check, import, evaluation.
import { TRACKING_TABLE, type CellValue } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildPlan } from "../../src/core/plan";
import { buildWorkbook } from "../../src/features/build";
import { runCheck } from "../../src/features/check";
import { prepareEvaluation } from "../../src/features/evaluate";
import { importRows } from "../../src/features/import";
import { isCancelled, type WorkControl, type WorkProgress } from "../../src/features/work";
import { evaluateInExcel, writeEvaluationInExcel, type Supports } from "../../src/office/evaluation";
import { evaluationActions } from "../../src/office/evaluation-actions";
import { OfficeWorkbook } from "../../src/office/workbook";
import { createFakeExcel, type FakeContext } from "../support/fake-excel";

const TODAY = "2021-12-31";
// Small enough that a table of a few thousand rows is read in many requests.
const SMALL_BUDGET = 20_000;

async function builtWithRows(count: number) {
  const excel = createFakeExcel();
  await new OfficeWorkbook(excel.context).apply(buildPlan(METZ_2021_2023));
  const rows: CellValue[][] = Array.from({ length: count }, (_, i) => [
    44200 + (i % 300),
    "Entretiens réalisés",
    1,
    "Borny",
    null,
    null,
    null,
    `ligne ${i + 1}`,
    "Claire",
    null,
  ]);
  await new OfficeWorkbook(excel.context).appendRows(TRACKING_TABLE, rows);
  return excel;
}

/** A control that records what it is told and aborts when `when` says so. */
function follow(when: (p: WorkProgress) => boolean): { control: WorkControl; seen: WorkProgress[] } {
  const abort = new AbortController();
  const seen: WorkProgress[] = [];
  return {
    seen,
    control: {
      signal: abort.signal,
      onProgress: (p) => {
        seen.push(p);
        if (when(p)) abort.abort();
      },
    },
  };
}

/** CSV lines of acts the convention accepts (dates in 2021, before TODAY). */
const csv = (count: number): Uint8Array =>
  new TextEncoder().encode(
    [
      "Date;Indicateur;Nombre;Quartier;Commentaire",
      ...Array.from({ length: count }, (_, i) => `0${1 + (i % 9)}/03/2021;Entretiens réalisés;1;Borny;import ${i + 1}`),
    ].join("\n") + "\n",
  );

describe("long work on the Office.js path", () => {
  test("a check reads the table in chunks and reports rising progress, from 0 to the end of its reads", async () => {
    const { context } = await builtWithRows(3000);
    const { control, seen } = follow(() => false);
    const report = await runCheck(new OfficeWorkbook(context, SMALL_BUDGET, control), METZ_2021_2023, TODAY, {
      work: control,
    });
    expect(report.summary.rows).toBe(3000);
    const fractions = seen.map((p) => p.fraction);
    expect(fractions[0]).toBe(0);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]);
    // The table's read (between the step marks 0.2 and 0.6) moves the bar several times on its own.
    expect(new Set(fractions.filter((f) => f > 0.2 && f < 0.6)).size).toBeGreaterThanOrEqual(3);
    expect(seen.every((p) => p.cancellable)).toBe(true);
  });

  test("a cancel between two read chunks stops the check with WorkCancelled", async () => {
    const { context } = await builtWithRows(3000);
    const { control, seen } = follow((p) => p.fraction > 0.3);
    const error = await runCheck(new OfficeWorkbook(context, SMALL_BUDGET, control), METZ_2021_2023, TODAY, {
      work: control,
    }).catch((e: unknown) => e);
    expect(isCancelled(error)).toBe(true);
    // Stopped inside the table's read, not after the whole check.
    expect(Math.max(...seen.map((p) => p.fraction))).toBeLessThan(0.6);
  });

  test("an import cancelled before its write leaves the table as it was", async () => {
    const { fake, context } = await builtWithRows(10);
    const before = fake.workbook.tableData(TRACKING_TABLE)?.rect.rowCount;
    const { control } = follow((p) => p.fraction >= 0.8);
    const error = await importRows(
      new OfficeWorkbook(context, SMALL_BUDGET, control),
      { kind: "csv", bytes: csv(400) },
      { skipInvalid: false, convention: METZ_2021_2023, today: TODAY, work: control },
    ).catch((e: unknown) => e);
    expect(isCancelled(error)).toBe(true);
    expect(fake.workbook.tableData(TRACKING_TABLE)?.rect.rowCount).toBe(before);
  });

  test("once the write has started a cancel is no longer offered nor obeyed: every row is written", async () => {
    const { fake, context } = await builtWithRows(10);
    const before = fake.workbook.tableData(TRACKING_TABLE)!.rect.rowCount;
    // Abort as soon as the work says it cannot be cancelled any more (what a late click would do).
    const { control, seen } = follow((p) => !p.cancellable);
    const report = await importRows(
      new OfficeWorkbook(context, SMALL_BUDGET, control),
      { kind: "csv", bytes: csv(400) },
      { skipInvalid: false, convention: METZ_2021_2023, today: TODAY, work: control },
    );
    expect(report.status).toBe("imported");
    expect(report.imported).toBe(400);
    expect(fake.workbook.tableData(TRACKING_TABLE)!.rect.rowCount).toBe(before + 400);
    const firstWrite = seen.findIndex((p) => !p.cancellable);
    expect(firstWrite).toBeGreaterThan(0);
    // Chunked writes (small budget) keep reporting, every report after the first write says so.
    expect(seen.slice(firstWrite).every((p) => !p.cancellable)).toBe(true);
    expect(seen.length - firstWrite).toBeGreaterThan(2);
  });

  test("without a control nothing is reported and nothing waits (the command line)", async () => {
    const { context } = await builtWithRows(5);
    const report = await runCheck(new OfficeWorkbook(context), METZ_2021_2023, TODAY);
    expect(report.summary.rows).toBe(5);
  });
});

/** The fake workbook as plain data: sheets with their cells, merges and print settings, tables, names. */
function digest(fake: FakeContext): string {
  const wb = fake.workbook;
  return JSON.stringify({
    sheets: wb.sheetList.map((sheet) => ({
      name: sheet.name,
      cells: [...sheet.cells.entries()],
      merges: sheet.merges,
      layout: sheet.pageLayout,
      breaks: sheet.pageBreaks,
    })),
    tables: wb.tableList.map((table) => ({ name: table.name, sheet: table.sheet.name, rect: table.rect })),
    names: wb.nameList,
  });
}

describe("an evaluation followed on the Office.js path", () => {
  const S1 = { kind: "semester", semester: "2021-S1" } as const;
  const all: Supports = () => true;

  async function built(rows: number) {
    const excel = createFakeExcel();
    await buildWorkbook(new OfficeWorkbook(excel.context), METZ_2021_2023, { sampleRows: rows, today: TODAY });
    return excel;
  }

  /** What evaluateInExcel does, with the adapter's reads in small requests so that the table comes in many chunks. */
  async function evaluateInChunks(context: Excel.RequestContext, control: WorkControl) {
    const outcome = await prepareEvaluation(new OfficeWorkbook(context, SMALL_BUDGET, control), METZ_2021_2023, S1, {
      today: TODAY,
      work: control,
    });
    if (!outcome.ok) throw new Error(outcome.reason);
    return writeEvaluationInExcel(context, outcome, false, all, control);
  }
  const evaluateFollowed = (context: Excel.RequestContext, control: WorkControl) =>
    evaluateInExcel(context, METZ_2021_2023, S1, { today: TODAY, force: false, work: control }, all);

  test("reads the table chunk by chunk, checks, computes, then writes the sheet: steps in order, the bar rising to full", async () => {
    const { fake, context } = await built(3000);
    const { control, seen } = follow(() => false);
    const result = await evaluateInChunks(context, control);
    expect(result.ok).toBe(true);
    expect(fake.workbook.sheetData("Évaluation 2021-S1")).toBeDefined();
    expect(seen.map((p) => p.step).filter((s, i, steps) => s !== steps[i - 1])).toEqual([
      "read",
      "check",
      "compute",
      "write",
    ]);
    const fractions = seen.map((p) => p.fraction);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]);
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    // The table's chunks move the bar on their own inside the read (0 → 0.7).
    expect(
      new Set(seen.filter((p) => p.step === "read" && p.fraction > 0 && p.fraction < 0.7).map((p) => p.fraction)).size,
    ).toBeGreaterThanOrEqual(3);
    const firstWrite = seen.findIndex((p) => !p.cancellable);
    expect(seen.slice(0, firstWrite).every((p) => p.cancellable)).toBe(true);
    expect(seen.slice(firstWrite).every((p) => !p.cancellable)).toBe(true);
  });

  test("cancelled at its last safe point, or in the middle of the read, the workbook is left exactly as it was", async () => {
    const lastSafePoint = {
      when: (p: WorkProgress) => p.step === "write" && p.cancellable,
      evaluate: evaluateFollowed,
    };
    const midRead = { when: (p: WorkProgress) => p.step === "read" && p.fraction > 0.3, evaluate: evaluateInChunks };
    for (const { when, evaluate } of [lastSafePoint, midRead]) {
      const { fake, context } = await built(3000);
      const before = digest(fake);
      const cellsWritten = fake.stats.cellsWritten;
      const { control, seen } = follow(when);
      const error = await evaluate(context, control).catch((e: unknown) => e);
      expect(isCancelled(error)).toBe(true);
      expect(seen.some((p) => !p.cancellable)).toBe(false);
      // Pending statements would go with the next sync: there are none either.
      expect(fake.pendingStatements).toEqual([]);
      expect(fake.stats.cellsWritten).toBe(cellsWritten);
      expect(digest(fake)).toBe(before);
    }
  });

  test("made again over a previous version and cancelled before the write, the previous version keeps its name and nothing is queued", async () => {
    const { fake, context } = await built(300);
    expect((await evaluateFollowed(context, follow(() => false).control)).ok).toBe(true);
    const before = digest(fake);
    const { control } = follow((p) => p.step === "write" && p.cancellable);
    const error = await evaluateInExcel(
      context,
      METZ_2021_2023,
      S1,
      { today: TODAY, force: true, work: control },
      all,
    ).catch((e: unknown) => e);
    expect(isCancelled(error)).toBe(true);
    expect(fake.pendingStatements).toEqual([]);
    expect(digest(fake)).toBe(before);
    expect(fake.workbook.sheetList.map((sheet) => sheet.name)).not.toContain("Archive 1 Évaluation 2021-S1");
  });

  test("once the write has started a cancel is no longer offered nor obeyed: the sheet is written", async () => {
    const { fake, context } = await built(300);
    const { control } = follow((p) => !p.cancellable);
    const result = await evaluateFollowed(context, control);
    expect(result.ok && result.sheet).toBe("Évaluation 2021-S1");
    expect(fake.workbook.sheetData("Évaluation 2021-S1")?.cells.size).toBeGreaterThan(50);
  });

  test("a preview from the pane's actions goes through read, check and compute to full, cancellable throughout", async () => {
    const { context } = await built(300);
    const saved = (globalThis as { Excel?: unknown }).Excel;
    Object.assign(globalThis, {
      Excel: { run: (_options: unknown, batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(context) },
    });
    try {
      const { control, seen } = follow(() => false);
      const preview = await evaluationActions.preview(METZ_2021_2023, S1, TODAY, control);
      expect(preview.ok).toBe(true);
      expect(seen.map((p) => p.step).filter((s, i, steps) => s !== steps[i - 1])).toEqual(["read", "check", "compute"]);
      expect(seen.at(-1)?.fraction).toBe(1);
      expect(seen.every((p) => p.cancellable)).toBe(true);
    } finally {
      Object.assign(globalThis, { Excel: saved });
    }
  });
});
