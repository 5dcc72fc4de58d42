// The home screen's reading of the open workbook: one Excel.run around the status (reads only).
import type { Convention } from "../core/convention";
import { workbookStatus, type WorkbookStatus } from "../taskpane/status";
import { run } from "./actions";
import { OfficeWorkbook } from "./workbook";

export const readExcelStatus = (base: Convention, today: string): Promise<WorkbookStatus> =>
  run((context) => workbookStatus(new OfficeWorkbook(context), base, today));
