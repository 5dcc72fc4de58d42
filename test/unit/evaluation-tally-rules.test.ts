import { TRACKING_COLUMNS, type CellValue } from "../../src/core/contract";
import { METZ_2021_2023, type Convention } from "../../src/core/convention";
import {
  evaluate,
  evaluationPeriod,
  maskSmall,
  splitAgency,
  trackingColumns,
  yearFinancing,
  type EvaluationFigures,
  type EvaluationPeriod,
  type PeriodRequest,
} from "../../src/core/evaluation";

// The counting rules of the evaluation, on rows built for each rule. Every figure is computed
// again by hand in the comments. Each test calls `evaluate` itself: figures computed once for a
// whole `describe` would run before any test and hide a change of the code from the test that reads them.

const C = METZ_2021_2023; // 2021-01-01 … 2023-12-31
const DE = "Demandeurs d'emploi accueillis";
const ENT = "Entretiens réalisés";
const PRESTA = "Prescriptions de prestation"; // word group « services »
const AUTRES = "Autres services proposés"; // word group « services » too
const SOL = "Sollicitations de conseillers des agences"; // word group « agencies »
const BES = "Besoins identifiés non couverts"; // word group « needs », with comments
const ATELIERS = "Ateliers et réunions d'information"; // word group « workshops »
const PMSMP = "PMSMP mises en place dans un service de la Ville"; // no word group

// Serials of Excel's 1900 system, by hand from 2021-01-01 = 44197 (2021 and 2022 have 365 days,
// January–June 181 days): 2020-12-31 = 44196; 2021-06-30 = 44197 + 180 = 44377; 2021-07-01 = 44378;
// 2021-08-02 = 44378 + 31 + 1 = 44410; 2021-12-31 = 44197 + 364 = 44561; 2022-01-01 = 44562;
// 2022-06-30 = 44562 + 180 = 44742; 2022-07-01 = 44743.
const D = {
  beforeConvention: 44196,
  conventionStart: 44197,
  s1Last2021: 44377,
  s2First2021: 44378,
  mid2021S2: 44410,
  s2Last2021: 44561,
  s1First2022: 44562,
  s1Last2022: 44742,
  s2First2022: 44743,
};

/** A row of Suivi in the order of its columns (TRACKING_COLUMNS). */
function row(
  date: CellValue,
  indicator: CellValue,
  count: CellValue = null,
  more: { quartier?: CellValue; age?: CellValue; sex?: CellValue; precision?: CellValue; comment?: CellValue } = {},
): CellValue[] {
  return [
    date,
    indicator,
    count,
    more.quartier ?? null,
    more.age ?? null,
    more.sex ?? null,
    more.precision ?? null,
    more.comment ?? null,
    "Conseillère",
    null,
  ];
}

function periodOf(request: PeriodRequest, c: Pick<Convention, "start" | "end"> = C): EvaluationPeriod {
  const result = evaluationPeriod(c, request);
  if (!result.ok) throw new Error(result.reason);
  return result.period;
}

const S2_2021 = () => periodOf({ kind: "semester", semester: "2021-S2" });
const figure = (f: EvaluationFigures, code: string) => f.indicators.find((i) => i.code === code);
const words = (f: EvaluationFigures, id: string) => f.words.find((g) => g.id === id)?.entries;

