import { TRACKING_COLUMNS, type CellValue } from "../../src/core/contract";
import { DASHBOARD_PIVOTS, pivotSums, semesterOf } from "../../src/core/dashboard";

const DE = "Demandeurs d'emploi accueillis";
const row = (date: CellValue, indicator: string, count: CellValue, quartier: CellValue): CellValue[] => [
  date,
  indicator,
  count,
  quartier,
  null,
  null,
  null,
  null,
  null,
  null,
];

describe("dashboard pivots", () => {
  test("semesters from date serials (2021-06-30 = 44377, 2021-07-01 = 44378)", () => {
    expect([semesterOf(44377), semesterOf(44378), semesterOf("x"), semesterOf(null)]).toEqual([
      "2021-S1",
      "2021-S2",
      "",
      "",
    ]);
  });

  test("sum of Nombre by quartier × semester for the job seekers received; empty Nombre adds nothing", () => {
    const rows = [
      row(44200, DE, 3, "Borny"), // 2021-S1
      row(44201, DE, null, "Borny"), // counted as a row, adds nothing
      row(44400, DE, 2, "Borny"), // 2021-S2
      row(44400, DE, 4, null), // no quartier
      row(44210, DE, 5, "Bellecroix"),
      row(44210, "Entretiens réalisés", 9, "Borny"), // another indicator: filtered out
    ];
    const r = pivotSums(DASHBOARD_PIVOTS[1], TRACKING_COLUMNS, rows);
    expect(r.rows).toEqual(["Bellecroix", "Borny", null]);
    expect(r.columns).toEqual(["2021-S1", "2021-S2"]);
    expect(r.sums).toEqual([
      [5, null],
      [3, 2],
      [null, 4],
    ]);
    expect([r.rowTotals, r.columnTotals, r.grandTotal]).toEqual([[5, 5, 4], [8, 6], 14]);
  });

  test("a row whose Nombre is empty still shows its item, with no sum", () => {
    const r = pivotSums(DASHBOARD_PIVOTS[0], TRACKING_COLUMNS, [row(44200, DE, null, "Borny")]);
    expect([r.rows, r.sums, r.grandTotal]).toEqual([[DE], [[null]], null]);
  });
});

test("items differing only by case are one item, shown as first written (as in a PivotTable)", () => {
  const rows = [row(44200, DE, 1, "Borny"), row(44201, DE, 2, "borny"), row(44202, DE, 4, "BORNY ")];
  const r = pivotSums(DASHBOARD_PIVOTS[1], TRACKING_COLUMNS, rows);
  // "BORNY " keeps its trailing space: another item.
  expect([r.rows, r.sums]).toEqual([
    ["Borny", "BORNY "],
    [[3], [4]],
  ]);
});
