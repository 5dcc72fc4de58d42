// The home screen's reading of the open workbook: one Excel.run around the status (reads only).
import { workbookStatus, type WorkbookStatus } from "../taskpane/status";
import { currentConvention, run } from "./run";
import { OfficeWorkbook } from "./workbook";

/** The status against the convention in use this session (the workbook's own settings read first). */
export const readExcelStatus = (today: string): Promise<WorkbookStatus> =>
  run((context) => workbookStatus(new OfficeWorkbook(context), currentConvention(), today));
