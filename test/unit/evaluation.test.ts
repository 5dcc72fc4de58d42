import { TRACKING_COLUMNS, type CellValue } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import {
  evaluate,
  evaluationPeriod,
  lastFinishedSemester,
  maskSmall,
  splitAgency,
  totalFinancing,
  yearFinancing,
  type EvaluationPeriod,
  type PeriodRequest,
} from "../../src/core/evaluation";
import { thresholdFromParameters } from "../../src/features/evaluate";

const C = METZ_2021_2023;
const DE = "Demandeurs d'emploi accueillis";
const ENT = "Entretiens réalisés";
const SOL = "Sollicitations de conseillers des agences";
const BES = "Besoins identifiés non couverts";

// Serials counted by hand from 2021-01-01 = 44197 (1900 date system).
const row = (
  date: CellValue,
  indicator: string,
  count: CellValue,
  quartier: CellValue = null,
  age: CellValue = null,
  sex: CellValue = null,
  precision: CellValue = null,
  comment: CellValue = null,
): CellValue[] => [date, indicator, count, quartier, age, sex, precision, comment, "Conseillère", null];

const ROWS: CellValue[][] = [
  row(44265, DE, null, "Borny", "Moins de 26 ans", "Femme"), // 2021-03-10, S1, weight 1
  row(44382, "demandeurs d'emploi accueillis", 3, "borny", "26 à 49 ans", "Homme"), // 2021-07-05, case differs
  row(44440, DE, 2, "Hors QPV", "50 ans et plus", "Femme"), // 2021-09-01
  row(44470, DE, null), // 2021-10-01, nothing stated
  row(44501, DE, "x", "Sablon Sud"), // 2021-11-01, text in Nombre weighs 0
  row(44571, DE, 5, "Borny"), // 2022-01-10
  row(44409, "Inconnu", 1), // unknown indicator
  row("2021-08-01", DE, 1), // text date
  row(44410, ENT, 4), // 2021-08-02
  row(44228, ENT, null), // 2021-02-01
  row(44561, SOL, null, null, null, null, "Agence Metz Gare : demande de place en chantier"), // 2021-12-31
  row(44560, SOL, 2, null, null, null, "agence metz gare :  demande de place en chantier"),
  row(44559, SOL, null, null, null, null, "Agence Metz Nord : information collective"),
  row(44515, BES, null, null, null, null, "Garde d'enfants", "Relance prévue"), // 2021-11-15
  row(44317, BES, null, null, null, null, "Garde d'enfants", "Ancien commentaire"), // 2021-05-01, S1
];

function periodOf(request: PeriodRequest): EvaluationPeriod {
  const result = evaluationPeriod(C, request);
  if (!result.ok) throw new Error(result.reason);
  return result.period;
}

const figure = (f: ReturnType<typeof evaluate>, code: string) => f.indicators.find((i) => i.code === code)!;

describe("evaluation periods", () => {
  test("a semester, its previous one, the year and the convention to date", () => {
    expect(periodOf({ kind: "semester", semester: "2022-S1" })).toEqual({
      kind: "semester",
      label: "2022-S1",
      from: "2022-01-01",
      to: "2022-06-30",
      previous: { from: "2021-07-01", to: "2021-12-31" },
      yearToDate: { from: "2022-01-01", to: "2022-06-30" },
      conventionToDate: { from: "2021-01-01", to: "2022-06-30" },
    });
    expect(periodOf({ kind: "semester", semester: "2021-s2" }).previous).toEqual({
      from: "2021-01-01",
      to: "2021-06-30",
    });
    expect(periodOf({ kind: "semester", semester: "2021-S1" }).previous).toBeNull();
  });

  test("years and the final evaluation", () => {
    expect(periodOf({ kind: "year", year: 2021 }).previous).toBeNull();
    expect(periodOf({ kind: "year", year: 2023 }).previous).toEqual({ from: "2022-01-01", to: "2022-12-31" });
    const final = periodOf({ kind: "final" });
    expect([final.from, final.to, final.previous, final.yearToDate.from]).toEqual([
      "2021-01-01",
      "2023-12-31",
      null,
      "2023-01-01",
    ]);
  });

  test("bounds are clipped to a convention that starts mid-semester", () => {
    const p = evaluationPeriod({ start: "2021-03-15", end: "2022-02-28" }, { kind: "semester", semester: "2022-S1" });
    expect(p.ok && [p.period.from, p.period.to, p.period.conventionToDate.from]).toEqual([
      "2022-01-01",
      "2022-02-28",
      "2021-03-15",
    ]);
  });

  test("bad and outside periods are refused", () => {
    expect(evaluationPeriod(C, { kind: "semester", semester: "2021-S3" })).toEqual({ ok: false, reason: "format" });
    expect(evaluationPeriod(C, { kind: "semester", semester: "2024-S1" })).toEqual({ ok: false, reason: "outside" });
    expect(evaluationPeriod(C, { kind: "year", year: 2020 })).toEqual({ ok: false, reason: "outside" });
  });

  test("the last finished semester", () => {
    expect(lastFinishedSemester(C, "2021-07-01")).toBe("2021-S1");
    expect(lastFinishedSemester(C, "2021-06-30")).toBeNull();
    expect(lastFinishedSemester(C, "2022-03-01")).toBe("2021-S2");
    expect(lastFinishedSemester(C, "2030-01-01")).toBe("2023-S2");
  });
});

