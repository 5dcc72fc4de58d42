import {
  FAKE_LEAP_DAY_SERIAL,
  MAX_SERIAL,
  dateOfDayNumber,
  dateToSerial,
  dayNumber,
  dayNumberToSerial,
  easterSunday,
  isoToSerial,
  isoWeek,
  isLeapYear,
  isValidDate,
  isoWeekday,
  mosellePublicHolidays,
  parseDate,
  parseDateText,
  serialToDate,
  serialToDayNumber,
  serialToFrench,
  serialToIso,
  todayIso,
} from "../../src/core/dates";

// Independent oracle: JavaScript's own calendar. 1899-12-30 is day 0 of the 1900 system after
// February 1900.
const EPOCH_MS = Date.UTC(1899, 11, 30);
const jsIso = (day: number): string => new Date(EPOCH_MS + day * 86_400_000).toISOString().slice(0, 10);

describe("Excel serials (1900 system)", () => {
  test.each([
    [44197, "2021-01-01"], // the spec
    [25569, "1970-01-01"], // the Unix epoch, as custom functions receive it
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [60, "1900-02-29"], // Excel's fictitious leap day
    [61, "1900-03-01"],
    [MAX_SERIAL, "9999-12-31"],
  ])("%p ↔ %p", (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(isoToSerial(iso)).toBe(serial);
  });

  test("the integer part is used", () => {
    expect(serialToIso(44197.75)).toBe("2021-01-01");
  });

  test("out of range", () => {
    expect(serialToIso(0)).toBeNull();
    expect(serialToIso(MAX_SERIAL + 1)).toBeNull();
    expect(serialToDate(Number.NaN)).toBeNull();
    expect(isoToSerial("1899-12-31")).toBeNull();
    expect(dateToSerial(10000, 1, 1)).toBeNull();
  });

  test("agrees with JavaScript's calendar on every 97th serial from 1900-03-01", () => {
    for (let serial = 61; serial <= MAX_SERIAL; serial += 97) {
      expect(serialToIso(serial)).toBe(jsIso(serial));
    }
  });

  test("day numbers skip the fake 29/02/1900", () => {
    expect(serialToDayNumber(59)).toBe(dayNumber(1900, 2, 28));
    expect(serialToDayNumber(61)).toBe(dayNumber(1900, 3, 1));
    expect(dayNumber(1900, 3, 1) - dayNumber(1900, 2, 28)).toBe(1);
    expect(serialToDayNumber(FAKE_LEAP_DAY_SERIAL)).toBeNull();
    expect(dayNumberToSerial(dayNumber(1900, 1, 1))).toBe(1);
    expect(dayNumberToSerial(dayNumber(2021, 1, 1))).toBe(44197);
    expect(dateOfDayNumber(dayNumber(2024, 2, 29))).toEqual({ year: 2024, month: 2, day: 29 });
  });

  test("French display", () => {
    expect(serialToFrench(44469)).toBe("30/09/2021");
  });
});

describe("text dates", () => {
  // 2021-09-30: 44197 (1 Jan) + 31+28+31+30+31+30+31+31 (Jan–Aug) + 29 = 44469.
  test.each(["2021-09-30", "30/09/2021", " 30/09/2021 ", "2021-9-30"])("%p is 44469", (text) => {
    expect(parseDate(text)).toBe(44469);
  });

  test("single-digit day and month in French form: 1/9/2021 is 1 September", () => {
    expect(serialToIso(parseDate("1/9/2021") as number)).toBe("2021-09-01");
  });

  test.each(["31/02/2021", "29/02/2023", "2021-13-01", "00/01/2021", "2021-04-31", "31/12/1899"])(
    "%p is written as a date but does not exist (or is out of range)",
    (text) => {
      expect(parseDateText(text)).toEqual({ error: "invalid" });
    },
  );

  test.each(["hello", "", "2021/09/30", "30-09-2021", "30/09/21", "44197"])("%p is not a text date", (text) => {
    expect(parseDateText(text)).toEqual({ error: "format" });
  });

  test("29/02 exists in leap years, and 29/02/1900 is Excel's serial 60", () => {
    expect(serialToIso(parseDate("29/02/2024") as number)).toBe("2024-02-29");
    expect(parseDate("29/02/1900")).toBe(60);
  });
});

describe("weeks and weekdays", () => {
  test("ISO weekday agrees with JavaScript's on a year of days", () => {
    for (let day = dayNumber(2021, 1, 1); day < dayNumber(2022, 1, 1); day++) {
      const js = new Date(EPOCH_MS + day * 86_400_000).getUTCDay(); // 0 = Sunday
      expect(isoWeekday(day)).toBe(js === 0 ? 7 : js);
    }
  });

  test.each([
    ["2021-01-01", 2020, 53], // a Friday: its Thursday is 31/12/2020
    ["2021-01-03", 2020, 53],
    ["2021-01-04", 2021, 1],
    ["2021-09-30", 2021, 39],
    ["2024-12-30", 2025, 1], // Monday of the week holding 2 January 2025
    ["2026-12-31", 2026, 53],
    ["2027-01-01", 2026, 53],
  ])("%p is in week %p-W%p", (iso, year, week) => {
    expect(isoWeek(isoToSerial(iso) as number)).toEqual({ year, week });
  });
});

