import { aggregate, rowWeight, trackingFacts } from "../../src/core/aggregate";
import { TRACKING_COLUMNS, type CellValue } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";

// Serials as Excel's =DATE(…) gives them: 44197 = 2021-01-01, 44377 = 2021-06-30 (+180 days),
// 44378 = 2021-07-01, 44562 = 2022-01-01, 45291 = 2023-12-31, 45292 = 2024-01-01.
const DE = "Demandeurs d'emploi accueillis";
const row = (date: CellValue, indicator: CellValue, count: CellValue, quartier: CellValue = null): CellValue[] => {
  const cells: CellValue[] = TRACKING_COLUMNS.map(() => null);
  cells[0] = date;
  cells[1] = indicator;
  cells[2] = count;
  cells[3] = quartier;
  return cells;
};

test("an empty Nombre counts as 1, a number as itself, anything else as 0", () => {
  expect(rowWeight(null)).toBe(1);
  expect(rowWeight("")).toBe(1);
  expect(rowWeight(4)).toBe(4);
  expect(rowWeight("quatre")).toBe(0);
});

test("counts per semester, year and total, by hand", () => {
  const rows = [
    row(44197, DE, null, "Borny"), // 2021-S1: 1
    row(44377, DE, 3, "Hors QPV"), // last day of 2021-S1: 3
    row(44378, "demandeurs d'emploi ACCUEILLIS", null, "borny"), // 2021-S2, case ignored: 1
    row(44562, DE, 2, null), // 2022-S1: 2, quartier not stated
    row(45291, "Entretiens réalisés", 5), // 2023-S2
    row(45292, DE, 10, "Borny"), // after the convention: ignored
    row("01/02/2021", DE, 7), // text date: ignored (the formulas ignore it too)
    row(44200, "Indicateur inconnu", 9), // unknown label: ignored
  ];
  const result = aggregate(METZ_2021_2023, trackingFacts([...TRACKING_COLUMNS], rows));
  expect(result.periods.map((p) => p.label)).toEqual([
    "2021-S1",
    "2021-S2",
    "2022-S1",
    "2022-S2",
    "2023-S1",
    "2023-S2",
    "2021",
    "2022",
    "2023",
    "Total",
  ]);
  // 2021-S1: 1 + 3 = 4; 2021-S2: 1; 2022-S1: 2; year 2021: 5; total: 7.
  expect(result.byIndicator.DE_ACCUEILLIS).toEqual([4, 1, 2, 0, 0, 0, 5, 2, 0, 7]);
  expect(result.byIndicator.ENTRETIENS).toEqual([0, 0, 0, 0, 0, 5, 0, 0, 5, 5]);
  const q = Object.fromEntries(result.byQuartier.map((b) => [b.label, b.counts]));
  expect(q.Borny).toEqual([1, 1, 0, 0, 0, 0, 2, 0, 0, 2]);
  expect(q["Total QPV"]).toEqual(q.Borny);
  expect(q["Hors QPV"]).toEqual([3, 0, 0, 0, 0, 0, 3, 0, 0, 3]);
  // Not stated = received − QPV − outside: the 2022 row without quartier.
  expect(q["Non renseigné"]).toEqual([0, 0, 2, 0, 0, 0, 0, 2, 0, 2]);
});

test("period bounds: first day, last day, the day after, and a time of day on a last day", () => {
  // 44196 = 2020-12-31 (the day before the convention), 44377 = 2021-06-30 (last day of 2021-S1),
  // 44378 = 2021-07-01, 44561 = 2021-12-31 (last day of 2021), 44562 = 2022-01-01.
  const rows = [
    row(44196, DE, 100), // before the convention: in no period
    row(44377.99, DE, 1), // 23:45 on the last day of 2021-S1: still in it
    row(44378, DE, 10), // the day after: 2021-S2
    row(44561, DE, 1000), // last day of 2021-S2 and of 2021
    row(44562, DE, 10000), // the day after: 2022-S1 and 2022
    row(45291.5, DE, 100000), // noon on the convention's last day
    row(45292, DE, 1000000), // the day after the convention
  ];
  const result = aggregate(METZ_2021_2023, trackingFacts([...TRACKING_COLUMNS], rows));
  expect(result.byIndicator.DE_ACCUEILLIS).toEqual([1, 1010, 10000, 0, 0, 100000, 1011, 10000, 100000, 111011]);
});

test("an indicator label in another case and a column missing from the headers", () => {
  const facts = trackingFacts(["Nombre", "Date", "Indicateur"], [[2, 44197, "ENTRETIENS RÉALISÉS"]]);
  expect(facts).toEqual([{ date: 44197, indicator: "ENTRETIENS RÉALISÉS", count: 2, quartier: null }]);
  expect(aggregate(METZ_2021_2023, facts).byIndicator.ENTRETIENS).toEqual([2, 0, 0, 0, 0, 0, 2, 0, 0, 2]);
});

describe("the quartier breakdown follows only the job seekers received", () => {
  const facts = (rows: CellValue[][]) => trackingFacts([...TRACKING_COLUMNS], rows);

  test("an interview logged with a quartier does not count in the breakdown", () => {
    const result = aggregate(
      METZ_2021_2023,
      facts([row(44197, "Entretiens réalisés", 4, "Borny"), row(44197, DE, 1, "Borny")]),
    );
    const q = Object.fromEntries(result.byQuartier.map((b) => [b.label, b.counts]));
    expect(q.Borny?.[0]).toBe(1);
    expect(q["Total QPV"]?.[0]).toBe(1);
  });

  test("indicators in another order: the received are still found by their code", () => {
    const reordered = { ...METZ_2021_2023, indicators: [...METZ_2021_2023.indicators].reverse() };
    const result = aggregate(reordered, facts([row(44197, DE, 3, "Borny"), row(44197, DE, 2, null)]));
    const q = Object.fromEntries(result.byQuartier.map((b) => [b.label, b.counts]));
    expect(q.Borny?.[0]).toBe(3);
    expect(q["Non renseigné"]?.[0]).toBe(2); // 5 received − 3 in a QPV − 0 outside
  });

  test("a convention without the received indicator: counts, and a breakdown without totals", () => {
    const without = {
      ...METZ_2021_2023,
      indicators: METZ_2021_2023.indicators.filter((i) => i.code !== "DE_ACCUEILLIS"),
    };
    const result = aggregate(without, facts([row(44197, "Entretiens réalisés", 4, "Borny")]));
    expect(result.byIndicator.ENTRETIENS?.[0]).toBe(4);
    expect(result.byQuartier.map((b) => b.label)).toEqual(
      METZ_2021_2023.lists.quartier.filter((q) => q !== "Hors QPV" && q !== "Non renseigné"),
    );
    expect(result.byQuartier.every((b) => b.counts.every((n) => n === 0))).toBe(true);
  });
});
