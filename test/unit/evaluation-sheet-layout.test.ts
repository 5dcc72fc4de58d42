import {
  DECISIONS_BLOCK,
  finalElements,
  PLAN_QUESTIONS,
  type EvaluationFigures,
  type EvaluationPeriod,
} from "../../src/core/evaluation";
import {
  archiveSheetName,
  blockTitle,
  evaluationSheet,
  evaluationSheetName,
  handBlocks,
  readHandText,
  type CellStyle,
  type EvaluationSheet,
  type SheetContext,
  type SheetRow,
} from "../../src/core/evaluation/sheet";
import { EVALUATION_TEXT as TEXT } from "../../src/core/evaluation/sheet-text";

// Where each thing goes on the committee's evaluation sheet: rows, styles, merges, page breaks and
// the blocks filled by hand. The figures are built here by hand (not by `evaluate`), so every cell
// value below comes from them. The sheet's French text is taken from sheet-text (the product's
// source for it) and the column headings from the i18n table's French: these tests are about where
// the text goes, not its wording.

const S2: EvaluationPeriod = {
  kind: "semester",
  label: "2021-S2",
  from: "2021-07-01",
  to: "2021-12-31",
  previous: { from: "2021-01-01", to: "2021-06-30" },
  yearToDate: { from: "2021-01-01", to: "2021-12-31" },
  conventionToDate: { from: "2021-01-01", to: "2021-12-31" },
};

const DE_LABEL = "Demandeurs d'emploi accueillis";
const MER_LABEL = "Mises en relation (MER)";
const CUSTOM_LABEL = "Rendez-vous employeurs";

/** Three indicators: one of article 7, one of the plan's section 1, one no section names. */
const FIGURES: EvaluationFigures = {
  period: S2,
  rows: 7,
  indicators: [
    { code: "CUSTOM", label: CUSTOM_LABEL, group: "Ajouts", value: 1, previous: 0, change: 1, yearToDate: 1, conventionToDate: 1 }, // prettier-ignore
    { code: "MER", label: MER_LABEL, group: "Plan", value: 2, previous: 5, change: -3, yearToDate: 7, conventionToDate: 9 }, // prettier-ignore
    { code: "DE_ACCUEILLIS", label: DE_LABEL, group: "Art. 7", value: 4, previous: 3, change: 1, yearToDate: 7, conventionToDate: 8 }, // prettier-ignore
  ],
  byQuartier: [
    { label: "Borny", count: 3, kind: "entry" },
    { label: "Total QPV", count: 3, kind: "subtotal" },
    { label: "Hors QPV", count: 0, kind: "entry" },
    { label: "Non renseigné", count: 1, kind: "rest" },
  ],
  byAgeBand: [
    { label: "Moins de 26 ans", count: 2, kind: "entry" },
    { label: "Non renseigné", count: 2, kind: "rest" },
  ],
  bySex: [{ label: "Femme", count: 4, kind: "entry" }],
  words: [
    {
      id: "services",
      title: "Services",
      entries: [{ text: "Transport solidaire", count: 2, details: [], comments: [] }],
    },
    {
      id: "agencies",
      title: "Agences",
      entries: [
        {
          text: "Agence Metz Gare",
          count: 3,
          details: [{ text: "demande de place", count: 3 }],
          comments: [],
        },
      ],
    },
    {
      id: "needs",
      title: "Besoins",
      entries: [{ text: "Garde d'enfants", count: 1, details: [], comments: ["Relance prévue"] }],
    },
    { id: "workshops", title: "Ateliers", entries: [] },
  ],
};

const CTX: SheetContext = {
  number: "0162627",
  partner: "Ville de Metz",
  operator: "Pôle emploi",
  madeOn: "2022-01-15",
  check: { errors: 0, warnings: 2 },
  smallCountThreshold: 0,
  financing: { years: [{ year: 2021, due: 23398, paid: 11699, remaining: 11699 }], total: null },
};

const cell = (value: string | number | null, style: CellStyle) => ({ value, style });
const wide = (value: string, style: CellStyle, height?: number): SheetRow =>
  height === undefined ? { cells: [cell(value, style)] } : { cells: [cell(value, style)], height };
const BLANK: SheetRow = { cells: [] };

