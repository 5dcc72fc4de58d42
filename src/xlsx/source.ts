import type ExcelJS from "exceljs";
import { TRACKING_TABLE, type CellValue } from "../core/contract";
import { readWorkbookFile } from "./open";
import { toCellValue, XlsxWorkbook } from "./workbook";

/** The rows of another workbook to import (heading row first), with the sheet row of rows[0]. */
export interface SourceGrid {
  sheet: string;
  /** Table name when the rows come from an Excel table. */
  table: string | null;
  firstRow: number;
  /** Sheet column of each row's first cell. */
  firstColumn: number;
  rows: CellValue[][];
}

function tableNames(ws: ExcelJS.Worksheet): string[] {
  return ws.getTables().map((t) => {
    const table = t as unknown as { name?: string; table?: { name: string } };
    return table.table?.name ?? table.name ?? "";
  });
}

async function tableGrid(workbook: ExcelJS.Workbook, name: string): Promise<SourceGrid | null> {
  const read = await new XlsxWorkbook(workbook).readTable(name);
  if (!read) return null;
  const { headers, grid } = read;
  return {
    sheet: grid.sheet,
    table: name,
    firstRow: grid.firstRow - 1,
    firstColumn: grid.firstColumn,
    rows: [headers, ...grid.rows],
  };
}

/**
 * Picks what to import from a workbook: its `Suivi` table (another tracking workbook), else the
 * first table of its first visible sheet that is not blank, else that sheet's used cells from row 1.
 */
export async function gridOfWorkbook(workbook: ExcelJS.Workbook): Promise<SourceGrid | null> {
  const tracking = await tableGrid(workbook, TRACKING_TABLE);
  if (tracking) return tracking;
  // A blank first sheet (a cover page, the "Feuil1" left empty) is not what the user means to import.
  const visible = workbook.worksheets.filter((ws) => ws.state === "visible");
  const first =
    visible.find((ws) => ws.actualRowCount > 0 || tableNames(ws).length > 0) ?? visible[0] ?? workbook.worksheets[0];
  if (!first) return null;
  const [table] = tableNames(first);
  if (table) return tableGrid(workbook, table);
  const width = first.columnCount;
  const rows: CellValue[][] = Array.from({ length: first.rowCount }, () => new Array<CellValue>(width).fill(null));
  first.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      rows[rowNumber - 1][columnNumber - 1] = toCellValue(cell.value);
    });
  });
  return { sheet: first.name, table: null, firstRow: 1, firstColumn: 1, rows };
}

/** Reads an .xlsx file to import (WorkbookFileError, with a French message, when it cannot be read). */
export async function readSourceWorkbook(path: string): Promise<SourceGrid | null> {
  return gridOfWorkbook(await readWorkbookFile(path));
}
