import { t } from "../i18n";
import "../i18n/areas/cli";
import type { Convention } from "../core/convention";
import { COSTS_TABLE } from "../core/plan";
import { settingsFromWorkbook } from "../core/settings";
import { workbookConvention } from "../features/check";
import type { WorkbookPort } from "../features/port";
import { openPackageFile, WorkbookFileError } from "../xlsx/open";
import { parseCommandArgs } from "./args";
import { loadConvention } from "./convention";
import { CliError, print } from "./output";
import type { CliCommand } from "./registry";

/** Prints the effective settings (a workbook's, or the preset's) as JSON ready to edit and give to --convention. */
async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("settings", argv, { convention: { type: "string" } });
  if (values.help) {
    print(t("settings.cli.help"));
    return 0;
  }
  if (positionals.length > 1)
    throw new CliError(
      1,
      t("cli.badArguments", { reason: t("cli.args.extraFile", { file: positionals[1] }), command: "settings" }),
    );
  const base = await loadConvention(values.convention);
  let settings: Convention = base;
  const file = positionals[0];
  if (file !== undefined) {
    if (!/\.xlsx$/i.test(file)) throw new CliError(1, t("build.cli.notXlsx", { file }));
    let port: WorkbookPort;
    try {
      // Read as a stream of parts, never written.
      port = await openPackageFile(file);
    } catch (error) {
      if (error instanceof WorkbookFileError) throw new CliError(2, error.message);
      throw error;
    }
    const snapshot = await port.readSnapshot();
    const costs = await port.readTable(COSTS_TABLE);
    settings = settingsFromWorkbook(await workbookConvention(port, base, snapshot), snapshot, costs?.grid ?? null);
  }
  print(JSON.stringify(settings, null, 2));
  return 0;
}

export const settingsCommand: CliCommand = { run };