describe("the days each column counts", () => {
  // 2022-S1: the period 2022-01-01 … 2022-06-30, the previous semester 2021-07-01 … 2021-12-31, the
  // year from 2022-01-01, the convention from 2021-01-01. One interview row per day bound, each with
  // its own power of two, so a sum tells which rows it took.
  const rows = [
    row(D.beforeConvention, ENT, 1), // in no column
    row(D.conventionStart, ENT, 2), // convention to date only
    row(D.s1Last2021, ENT, 4), // convention to date only (the day before the previous semester)
    row(D.s2First2021, ENT, 8), // previous, convention to date
    row(D.s2Last2021, ENT, 16), // previous, convention to date
    row(D.s1First2022, ENT, 32), // period, year, convention to date
    row(D.s1Last2022, ENT, 64), // period, year, convention to date
    row(D.s2First2022, ENT, 128), // in no column (after the period)
  ];

  test("first and last day of each column, the day before and the day after", () => {
    const f = evaluate(C, periodOf({ kind: "semester", semester: "2022-S1" }), TRACKING_COLUMNS, rows);
    expect(figure(f, "ENTRETIENS")).toEqual({
      code: "ENTRETIENS",
      label: ENT,
      group: figure(f, "ENTRETIENS")?.group,
      value: 32 + 64,
      previous: 8 + 16,
      change: 32 + 64 - (8 + 16),
      yearToDate: 32 + 64,
      conventionToDate: 2 + 4 + 8 + 16 + 32 + 64,
    });
    // Rows counted are the period's only.
    expect(f.rows).toBe(2);
  });

  test("the second semester's year to date starts on 1 January, its previous period is the first semester", () => {
    const f = evaluate(C, periodOf({ kind: "semester", semester: "2021-S2" }), TRACKING_COLUMNS, rows);
    expect(figure(f, "ENTRETIENS")).toMatchObject({
      value: 8 + 16,
      previous: 2 + 4,
      change: 24 - 6,
      yearToDate: 2 + 4 + 8 + 16,
      conventionToDate: 2 + 4 + 8 + 16,
    });
  });

  test("a row before the convention counts nowhere, even with no previous period", () => {
    const f = evaluate(C, periodOf({ kind: "semester", semester: "2021-S1" }), TRACKING_COLUMNS, rows);
    expect(figure(f, "ENTRETIENS")).toMatchObject({
      value: 2 + 4,
      previous: null,
      change: null,
      yearToDate: 2 + 4,
      conventionToDate: 2 + 4,
    });
  });
});

describe("a time of day on a last day", () => {
  // The Indicateurs sheet counts a date up to `< last day + 1` (SUMIFS/COUNTIFS), so a row logged at
  // 23:45 on a period's last day is in that period, as the workbook's own figures have it.
  test("stays in the period, in the previous period and in the year of its date", () => {
    const rows = [
      row(D.s2Last2021 + 0.99, ENT, 1), // 2021-12-31 23:45: last day of the previous semester and of 2021
      row(D.s1Last2022 + 0.5, ENT, 2), // 2022-06-30 12:00: last day of the period
      row(D.s2First2022 + 0.5, ENT, 4), // 2022-07-01 12:00: after the period
    ];
    const f = evaluate(C, periodOf({ kind: "semester", semester: "2022-S1" }), TRACKING_COLUMNS, rows);
    expect(figure(f, "ENTRETIENS")).toMatchObject({
      value: 2,
      previous: 1,
      change: 1,
      yearToDate: 2,
      conventionToDate: 1 + 2,
    });
    expect(f.rows).toBe(1);
  });

  test("on the convention's last day, in the final evaluation", () => {
    // 2023-12-31 = 44562 + 365 + 364 = 45291; noon on it, and the day after (45292).
    const f = evaluate(C, periodOf({ kind: "final" }), TRACKING_COLUMNS, [row(45291.5, DE, 3), row(45292, DE, 10)]);
    expect(figure(f, "DE_ACCUEILLIS")).toMatchObject({ value: 3, yearToDate: 3, conventionToDate: 3 });
  });
});