/** Rows 1 to 45 of the sheet of FIGURES and CTX, counted by hand. */
const HEAD: SheetRow[] = [
  /* 1 */ wide(`Évaluation 2021-S2 — convention n° 0162627`, "title", 24),
  /* 2 */ wide(TEXT.parties("Ville de Metz", "Pôle emploi"), "subtitle"),
  /* 3 */ wide(TEXT.period("01/07/2021", "31/12/2021"), "text"),
  /* 4 */ wide(TEXT.madeOn("15/01/2022", 7), "text"),
  /* 5 */ wide(TEXT.checkOk(2), "text"),
  /* 6 */ wide(TEXT.snapshot, "detail"),
  /* 7 */ BLANK,
  /* 8 */ wide(TEXT.indicators, "section"),
  /* 9 */ {
    cells: [
      cell("Indicateur", "header"),
      cell("Période", "header"),
      cell("Période précédente", "header"),
      cell(TEXT.change, "header"),
      cell(TEXT.yearToDate, "header"),
      cell("Cumul de la convention", "header"),
    ],
  },
  // Article 7 first, then the plan's sections, then the indicators no section names.
  /* 10 */ wide("Convention, article 7 : indicateurs d'activité", "blockTitle"),
  /* 11 */ {
    cells: [
      cell(DE_LABEL, "label"),
      cell(4, "count"),
      cell(3, "count"),
      cell(1, "count"),
      cell(7, "count"),
      cell(8, "count"),
    ],
  },
  /* 12 */ wide(
    "1 – Faire le lien entre les demandeurs reçus au pôle des Lauriers et les services de Pôle emploi",
    "blockTitle",
  ),
  /* 13 */ {
    cells: [
      cell(MER_LABEL, "label"),
      cell(2, "count"),
      cell(5, "count"),
      cell(-3, "count"),
      cell(7, "count"),
      cell(9, "count"),
    ],
  },
  /* 14 */ wide("Autres indicateurs suivis", "blockTitle"),
  /* 15 */ {
    cells: [
      cell(CUSTOM_LABEL, "label"),
      cell(1, "count"),
      cell(0, "count"),
      cell(1, "count"),
      cell(1, "count"),
      cell(1, "count"),
    ],
  },
  /* 16 */ BLANK,
  /* 17 */ wide(TEXT.typology, "section"),
  /* 18 */ { cells: [cell(TEXT.byQuartier, "header"), cell(TEXT.count, "header")] },
  /* 19 */ { cells: [cell("Borny", "label"), cell(3, "count")] },
  /* 20 */ { cells: [cell("Total QPV", "header"), cell(3, "count")] },
  /* 21 */ { cells: [cell("Hors QPV", "label"), cell(0, "count")] },
  /* 22 */ { cells: [cell("Non renseigné", "label"), cell(1, "count")] },
  /* 23 */ { cells: [cell(TEXT.byAgeBand, "header"), cell(TEXT.count, "header")] },
  /* 24 */ { cells: [cell("Moins de 26 ans", "label"), cell(2, "count")] },
  /* 25 */ { cells: [cell("Non renseigné", "label"), cell(2, "count")] },
  /* 26 */ { cells: [cell(TEXT.bySex, "header"), cell(TEXT.count, "header")] },
  /* 27 */ { cells: [cell("Femme", "label"), cell(4, "count")] },
  /* 28 */ BLANK,
  /* 29 */ wide(TEXT.words, "section"),
  /* 30 */ { cells: [cell("Services", "header"), cell(TEXT.count, "header")] },
  /* 31 */ { cells: [cell("Transport solidaire", "label"), cell(2, "count")] },
  /* 32 */ { cells: [cell("Agences", "header"), cell(TEXT.count, "header")] },
  /* 33 */ { cells: [cell("Agence Metz Gare", "label"), cell(3, "count")] },
  /* 34 */ { cells: [cell("   demande de place", "detail"), cell(3, "count")] }, // indented under its agency
  /* 35 */ { cells: [cell("Besoins", "header"), cell(TEXT.count, "header")] },
  /* 36 */ { cells: [cell("Garde d'enfants", "label"), cell(1, "count")] },
  /* 37 */ { cells: [cell(`   ${TEXT.wordsComment("Relance prévue")}`, "detail")] },
  /* 38 */ { cells: [cell("Ateliers", "header"), cell(TEXT.count, "header")] },
  /* 39 */ { cells: [cell(TEXT.wordsNone, "detail")] },
  /* 40 */ BLANK,
  /* 41 */ wide(TEXT.financing, "section"),
  /* 42 */ {
    cells: [
      cell(TEXT.year, "header"),
      cell(TEXT.due, "header"),
      cell(TEXT.paid, "header"),
      cell(TEXT.remaining, "header"),
    ],
  },
  /* 43 */ { cells: [cell("2021", "label"), cell(23398, "euro"), cell(11699, "euro"), cell(11699, "euro")] },
  /* 44 */ BLANK,
  /* 45 */ wide(TEXT.hand, "section"),
];

