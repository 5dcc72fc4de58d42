// Paramètres written from the pane on the recording fake: the typed settings replace the values a
// repair would keep.
import { SHEET } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildWorkbook } from "../../src/features/build";
import { readSettings, writeSettings } from "../../src/office/settings";
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
      annualCosts: METZ_2021_2023.annualCosts.map((a) =>
        a.year === 2023 ? { ...a, cost: 47000, note: "Avenant n° 1" } : a,
      ),
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

describe("readSettings (src/office/settings.ts): what the Paramètres screen starts from in Excel", () => {
  it("gives the workbook's own settings, not the session's convention", async () => {
    const { context } = createFakeExcel();
    // A workbook built for another convention than the one the session holds (the preset).
    const other = {
      ...METZ_2021_2023,
      number: "0175001",
      partner: "Ville de Thionville",
      operator: "France Travail",
      start: "2024-01-01",
      end: "2025-12-31",
      etp: 0.8,
      annualCosts: [
        { year: 2024, cost: 48200, note: "Annexe financière 2024" },
        { year: 2025, cost: null, note: "À actualiser par avenant" },
      ],
    };
    await buildWorkbook(new OfficeWorkbook(context), other);
    const read = await readSettings(context, METZ_2021_2023);
    expect(read).toMatchObject({
      number: "0175001",
      partner: "Ville de Thionville",
      operator: "France Travail",
      start: "2024-01-01",
      end: "2025-12-31",
      etp: 0.8,
    });
    expect(read.annualCosts.map((a) => [a.year, a.cost])).toEqual([
      [2024, 48200],
      [2025, null],
    ]);
  });

  it("falls back on the session's convention for a workbook without the Paramètres sheet", async () => {
    const { context } = createFakeExcel();
    const read = await readSettings(context, METZ_2021_2023);
    expect(read).toMatchObject({
      number: "0162627",
      partner: "Ville de Metz",
      start: "2021-01-01",
      end: "2023-12-31",
      etp: 0.5,
    });
  });
});
