import ExcelJS from "exceljs";
import { SHEET } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildWorkbook } from "../../src/features/build";
import { runCheck } from "../../src/features/check";
import { XlsxWorkbook, readCell } from "../../src/xlsx/workbook";
import { said } from "../support/said";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/**
 * The workbook as finance staff leave it, built for 2021–2023 (layout by hand, from the sheet as
 * built: years on Financement rows 4–6, the termination block's title on row 8, its end date B9;
 * yearly costs on Paramètres rows 17–19).
 */
async function typedWorkbook(): Promise<XlsxWorkbook> {
  const port = new XlsxWorkbook(new ExcelJS.Workbook());
  await buildWorkbook(port, METZ_2021_2023, {});
  const wb = port.workbook;
  const params = wb.getWorksheet(SHEET.parameters)!;
  expect(params.getCell("A18").value).toBe(2022);
  params.getCell("B18").value = 47310; // the 2022 amendment's cost
  const fin = wb.getWorksheet(SHEET.financing)!;
  expect(fin.getCell("A8").value).toBe("Résiliation anticipée (art. 8) — prorata en jours calendaires");
  fin.getCell("G4").value = utc(2021, 3, 15);
  fin.getCell("H4").value = 11699;
  fin.getCell("G6").value = utc(2023, 3, 20);
  fin.getCell("H6").value = 11828;
  fin.getCell("B9").value = utc(2021, 9, 30);
  return port;
}

const changePeriodEnd = (port: XlsxWorkbook, end: Date) => {
  port.workbook.getWorksheet(SHEET.parameters)!.getCell("B7").value = end;
};
const fin = (port: XlsxWorkbook) => port.workbook.getWorksheet(SHEET.financing)!;

describe("a change of period in Paramètres, then build", () => {
  test("extended to 2024: a year is added, typed costs and payments stay, the termination block moves with its date and says so", async () => {
    const port = await typedWorkbook();
    changePeriodEnd(port, utc(2024, 12, 31));
    const result = await buildWorkbook(port, METZ_2021_2023, { settings: "preset" });
    const messages = result.changes.map((c) => said(c.text)).join("\n");

    const params = port.workbook.getWorksheet(SHEET.parameters)!;
    expect([params.getCell("A18").value, params.getCell("B18").value]).toEqual([2022, 47310]);
    expect(params.getCell("A20").value).toBe(2024);
    expect(messages).toContain("1 année(s) ajoutée(s)");
    const costs = (await port.readTable("CoutsAnnuels"))!;
    expect(costs.grid.rows.map((r) => r[0])).toEqual([2021, 2022, 2023, 2024]);

    const ws = fin(port);
    expect(ws.getCell("A7").value).toBe(2024);
    expect(readCell(ws.getCell("G4"))).toBe(44270); // 15/03/2021: 44197 + 31 + 28 + 14
    expect(ws.getCell("G4").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("H4").value).toBe(11699);
    // 20/03/2023: 44927 + 31 + 28 + 19
    expect([readCell(ws.getCell("G6")), ws.getCell("H6").value]).toEqual([45005, 11828]);
    // The new year's input cells are ready: date format on its payment dates.
    expect(ws.getCell("G7").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("J7").numFmt).toBe("dd/mm/yyyy");
    // The block: title row 9, the typed end date carried from B9 to B10 with its format.
    expect(ws.getCell("A9").value).toBe("Résiliation anticipée (art. 8) — prorata en jours calendaires");
    expect(readCell(ws.getCell("B10"))).toBe(44469); // 30/09/2021
    expect(ws.getCell("B10").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("B11").formula).toBe('IF(B10="","",YEAR(B10))');
    expect(messages).toContain("B9 est déplacée en B10");

    // Nothing more to do, and check agrees.
    expect((await buildWorkbook(port, METZ_2021_2023, { settings: "preset" })).changes).toEqual([]);
    const report = await runCheck(port, METZ_2021_2023, "2024-12-31");
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("ended in 2022: the typed end date keeps its address, the 2023 row loses its formulas but keeps its payments, and the build says so", async () => {
    const port = await typedWorkbook();
    changePeriodEnd(port, utc(2022, 12, 31));
    const result = await buildWorkbook(port, METZ_2021_2023, { settings: "preset" });
    const ws = fin(port);
    expect(readCell(ws.getCell("B9"))).toBe(44469);
    expect(ws.getCell("B10").formula).toBe('IF(B9="","",YEAR(B9))');
    // Row 6 (2023): no formula left to show an error; the payment typed there stays.
    for (const column of ["A", "B", "C", "D", "E", "F", "I", "L"]) expect(ws.getCell(`${column}6`).value).toBeNull();
    expect([readCell(ws.getCell("G6")), ws.getCell("H6").value]).toEqual([45005, 11828]);
    expect(result.warnings?.join("\n")).toContain(
      "ligne 6 (celle de 2023) : ce n'est plus une ligne d'année de la période",
    );
    expect(result.warnings?.join("\n")).toContain("G6, H6");
    // The Indicateurs columns of 2023 are gone, not left stale.
    const ind = port.workbook.getWorksheet(SHEET.indicators)!;
    const headers = (ind.getRow(1).values as unknown[]).filter((v) => typeof v === "string");
    expect(headers.some((h) => String(h).startsWith("2023"))).toBe(false);

    expect((await buildWorkbook(port, METZ_2021_2023, { settings: "preset" })).changes).toEqual([]);
    const report = await runCheck(port, METZ_2021_2023, "2022-12-31");
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

test("a period now starting a year later: payments typed on a row that now reads another year are named, never silently re-attributed", async () => {
  const port = await typedWorkbook();
  port.workbook.getWorksheet(SHEET.parameters)!.getCell("B6").value = utc(2022, 1, 1);
  const result = await buildWorkbook(port, METZ_2021_2023, { settings: "preset" });
  const ws = fin(port);
  // Values stay where they were typed.
  expect([readCell(ws.getCell("G4")), ws.getCell("H4").value]).toEqual([44270, 11699]);
  const warnings = (result.warnings ?? []).join("\n");
  expect(warnings).toContain(
    "ligne 4 : la période commence à une autre année, cette ligne est désormais celle de 2022 (elle était celle de 2021)",
  );
  expect(warnings).toContain("G4, H4");
});
