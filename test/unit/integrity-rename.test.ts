import ExcelJS from "exceljs";
import { SHEET } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildPlan } from "../../src/core/plan";
import { buildWorkbook } from "../../src/features/build";
import { runCheck } from "../../src/features/check";
import { OfficeWorkbook } from "../../src/office/workbook";
import { XlsxWorkbook, readCell } from "../../src/xlsx/workbook";
import { createFakeExcel } from "../support/fake-excel";
import { said } from "../support/said";

const RENAMED = "Mes paramètres";

/** What Excel does when one renames a sheet: the defined names that point at it follow. */
function renameParametersLikeExcel(port: XlsxWorkbook): void {
  port.workbook.getWorksheet(SHEET.parameters)!.name = RENAMED;
  const names = port.workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
  names.model = names.model.map((n) => ({
    ...n,
    ranges: n.ranges.map((r) => r.replace(/^'?Paramètres'?!/, `'${RENAMED}'!`)),
  }));
}

describe("a renamed Paramètres sheet", () => {
  test("build repairs it where it is: no fresh default sheet, the typed FTE and yearly cost stay, the names keep pointing at it", async () => {
    const port = new XlsxWorkbook(new ExcelJS.Workbook());
    await buildWorkbook(port, METZ_2021_2023, {});
    renameParametersLikeExcel(port);
    const params = port.workbook.getWorksheet(RENAMED)!;
    params.getCell("B8").value = 0.8; // CONV_ETP, typed
    params.getCell("B18").value = 47310; // the 2022 cost, typed
    params.getCell("B7").value = new Date(Date.UTC(2022, 11, 31)); // the convention now ends in 2022

    const result = await buildWorkbook(port, METZ_2021_2023, { settings: "preset" });
    expect(port.workbook.worksheets.map((ws) => ws.name)).toEqual([
      RENAMED,
      "Listes",
      "Suivi",
      "Indicateurs",
      "Financement",
    ]);
    expect(params.getCell("B8").value).toBe(0.8);
    expect(params.getCell("B18").value).toBe(47310);
    const names = await port.readSnapshot();
    expect(names.names.find((n) => n.name === "CONV_ETP")?.formula).toBe(`'${RENAMED}'!$B$8`);
    expect(result.changes.map((c) => said(c.text)).join("\n")).not.toMatch(/Feuille « Paramètres » (ajoutée|créée)/);
    // The period is read from the renamed sheet: 2023 is no longer a year of Financement.
    expect(port.workbook.getWorksheet(SHEET.financing)!.getCell("A6").value).toBeNull();

    const report = await runCheck(port, METZ_2021_2023, "2022-12-31");
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("on the Office.js path (recording fake) too", async () => {
    const { fake, context } = createFakeExcel();
    await new OfficeWorkbook(context).apply(buildPlan(METZ_2021_2023));
    const wb = fake.workbook;
    wb.sheetData(SHEET.parameters)!.name = RENAMED;
    for (const n of wb.nameList) n.formula = n.formula.replace(/^=Paramètres!/, `='${RENAMED}'!`);
    wb.setCellDirect(RENAMED, "B8", { value: 0.8 });
    wb.setCellDirect(RENAMED, "B18", { value: 47310 });

    await buildWorkbook(new OfficeWorkbook(context), METZ_2021_2023, { settings: "preset" });
    expect(wb.sheetList.map((s) => s.name)).not.toContain(SHEET.parameters);
    expect(wb.cell(RENAMED, "B8")?.value).toBe(0.8);
    expect(wb.cell(RENAMED, "B18")?.value).toBe(47310);
    expect(wb.nameList.find((n) => n.name === "CONV_ETP")?.formula).toBe(`='${RENAMED}'!$B$8`);
  });
});

export { readCell };