/** The 18 blocks in order: 12 questions of the plan, the final elements F.1–F.5, the decisions. */
const BLOCK_IDS = [
  ...["1.a", "1.b", "1.c", "2.a", "3.a", "3.b", "4.a", "5.a", "6.a", "6.b", "7.a", "7.b"],
  ...["F.1", "F.2", "F.3", "F.4", "F.5", "D"],
];
// Each block: its title row, then 3 rows to type in. The questions start at row 46 (46, 50, … 90);
// « Éléments de l'évaluation » takes row 94, so F.1 starts at 95 (… 111); « Décisions » row 115, D at 116.
const TITLE_ROWS = [46, 50, 54, 58, 62, 66, 70, 74, 78, 82, 86, 90, 95, 99, 103, 107, 111, 116];

const sheetOf = (figures = FIGURES, ctx: Partial<SheetContext> = {}): EvaluationSheet =>
  evaluationSheet(figures, { ...CTX, ...ctx });

describe("the sheet of a semester", () => {
  test("header, indicators by section, typology, words, financing: row by row", () => {
    expect(sheetOf().rows.slice(0, HEAD.length)).toEqual(HEAD);
  });

  test("the committee's blocks: title row, three rows to type in, the two section titles between", () => {
    const sheet = sheetOf();
    expect(sheet.handBlocks).toEqual(
      BLOCK_IDS.map((id, k) => {
        const titleRow = TITLE_ROWS[k] as number;
        return { id, titleRow, firstRow: titleRow + 1, lastRow: titleRow + 3 };
      }),
    );
    const at = (row: number) => sheet.rows[row - 1];
    expect(at(46)).toEqual(wide(`1.a — ${PLAN_QUESTIONS[0]?.title}`, "blockTitle"));
    for (const row of [47, 48, 49]) expect(at(row)).toEqual(wide("", "hand", 48));
    expect(at(93)).toEqual(wide("", "hand", 48));
    expect(at(94)).toEqual(wide(TEXT.finalElements, "section"));
    expect(at(95)).toEqual(wide("F.1 — Mobilisation des moyens mis en œuvre par Ville de Metz", "blockTitle"));
    expect(at(115)).toEqual(wide(TEXT.decisions, "section"));
    expect(at(116)).toEqual(wide(`D — ${DECISIONS_BLOCK.title}`, "blockTitle"));
    expect(sheet.rows).toHaveLength(119);
  });

  test("merges: every one-cell row over A to F, none on the tables", () => {
    const sheet = sheetOf();
    const wideRows = [1, 2, 3, 4, 5, 6, 8, 10, 12, 14, 17, 29, 41, 45];
    const handRows = Array.from({ length: 119 - 45 }, (_, k) => 46 + k);
    expect(sheet.merges).toEqual([...wideRows, ...handRows].map((r) => `A${r}:F${r}`));
  });

  test("name, widths, print titles and page breaks", () => {
    const sheet = sheetOf();
    expect(sheet.name).toBe("Évaluation 2021-S2");
    expect(sheet.columns).toEqual([62, 14, 14, 12, 14, 14]);
    expect(sheet.printTitleRows).toEqual([1, 2]);
    // A page for the typology (row 17), the words (29) and the committee's blocks (45).
    expect(sheet.pageBreaksBefore).toEqual([17, 29, 45]);
  });
});

describe("what changes the header", () => {
  test("errors in the data: a red alert row, taller, instead of the check line", () => {
    const rows = sheetOf(FIGURES, { check: { errors: 3, warnings: 1 } }).rows;
    expect(rows[4]).toEqual(wide(TEXT.checkErrors(3, 1), "alert", 30));
    expect(rows[5]).toEqual(wide(TEXT.snapshot, "detail"));
  });

  test("a small-count threshold: one more line saying so, and the typology's small counts masked", () => {
    const rows = sheetOf(FIGURES, { smallCountThreshold: 3 }).rows;
    expect(rows[5]).toEqual(wide(TEXT.masked(3), "text"));
    expect(rows[6]).toEqual(wide(TEXT.snapshot, "detail"));
    // One row lower than without a threshold: Borny 3 stays, 2 and 1 become « < 3 », 0 stays 0.
    expect(rows.slice(19, 28).map((r) => r.cells[1]?.value)).toEqual([3, 3, 0, "< 3", TEXT.count, "< 3", "< 3", TEXT.count, 4]); // prettier-ignore
    // The indicators are not masked: they are the convention's activity figures.
    expect(rows[11]?.cells.map((c) => c.value)).toEqual([DE_LABEL, 4, 3, 1, 7, 8]);
  });
});