describe("Easter and the public holidays of Moselle", () => {
  // Published Easter Sundays, including the extremes of the Gregorian range (22 March, 25 April).
  test.each([
    [2021, "2021-04-04"],
    [2022, "2022-04-17"],
    [2023, "2023-04-09"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2000, "2000-04-23"],
    [1818, "1818-03-22"],
    [1943, "1943-04-25"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
    [2014, "2014-04-20"], // golden number 0: the epact sum is negative before its modulo
    [1954, "1954-04-18"], // the two exceptions of the computus (epact 24 or 25 with a late Sunday)
    [1981, "1981-04-19"],
    [2049, "2049-04-18"],
    [2076, "2076-04-19"],
  ])("Easter %p is %p", (year, iso) => {
    const easter = easterSunday(year);
    expect(jsIso(dayNumber(easter.year, easter.month, easter.day))).toBe(iso);
  });

  test("2021: the 11 national holidays, Good Friday and 26 December", () => {
    expect(mosellePublicHolidays(2021).map(jsIso)).toEqual([
      "2021-01-01",
      "2021-04-02", // Good Friday
      "2021-04-05", // Easter Monday
      "2021-05-01",
      "2021-05-08",
      "2021-05-13", // Ascension
      "2021-05-24", // Whit Monday
      "2021-07-14",
      "2021-08-15",
      "2021-11-01",
      "2021-11-11",
      "2021-12-25",
      "2021-12-26",
    ]);
  });

  test("2024: Ascension falls on 9 May, the day after 8 May", () => {
    const days = mosellePublicHolidays(2024).map(jsIso);
    expect(days).toHaveLength(13);
    expect(days).toContain("2024-05-09");
    expect(days).toContain("2024-03-29");
    expect(new Set(days).size).toBe(13);
  });
});

describe("boundaries of the calendar rules", () => {
  test.each([
    [1900, false], // divisible by 100, not by 400
    [2000, true], // divisible by 400
    [2100, false],
    [2024, true],
    [2023, false],
    [1996, true],
  ])("leap year %p: %p", (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  test.each([
    [2021, 1, 1, true],
    [2021, 12, 31, true], // last day of the year
    [2021, 0, 1, false],
    [2021, 13, 1, false], // the month after December
    [2021, 2, 28, true],
    [2021, 2, 29, false], // the day after the last day of February 2021
    [2024, 2, 29, true],
    [2021, 4, 0, false],
    [2021.5, 1, 1, false],
    [2021, 1.5, 1, false],
    [2021, 1, 1.5, false],
  ])("isValidDate(%p, %p, %p) is %p", (year, month, day, valid) => {
    expect(isValidDate(year, month, day)).toBe(valid);
  });

  test("serials: first, last and the ones just outside, and Excel's fake 29/02/1900", () => {
    // Serial 1 is 1900-01-01, day number 2 (day 0 is 1899-12-30); serial 59 is 28/02/1900.
    expect(serialToDayNumber(0)).toBeNull();
    expect(serialToDayNumber(1)).toBe(2);
    expect(serialToDayNumber(59)).toBe(60);
    expect(serialToDayNumber(60)).toBeNull();
    expect(serialToDayNumber(61)).toBe(61);
    expect(serialToDayNumber(MAX_SERIAL)).toBe(MAX_SERIAL);
    expect(serialToDayNumber(MAX_SERIAL + 1)).toBeNull();
    expect(dayNumberToSerial(100.5)).toBeNull();
    expect(serialToIso(MAX_SERIAL)).toBe("9999-12-31");
    expect(serialToIso(MAX_SERIAL + 1)).toBeNull();
  });

  test("only 29/02/1900 is Excel's fake day: other 29 Februaries follow the calendar", () => {
    expect(dateToSerial(1900, 2, 29)).toBe(60);
    expect(dateToSerial(2021, 2, 29)).toBeNull();
    expect(dateToSerial(1900, 3, 29)).toBe(89); // 59 + 1 (the fake day) + 29
    expect(dateToSerial(1900, 2, 28)).toBe(59);
    expect(dateToSerial(1904, 2, 29)).toBe(1521); // 1904-01-01 is 1462 (the 1904 system's offset), + 31 + 28
  });

  test("an ISO date with spaces around it is read", () => {
    expect(isoToSerial(" 2021-01-01 ")).toBe(44197);
  });

  test("2016: Ascension (5 May) comes before 8 May, and the list stays in date order", () => {
    // Easter 2016 was 27 March.
    expect(mosellePublicHolidays(2016).map(jsIso)).toEqual([
      "2016-01-01",
      "2016-03-25",
      "2016-03-28",
      "2016-05-01",
      "2016-05-05",
      "2016-05-08",
      "2016-05-16",
      "2016-07-14",
      "2016-08-15",
      "2016-11-01",
      "2016-11-11",
      "2016-12-25",
      "2016-12-26",
    ]);
  });

  test("todayIso reads the local date with two-digit month and day", () => {
    expect(todayIso(new Date(2021, 0, 5, 12))).toBe("2021-01-05");
    expect(todayIso(new Date(2023, 11, 31, 12))).toBe("2023-12-31");
  });
});