describe("evaluation figures", () => {
  // Computed in each test: figures computed once for the describe would run before any test, out of
  // the reach of a mutation run's per-test coverage.
  const semester2 = () => evaluate(C, periodOf({ kind: "semester", semester: "2021-S2" }), TRACKING_COLUMNS, ROWS);

  test("value, previous, change, year and convention to date", () => {
    const s2 = semester2();
    // S2: 3 + 2 + 1 (empty Nombre) + 0 (text); S1: 1.
    expect(figure(s2, "DE_ACCUEILLIS")).toMatchObject({
      value: 6,
      previous: 1,
      change: 5,
      yearToDate: 7,
      conventionToDate: 7,
    });
    expect(figure(s2, "ENTRETIENS")).toMatchObject({
      value: 4,
      previous: 1,
      change: 3,
      yearToDate: 5,
      conventionToDate: 5,
    });
    expect(figure(s2, "SOLLICITATIONS_CONSEILLERS")).toMatchObject({ value: 4, previous: 0, change: 4 });
    expect(figure(s2, "BESOINS_NON_COUVERTS")).toMatchObject({ value: 1, previous: 1, change: 0 });
    expect(figure(s2, "MER")).toMatchObject({ value: 0, previous: 0, yearToDate: 0 });
    expect(s2.indicators.map((i) => i.code)).toEqual(C.indicators.map((i) => i.code));
    expect(s2.rows).toBe(9);
  });

  test("typology of the job seekers received adds up to them", () => {
    const s2 = semester2();
    const q = Object.fromEntries(s2.byQuartier.map((l) => [l.label, l.count]));
    expect(q).toEqual({
      Borny: 3,
      Bellecroix: 0,
      "Hauts-de-Vallières": 0,
      "Sablon Sud": 0,
      "La Patrotte-Metz Nord": 0,
      "Saint-Eloy-Boileau-Prégénie": 0,
      "Total QPV": 3,
      "Hors QPV": 2,
      "Non renseigné": 1,
    });
    expect(s2.byAgeBand.map((l) => [l.label, l.count])).toEqual([
      ["Moins de 26 ans", 0],
      ["26 à 49 ans", 3],
      ["50 ans et plus", 2],
      ["Non renseigné", 1],
    ]);
    expect(s2.bySex.map((l) => [l.label, l.count])).toEqual([
      ["Femme", 2],
      ["Homme", 3],
      ["Non renseigné", 1],
    ]);
  });

  test("words: requests grouped by agency, needs with their comments, only from the period", () => {
    const s2 = semester2();
    const agencies = s2.words.find((g) => g.id === "agencies")!.entries;
    expect(agencies).toEqual([
      {
        text: "Agence Metz Gare",
        count: 3,
        details: [{ text: "demande de place en chantier", count: 3 }],
        comments: [],
      },
      { text: "Agence Metz Nord", count: 1, details: [{ text: "information collective", count: 1 }], comments: [] },
    ]);
    expect(s2.words.find((g) => g.id === "needs")!.entries).toEqual([
      { text: "Garde d'enfants", count: 1, details: [], comments: ["Relance prévue"] },
    ]);
    expect(s2.words.find((g) => g.id === "workshops")!.entries).toEqual([]);
  });

  test("a year without a previous one, and the whole convention", () => {
    const y = evaluate(C, periodOf({ kind: "year", year: 2021 }), TRACKING_COLUMNS, ROWS);
    expect(figure(y, "DE_ACCUEILLIS")).toMatchObject({
      value: 7,
      previous: null,
      change: null,
      yearToDate: 7,
      conventionToDate: 7,
    });
    const f = evaluate(C, periodOf({ kind: "final" }), TRACKING_COLUMNS, ROWS);
    expect(figure(f, "DE_ACCUEILLIS")).toMatchObject({
      value: 12,
      previous: null,
      yearToDate: 0,
      conventionToDate: 12,
    });
    expect(f.byQuartier.find((l) => l.label === "Borny")!.count).toBe(9);
  });

  test("columns are found by name, in any order", () => {
    const s2 = semester2();
    const headers = [...TRACKING_COLUMNS].reverse();
    const reversed = ROWS.map((r) => [...r].reverse());
    const again = evaluate(C, s2.period, headers, reversed);
    expect(again).toEqual(s2);
  });
});

