import { costEtp } from "../finance";
import { roundHalfAwayFromZero } from "../money";

export interface YearFinancing {
  year: number;
  /**
   * What the city owes for the year, as on Financement (cost × ETP to the cent, then to the euro); null while the
   * cost is unknown.
   */
  due: number | null;
  /** Both instalments as typed on Financement. */
  paid: number;
  /** due − paid; null while the cost is unknown. */
  remaining: number | null;
}

export interface FinancingInput {
  year: number;
  /** Yearly cost of a full-time post (Paramètres), null when not set. */
  cost: number | null;
  etp: number;
  /** Amounts typed in the « Versé » columns (non-numbers count as 0, like N() does). */
  paidFirst: unknown;
  paidBalance: unknown;
}

const amount = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : 0);

/** The financing of each year asked for, with the Financement sheet's rounding. */
export function yearFinancing(inputs: readonly FinancingInput[]): YearFinancing[] {
  return inputs.map((input) => {
    const paid = roundHalfAwayFromZero(amount(input.paidFirst) + amount(input.paidBalance), 2);
    if (input.cost === null || !(input.etp > 0)) return { year: input.year, due: null, paid, remaining: null };
    const due = costEtp(costEtp(input.cost, input.etp, 2), 1, 0);
    return { year: input.year, due, paid, remaining: roundHalfAwayFromZero(due - paid, 2) };
  });
}

/** The sum over several years (the final evaluation); due is null when any year's cost is unknown. */
export function totalFinancing(years: readonly YearFinancing[]): Omit<YearFinancing, "year"> {
  const paid = roundHalfAwayFromZero(
    years.reduce((s, y) => s + y.paid, 0),
    2,
  );
  if (years.some((y) => y.due === null)) return { due: null, paid, remaining: null };
  const due = years.reduce((s, y) => s + (y.due as number), 0);
  return { due, paid, remaining: roundHalfAwayFromZero(due - paid, 2) };
}
