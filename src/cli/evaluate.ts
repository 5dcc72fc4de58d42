import { t } from "../i18n";
import "../i18n/areas/cli";
import { isoToSerial, todayIso } from "../core/dates";
import type { PeriodRequest } from "../core/evaluation";
import { evaluationJson } from "../features/evaluate";
import type { PackageWorkbook } from "../xlsx/engine/port";
import { evaluatePackage } from "../xlsx/evaluation-file";
import { openPackageFile, WorkbookFileError } from "../xlsx/open";
import { writeFileAtomically } from "../xlsx/save";
import { expectFiles, parseCommandArgs } from "./args";
import { loadConvention } from "./convention";
import { CliError, fileReason, print, printError } from "./output";
import type { CliCommand } from "./registry";

function periodRequest(values: { semester?: string; year?: string; final?: boolean }): PeriodRequest {
  const given = [values.semester !== undefined, values.year !== undefined, values.final === true].filter(
    Boolean,
  ).length;
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
    semester: { type: "string" },
    year: { type: "string" },
    final: { type: "boolean" },
    force: { type: "boolean" },
    json: { type: "boolean" },
    today: { type: "string" },
    "mask-under": { type: "string" },
    convention: { type: "string" },
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
    if (!Number.isInteger(threshold) || threshold < 0 || threshold > 1000)
      throw new CliError(1, t("eval.cli.badThreshold", { value: values["mask-under"] }));
  }
  const base = await loadConvention(values.convention);

  let port: PackageWorkbook;
  try {
    port = await openPackageFile(file);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new CliError(2, error.message);
    throw error;
  }
  const made = await evaluatePackage(port, base, request, {
    today,
    force: values.force === true,
    ...(threshold !== undefined ? { smallCountThreshold: threshold } : {}),
  });
  if (!made.ok) {
    if (made.reason === "noTable") throw new CliError(1, t("eval.cli.noTable", { file }));
    if (made.reason === "exists") throw new CliError(1, t("eval.cli.exists", { sheet: made.sheet, file }));
    const label = request.kind === "semester" ? request.semester : request.kind === "year" ? String(request.year) : "";
    throw new CliError(1, t(made.reason === "format" ? "eval.cli.badSemester" : "eval.cli.outside", { value: label }));
  }
  const { outcome, sheetName: name, archived } = made;
  try {
    // Values only were written: the package is saved as edited, with no recalculation asked of Excel.
    const { removedTemporaries } = await writeFileAtomically(file, port.pkg.save());
    for (const stale of removedTemporaries) printError(t("cli.staleTemporary", { file: stale }));
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

export const evaluateCommand: CliCommand = { run };
