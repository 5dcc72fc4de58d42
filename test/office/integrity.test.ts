import { SHEET, TRACKING_TABLE } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildPlan } from "../../src/core/plan";
import { buildWorkbook } from "../../src/features/build";
import { runCheck } from "../../src/features/check";
import { importRows } from "../../src/features/import";
import { OfficeWorkbook } from "../../src/office/workbook";
import { createFakeExcel } from "../support/fake-excel";
import { said } from "../support/said";

const TODAY = "2021-12-31";

/** A built workbook on the fake with two rows in Suivi (sheet rows 2 and 3) and one typed under it (row 4). */
async function withRowUnderTable() {
  const excel = createFakeExcel();
  await new OfficeWorkbook(excel.context).apply(buildPlan(METZ_2021_2023));
  await new OfficeWorkbook(excel.context).appendRows(TRACKING_TABLE, [
    [44200, "Entretiens réalisés", 1, "Borny", null, null, null, "un", "Claire", null],
    [44201, "Entretiens réalisés", 1, "Borny", null, null, null, "deux", "Claire", null],
  ]);
  // Pasted under the table (a paste does not grow it, nor does typing with AutoCorrect's table option off).
  const wb = excel.fake.workbook;
  wb.setCellDirect(SHEET.tracking, "A4", { value: 44270, numberFormat: "dd/mm/yyyy" });
  wb.setCellDirect(SHEET.tracking, "B4", { value: "Entretiens réalisés" });
  wb.setCellDirect(SHEET.tracking, "H4", { value: "collé sous le tableau" });
  return excel;
}

describe("rows under the Suivi table, on the Office.js path (recording fake)", () => {
  test("import is refused with their addresses and writes nothing", async () => {
    const { fake, context } = await withRowUnderTable();
    const report = await importRows(
      new OfficeWorkbook(context),
      { kind: "csv", bytes: new TextEncoder().encode("Date;Indicateur\n01/03/2021;Entretiens réalisés\n") },
      {
        skipInvalid: false,
        convention: METZ_2021_2023,
        today: TODAY,
      },
    );
    expect(report.status).toBe("refused");
    expect(report.problems[0]).toMatchObject({ code: "ROWS_BELOW_TABLE" });
    expect(said(report.problems[0].text)).toContain("A4:J4");
    expect(fake.workbook.cell(SHEET.tracking, "H4")?.value).toBe("collé sous le tableau");
    expect(fake.workbook.tableData(TRACKING_TABLE)?.rect.rowCount).toBe(3);
  });

  test("check names them; build takes them into the table (resize), formats kept, Semestre filled", async () => {
    const { fake, context } = await withRowUnderTable();
    const before = await runCheck(new OfficeWorkbook(context), METZ_2021_2023, TODAY);
    expect(said(before.findings.find((f) => f.code === "ROW_OUTSIDE_TABLE")?.text)).toContain("A4:J4");

    const result = await buildWorkbook(new OfficeWorkbook(context), METZ_2021_2023, { settings: "preset" });
    expect(result.changes.map((c) => said(c.text)).join("\n")).toContain("A4:J4");
    expect(fake.workbook.tableData(TRACKING_TABLE)?.rect.rowCount).toBe(4);
    expect(fake.workbook.cell(SHEET.tracking, "A4")).toMatchObject({ value: 44270, numberFormat: "dd/mm/yyyy" });
    expect(fake.workbook.cell(SHEET.tracking, "J4")?.formula).toMatch(/^=?IF\(ISNUMBER/);

    const after = await runCheck(new OfficeWorkbook(context), METZ_2021_2023, TODAY);
    expect(after.findings.filter((f) => f.code === "ROW_OUTSIDE_TABLE")).toEqual([]);
    expect(after.summary.rows).toBe(3);
  });
});

test("an Excel without ExcelApi 1.13 is told in French, before the table is touched", async () => {
  const { fake, context } = await withRowUnderTable();
  const global = globalThis as unknown as { Office?: unknown };
  global.Office = {
    context: {
      requirements: { isSetSupported: (_set: string, version: string) => Number(version.split(".")[1]) <= 12 },
    },
  };
  try {
    await expect(buildWorkbook(new OfficeWorkbook(context), METZ_2021_2023, { today: TODAY })).rejects.toThrow(
      "Cette version d'Excel ne permet pas d'agrandir le tableau Suivi",
    );
  } finally {
    delete global.Office;
  }
  expect(fake.workbook.tableData(TRACKING_TABLE)?.rect.rowCount).toBe(3);
  expect(fake.workbook.cell(SHEET.tracking, "H4")?.value).toBe("collé sous le tableau");
});

describe("a change of period on the Office.js path (recording fake)", () => {
  test("extended to 2024: costs table grown under its rows, the typed termination date carried with its format and reported", async () => {
    const { fake, context } = createFakeExcel();
    await new OfficeWorkbook(context).apply(buildPlan(METZ_2021_2023));
    const wb = fake.workbook;
    // Built layout (by hand): costs on Paramètres rows 17–19, termination end date Financement!B9.
    wb.setCellDirect(SHEET.parameters, "B18", { value: 47310 });
    wb.setCellDirect(SHEET.financing, "H4", { value: 11699, numberFormat: '#,##0.00 "€"' });
    wb.setCellDirect(SHEET.financing, "B9", { value: 44469, numberFormat: "dd/mm/yyyy" }); // 30/09/2021
    wb.setCellDirect(SHEET.parameters, "B7", { value: 45657, numberFormat: "dd/mm/yyyy" }); // 31/12/2024: 45292 + 365

    const result = await buildWorkbook(new OfficeWorkbook(context), METZ_2021_2023, { settings: "preset" });
    const messages = result.changes.map((c) => said(c.text)).join("\n");
    expect(wb.cell(SHEET.parameters, "B18")?.value).toBe(47310);
    expect(wb.cell(SHEET.parameters, "A20")?.value).toBe(2024);
    expect(wb.tableData("CoutsAnnuels")?.rect.rowCount).toBe(5); // header + 2021…2024
    expect(wb.cell(SHEET.financing, "H4")?.value).toBe(11699);
    expect(wb.cell(SHEET.financing, "A7")?.value).toBe(2024);
    expect(wb.cell(SHEET.financing, "G7")?.numberFormat).toBe("dd/mm/yyyy");
    expect(wb.cell(SHEET.financing, "B10")).toMatchObject({ value: 44469, numberFormat: "dd/mm/yyyy" });
    expect(messages).toContain("B9 est déplacée en B10");
    expect(messages).toContain("CoutsAnnuels");
  });
});

test("rows far under the table are read in chunks: each response stays under the 5 MB limit", async () => {
  const { fake, context } = await withRowUnderTable();
  // Something typed 12 000 rows below (a note at the bottom of the sheet), long texts in between.
  for (let r = 5; r <= 12_004; r += 1) fake.workbook.setCellDirect(SHEET.tracking, `H${r}`, { value: "x".repeat(600) });
  const below = await new OfficeWorkbook(context).readBelowTable(TRACKING_TABLE);
  expect(below?.firstRow).toBe(4);
  expect(below?.rows).toHaveLength(12_001);
  expect(fake.stats.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
});
