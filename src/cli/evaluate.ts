import type ExcelJS from "exceljs";
import { t } from "../i18n";
import { isoToSerial } from "../core/dates";
import type { PeriodRequest } from "../core/evaluation";
import { evaluationSheetName, readHandText } from "../core/evaluation/sheet";
import { evaluationJson, prepareEvaluation, sheetOf } from "../features/evaluate";
import { writeEvaluationFile } from "../xlsx/evaluation-file";
import { readWorkbookFile, WorkbookFileError } from "../xlsx/open";
import { readCell, XlsxWorkbook } from "../xlsx/workbook";
import { todayIso } from "../core/dates";
import { loadConvention } from "./convention";
import { CliError, fileReason, print } from "./output";
import { expectFiles, parseCommandArgs } from "./args";
import type { CliCommand } from "./registry";

/** What the committee typed in the sheet's previous version (column A of its blocks). */
function handTextOf(ws: ExcelJS.Worksheet, partner: string, operator: string): Record<string, (string | null)[]> {
  const columnA = (row: number): string | null => {
    const v = readCell(ws.getCell(row, 1));
    if (v === null || v === "") return null;
    return typeof v === "object" ? v.error : String(v);
  };
  return readHandText(columnA, ws.rowCount, partner, operator);
}

function periodRequest(values: { semester?: string; year?: string; final?: boolean }): PeriodRequest {
  const given = [values.semester !== undefined, values.year !== undefined, values.final === true].filter(Boolean).length;
  if (given !== 1) throw new CliError(1, t("eval.cli.onePeriod"));
  if (values.semester !== undefined) return { kind: "semester", semester: values.semester };
  if (values.year !== undefined) {
    if (!/^\d{4}$/.test(values.year.trim())) throw new CliError(1, t("eval.cli.badYear", { value: values.year }));
    return { kind: "year", year: Number(values.year) };
  }
  return { kind: "final" };
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("evaluate", argv, {
      semester: { type: "string" }, year: { type: "string" }, final: { type: "boolean" }, force: { type: "boolean" }, json: { type: "boolean" },
      today: { type: "string" }, "mask-under": { type: "string" }, convention: { type: "string" },
  });
  if (values.help) {
    print(t("eval.cli.help"));
    return 0;
  }
  const [file] = expectFiles("evaluate", positionals, 1, "eval.cli.oneFile");
  if (!/\.xlsx$/i.test(file)) throw new CliError(1, t("build.cli.notXlsx", { file }));
  const request = periodRequest(values);
  const today = values.today ?? todayIso();
  if (isoToSerial(today) === null) throw new CliError(1, t("check.cli.badToday", { value: today }));
  let threshold: number | undefined;
  if (values["mask-under"] !== undefined) {
    threshold = Number(values["mask-under"]);
    if (!Number.isInteger(threshold) || threshold < 0 || threshold > 1000) throw new CliError(1, t("eval.cli.badThreshold", { value: values["mask-under"] }));
  }
  const base = await loadConvention(values.convention);

  let workbook: ExcelJS.Workbook;
  try {
    workbook = await readWorkbookFile(file);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new CliError(2, error.message);
    throw error;
  }
  const outcome = await prepareEvaluation(new XlsxWorkbook(workbook), base, request, { today, ...(threshold !== undefined ? { smallCountThreshold: threshold } : {}) });
  if (!outcome.ok) {
    if (outcome.reason === "noTable") throw new CliError(1, t("eval.cli.noTable", { file }));
    const label = request.kind === "semester" ? request.semester : request.kind === "year" ? String(request.year) : "";
    throw new CliError(1, t(outcome.reason === "format" ? "eval.cli.badSemester" : "eval.cli.outside", { value: label }));
  }
  const name = evaluationSheetName(outcome.figures.period);
  const previous = workbook.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
  if (previous && !values.force) throw new CliError(1, t("eval.cli.exists", { sheet: previous.name, file }));
  const sheet = sheetOf(outcome, previous ? handTextOf(previous, outcome.context.partner, outcome.context.operator) : undefined);

  let archived: string | null;
  try {
    ({ archived } = await writeEvaluationFile(file, sheet));
  } catch (error) {
    throw new CliError(2, t("cli.fileUnwritable", { file, reason: fileReason(error, "write") }));
  }
  if (values.json) {
    print(JSON.stringify(evaluationJson(outcome.figures), null, 2));
  } else {
    print(t("eval.cli.written", { sheet: name, file, rows: outcome.figures.rows }));
    if (archived) print(t("eval.cli.archived", { sheet: archived }));
    if (outcome.context.check.errors > 0) print(t("eval.cli.withErrors", { errors: outcome.context.check.errors }));
  }
  return 0;
}

export const evaluateCommand: CliCommand = { name: "evaluate", summaryKey: "eval.cli.summary", helpKey: "eval.cli.help", run };
