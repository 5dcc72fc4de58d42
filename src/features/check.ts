import { TRACKING_TABLE } from "../core/contract";
import type { Convention } from "../core/convention";
import type { CheckReport } from "../core/findings";
import { checkWorkbook, conventionFromWorkbook, listColumn, type WorkbookLists } from "../core/check";
import { LIST_TABLE } from "../core/plan";
import type { WorkbookPort } from "./port";

/**
 * Checks the workbook behind `port` and changes nothing. The convention is the one the workbook
 * was built for (period from Paramètres, lists from Listes) when it can be read back, else `convention`.
 * `today` is ISO yyyy-mm-dd.
 */
export async function runCheck(port: WorkbookPort, convention: Convention, today: string): Promise<CheckReport> {
  const snapshot = await port.readSnapshot();
  const lists = await readLists(port);
  const effective = conventionFromWorkbook(convention, snapshot, lists);
  const table = await port.readTable(TRACKING_TABLE);
  return checkWorkbook(snapshot, table, effective, today);
}

async function readLists(port: WorkbookPort): Promise<WorkbookLists> {
  const [indicators, quartier, trancheAge, sexe] = await Promise.all([
    port.readTable(LIST_TABLE.indicators),
    port.readTable(LIST_TABLE.quartier),
    port.readTable(LIST_TABLE.trancheAge),
    port.readTable(LIST_TABLE.sexe),
  ]);
  const lists: WorkbookLists = {};
  if (indicators) {
    lists.indicators = indicators.grid.rows
      .map((row) => ({ code: row[0], label: row[1] }))
      .filter((i): i is { code: string; label: string } => typeof i.code === "string" && typeof i.label === "string" && i.label.trim() !== "")
      .map((i) => ({ code: i.code.trim(), label: i.label.trim() }));
  }
  if (quartier) lists.quartier = listColumn(quartier.grid);
  if (trancheAge) lists.trancheAge = listColumn(trancheAge.grid);
  if (sexe) lists.sexe = listColumn(sexe.grid);
  return lists;
}
