import { D_2021_03_15, check, row, shape } from "../support/row-check";

// The message key and parameters of each row finding (what leaves the core), and the bounds of the
// date and count rules. Serials by hand, Excel's 1900 system (2021-01-01 is 44197):
// 1990-01-01 = 44197 − (31 × 365 + 8 leap days) = 32874, the first plausible serial;
// 2101-01-01 = 44197 + 80 × 365 + 19 leap days (2024 … 2096, 2100 is none) = 73416, so 2100-12-31 = 73415;
// 2021-03-15 = 44270; 2023-01-01 = 44197 + 730 = 44927, 2023-06-01 = 44927 + 151 = 45078 (TODAY).

const PERIOD = { start: "01/01/2021", end: "31/12/2023" };

describe("date findings", () => {
  it("names the row and the cell of a missing date", () => {
    expect(shape(check([row(), row({ Date: null })]))).toEqual([
      { code: "DATE_MISSING", cell: "A3", severity: "error", key: "check.dateMissing", params: { row: 3, cell: "A3" } },
    ]);
  });

  it("accepts the first and last plausible serials as dates (outside the period), not the numbers beyond", () => {
    expect(
      shape(check([row({ Date: 32873 }), row({ Date: 32874 }), row({ Date: 73415 }), row({ Date: 73416 })])),
    ).toEqual([
      {
        code: "DATE_INVALID",
        cell: "A2",
        severity: "error",
        key: "check.dateInvalid.implausible",
        params: { cell: "A2", value: "32873" },
      },
      {
        code: "DATE_OUT_OF_PERIOD",
        cell: "A3",
        severity: "error",
        key: "check.dateOutOfPeriod",
        params: { cell: "A3", value: "01/01/1990", ...PERIOD },
      },
      {
        code: "DATE_OUT_OF_PERIOD",
        cell: "A4",
        severity: "error",
        key: "check.dateOutOfPeriod",
        params: { cell: "A4", value: "31/12/2100", ...PERIOD },
      },
      {
        code: "DATE_INVALID",
        cell: "A5",
        severity: "error",
        key: "check.dateInvalid.implausible",
        params: { cell: "A5", value: "73416" },
      },
    ]);
  });

  it("reads noon of 31/12/2100 as a plausible date with a time", () => {
    expect(shape(check([row({ Date: 73415.5 })])).map((f) => [f.code, f.params])).toEqual([
      ["DATE_HAS_TIME", { cell: "A2", value: "31/12/2100", time: "12:00" }],
      ["DATE_OUT_OF_PERIOD", { cell: "A2", value: "31/12/2100", ...PERIOD }],
    ]);
  });

  it("tells a day that does not exist from text that is no date", () => {
    expect(shape(check([row({ Date: "31/02/2021" }), row({ Date: "hier" })])).map((f) => [f.key, f.params])).toEqual([
      ["check.dateInvalid.noSuchDay", { cell: "A2", value: "31/02/2021" }],
      ["check.dateInvalid.notADate", { cell: "A3", value: "hier" }],
    ]);
  });

  it("shows a date typed as text without its surrounding spaces", () => {
    expect(shape(check([row({ Date: "  15/03/2021 " })]))).toEqual([
      {
        code: "DATE_INVALID",
        cell: "A2",
        severity: "warning",
        key: "check.dateInvalid.text",
        params: { cell: "A2", value: "15/03/2021" },
      },
    ]);
  });

  it("refuses a boolean as a date, shown as Excel shows it", () => {
    expect(shape(check([row({ Date: true })]))).toEqual([
      {
        code: "DATE_INVALID",
        cell: "A2",
        severity: "error",
        key: "check.dateInvalid.notADate",
        params: { cell: "A2", value: "VRAI" },
      },
    ]);
  });

  it("reports an error value in the date column once, as a cell error", () => {
    expect(check([row({ Date: { error: "#N/A" } })]).map((f) => `${f.code}@${f.cell}`)).toEqual(["CELL_ERROR@A2"]);
  });

  it("accepts today (even typed as text) and names today for the day after", () => {
    expect(
      shape(check([row({ Date: "01/06/2023" }), row({ Date: "02/06/2023" })])).map((f) => [f.code, f.key, f.params]),
    ).toEqual([
      ["DATE_INVALID", "check.dateInvalid.text", { cell: "A2", value: "01/06/2023" }],
      ["DATE_INVALID", "check.dateInvalid.text", { cell: "A3", value: "02/06/2023" }],
      ["DATE_IN_FUTURE", "check.dateInFuture", { cell: "A3", value: "02/06/2023", today: "01/06/2023" }],
    ]);
  });

  it("shows the time of day as hh:mm, hours and minutes on two digits", () => {
    // 09:05 is 545 minutes of the day's 1440.
    expect(shape(check([row({ Date: D_2021_03_15 + 545 / 1440 })]))).toEqual([
      {
        code: "DATE_HAS_TIME",
        cell: "A2",
        severity: "warning",
        key: "check.dateHasTime",
        params: { cell: "A2", value: "15/03/2021", time: "09:05" },
      },
    ]);
    // 23:10 = 1390 minutes; typed as a serial in the period but after today: the time is still worth a word.
    expect(shape(check([row({ Date: 45079 + 1390 / 1440 })])).map((f) => [f.code, f.params])).toEqual([
      ["DATE_HAS_TIME", { cell: "A2", value: "02/06/2023", time: "23:10" }],
      ["DATE_IN_FUTURE", { cell: "A2", value: "02/06/2023", today: "01/06/2023" }],
    ]);
  });
});

describe("indicator findings", () => {
  it("names the row and the cell of a missing indicator", () => {
    expect(shape(check([row({ Indicateur: "   " })]))).toEqual([
      {
        code: "INDICATOR_MISSING",
        cell: "B2",
        severity: "error",
        key: "check.indicatorMissing",
        params: { row: 2, cell: "B2" },
      },
    ]);
  });

  it("accepts a label that differs only by case and surrounding spaces", () => {
    expect(
      check([
        row({ Indicateur: "ENTRETIENS RÉALISÉS" }),
        row({ Indicateur: " entretiens réalisés ", Quartier: "Bellecroix" }),
      ]),
    ).toEqual([]);
  });

  it("reports an error value in the indicator column once, as a cell error", () => {
    expect(check([row({ Indicateur: { error: "#REF!" } })]).map((f) => `${f.code}@${f.cell}`)).toEqual([
      "CELL_ERROR@B2",
    ]);
  });
});

describe("count findings", () => {
  it("accepts 1 and 100 000, refuses 100 001 naming the maximum", () => {
    const found = check([row({ Nombre: 1 }), row({ Nombre: 100000 }), row({ Nombre: 100001 })]);
    expect(shape(found)).toEqual([
      {
        code: "COUNT_INVALID",
        cell: "C4",
        severity: "error",
        key: "check.countInvalid",
        params: {
          cell: "C4",
          value: "100001",
          reason: { key: "check.countInvalid.tooLarge", params: { max: 100000 } },
        },
      },
    ]);
  });

  it("gives a decimal below 1 and a negative decimal their own reason, with a French decimal comma", () => {
    const found = check([row({ Nombre: 0.5 }), row({ Nombre: -1.5 })]);
    expect(found.map((f) => [f.text.params.value, (f.text.params.reason as { key: string }).key])).toEqual([
      ["0,5", "check.countInvalid.decimal"],
      ["-1,5", "check.countInvalid.negative"],
    ]);
  });
});
