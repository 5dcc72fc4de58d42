// The built-in convention and the years a period covers: plain values, apart from the settings'
// schema (zod) so that what only reads them stays small.
import { INDICATORS, LISTS } from "./catalogue";
import type { Convention } from "./convention";

/**
 * Metz × Pôle emploi, convention n° 0162627 (2021–2023). The seed gives the 2021 cost only
 * (46 795 € per full-time counsellor); 2022 and 2023 are revalued by amendment, so they are left
 * empty to be filled in rather than guessed.
 */
export const METZ_2021_2023: Convention = {
  number: "0162627",
  partner: "Ville de Metz",
  operator: "Pôle emploi",
  start: "2021-01-01",
  end: "2023-12-31",
  etp: 0.5,
  annualCosts: [
    { year: 2021, cost: 46795, note: "Annexe financière 2021" },
    { year: 2022, cost: null, note: "À actualiser par avenant" },
    { year: 2023, cost: null, note: "À actualiser par avenant" },
  ],
  instalmentShares: [0.5, 0.5],
  prorataBasis: "days",
  presence: { evenWeekDays: [1, 2], oddWeekDays: [1, 2, 3], hoursPerDay: 7.5 },
  indicators: INDICATORS.map((i) => ({ ...i })),
  lists: { quartier: [...LISTS.quartier], trancheAge: [...LISTS.trancheAge], sexe: [...LISTS.sexe] },
};

/** Calendar years the convention covers, in order. */
export function conventionYears(c: Pick<Convention, "start" | "end">): number[] {
  const years: number[] = [];
  for (let y = Number(c.start.slice(0, 4)); y <= Number(c.end.slice(0, 4)); y++) years.push(y);
  return years;
}
