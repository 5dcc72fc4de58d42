import { readFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { todayIso } from "../core/dates";
import { t, say } from "../i18n";
import "../i18n/areas/cli";
import "../i18n/areas/import";
import type { ImportProblem } from "../core/import/types";
import { importRows, type ImportReport, type ImportSource } from "../features/import";
import { settingsSourceOf } from "../features/settings-source";
import { TRACKING_TABLE } from "../core/contract";
import type { PackageWorkbook } from "../xlsx/engine/port";
import { openPackageFile, WorkbookFileError } from "../xlsx/open";
import { writeFileAtomically } from "../xlsx/save";
import { readSourceWorkbook } from "../xlsx/source";
import { parseCommandArgs, expectFiles } from "./args";
import { loadConvention } from "./convention";
import { CliError, fileReason, print, printError } from "./output";
import { EXIT, type CliCommand } from "./registry";

async function readSource(path: string): Promise<ImportSource> {
  const extension = extname(path).toLowerCase();
  if (extension === ".xlsx") {
    let grid;
    try {
      grid = await readSourceWorkbook(path);
    } catch (error) {
      if (error instanceof WorkbookFileError) throw new CliError(EXIT.io, error.message);
      throw error;
    }
    if (!grid) throw new CliError(EXIT.refused, t("import.source.empty"));
    return { kind: "grid", rows: grid.rows, firstRow: grid.firstRow, firstColumn: grid.firstColumn };
  }
  if (extension !== ".csv" && extension !== ".txt")
    throw new CliError(EXIT.refused, t("import.sourceKind", { file: path }));
  try {
    return { kind: "csv", bytes: await readFile(path) };
  } catch (error) {
    throw new CliError(EXIT.io, t("cli.fileUnreadable", { file: path, reason: fileReason(error, "read") }));
  }
}

const line = (problem: ImportProblem): string => `  - ${say(problem.text)}`;

function printReport(report: ImportReport, target: string, source: string): void {
  const errors = report.problems.filter((p) => p.severity === "error");
  const warnings = report.problems.filter((p) => p.severity === "warning");
  if (report.status === "refused") {
    printError(t("import.cli.refused", { file: source, target }));
    errors.forEach((p) => printError(line(p)));
    if (warnings.length > 0) printError(t("import.cli.warnings"));
    warnings.forEach((p) => printError(line(p)));
    if (report.rejected > 0) printError(t("import.cli.skipHint"));
    return;
  }
  print(t("import.cli.imported", { count: report.imported, file: source, target }));
  if (errors.length > 0) {
    printError(t("import.cli.rejected", { count: report.rejected }));
    errors.forEach((p) => printError(line(p)));
  }
  if (warnings.length > 0) printError(t("import.cli.warnings"));
  warnings.forEach((p) => printError(line(p)));
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("import", argv, {
    "skip-invalid": { type: "boolean" },
    "allow-duplicates": { type: "boolean" },
    convention: { type: "string" },
  });
  if (values.help) {
    print(t("import.cli.help"));
    return EXIT.ok;
  }
  const [target, source] = expectFiles("import", positionals, 2, "import.cli.twoFiles");
  if (!/\.xlsx$/i.test(target)) throw new CliError(EXIT.refused, t("import.cli.targetKind", { file: target }));
  if (resolve(target) === resolve(source)) throw new CliError(EXIT.refused, t("import.sameFile"));
  const convention = await loadConvention(values.convention);

  let port: PackageWorkbook;
  try {
    port = await openPackageFile(target);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new CliError(EXIT.io, error.message);
    throw error;
  }
  // Rows go into the table as plain cells: a table that cannot take them is refused before anything.
  const refusal = port.tableRefusal(TRACKING_TABLE);
  if (refusal) throw new CliError(EXIT.refused, t(`import.table.${refusal}`, { table: TRACKING_TABLE }));
  const rows = await readSource(source);
  const report = await importRows(port, rows, {
    skipInvalid: values["skip-invalid"] === true,
    allowDuplicates: values["allow-duplicates"] === true,
    // Without --convention, rows are judged against the target workbook's own settings.
    convention,
    settings: settingsSourceOf(values.convention),
    today: todayIso(),
  });
  if (report.status === "imported" && report.imported > 0) {
    // Written only now, everything validated, and atomically: a failure leaves the file as it was.
    try {
      // Only the sheet, its table and the workbook part change; every other part is copied as it was.
      const { removedTemporaries } = await writeFileAtomically(target, port.save());
      for (const name of removedTemporaries) printError(t("cli.staleTemporary", { file: name }));
    } catch (error) {
      throw new CliError(EXIT.io, t("cli.fileUnwritable", { file: target, reason: fileReason(error, "write") }));
    }
  }
  printReport(report, target, source);
  return report.status === "imported" ? EXIT.ok : EXIT.refused;
}

export const importCommand: CliCommand = { run };
