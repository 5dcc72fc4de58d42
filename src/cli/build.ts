import { existsSync } from "node:fs";
import { t, say } from "../i18n";
import "../i18n/areas/build";
import "../i18n/areas/cli";
import { buildWorkbook, reportedChanges } from "../features/build";
import { settingsSourceOf } from "../features/settings-source";
import type { PackageWorkbook } from "../xlsx/engine/port";
import { openPackageFile, WorkbookFileError } from "../xlsx/open";
import { writeFileAtomically } from "../xlsx/save";
import { StreamedWorkbook } from "../xlsx/stream-build";
import { todayIso } from "../core/dates";
import { parseCommandArgs, expectFiles } from "./args";
import { loadConvention } from "./convention";
import { CliError, fileReason, print, printError } from "./output";
import type { CliCommand } from "./registry";

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("build", argv, {
    convention: { type: "string" },
    sample: { type: "boolean" },
  });
  if (values.help) {
    print(t("build.cli.help"));
    return 0;
  }
  const [file] = expectFiles("build", positionals, 1, "build.cli.oneFile");
  if (!/\.xlsx$/i.test(file)) throw new CliError(1, t("build.cli.notXlsx", { file }));
  const convention = await loadConvention(values.convention);

  // A new file is written with the streaming writer (bounded memory at 100 000 rows);
  // an existing one is repaired part by part: what the repair does not name is copied as it was.
  let port: PackageWorkbook | StreamedWorkbook;
  const existed = existsSync(file);
  if (existed) {
    try {
      port = await openPackageFile(file);
    } catch (error) {
      if (error instanceof WorkbookFileError) throw new CliError(2, error.message);
      throw error;
    }
  } else {
    port = new StreamedWorkbook();
  }
  const result = await buildWorkbook(port, convention, {
    sampleRows: values.sample === true,
    settings: settingsSourceOf(values.convention),
    today: todayIso(),
  });
  if (result.sampleRefused)
    throw new CliError(1, t("build.sample.refused", { file, count: result.sampleRefused.rows }));
  // Nothing to repair: the file is left as it is, not even rewritten.
  if (result.created || result.changes.length > 0) {
    try {
      if (port instanceof StreamedWorkbook) await port.saveAtomically(file);
      else {
        const { removedTemporaries } = await writeFileAtomically(file, port.save());
        for (const name of removedTemporaries) printError(t("cli.staleTemporary", { file: name }));
      }
    } catch (error) {
      throw new CliError(
        2,
        t(existed ? "cli.fileUnwritable" : "cli.fileUncreatable", { file, reason: fileReason(error, "write") }),
      );
    }
  }
  if (result.created) {
    print(t("build.cli.created", { file }));
    for (const change of reportedChanges(result)) print(`  - ${say(change.text)}`);
  } else if (result.changes.length === 0) {
    print(t("build.cli.upToDate", { file }));
  } else {
    print(t("build.cli.repaired", { file, count: result.changes.length }));
    for (const change of result.changes) print(`  - ${say(change.text)}`);
  }
  for (const warning of result.warnings ?? []) printError(t("cli.warning", { message: warning }));
  return 0;
}

export const buildCommand: CliCommand = { run };