describe("small counts and financing", () => {
  test("counts under the threshold show as « < n »", () => {
    expect([maskSmall(3, 5), maskSmall(5, 5), maskSmall(0, 5), maskSmall(3, 0)]).toEqual(["< 5", 5, 0, 3]);
  });

  test("agency and request", () => {
    expect(splitAgency("Agence Metz Borny – orientation")).toEqual(["Agence Metz Borny", "orientation"]);
    expect(splitAgency("Agence Metz Nord")).toEqual(["Agence Metz Nord", null]);
  });

  test("the seed's 2021 amounts: 46 795 × 0,5 = 23 397,50, owed 23 398", () => {
    const [y2021, y2022] = yearFinancing([
      { year: 2021, cost: 46795, etp: 0.5, paidFirst: 11699, paidBalance: "" },
      { year: 2022, cost: null, etp: 0.5, paidFirst: null, paidBalance: null },
    ]);
    expect(y2021).toEqual({ year: 2021, due: 23398, paid: 11699, remaining: 11699 });
    expect(y2022).toEqual({ year: 2022, due: null, paid: 0, remaining: null });
    expect(totalFinancing([y2021, y2022])).toEqual({ due: null, paid: 11699, remaining: null });
    // 47 311 × 0,5 = 23 655,50 → 23 656 (half away from zero).
    expect(
      totalFinancing(yearFinancing([{ year: 2023, cost: 47311, etp: 0.5, paidFirst: 11828, paidBalance: 11828 }])),
    ).toEqual({ due: 23656, paid: 23656, remaining: 0 });
  });
});

describe("settings read from Paramètres", () => {
  const snapshot = (cells: Record<string, CellValue>) => ({
    sheets: ["Paramètres"],
    tables: [],
    names: [],
    validations: [],
    cells: { Paramètres: Object.fromEntries(Object.entries(cells).map(([k, value]) => [k, { value }])) },
  });

  test("the small-count threshold is the number right of its label, 0 when absent or not a number", () => {
    expect(thresholdFromParameters(snapshot({ A14: "Seuil des petits effectifs", B14: 5 }))).toBe(5);
    expect(thresholdFromParameters(snapshot({ A20: "  seuil des petits effectifs (« < n »)", B20: 10 }))).toBe(10);
    expect(thresholdFromParameters(snapshot({ A14: "Seuil des petits effectifs", B14: "cinq" }))).toBe(0);
    expect(thresholdFromParameters(snapshot({ A3: "Numéro de la convention", B3: 5 }))).toBe(0);
  });
});

describe("the evaluation sheet", () => {
  test("is written in French whatever the interface language, the preview's headings included", async () => {
    const { evaluationSheet } = await import("../../src/core/evaluation/sheet");
    const { setLocale } = await import("../../src/i18n");
    const figures = evaluate(C, periodOf({ kind: "semester", semester: "2021-S2" }), TRACKING_COLUMNS, ROWS);
    const ctx = {
      number: "2021-001",
      partner: "Ville de Metz",
      operator: "Pôle emploi",
      madeOn: "2022-01-15",
      check: { errors: 0, warnings: 0 },
      smallCountThreshold: 0,
      financing: { years: [], total: null },
    };
    const french = evaluationSheet(figures, ctx);
    setLocale("en");
    try {
      expect(evaluationSheet(figures, ctx)).toEqual(french);
    } finally {
      setLocale("fr");
    }
    expect(french.name).toBe("Évaluation 2021-S2");
    const headings = french.rows.find((r) => r.cells[0]?.value === "Indicateur")?.cells.map((c) => c.value);
    expect(headings).toEqual([
      "Indicateur",
      "Période",
      "Période précédente",
      "Évolution",
      "Cumul de l'année",
      "Cumul de la convention",
    ]);
  });
});
