import ExcelJS from "exceljs";
import { TRACKING_COLUMNS, TRACKING_TABLE } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildWorkbook } from "../../src/features/build";
import { gridOfWorkbook } from "../../src/xlsx/source";
import { XlsxWorkbook } from "../../src/xlsx/workbook";

describe("gridOfWorkbook", () => {
  test("another tracking workbook: its Suivi table, heading row first", async () => {
    const port = new XlsxWorkbook(new ExcelJS.Workbook());
    await buildWorkbook(port, METZ_2021_2023, {});
    await port.appendRows(TRACKING_TABLE, [
      [44200, "Entretiens réalisés", 1, null, null, null, null, null, "Claire", null],
    ]);
    const grid = await gridOfWorkbook(port.workbook);
    expect(grid).toMatchObject({ sheet: "Suivi", table: "Suivi", firstRow: 1, firstColumn: 1 });
    expect(grid!.rows[0]).toEqual([...TRACKING_COLUMNS]);
    expect(grid!.rows[1].slice(0, 3)).toEqual([44200, "Entretiens réalisés", 1]);
  });

  test("a table of the first visible sheet, below a title, keeps its sheet rows", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Cachée").state = "hidden";
    const sheet = workbook.addWorksheet("Actes 2021");
    sheet.getCell("A1").value = "Suivi des actes 2021";
    sheet.addTable({
      name: "Actes",
      ref: "B3",
      columns: [{ name: "Date" }, { name: "Acte" }],
      rows: [
        [new Date(Date.UTC(2021, 0, 4)), "MER"],
        [new Date(Date.UTC(2021, 0, 5)), "PMSMP"],
      ],
    });
    const grid = await gridOfWorkbook(workbook);
    // 4 January 2021 is 44197 + 3.
    expect(grid).toEqual({
      sheet: "Actes 2021",
      table: "Actes",
      firstRow: 3,
      firstColumn: 2,
      rows: [
        ["Date", "Acte"],
        [44200, "MER"],
        [44201, "PMSMP"],
      ],
    });
  });

  test("without a table: the used cells of the first sheet from row 1", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Feuil1");
    sheet.getCell("A2").value = "Date";
    sheet.getCell("C2").value = "Indicateur";
    sheet.getCell("C3").value = "MER";
    const grid = await gridOfWorkbook(workbook);
    expect(grid).toEqual({
      sheet: "Feuil1",
      table: null,
      firstRow: 1,
      firstColumn: 1,
      rows: [
        [null, null, null],
        ["Date", null, "Indicateur"],
        [null, null, "MER"],
      ],
    });
  });

  test("an empty first sheet (a blank cover page) is passed over for the first visible sheet with cells", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Couverture");
    const sheet = workbook.addWorksheet("Actes");
    sheet.getCell("A1").value = "Date";
    sheet.getCell("B1").value = "Indicateur";
    sheet.getCell("B2").value = "MER";
    const grid = await gridOfWorkbook(workbook);
    expect(grid).toEqual({
      sheet: "Actes",
      table: null,
      firstRow: 1,
      firstColumn: 1,
      rows: [
        ["Date", "Indicateur"],
        [null, "MER"],
      ],
    });
  });

  test("a workbook with no sheet gives nothing", async () => {
    expect(await gridOfWorkbook(new ExcelJS.Workbook())).toBeNull();
  });
});
