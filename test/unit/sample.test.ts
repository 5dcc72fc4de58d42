import { findIndicatorByLabel } from "../../src/core/catalogue";
import { TRACKING_COLUMNS } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { presenceDays, sampleRows } from "../../src/core/sample";

const col = (name: (typeof TRACKING_COLUMNS)[number]) => TRACKING_COLUMNS.indexOf(name);

test("the same seed gives the same rows; another seed other rows", () => {
  expect(sampleRows(METZ_2021_2023, 200)).toEqual(sampleRows(METZ_2021_2023, 200));
  expect(sampleRows(METZ_2021_2023, 200, 7)).not.toEqual(sampleRows(METZ_2021_2023, 200));
});

test("presence days follow art. 2: Mon–Tue of even ISO weeks, Mon–Wed of odd weeks, no Moselle holiday", () => {
  const days = new Set(presenceDays(METZ_2021_2023));
  // 2021-01-04 is Monday of ISO week 1 (odd): Mon, Tue, Wed on site; Thursday not.
  expect([44200, 44201, 44202].every((d) => days.has(d))).toBe(true); // 4, 5, 6 January 2021
  expect(days.has(44203)).toBe(false); // Thursday 7 January
  // 2021-01-11 is Monday of week 2 (even): Wednesday 13 January is not a presence day.
  expect(days.has(44207)).toBe(true); // Monday 11 January
  expect(days.has(44209)).toBe(false); // Wednesday 13 January
  // Easter Monday 5 April 2021 (serial 44291) and Friday 26 December are public holidays.
  expect(days.has(44291)).toBe(false);
  // Each year holds roughly 52 × 2.5 ≈ 130 presence days, minus holidays.
  expect(days.size).toBeGreaterThan(3 * 115);
  expect(days.size).toBeLessThan(3 * 132);
});

test("rows cover the whole convention with known indicators and list values", () => {
  const rows = sampleRows(METZ_2021_2023, 2000);
  expect(rows).toHaveLength(2000);
  const dates = rows.map((r) => r[col("Date")] as number);
  expect(Math.min(...dates)).toBeLessThan(44197 + 14); // first fortnight of 2021
  expect(Math.max(...dates)).toBeGreaterThan(45291 - 14); // last fortnight of 2023
  for (const r of rows) {
    expect(findIndicatorByLabel(r[col("Indicateur")] as string)).toBeDefined();
    const n = r[col("Nombre")];
    expect(n === null || (Number.isInteger(n) && (n as number) >= 1)).toBe(true);
    for (const [name, list] of [
      ["Quartier", METZ_2021_2023.lists.quartier],
      ["Sexe", METZ_2021_2023.lists.sexe],
    ] as const) {
      const v = r[col(name)];
      expect(v === null || list.includes(v as string)).toBe(true);
    }
    expect(r[col("Semestre")]).toBeNull();
  }
});

test("free texts never carry personal data: no digits of phone numbers, e-mails, names of people", () => {
  const texts = sampleRows(METZ_2021_2023, 3000)
    .flatMap((r) => [r[col("Précision")], r[col("Commentaire")], r[col("Saisi par")]])
    .filter((v): v is string => typeof v === "string");
  for (const text of new Set(texts)) {
    expect(text).not.toMatch(/\d{2}[ .]?\d{2}[ .]?\d{2}/);
    expect(text).not.toMatch(/@/);
    expect(text).not.toMatch(/\b(M\.|Mme|Monsieur|Madame)\b/);
    expect(text).not.toMatch(/santé|handicap|RQTH|nationalit|religio/i);
  }
});
