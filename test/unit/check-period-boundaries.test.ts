import { conventionFromWorkbook } from "../../src/core/check";
import { checkTrackingRows } from "../../src/core/check/rows";
import { DEFINED_NAME, SHEET, TRACKING_COLUMNS, type CellValue, type WorkbookSnapshot } from "../../src/core/contract";
import { METZ_2021_2023, parseConventionOverrides, type Convention } from "../../src/core/convention";

// Every day bound of check's period rules, on both sides: the first day, the last day, the day
// before and the day after. Serials by hand, Excel's 1900 system (2021-01-01 is 44197):
// preset 2021-01-01 … 2023-12-31: 2020-12-31 = 44196, 2021-01-02 = 44198;
//   2024-01-01 = 44197 + 365 × 3 = 45292, so 2023-12-31 = 45291 and 2023-12-30 = 45290.
// 2022: 2022-01-01 = 44197 + 365 = 44562;
//   2022-03-15 = 44562 + 31 (Jan) + 28 (Feb) + 14 = 44635 (44634 the day before, 44636 after);
//   2022-09-30 = 44562 + 31+28+31+30+31+30+31+31 (Jan–Aug: 243) + 29 = 44834 (44833, 44835);
//   2022-06-15 = 44562 + 31+28+31+30+31 (Jan–May: 151) + 14 = 44727.

const PRESET = { dayBefore: 44196, first: 44197, secondDay: 44198, lastButOne: 45290, last: 45291, dayAfter: 45292 };

/** A convention for 2022-03-15 … 2022-09-30: bounds that are not a year's, nor the preset's. */
const SHORT: Convention = (() => {
  const parsed = parseConventionOverrides(
    { start: "2022-03-15", end: "2022-09-30", annualCosts: [{ year: 2022, cost: null }] },
    METZ_2021_2023,
  );
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return parsed.convention;
})();
const SHORT_DAYS = {
  dayBefore: 44634,
  first: 44635,
  secondDay: 44636,
  lastButOne: 44833,
  last: 44834,
  dayAfter: 44835,
};

const headers = [...TRACKING_COLUMNS];
/** A valid row of the preset's vocabulary dated `date`. */
const rowOn = (date: CellValue): CellValue[] =>
  headers.map((h) => ({ Date: date, Indicateur: "Entretiens réalisés", "Saisi par": "CP" })[h as string] ?? null);

/** The finding codes of one row dated `date`, checked on `today`. */
function codesOn(date: CellValue, convention: Convention, today: string): string[] {
  const findings = checkTrackingRows({
    headers,
    grid: { sheet: SHEET.tracking, firstRow: 2, firstColumn: 1, rows: [rowOn(date)] },
    convention,
    today,
  });
  return findings.map((f) => `${f.code}:${f.severity}`);
}

const OUT = "DATE_OUT_OF_PERIOD:error";
const FUTURE = "DATE_IN_FUTURE:error";
const TEXT = "DATE_INVALID:warning"; // a date typed as text: read, but worth a word
const TIME = "DATE_HAS_TIME:warning";

describe.each([
  { name: "the preset, 2021-01-01 … 2023-12-31", convention: METZ_2021_2023, day: PRESET },
  { name: "settings for 2022-03-15 … 2022-09-30", convention: SHORT, day: SHORT_DAYS },
])("DATE_OUT_OF_PERIOD at the bounds of $name", ({ convention, day }) => {
  // Today well after both periods: only the period rule speaks.
  const today = "2025-06-30";

  it("flags the day before the first day, not the first day nor the day after it", () => {
    expect(codesOn(day.dayBefore, convention, today)).toEqual([OUT]);
    expect(codesOn(day.first, convention, today)).toEqual([]);
    expect(codesOn(day.secondDay, convention, today)).toEqual([]);
  });

  it("flags the day after the last day, not the last day nor the day before it", () => {
    expect(codesOn(day.lastButOne, convention, today)).toEqual([]);
    expect(codesOn(day.last, convention, today)).toEqual([]);
    expect(codesOn(day.dayAfter, convention, today)).toEqual([OUT]);
  });

  it("judges a date with a time of day by its day: 23:59 on the last day is in, 00:01 on the day after is out", () => {
    const minute = 1 / (24 * 60);
    expect(codesOn(day.last + 1439 * minute, convention, today)).toEqual([TIME]);
    expect(codesOn(day.dayAfter + minute, convention, today)).toEqual([TIME, OUT]);
    expect(codesOn(day.first + 0.5, convention, today)).toEqual([TIME]);
    expect(codesOn(day.dayBefore + 1439 * minute, convention, today)).toEqual([TIME, OUT]);
  });
});

