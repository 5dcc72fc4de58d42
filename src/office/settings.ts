// Paramètres written from the pane: the settings' cells are overwritten with what was typed (a repair
// would keep the values already there), then the build repairs what depends on them (year rows of
// Financement, Indicateurs' periods).
import { SHEET } from "../core/contract";
import { conventionYears, type Convention } from "../core/convention";
import { COSTS_TABLE, buildPlan, parametersLayout } from "../core/plan";
import type { PlanOp } from "../core/plan-types";
import { settingsFromWorkbook } from "../core/settings";
import { buildWorkbook, type BuildResult } from "../features/build";
import { workbookConvention } from "../features/workbook-convention";
import { currentConvention, run } from "./run";
import { OfficeWorkbook } from "./workbook";

/** The plan's writes to the Paramètres sheet made unconditional, and the rows of its yearly costs table. */
export function settingsWrites(convention: Convention): PlanOp[] {
  const layout = parametersLayout(convention);
  const costs = conventionYears(convention).map((year) => {
    const entry = convention.annualCosts.find((a) => a.year === year);
    return [year, entry?.cost ?? null, entry?.note ?? null];
  });
  return [
    ...buildPlan(convention)
      .filter((op) => op.kind === "writeCells" && op.sheet === SHEET.parameters)
      .map((op) => ({ ...op, repair: undefined }) as PlanOp),
    { kind: "writeCells", sheet: SHEET.parameters, address: `A${layout.firstCostRow}`, cells: costs },
  ];
}

export async function writeSettings(context: Excel.RequestContext, convention: Convention): Promise<BuildResult> {
  const port = new OfficeWorkbook(context);
  const result = await buildWorkbook(port, convention, { sampleRows: 0, settings: "chosen" });
  await port.apply(settingsWrites(convention));
  return result;
}

export const writeSettingsInExcel = (convention: Convention): Promise<BuildResult> =>
  run((context) => writeSettings(context, convention));

/**
 * The settings as the open workbook holds them (its Paramètres sheet, its period and lists, the
 * yearly costs table), `base` for what it lacks: what `suivi-convention settings` prints for a file.
 */
export async function readSettings(context: Excel.RequestContext, base: Convention): Promise<Convention> {
  const port = new OfficeWorkbook(context);
  const snapshot = await port.readSnapshot();
  const costs = await port.readTable(COSTS_TABLE);
  return settingsFromWorkbook(await workbookConvention(port, base, snapshot), snapshot, costs?.grid ?? null);
}

export const readSettingsInExcel = (): Promise<Convention> =>
  run((context) => readSettings(context, currentConvention()));
