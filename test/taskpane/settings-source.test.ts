import ExcelJS from "exceljs";
import { METZ_2021_2023, parseConventionOverrides, type Convention } from "../../src/core/convention";
import { buildWorkbook } from "../../src/features/build";
import { workbookConvention } from "../../src/features/check";
import type { WorkbookPort } from "../../src/features/port";
import { excelActions } from "../../src/office/actions";
import { OfficeWorkbook } from "../../src/office/workbook";
import { buildFile } from "../../src/taskpane/file-mode";
import { workbookBytes } from "../../src/xlsx/browser";
import { openPackage } from "../../src/xlsx/engine/open";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { createFakeExcel } from "../support/fake-excel";

// Whether a repair keeps the workbook's own period is the user's choice (the preset or a settings
// file), carried as `settings`: a copy of the preset is still the preset, and the preset's own object
// chosen as a file is still a choice. An identity test against METZ_2021_2023 gets both wrong.

/** A convention for 2022–2024 (an amendment), what a workbook built from a settings file carries. */
const LATER: Convention = (() => {
  const parsed = parseConventionOverrides(
    { start: "2022-01-01", end: "2024-12-31", annualCosts: [{ year: 2024, cost: null }] },
    METZ_2021_2023,
  );
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return parsed.convention;
})();

const period = async (port: WorkbookPort) => {
  const read = await workbookConvention(port, METZ_2021_2023);
  return [read.start, read.end];
};

describe("in Excel, the build screen's choice of settings", () => {
  let context: Excel.RequestContext;
  beforeEach(async () => {
    const fake = createFakeExcel();
    fake.fake.workbook.addSheetDirect("Feuil1");
    context = fake.context;
    Object.assign(globalThis, {
      Excel: { run: async (_: unknown, batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(context) },
    });
    await buildWorkbook(new OfficeWorkbook(context), LATER, { settings: "chosen" });
    expect(await period(new OfficeWorkbook(context))).toEqual(["2022-01-01", "2024-12-31"]);
  });
  afterEach(() => delete (globalThis as Record<string, unknown>).Excel);

  it("preset, even as a copy: the workbook keeps the period written in it", async () => {
    await excelActions.build(structuredClone(METZ_2021_2023), { sampleRows: false, settings: "preset" });
    expect(await period(new OfficeWorkbook(context))).toEqual(["2022-01-01", "2024-12-31"]);
  });

  it("chosen, even with the preset's own values: they are written over the workbook's", async () => {
    await excelActions.build(METZ_2021_2023, { sampleRows: false, settings: "chosen" });
    expect(await period(new OfficeWorkbook(context))).toEqual(["2021-01-01", "2023-12-31"]);
  });
});

describe("outside Excel, the file build's choice of settings", () => {
  const target = async () => {
    const workbook = new ExcelJS.Workbook();
    await buildWorkbook(new XlsxWorkbook(workbook), LATER, { settings: "chosen" });
    return { name: "classeur.xlsx", bytes: await workbookBytes(workbook) };
  };

  it("preset, even as a copy: the repaired copy keeps the period written in the workbook", async () => {
    const { output } = await buildFile(await target(), structuredClone(METZ_2021_2023), {
      sampleRows: 0,
      settings: "preset",
    });
    expect(await period(openPackage(output.name, output.bytes))).toEqual(["2022-01-01", "2024-12-31"]);
  });

  it("chosen, even with the preset's own values: the repaired copy carries them", async () => {
    const { output } = await buildFile(await target(), METZ_2021_2023, { sampleRows: 0, settings: "chosen" });
    expect(await period(openPackage(output.name, output.bytes))).toEqual(["2021-01-01", "2023-12-31"]);
  });
});