describe("DATE_OUT_OF_PERIOD on dates typed as text (dd/mm/yyyy), at the preset's bounds", () => {
  const today = "2025-06-30";
  it("flags 31/12/2020 and 01/01/2024, not 01/01/2021 nor 31/12/2023", () => {
    expect(codesOn("31/12/2020", METZ_2021_2023, today)).toEqual([TEXT, OUT]);
    expect(codesOn("01/01/2021", METZ_2021_2023, today)).toEqual([TEXT]);
    expect(codesOn("31/12/2023", METZ_2021_2023, today)).toEqual([TEXT]);
    expect(codesOn("01/01/2024", METZ_2021_2023, today)).toEqual([TEXT, OUT]);
  });
});

describe("DATE_IN_FUTURE at today's bound (today 2022-06-15, inside the period)", () => {
  const today = "2022-06-15";
  it("accepts the day before and today itself, flags the day after", () => {
    expect(codesOn(44726, METZ_2021_2023, today)).toEqual([]);
    expect(codesOn(44727, METZ_2021_2023, today)).toEqual([]);
    expect(codesOn(44728, METZ_2021_2023, today)).toEqual([FUTURE]);
  });

  it("leaves a date after the period to DATE_OUT_OF_PERIOD alone, even when it is also after today", () => {
    expect(codesOn(PRESET.dayAfter, METZ_2021_2023, today)).toEqual([OUT]);
  });

  it("on the period's last day, the last day is accepted and the day after is out of the period", () => {
    expect(codesOn(PRESET.last, METZ_2021_2023, "2023-12-31")).toEqual([]);
    expect(codesOn(PRESET.dayAfter, METZ_2021_2023, "2023-12-31")).toEqual([OUT]);
  });
});

describe("the period read back from Paramètres (CONV_DEBUT, CONV_FIN)", () => {
  /** A workbook whose Paramètres holds `start` in B6 and `end` in B7 (serials), named as the build names them. */
  const workbook = (start: number, end: number): WorkbookSnapshot => ({
    sheets: [SHEET.parameters],
    tables: [],
    names: [
      { name: DEFINED_NAME.start, formula: `${SHEET.parameters}!$B$6` },
      { name: DEFINED_NAME.end, formula: `${SHEET.parameters}!$B$7` },
    ],
    cells: { [SHEET.parameters]: { B6: { value: start }, B7: { value: end } } },
    validations: [],
  });
  const periodOf = (snapshot: WorkbookSnapshot) => {
    const read = conventionFromWorkbook(METZ_2021_2023, snapshot);
    return [read.start, read.end];
  };

  it("is taken when it ends on its first day (one day long)", () => {
    expect(periodOf(workbook(44635, 44635))).toEqual(["2022-03-15", "2022-03-15"]);
  });

  it("is taken when it ends the day after it starts", () => {
    expect(periodOf(workbook(44635, 44636))).toEqual(["2022-03-15", "2022-03-16"]);
  });

  it("is ignored when it ends the day before it starts: the given settings' period stays", () => {
    expect(periodOf(workbook(44635, 44634))).toEqual(["2021-01-01", "2023-12-31"]);
  });

  it("then bounds the rows: a period read back as 2022-03-15 … 2022-09-30 flags 14/03 and 01/10, not 15/03 nor 30/09", () => {
    const read = conventionFromWorkbook(METZ_2021_2023, workbook(44635, 44834));
    const today = "2025-06-30";
    expect([44634, 44635, 44834, 44835].map((d) => codesOn(d, read, today))).toEqual([[OUT], [], [], [OUT]]);
  });
});
