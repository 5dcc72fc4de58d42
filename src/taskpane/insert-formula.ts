import { excelActions } from "../office/actions";

/**
 * Writes `formula` (en-US syntax: commas, "." decimals, as `range.formulas` expects) into the
 * top-left cell of the selection. Returns the address written, for the confirmation shown to the user.
 */
export function insertFormula(formula: string): Promise<string> {
  return excelActions.insertFormula(formula);
}