describe("which rows count", () => {
  test("a known indicator in any case, a number date; the rest is left out", () => {
    const rows = [
      row(D.mid2021S2, "ENTRETIENS RÉALISÉS", 1),
      row(D.mid2021S2, ENT, null), // empty Nombre weighs 1
      row(D.mid2021S2, ENT, ""), // so does an empty text
      row(D.mid2021S2, ENT, "trois"), // text weighs 0, but the row is counted
      row(D.mid2021S2, "Entretiens", 100), // not a label of the convention
      row(D.mid2021S2, 12, 100), // a number is no indicator
      row(D.mid2021S2, null, 100), // neither is an empty cell
      row(D.mid2021S2, true, 100),
      row("2021-08-02", ENT, 100), // a date typed as text is no date
      row(null, ENT, 100),
    ];
    const f = evaluate(C, S2_2021(), TRACKING_COLUMNS, rows);
    expect(figure(f, "ENTRETIENS")?.value).toBe(1 + 1 + 1 + 0);
    expect(f.rows).toBe(4);
    // No other indicator received anything (the number 12 or the empty cell read as no label).
    expect(f.indicators.filter((i) => i.code !== "ENTRETIENS").map((i) => i.conventionToDate)).toEqual(
      new Array(C.indicators.length - 1).fill(0),
    );
  });

  test("a label equal to another only once upper-cased is not it (ß is not SS), as check reads labels", () => {
    const c: Convention = {
      ...C,
      indicators: [...C.indicators, { code: "STRASSE", label: "Permanences Straße", group: "Plan d'action" }],
    };
    const f = evaluate(c, S2_2021(), TRACKING_COLUMNS, [
      row(D.mid2021S2, "PERMANENCES STRASSE", 5),
      row(D.mid2021S2, "permanences straße", 2),
    ]);
    expect(figure(f, "STRASSE")?.value).toBe(2);
  });

  test("the change is the period minus the previous one, negative when the period has less", () => {
    const f = evaluate(C, S2_2021(), TRACKING_COLUMNS, [row(D.s1Last2021, ENT, 7), row(D.mid2021S2, ENT, 3)]);
    expect(figure(f, "ENTRETIENS")).toMatchObject({ value: 3, previous: 7, change: -4 });
  });
});

