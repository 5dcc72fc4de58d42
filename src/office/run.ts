import type { Convention } from "../core/convention";
import { METZ_2021_2023 } from "../core/preset";

// Apart from actions.ts (which brings build, check and import) so that the home screen's reading
// of the workbook loads only what it uses.

/**
 * Excel.run with `delayForCellEdit`: while the user is typing in a cell, the batch waits for the
 * edit to end instead of failing (the default without it).
 */
export function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run({ delayForCellEdit: true }, batch);
}

// The convention last used to build, so that a check in the same session compares with it
// (runCheck reads the workbook's own settings first and falls back on this one).
let conventionInUse: Convention = METZ_2021_2023;
export const currentConvention = (): Convention => conventionInUse;
export function setConventionInUse(convention: Convention): void {
  conventionInUse = convention;
}