describe("the final evaluation", () => {
  const FINAL: EvaluationPeriod = {
    kind: "final",
    label: "final",
    from: "2021-01-01",
    to: "2023-12-31",
    previous: null,
    yearToDate: { from: "2023-01-01", to: "2023-12-31" },
    conventionToDate: { from: "2021-01-01", to: "2023-12-31" },
  };
  const figures: EvaluationFigures = {
    ...FIGURES,
    period: FINAL,
    indicators: FIGURES.indicators.map((i) => ({ ...i, previous: null, change: null })),
  };
  const years = [
    { year: 2021, due: 23398, paid: 23398, remaining: 0 },
    { year: 2022, due: null, paid: 11699, remaining: null },
  ];

  test("empty previous and change cells, the convention's financing with its total and the unknown cost", () => {
    const sheet = sheetOf(figures, { financing: { years, total: { due: null, paid: 35097, remaining: null } } });
    expect(sheet.name).toBe("Évaluation finale");
    expect(sheet.rows[0]).toEqual(wide("Évaluation finale — convention n° 0162627", "title", 24));
    expect(sheet.rows[2]).toEqual(wide(TEXT.period("01/01/2021", "31/12/2023"), "text"));
    expect(sheet.rows[10]?.cells.map((c) => c.value)).toEqual([DE_LABEL, 4, null, null, 7, 8]);
    const financing = sheet.rows.findIndex((r) => r.cells[0]?.value === TEXT.financingAll);
    expect(financing).toBe(40);
    expect(sheet.rows.slice(41, 47)).toEqual([
      { cells: [cell(TEXT.year, "header"), cell(TEXT.due, "header"), cell(TEXT.paid, "header"), cell(TEXT.remaining, "header")] }, // prettier-ignore
      { cells: [cell("2021", "label"), cell(23398, "euro"), cell(23398, "euro"), cell(0, "euro")] },
      { cells: [cell("2022", "label"), cell(null, "euro"), cell(11699, "euro"), cell(null, "euro")] },
      { cells: [cell(TEXT.total, "header"), cell(null, "euro"), cell(35097, "euro"), cell(null, "euro")] },
      { cells: [cell(TEXT.costUnknown, "detail")] },
      BLANK,
    ]);
    // Three more rows than the semester's sheet (a second year, the total, the unknown cost): the
    // committee's part starts on row 48.
    expect(sheet.pageBreaksBefore).toEqual([17, 29, 48]);
    expect(sheet.handBlocks[0]).toEqual({ id: "1.a", titleRow: 49, firstRow: 50, lastRow: 52 });
  });

  test("every year's cost known: no line about an unknown cost", () => {
    const known = [years[0]!, { year: 2022, due: 23398, paid: 11699, remaining: 11699 }];
    const total = { due: 46796, paid: 35097, remaining: 11699 };
    const sheet = sheetOf(figures, { financing: { years: known, total } });
    expect(sheet.rows.some((r) => r.cells[0]?.value === TEXT.costUnknown)).toBe(false);
    expect(sheet.rows[44]).toEqual({
      cells: [cell(TEXT.total, "header"), cell(46796, "euro"), cell(35097, "euro"), cell(11699, "euro")],
    });
  });
});

describe("sections and indicators", () => {
  test("a section none of whose indicators the convention keeps has no title", () => {
    const onlyDe = { ...FIGURES, indicators: FIGURES.indicators.filter((i) => i.code === "DE_ACCUEILLIS") };
    const rows = sheetOf(onlyDe).rows;
    expect(rows.slice(9, 13)).toEqual([HEAD[9], HEAD[10], BLANK, HEAD[16]]);
  });
});

