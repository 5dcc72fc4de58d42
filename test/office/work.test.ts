// Long work followed from the pane: progress between the read chunks of the Office.js adapter, and a
// cancel that only ever happens before anything is written (recording fake).
import { TRACKING_TABLE, type CellValue } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildPlan } from "../../src/core/plan";
import { runCheck } from "../../src/features/check";
import { importRows } from "../../src/features/import";
import { isCancelled, type WorkControl, type WorkProgress } from "../../src/features/work";
import { OfficeWorkbook } from "../../src/office/workbook";
import { createFakeExcel } from "../support/fake-excel";

const TODAY = "2021-12-31";
// Small enough that a table of a few thousand rows is read in many requests.
const SMALL_BUDGET = 20_000;

async function builtWithRows(count: number) {
  const excel = createFakeExcel();
  await new OfficeWorkbook(excel.context).apply(buildPlan(METZ_2021_2023));
  const rows: CellValue[][] = Array.from({ length: count }, (_, i) => [44200 + (i % 300), "Entretiens réalisés", 1, "Borny", null, null, null, `ligne ${i + 1}`, "Claire", null]);
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
  new TextEncoder().encode(["Date;Indicateur;Nombre;Quartier;Commentaire", ...Array.from({ length: count }, (_, i) => `0${1 + (i % 9)}/03/2021;Entretiens réalisés;1;Borny;import ${i + 1}`)].join("\n") + "\n");

describe("long work on the Office.js path", () => {
  test("a check reads the table in chunks and reports rising progress, from 0 to the end of its reads", async () => {
    const { context } = await builtWithRows(3000);
    const { control, seen } = follow(() => false);
    const report = await runCheck(new OfficeWorkbook(context, SMALL_BUDGET, control), METZ_2021_2023, TODAY, { work: control });
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
    const error = await runCheck(new OfficeWorkbook(context, SMALL_BUDGET, control), METZ_2021_2023, TODAY, { work: control }).catch((e: unknown) => e);
    expect(isCancelled(error)).toBe(true);
    // Stopped inside the table's read, not after the whole check.
    expect(Math.max(...seen.map((p) => p.fraction))).toBeLessThan(0.6);
  });

  test("an import cancelled before its write leaves the table as it was", async () => {
    const { fake, context } = await builtWithRows(10);
    const before = fake.workbook.tableData(TRACKING_TABLE)?.rect.rowCount;
    const { control } = follow((p) => p.fraction >= 0.8);
    const error = await importRows(new OfficeWorkbook(context, SMALL_BUDGET, control), { kind: "csv", bytes: csv(400) }, { skipInvalid: false, convention: METZ_2021_2023, today: TODAY, work: control }).catch(
      (e: unknown) => e,
    );
    expect(isCancelled(error)).toBe(true);
    expect(fake.workbook.tableData(TRACKING_TABLE)?.rect.rowCount).toBe(before);
  });

  test("once the write has started a cancel is no longer offered nor obeyed: every row is written", async () => {
    const { fake, context } = await builtWithRows(10);
    const before = fake.workbook.tableData(TRACKING_TABLE)!.rect.rowCount;
    // Abort as soon as the work says it cannot be cancelled any more (what a late click would do).
    const { control, seen } = follow((p) => !p.cancellable);
    const report = await importRows(new OfficeWorkbook(context, SMALL_BUDGET, control), { kind: "csv", bytes: csv(400) }, { skipInvalid: false, convention: METZ_2021_2023, today: TODAY, work: control });
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