describe("typology of the job seekers received", () => {
  // 2021-S2, weights by powers of two. Received: 1 + 2 + 4 + 8 + 16 + 64 = 95.
  const rows = [
    row(D.mid2021S2, DE, 1, { quartier: "Borny", age: "Moins de 26 ans", sex: "Femme" }), // first entries
    row(D.mid2021S2, DE, 2, { quartier: "BORNY", age: "26 à 49 ans", sex: "homme" }), // case differs
    row(D.mid2021S2, DE, 4, { quartier: "Hors QPV" }), // age and sex left empty
    row(D.mid2021S2, DE, 8, { age: "Non renseigné", sex: "Non renseigné" }), // stated as not stated
    row(D.mid2021S2, DE, 16, { quartier: "Quartier inconnu", age: "60 ans", sex: 5 }), // outside the lists
    row(D.mid2021S2, DE, 64, { quartier: "Sablon Sud", age: "50 ans et plus", sex: "Homme" }),
    row(D.mid2021S2, ENT, 32, { quartier: "Borny", age: "Moins de 26 ans", sex: "Femme" }), // not received
    row(D.s1Last2021, DE, 128, { quartier: "Borny", age: "Moins de 26 ans", sex: "Femme" }), // 2021-S1
  ];

  /** The breakdown of `rows` whatever the order of the columns. */
  function expectBreakdown(f: EvaluationFigures) {
    expect(figure(f, "DE_ACCUEILLIS")?.value).toBe(95);
    expect(f.byQuartier).toEqual([
      { label: "Borny", count: 1 + 2, kind: "entry" },
      { label: "Bellecroix", count: 0, kind: "entry" },
      { label: "Hauts-de-Vallières", count: 0, kind: "entry" },
      { label: "Sablon Sud", count: 64, kind: "entry" },
      { label: "La Patrotte-Metz Nord", count: 0, kind: "entry" },
      { label: "Saint-Eloy-Boileau-Prégénie", count: 0, kind: "entry" },
      { label: "Total QPV", count: 67, kind: "subtotal" },
      { label: "Hors QPV", count: 4, kind: "entry" },
      // 95 − 67 − 4: the empty quartier (8) and the one outside the list (16).
      { label: "Non renseigné", count: 24, kind: "rest" },
    ]);
    expect(f.byAgeBand).toEqual([
      { label: "Moins de 26 ans", count: 1, kind: "entry" },
      { label: "26 à 49 ans", count: 2, kind: "entry" },
      { label: "50 ans et plus", count: 64, kind: "entry" },
      // 95 − 67: empty (4), stated « Non renseigné » (8), outside the list (16).
      { label: "Non renseigné", count: 28, kind: "rest" },
    ]);
    expect(f.bySex).toEqual([
      { label: "Femme", count: 1, kind: "entry" },
      { label: "Homme", count: 2 + 64, kind: "entry" },
      { label: "Non renseigné", count: 95 - 67, kind: "rest" },
    ]);
  }

  test("each list entry, the QPV subtotal, and the rest as « Non renseigné »", () => {
    expectBreakdown(evaluate(C, S2_2021(), TRACKING_COLUMNS, rows));
  });

  // Each column of Suivi in turn as the first one (index 0), the others after it in their order.
  test.each(TRACKING_COLUMNS.map((_, k) => k))("columns found by name when column %i comes first", (k) => {
    const headers = [...TRACKING_COLUMNS.slice(k), ...TRACKING_COLUMNS.slice(0, k)];
    const moved = rows.map((r) => [...r.slice(k), ...r.slice(0, k)]);
    expectBreakdown(evaluate(C, S2_2021(), headers, moved));
  });

  test("the received indicator found by its code, wherever the convention lists it", () => {
    const interviewsFirst: Convention = {
      ...C,
      indicators: [...C.indicators].sort((a, b) => (a.code === "ENTRETIENS" ? -1 : b.code === "ENTRETIENS" ? 1 : 0)),
    };
    expect(interviewsFirst.indicators[0]?.code).toBe("ENTRETIENS");
    expectBreakdown(evaluate(interviewsFirst, S2_2021(), TRACKING_COLUMNS, rows));
  });

  test("a convention without the received indicator has an empty typology", () => {
    const without: Convention = { ...C, indicators: C.indicators.filter((i) => i.code !== "DE_ACCUEILLIS") };
    const f = evaluate(without, S2_2021(), TRACKING_COLUMNS, rows);
    expect(f.byQuartier.map((l) => l.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(f.byAgeBand.map((l) => l.count)).toEqual([0, 0, 0, 0]);
    expect(f.bySex.map((l) => l.count)).toEqual([0, 0, 0]);
    expect(figure(f, "ENTRETIENS")?.value).toBe(32);
  });

  test("missing typology columns: everyone received is « Non renseigné »", () => {
    const headers = ["Date", "Indicateur", "Nombre"];
    const f = evaluate(
      C,
      S2_2021(),
      headers,
      rows.map((r) => r.slice(0, 3)),
    );
    expect(f.byQuartier.at(-1)).toEqual({ label: "Non renseigné", count: 95, kind: "rest" });
    expect(f.byAgeBand).toEqual([
      { label: "Moins de 26 ans", count: 0, kind: "entry" },
      { label: "26 à 49 ans", count: 0, kind: "entry" },
      { label: "50 ans et plus", count: 0, kind: "entry" },
      { label: "Non renseigné", count: 95, kind: "rest" },
    ]);
    expect(f.bySex.at(-1)).toEqual({ label: "Non renseigné", count: 95, kind: "rest" });
  });
});

describe("what the rows say in words (Précision)", () => {
  const rows = [
    // Services: « Transport solidaire » 1 + 2 + 1 = 4, however spaced or cased; two entries tie at 2.
    row(D.mid2021S2, PRESTA, 2, { precision: "Mobilité" }),
    row(D.mid2021S2, PRESTA, 1, { precision: "Transport solidaire" }),
    row(D.mid2021S2, PRESTA, 2, { precision: "transport   SOLIDAIRE" }),
    row(D.mid2021S2, AUTRES, null, { precision: "\tTransport\tsolidaire " }),
    row(D.mid2021S2, AUTRES, 2, { precision: "Écrivain public" }),
    row(D.mid2021S2, PRESTA, 5, { precision: "   " }), // blank: no words
    row(D.mid2021S2, PRESTA, 5, { precision: "" }),
    row(D.mid2021S2, PRESTA, 5), // empty Précision
    row(D.s1Last2021, PRESTA, 50, { precision: "Ancienne prestation" }), // 2021-S1: not this period's
    // Agencies: « Agence … : demande », grouped by agency, requests under it.
    row(D.mid2021S2, SOL, 1, { precision: "Agence Metz Gare : demande de place" }),
    row(D.mid2021S2, SOL, 2, { precision: "agence metz gare  :  Demande de place" }),
    row(D.mid2021S2, SOL, 2, { precision: "agence metz gare  :  Demande de place" }),
    row(D.mid2021S2, SOL, null, { precision: "Agence Metz Gare – information collective" }),
    row(D.mid2021S2, SOL, 1, { precision: "Agence Metz Nord" }), // no request
    // Needs, with their comments (spaces ignored, each once, in French order).
    row(D.mid2021S2, BES, null, { precision: "Garde d'enfants", comment: "Relance  prévue" }),
    row(D.mid2021S2, BES, null, { precision: "garde d'enfants", comment: "Relance prévue" }),
    row(D.mid2021S2, BES, null, { precision: "Garde d'enfants", comment: "Été : solution trouvée" }),
    row(D.mid2021S2, BES, null, { precision: "Garde d'enfants", comment: "  " }),
    row(D.mid2021S2, BES, null, { precision: "Garde d'enfants" }),
    // Workshops: a dash in a theme is not an agency's separator.
    row(D.mid2021S2, ATELIERS, 3, { precision: "Atelier CV - lettre de motivation", comment: "Complet" }),
    // Indicators with no word group: their Précision is not listed anywhere.
    row(D.mid2021S2, DE, 1, { precision: "Accueil" }),
    row(D.mid2021S2, PMSMP, 1, { precision: "Service espaces verts" }),
  ];

  test("services: grouped without regard to case and spaces, most frequent first, then French order", () => {
    const f = evaluate(C, S2_2021(), TRACKING_COLUMNS, rows);
    // The first spelling met is kept; « Écrivain » sorts before « Mobilité » in French (É as E).
    expect(words(f, "services")).toEqual([
      { text: "Transport solidaire", count: 4, details: [], comments: [] },
      { text: "Écrivain public", count: 2, details: [], comments: [] },
      { text: "Mobilité", count: 2, details: [], comments: [] },
    ]);
  });

  test("agencies: each agency with its requests", () => {
    const f = evaluate(C, S2_2021(), TRACKING_COLUMNS, rows);
    expect(words(f, "agencies")).toEqual([
      {
        text: "Agence Metz Gare",
        count: 1 + 2 + 2 + 1,
        details: [
          { text: "demande de place", count: 5 },
          { text: "information collective", count: 1 },
        ],
        comments: [],
      },
      { text: "Agence Metz Nord", count: 1, details: [], comments: [] },
    ]);
  });

  test("needs: their comments, each once whatever its spacing, in French order; no comment kept elsewhere", () => {
    const f = evaluate(C, S2_2021(), TRACKING_COLUMNS, rows);
    expect(words(f, "needs")).toEqual([
      { text: "Garde d'enfants", count: 5, details: [], comments: ["Été : solution trouvée", "Relance prévue"] },
    ]);
    expect(words(f, "workshops")).toEqual([
      { text: "Atelier CV - lettre de motivation", count: 3, details: [], comments: [] },
    ]);
  });

  test("groups without rows are empty, and every row of the period is counted once", () => {
    const f = evaluate(C, S2_2021(), TRACKING_COLUMNS, rows);
    for (const id of ["training", "information", "iae", "events", "tzcld"])
      expect([id, words(f, id)]).toEqual([id, []]);
    // All rows but the 2021-S1 one.
    expect(f.rows).toBe(rows.length - 1);
    expect(figure(f, "PRESCRIPTIONS_PRESTATION")).toMatchObject({ value: 2 + 1 + 2 + 5 + 5 + 5, previous: 50 });
  });

  test("Précision as the first column", () => {
    const order = ["Précision", "Commentaire", "Date", "Indicateur", "Nombre"];
    const pick = (r: CellValue[]) => [r[6] ?? null, r[7] ?? null, r[0] ?? null, r[1] ?? null, r[2] ?? null];
    const f = evaluate(C, S2_2021(), order, rows.map(pick));
    expect(words(f, "needs")?.[0]?.comments).toEqual(["Été : solution trouvée", "Relance prévue"]);
    expect(words(f, "services")?.map((e) => [e.text, e.count])).toEqual([
      ["Transport solidaire", 4],
      ["Écrivain public", 2],
      ["Mobilité", 2],
    ]);
  });
});

describe("splitAgency", () => {
  test.each([
    ["Agence Metz Gare : demande de place", ["Agence Metz Gare", "demande de place"]],
    ["  Agence Metz Gare  :   demande de place  ", ["Agence Metz Gare", "demande de place"]],
    ["Agence Metz Borny — orientation", ["Agence Metz Borny", "orientation"]],
    ["Agence Metz-Nord - inscription", ["Agence Metz-Nord", "inscription"]],
    ["Agence Metz-Nord", ["Agence Metz-Nord", null]],
    ["  Agence Metz Nord  ", ["Agence Metz Nord", null]],
    ["Agence Metz Nord :", ["Agence Metz Nord :", null]],
    // A cell typed on two lines: the request keeps its second line, the agency stays the agency.
    ["Agence Metz Gare : demande de place\nen crèche", ["Agence Metz Gare", "demande de place\nen crèche"]],
    ["Agence Metz Gare\n: demande de place", ["Agence Metz Gare", "demande de place"]],
  ])("« %s »", (text, expected) => {
    expect(splitAgency(text)).toEqual(expected);
  });
});

test("the columns of Suivi by name, -1 for a missing one", () => {
  expect(trackingColumns(TRACKING_COLUMNS)).toEqual({
    date: 0,
    indicator: 1,
    count: 2,
    quartier: 3,
    ageBand: 4,
    sex: 5,
    precision: 6,
    comment: 7,
  });
  expect(trackingColumns(["Commentaire", "Précision", "Sexe", "Tranche d'âge", "Date"])).toEqual({
    date: 4,
    indicator: -1,
    count: -1,
    quartier: -1,
    ageBand: 3,
    sex: 2,
    precision: 1,
    comment: 0,
  });
});

test("small counts: 1 to threshold − 1 masked, the threshold and 0 shown, no threshold shows all", () => {
  expect([1, 4, 5, 6, 0].map((n) => maskSmall(n, 5))).toEqual(["< 5", "< 5", 5, 6, 0]);
  expect([1, 4].map((n) => maskSmall(n, 0))).toEqual([1, 4]);
  expect([1, 4].map((n) => maskSmall(n, -5))).toEqual([1, 4]);
});

describe("financing of a year", () => {
  test("an ETP not above 0 is no setting: the amount due is unknown, like a missing cost", () => {
    const [zero, negative, nan] = yearFinancing(
      [0, -0.5, Number.NaN].map((etp) => ({ year: 2021, cost: 46795, etp, paidFirst: 11699, paidBalance: null })),
    );
    for (const y of [zero, negative, nan]) expect(y).toEqual({ year: 2021, due: null, paid: 11699, remaining: null });
  });

  test("amounts paid that are no finite number count as 0", () => {
    const [y] = yearFinancing([
      { year: 2021, cost: 46795, etp: 0.5, paidFirst: Number.NaN, paidBalance: Number.POSITIVE_INFINITY },
    ]);
    // 46 795 × 0,5 = 23 397,50 → 23 398 owed, nothing paid.
    expect(y).toEqual({ year: 2021, due: 23398, paid: 0, remaining: 23398 });
  });
});