describe("text kept in the committee's blocks", () => {
  test("a longer answer keeps all its rows; empty lines stay empty", () => {
    const sheet = sheetOf(FIGURES, { handText: { "1.a": ["Réunion de mars", null, "", "Deux réunions"], D: ["Poursuivre"] } }); // prettier-ignore
    expect(sheet.handBlocks[0]).toEqual({ id: "1.a", titleRow: 46, firstRow: 47, lastRow: 50 });
    expect(sheet.handBlocks[1]).toEqual({ id: "1.b", titleRow: 51, firstRow: 52, lastRow: 54 });
    expect(sheet.rows.slice(46, 50)).toEqual([
      wide("Réunion de mars", "hand", 48),
      wide("", "hand", 48),
      wide("", "hand", 48),
      wide("Deux réunions", "hand", 48),
    ]);
    const d = sheet.handBlocks.at(-1)!;
    expect(sheet.rows[d.firstRow - 1]).toEqual(wide("Poursuivre", "hand", 48));
    expect(sheet.rows[d.firstRow]).toEqual(wide("", "hand", 48));
  });

  test("read back from a sheet: by block id, up to the next title, trailing empty rows left out", () => {
    const columnA: Record<number, string> = {
      1: "Évaluation 2021-S2 — convention n° 0162627",
      2: "texte avant tout cadre",
      3: `1.a — ${PLAN_QUESTIONS[0]?.title}`,
      4: "Réunion de mars",
      6: "Deux réunions",
      7: "",
      8: "1.b — Une question dont le texte a changé depuis",
      9: "Chaque mois",
      10: `2.a — ${PLAN_QUESTIONS[3]?.title}`,
      11: "",
      13: `7.b — ${PLAN_QUESTIONS[11]?.title}`,
      14: "Trois embauches",
      15: TEXT.finalElements,
      16: "texte entre deux titres",
      17: TEXT.decisions,
      18: `D — ${DECISIONS_BLOCK.title}`,
      19: "Poursuivre",
    };
    const read = readHandText((row) => columnA[row] ?? null, 19, "Ville de Metz", "Pôle emploi");
    expect(read).toEqual({
      "1.a": ["Réunion de mars", null, "Deux réunions"],
      "1.b": ["Chaque mois"],
      "7.b": ["Trois embauches"],
      D: ["Poursuivre"],
    });
    // Reading one row less leaves the decision out.
    expect(readHandText((row) => columnA[row] ?? null, 18, "Ville de Metz", "Pôle emploi").D).toBeUndefined();
  });

  test("a sheet written with text reads back to that text", () => {
    const handText = { "3.b": ["Mobilité", "Garde"], "F.2": ["Une conseillère à mi-temps"], D: ["À revoir", null, "en juin"] }; // prettier-ignore
    const sheet = sheetOf(FIGURES, { handText });
    const columnA = (row: number) => {
      const v = sheet.rows[row - 1]?.cells[0]?.value;
      return typeof v === "string" && v !== "" ? v : null;
    };
    expect(readHandText(columnA, sheet.rows.length, "Ville de Metz", "Pôle emploi")).toEqual(handText);
  });
});

describe("names and blocks", () => {
  test("sheet names by kind, archives cut to Excel's 31 characters", () => {
    expect(evaluationSheetName({ kind: "semester", label: "2022-S1" })).toBe("Évaluation 2022-S1");
    expect(evaluationSheetName({ kind: "year", label: "2022" })).toBe("Bilan 2022");
    expect(evaluationSheetName({ kind: "final", label: "final" })).toBe("Évaluation finale");
    expect(archiveSheetName("Bilan 2022", 2)).toBe("Archive 2 Bilan 2022");
    // « Archive 12345 Évaluation 2021-S1 » has 32 characters: the last one goes.
    expect(archiveSheetName("Évaluation 2021-S1", 12345)).toBe("Archive 12345 Évaluation 2021-S");
  });

  test("article 7's three elements of the final evaluation, each party named where it says « chacune des parties »", () => {
    expect(finalElements("Ville de Metz", "France Travail")).toEqual([
      { id: "F.1", title: "Mobilisation des moyens mis en œuvre par Ville de Metz" },
      { id: "F.2", title: "Mobilisation des moyens mis en œuvre par France Travail" },
      { id: "F.3", title: "Résultats liés à la mise en œuvre de la convention" },
      { id: "F.4", title: "Contribution de Ville de Metz à l'atteinte des objectifs fixés par la convention" },
      { id: "F.5", title: "Contribution de France Travail à l'atteinte des objectifs fixés par la convention" },
    ]);
  });

  test("blocks in sheet order, each title starting with its id", () => {
    const blocks = handBlocks("Ville de Metz", "Pôle emploi");
    expect(blocks.map((b) => b.id)).toEqual(BLOCK_IDS);
    expect(blockTitle(DECISIONS_BLOCK)).toBe("D — Décisions du comité de pilotage");
  });
});
