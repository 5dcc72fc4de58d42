/**
 * Writes `formula` (en-US syntax: commas, "." decimals, as `range.formulas` expects) into the
 * top-left cell of the selection, so a multi-cell selection does not fail on a size mismatch.
 * Returns the address written, for the confirmation shown to the user.
 */
export async function insertFormula(formula: string): Promise<string> {
  return Excel.run(async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0);
    cell.formulas = [[formula]];
    cell.load("address");
    await context.sync();
    return cell.address;
  });
}
