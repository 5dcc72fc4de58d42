// The convention a workbook was built for, read through a WorkbookPort. Apart from runCheck so that
// reading it (the home screen, quick entry) does not load the check rules.
import type { WorkbookSnapshot } from "../core/contract";
import type { Convention } from "../core/convention";
import { LIST_TABLE } from "../core/plan";
import { conventionFromWorkbook, listColumn, type WorkbookLists } from "../core/read-back";
import type { WorkbookPort } from "./port";

/**
 * The convention the workbook behind `port` was built for: its period from the cells CONV_DEBUT and
 * CONV_FIN name, its lists from the Listes tables (entries the user added there included), `base`
 * for whatever cannot be read. Check and import judge rows against it.
 */
export async function workbookConvention(
  port: WorkbookPort,
  base: Convention,
  snapshot?: WorkbookSnapshot,
): Promise<Convention> {
  const read = snapshot ?? (await port.readSnapshot());
  return conventionFromWorkbook(base, read, await readLists(port));
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
      .filter(
        (i): i is { code: string; label: string } =>
          typeof i.code === "string" && typeof i.label === "string" && i.label.trim() !== "",
      )
      .map((i) => ({ code: i.code.trim(), label: i.label.trim() }));
  }
  if (quartier) lists.quartier = listColumn(quartier.grid);
  if (trancheAge) lists.trancheAge = listColumn(trancheAge.grid);
  if (sexe) lists.sexe = listColumn(sexe.grid);
  return lists;
}
