import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { TRACKING_TABLE } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { msg } from "../../src/i18n";
import { excelActions } from "../../src/office/actions";
import { createFakeExcel, type FakeContext } from "../support/fake-excel";

const ROOT = join(__dirname, "..", "..");

/** Office and Excel globals over the fake, recording the options of each Excel.run and the settings calls. */
function installExcel(): { fake: FakeContext; runOptions: unknown[]; settingsCalls: string[] } {
  const { fake, context } = createFakeExcel();
  fake.workbook.addSheetDirect("Feuil1");
  const runOptions: unknown[] = [];
  const settingsCalls: string[] = [];
  const store = new Map<string, unknown>();
  const done = (callback?: (r: { status: string }) => void) => callback?.({ status: "succeeded" });
  Object.assign(globalThis, {
    Excel: {
      run: async (options: unknown, batch: (c: Excel.RequestContext) => Promise<unknown>) => {
        runOptions.push(options);
        const result = await batch(context);
        await context.sync();
        return result;
      },
    },
    Office: {
      context: {
        document: {
          settings: {
            get: (n: string) => (settingsCalls.push("get"), store.get(n) ?? null),
            set: (n: string, v: unknown) => (settingsCalls.push("set"), void store.set(n, v)),
            remove: (n: string) => (settingsCalls.push("remove"), void store.delete(n)),
            refreshAsync: (c?: (r: { status: string }) => void) => (settingsCalls.push("refresh"), done(c)),
            saveAsync: (c?: (r: { status: string }) => void) => (settingsCalls.push("save"), done(c)),
          },
        },
      },
    },
  });
  return { fake, runOptions, settingsCalls };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

describe("the pane's actions in Excel", () => {
  it("run every batch with delayForCellEdit, so a cell being edited delays it instead of failing it", async () => {
    const { fake, runOptions, settingsCalls } = installExcel();
    await excelActions.build(METZ_2021_2023, { sampleRows: false, settings: "preset" });
    const report = await excelActions.check(METZ_2021_2023, "2024-01-15");
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    await excelActions.importRows(
      { kind: "csv", bytes: new TextEncoder().encode("Date;Indicateur;Nombre\n") },
      { skipInvalid: false, convention: METZ_2021_2023, today: "2024-01-15" },
    );
    expect(
      await excelActions.mark([
        {
          code: "DATE_MISSING",
          severity: "error",
          sheet: "Feuil1",
          cell: "A1",
          row: 1,
          text: msg("check.dateMissing", { row: 1, cell: "A1" }),
        },
      ]),
    ).toBe(1);
    await excelActions.clearMarks();
    await excelActions.select("Feuil1", "B2");
    fake.selection = { sheet: "Feuil1", address: "C3:D4" };
    expect(await excelActions.insertFormula("=COST_ETP(46795,0.5)")).toBe("Feuil1!C3");
    expect(fake.workbook.cell("Feuil1", "C3")?.formula).toBe("COST_ETP(46795,0.5)");
    expect(fake.workbook.cell("Feuil1", "D4")).toBeUndefined();
    expect(runOptions).toHaveLength(Object.keys(excelActions).length);
    expect(runOptions.every((o) => JSON.stringify(o) === JSON.stringify({ delayForCellEdit: true }))).toBe(true);
    // Marking and clearing refresh the settings before saving them.
    expect(settingsCalls).toEqual(["refresh", "set", "save", "refresh", "remove", "save"]);
    expect(fake.workbook.tableData(TRACKING_TABLE)).toBeDefined();
  });

  // run() sits in its own small module (src/office/run.ts) so the home screen can read without the actions' code.
  it("call Excel.run from one place only, run(): src/ has no other", () => {
    const found: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && /\bExcel\.run\(/.test(readFileSync(path, "utf8")))
          found.push(path.slice(ROOT.length + 1));
      }
    };
    walk(join(ROOT, "src"));
    expect(found).toEqual(["src/office/run.ts"]);
  });
});
