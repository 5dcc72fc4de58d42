// Paramètres written from the pane on the recording fake: the typed settings replace the values a
// repair would keep.
import { SHEET } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildWorkbook } from "../../src/features/build";
import { writeSettings } from "../../src/office/settings";
import { OfficeWorkbook } from "../../src/office/workbook";
import { createFakeExcel } from "../support/fake-excel";

describe("writeSettings (src/office/settings.ts)", () => {
  it("overwrites the partner, the FTE and a year's cost on an existing Paramètres sheet", async () => {
    const { fake, context } = createFakeExcel();
    await buildWorkbook(new OfficeWorkbook(context), METZ_2021_2023);
    const changed = {
      ...METZ_2021_2023,
      partner: "Ville de Metz (Moselle)",
      etp: 0.6,
      annualCosts: METZ_2021_2023.annualCosts.map((a) => (a.year === 2023 ? { ...a, cost: 47000, note: "Avenant n° 1" } : a)),
    };
    await writeSettings(context, changed);
    const values = [...fake.workbook.sheetData(SHEET.parameters)!.cells.values()].map((cell) => cell.value);
    expect(values).toContain("Ville de Metz (Moselle)");
    expect(values).not.toContain("Ville de Metz");
    expect(values).toContain(0.6);
    expect(values).toContain(47000);
    expect(values).toContain("Avenant n° 1");
  });
});
