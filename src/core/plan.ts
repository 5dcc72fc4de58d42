import { LAST_ROW, columnLetters } from "./a1";
import { qpvOf, OUTSIDE_QPV, NOT_STATED } from "./catalogue";
import { at } from "./checked";
import { DEFINED_NAME, SHEET, TRACKING_COLUMNS, TRACKING_TABLE } from "./contract";
import type { Convention } from "./convention";
import { COUNT_LIMITS, TEXT_MAX } from "./limits";
import { FINANCING_TEXT, INDICATORS_TEXT, LISTS_TEXT, PARAMETERS_TEXT, VALIDATION_TEXT, WEEKDAYS } from "./plan-text";
import type { PlanCell, PlanOp } from "./plan-types";
import { conventionYears } from "./preset";

export const DATE_FORMAT = "dd/mm/yyyy";
export const EURO_FORMAT = '#,##0.00 "€"';
/** Validations cover whole columns below the header so rows added later are checked too. */

/** Extra defined names (besides the contract's) that the computed sheets' formulas read. */
export const EXTRA_NAME = {
  share: "CONV_PART_SIGNATURE",
  years: "CONV_ANNEES",
  costs: "CONV_COUTS_ANNUELS",
} as const;

export const LIST_TABLE = {
  indicators: "ListeIndicateurs",
  quartier: "ListeQuartiers",
  trancheAge: "ListeTranchesAge",
  sexe: "ListeSexes",
} as const;
export const COSTS_TABLE = "CoutsAnnuels";

/** A reporting period of the Indicateurs sheet: a semester, a year or the whole convention. */
export interface Period {
  kind: "semester" | "year" | "total";
  label: string;
  /** ISO bounds, clipped to the convention. */
  from: string;
  to: string;
}

/** Semesters, then years, then the total: the columns C… of Indicateurs, in order. */
export function reportingPeriods(c: Pick<Convention, "start" | "end">): Period[] {
  const clip = (from: string, to: string) => ({ from: from < c.start ? c.start : from, to: to > c.end ? c.end : to });
  const semesters: Period[] = [];
  const years: Period[] = [];
  for (const y of conventionYears(c)) {
    for (const [n, from, to] of [
      [1, `${y}-01-01`, `${y}-06-30`],
      [2, `${y}-07-01`, `${y}-12-31`],
    ] as const) {
      const p = clip(from, to);
      if (p.from <= p.to) semesters.push({ kind: "semester", label: `${y}-S${n}`, ...p });
    }
    years.push({ kind: "year", label: String(y), ...clip(`${y}-01-01`, `${y}-12-31`) });
  }
  return [...semesters, ...years, { kind: "total", label: INDICATORS_TEXT.total, from: c.start, to: c.end }];
}

/** Where things are on the Indicateurs sheet (shared with check and the oracle test). */
export function indicatorsLayout(c: Convention) {
  const periods = reportingPeriods(c);
  const firstIndicatorRow = 2;
  const lastIndicatorRow = firstIndicatorRow + c.indicators.length - 1;
  const breakdownTitleRow = lastIndicatorRow + 2;
  const breakdownHeaderRow = breakdownTitleRow + 1;
  const qpv = qpvOf(c.lists.quartier);
  const breakdownLabels = [...qpv, INDICATORS_TEXT.totalQpv, OUTSIDE_QPV, NOT_STATED];
  const firstBreakdownRow = breakdownHeaderRow + 1;
  return {
    periods,
    firstIndicatorRow,
    lastIndicatorRow,
    breakdownTitleRow,
    breakdownHeaderRow,
    firstBreakdownRow,
    breakdownLabels,
    qpvCount: qpv.length,
    lastColumn: columnLetters(2 + periods.length),
    /** Column letter of period i (0-based). */
    periodColumn: (i: number) => columnLetters(3 + i),
  };
}

/**
 * Where an existing workbook already has the blocks whose size follows the period. A change of
 * period (an amendment) then moves nothing the user typed: the yearly costs keep their rows (new
 * years are added under them), the early-termination block stays where it is while the year rows
 * fit above it, and is carried down, typed date included, only when they do not.
 */
export interface LayoutAnchors {
  /** Years of the CoutsAnnuels rows, in sheet order (its typed costs stay on their rows). */
  costYears?: number[];
  /** Year rows the Financement sheet holds from its first year row (their typed payments stay). */
  financingYearRows?: number;
  /** Row of the early-termination block's title on Financement. */
  terminationTitleRow?: number;
  /** Cells of Indicateurs beyond the columns of the current period (left by a longer one). */
  indicatorsStale?: string[];
}

/** Where things are on the Paramètres sheet. */
export function parametersLayout(c: Convention, anchors: LayoutAnchors = {}) {
  const costHeaderRow = 16;
  const kept = anchors.costYears ?? [];
  const costYears = [...kept, ...conventionYears(c).filter((y) => !kept.includes(y))];
  return {
    rows: {
      number: 3,
      partner: 4,
      operator: 5,
      start: 6,
      end: 7,
      etp: 8,
      share: 9,
      basis: 10,
      even: 11,
      odd: 12,
      hours: 13,
    },
    costTitleRow: 15,
    costHeaderRow,
    /** Years of the cost rows, in order: the workbook's own rows first, then the years it lacks. */
    costYears,
    /** Rows the workbook already had (the others are added). */
    keptCostRows: kept.length,
    firstCostRow: costHeaderRow + 1,
    lastCostRow: costHeaderRow + costYears.length,
  };
}

/** Where things are on the Financement sheet. */
export function financingLayout(c: Convention, anchors: LayoutAnchors = {}) {
  const years = conventionYears(c);
  const headerRow = 3;
  const firstYearRow = 4;
  const lastYearRow = firstYearRow + years.length - 1;
  const lowest = lastYearRow + 2;
  const found = anchors.terminationTitleRow;
  const endTitle = found !== undefined && found >= lowest ? found : lowest;
  const oldYearRows = anchors.financingYearRows ?? years.length;
  return {
    years,
    headerRow,
    firstYearRow,
    lastYearRow,
    /** Year rows the sheet already had (rows after them are new: their input cells are prepared). */
    keptYearRows: Math.min(oldYearRows, years.length),
    /** Rows of years no longer in the period, above the termination block: their formulas are cleared. */
    staleYearRows: Array.from(
      { length: Math.max(0, Math.min(firstYearRow + oldYearRows - 1, endTitle - 2) - lastYearRow) },
      (_, i) => lastYearRow + 1 + i,
    ),
    /** Where the termination block was, when the year rows no longer fit above it. */
    terminationMovedFrom: found !== undefined && found < lowest ? found : undefined,
    /** Columns of the per-year block. */
    col: {
      year: "A",
      cost: "B",
      etp: "C",
      post: "D",
      annual: "E",
      first: "F",
      firstPaidOn: "G",
      firstPaid: "H",
      balance: "I",
      balancePaidOn: "J",
      balancePaid: "K",
      remaining: "L",
    },
    termination: {
      titleRow: endTitle,
      endDate: `B${endTitle + 1}`,
      year: `B${endTitle + 2}`,
      days: `B${endTitle + 3}`,
      daysInYear: `B${endTitle + 4}`,
      annual: `B${endTitle + 5}`,
      paid: `B${endTitle + 6}`,
      due: `B${endTitle + 7}`,
      refund: `B${endTitle + 8}`,
    },
  };
}

const date = (iso: string) => `DATE(${Number(iso.slice(0, 4))},${Number(iso.slice(5, 7))},${Number(iso.slice(8, 10))})`;
const col = (name: string) => `${TRACKING_TABLE}[${name.replace(/'/g, "''")}]`;

/**
 * Count of acts for an indicator over a period: the sum of `Nombre`, plus 1 per row whose Nombre is
 * empty (most acts are logged one by one). `extra` adds criteria pairs (e.g. the quartier).
 */
export function countFormula(labelRef: string, period: Pick<Period, "from" | "to">, extra = ""): string {
  // The bounds are clipped to the period in Paramètres (its defined names), not to dates written
  // at build: a start or end date changed there is counted at once.
  // Before the day after the last one, not "<=" the last day: a date pasted with a time of day
  // (30/06/2021 14:30) is later than 30/06/2021 00:00 and still belongs to that day.
  const from = `MAX(${date(period.from)},${DEFINED_NAME.start})`;
  const to = `MIN(${date(period.to)},${DEFINED_NAME.end})`;
  const criteria = `${col("Indicateur")},${labelRef},${col("Date")},">="&${from},${col("Date")},"<"&(${to}+1)${extra}`;
  return `SUMIFS(${col("Nombre")},${criteria})+COUNTIFS(${criteria},${col("Nombre")},"")`;
}

export const SEMESTER_FORMULA = (() => {
  const d = `${TRACKING_TABLE}[[#This Row],[Date]]`;
  return `IF(ISNUMBER(${d}),YEAR(${d})&"-S"&IF(MONTH(${d})<=6,1,2),"")`;
})();

function header(sheet: string, address: string, cells: PlanCell[][]): PlanOp {
  return { kind: "writeCells", sheet, address, cells, bold: true };
}

type ValidationRule = Extract<PlanOp, { kind: "setValidation" }>["rule"];

/** Every validation of the plan stops the entry with the same title and a message saying what is expected. */
function validation(sheet: string, address: string, rule: ValidationRule, errorMessage: string): PlanOp {
  return { kind: "setValidation", sheet, address, rule, errorTitle: VALIDATION_TEXT.title, errorMessage };
}

function parametersOps(c: Convention, anchors: LayoutAnchors): PlanOp[] {
  const L = parametersLayout(c, anchors);
  const r = L.rows;
  const s = SHEET.parameters;
  const days = (list: number[]) => list.map((d) => at(WEEKDAYS, d - 1)).join(", ");
  const P = PARAMETERS_TEXT;
  const labels: [number, string][] = [
    [r.number, P.number],
    [r.partner, P.partner],
    [r.operator, P.operator],
    [r.start, P.start],
    [r.end, P.end],
    [r.etp, P.etp],
    [r.share, P.share],
    [r.basis, P.basis],
    [r.even, P.even],
    [r.odd, P.odd],
    [r.hours, P.hours],
  ];
  const costRows = L.costYears.map((year) => {
    const entry = c.annualCosts.find((a) => a.year === year);
    return [year, entry?.cost ?? null, entry?.note ?? P.toUpdate] as PlanCell[];
  });
  // Years the workbook's table lacks (a longer period): written under its rows, into empty cells only.
  const addedCosts: PlanOp[] =
    L.keptCostRows > 0 && costRows.length > L.keptCostRows
      ? [
          {
            kind: "writeCells",
            sheet: s,
            address: `A${L.firstCostRow + L.keptCostRows}`,
            cells: costRows.slice(L.keptCostRows),
            repair: "fillEmpty",
          },
        ]
      : [];
  const costRange = `$B$${L.firstCostRow}:$B$${L.lastCostRow}`;
  return [
    { kind: "addSheet", sheet: s, position: 0 },
    header(s, "A1", [[P.title]]),
    ...labels.map(([row, label]): PlanOp => ({ kind: "writeCells", sheet: s, address: `A${row}`, cells: [[label]] })),
    {
      kind: "writeCells",
      sheet: s,
      address: `B${r.number}`,
      cells: [[c.number], [c.partner], [c.operator]],
      repair: "fillEmpty",
      numberFormat: "@",
    },
    {
      kind: "writeCells",
      sheet: s,
      address: `B${r.start}`,
      cells: [[{ formula: date(c.start) }], [{ formula: date(c.end) }]],
      repair: "fillEmpty",
      numberFormat: DATE_FORMAT,
    },
    {
      kind: "writeCells",
      sheet: s,
      address: `B${r.etp}`,
      cells: [[c.etp], [c.instalmentShares[0]]],
      repair: "fillEmpty",
    },
    {
      kind: "writeCells",
      sheet: s,
      address: `B${r.basis}`,
      repair: "fillEmpty",
      cells: [
        [c.prorataBasis === "days" ? P.basisDays : P.basisMonths],
        [days(c.presence.evenWeekDays)],
        [days(c.presence.oddWeekDays)],
        [c.presence.hoursPerDay],
      ],
    },
    header(s, `A${L.costTitleRow}`, [[P.costTitle]]),
    {
      kind: "addTable",
      sheet: s,
      name: COSTS_TABLE,
      address: `A${L.costHeaderRow}:C${L.lastCostRow}`,
      headers: [P.year, P.cost, P.note],
      rows: costRows,
      numberFormats: [{ column: P.cost, format: EURO_FORMAT }],
    },
    ...addedCosts,
    { kind: "defineName", name: DEFINED_NAME.number, sheet: s, address: `$B$${r.number}` },
    { kind: "defineName", name: DEFINED_NAME.start, sheet: s, address: `$B$${r.start}` },
    { kind: "defineName", name: DEFINED_NAME.end, sheet: s, address: `$B$${r.end}` },
    { kind: "defineName", name: DEFINED_NAME.etp, sheet: s, address: `$B$${r.etp}` },
    { kind: "defineName", name: EXTRA_NAME.share, sheet: s, address: `$B$${r.share}` },
    { kind: "defineName", name: EXTRA_NAME.years, sheet: s, address: `$A$${L.firstCostRow}:$A$${L.lastCostRow}` },
    { kind: "defineName", name: EXTRA_NAME.costs, sheet: s, address: costRange },
    validation(s, `B${r.etp}`, { type: "decimal", min: 0.01, max: 100 }, VALIDATION_TEXT.etp),
    validation(s, `B${r.share}`, { type: "decimal", min: 0.01, max: 1 }, VALIDATION_TEXT.share),
    validation(s, costRange.replace(/\$/g, ""), { type: "decimal", min: 0, max: 10_000_000 }, VALIDATION_TEXT.cost),
    {
      kind: "setColumnWidths",
      sheet: s,
      widths: [
        { column: "A", width: 40 },
        { column: "B", width: 24 },
        { column: "C", width: 30 },
      ],
    },
  ];
}

/** Headers of the one-column list tables on Listes (the drop-down sources name them). */
const LIST_COLUMN = { quartier: "Quartier", trancheAge: "Tranche d'âge", sexe: "Sexe" } as const;

/** Structured reference to a table column; Excel escapes [ ] # ' in a header with a leading '. */
export function tableColumnRef(table: string, column: string): string {
  return `${table}[${column.replace(/['[\]#]/g, "'$&")}]`;
}

/**
 * Drop-down sources of Suivi: the columns of the list tables, so that a value the user adds to a
 * table on Listes is offered at once and the source never goes stale. Excel refuses a structured
 * reference as a validation source; INDIRECT over its text is the standard way to name one.
 */
export function listSources() {
  const source = (table: string, column: string) => `=INDIRECT("${tableColumnRef(table, column)}")`;
  return {
    indicator: source(LIST_TABLE.indicators, LISTS_TEXT.label),
    quartier: source(LIST_TABLE.quartier, LIST_COLUMN.quartier),
    trancheAge: source(LIST_TABLE.trancheAge, LIST_COLUMN.trancheAge),
    sexe: source(LIST_TABLE.sexe, LIST_COLUMN.sexe),
  };
}

function listsOps(c: Convention): PlanOp[] {
  const s = SHEET.lists;
  const single = (name: string, column: string, headerText: string, values: string[]): PlanOp => ({
    kind: "addTable",
    sheet: s,
    name,
    address: `${column}1:${column}${values.length + 1}`,
    headers: [headerText],
    rows: values.map((v) => [v]),
  });
  return [
    { kind: "addSheet", sheet: s, position: 1 },
    {
      kind: "addTable",
      sheet: s,
      name: LIST_TABLE.indicators,
      address: `A1:C${c.indicators.length + 1}`,
      headers: [LISTS_TEXT.code, LISTS_TEXT.label, LISTS_TEXT.group],
      rows: c.indicators.map((i) => [i.code, i.label, i.group]),
    },
    single(LIST_TABLE.quartier, "E", LIST_COLUMN.quartier, c.lists.quartier),
    single(LIST_TABLE.trancheAge, "G", LIST_COLUMN.trancheAge, c.lists.trancheAge),
    single(LIST_TABLE.sexe, "I", LIST_COLUMN.sexe, c.lists.sexe),
    {
      kind: "setColumnWidths",
      sheet: s,
      widths: [
        { column: "A", width: 28 },
        { column: "B", width: 50 },
        { column: "C", width: 24 },
        { column: "E", width: 28 },
        { column: "G", width: 18 },
        { column: "I", width: 16 },
      ],
    },
  ];
}

function trackingOps(): PlanOp[] {
  const s = SHEET.tracking;
  const src = listSources();
  const column = (name: string) =>
    columnLetters(TRACKING_COLUMNS.indexOf(name as (typeof TRACKING_COLUMNS)[number]) + 1);
  const on = (name: string) => `${column(name)}2:${column(name)}${LAST_ROW}`;
  const v = (name: string, rule: ValidationRule, errorMessage: string) => validation(s, on(name), rule, errorMessage);
  return [
    { kind: "addSheet", sheet: s, position: 2 },
    {
      kind: "addTable",
      sheet: s,
      name: TRACKING_TABLE,
      address: `A1:${columnLetters(TRACKING_COLUMNS.length)}1`,
      headers: [...TRACKING_COLUMNS],
      rows: [],
      calculatedColumns: [{ column: "Semestre", formula: SEMESTER_FORMULA }],
      numberFormats: [{ column: "Date", format: DATE_FORMAT }],
    },
    v("Date", { type: "date", min: `=${DEFINED_NAME.start}`, max: `=${DEFINED_NAME.end}` }, VALIDATION_TEXT.date),
    v("Indicateur", { type: "list", source: src.indicator }, VALIDATION_TEXT.indicator),
    v("Nombre", { type: "whole", min: COUNT_LIMITS.min, max: COUNT_LIMITS.max }, VALIDATION_TEXT.count),
    v("Quartier", { type: "list", source: src.quartier }, VALIDATION_TEXT.quartier),
    v("Tranche d'âge", { type: "list", source: src.trancheAge }, VALIDATION_TEXT.trancheAge),
    v("Sexe", { type: "list", source: src.sexe }, VALIDATION_TEXT.sexe),
    v("Précision", { type: "textLength", max: TEXT_MAX["Précision"] }, VALIDATION_TEXT.precision),
    v("Commentaire", { type: "textLength", max: TEXT_MAX.Commentaire }, VALIDATION_TEXT.comment),
    v("Saisi par", { type: "textLength", max: TEXT_MAX["Saisi par"] }, VALIDATION_TEXT.author),
    { kind: "freezeRows", sheet: s, rows: 1 },
    {
      kind: "setColumnWidths",
      sheet: s,
      widths: [12, 44, 9, 26, 16, 14, 40, 40, 14, 10].map((width, i) => ({ column: columnLetters(i + 1), width })),
    },
  ];
}

function indicatorsOps(c: Convention): PlanOp[] {
  const s = SHEET.indicators;
  const L = indicatorsLayout(c);
  const headerRow: PlanCell[] = [INDICATORS_TEXT.code, INDICATORS_TEXT.indicator, ...L.periods.map((p) => p.label)];
  const rows: PlanCell[][] = c.indicators.map((ind, i) => {
    const row = L.firstIndicatorRow + i;
    return [ind.code, ind.label, ...L.periods.map((p) => ({ formula: countFormula(`$B${row}`, p) }))];
  });
  const deIndex = c.indicators.findIndex((i) => i.code === "DE_ACCUEILLIS");
  const ops: PlanOp[] = [
    { kind: "addSheet", sheet: s, position: 3 },
    header(s, "A1", [headerRow]),
    { kind: "writeCells", sheet: s, address: `A${L.firstIndicatorRow}`, cells: rows, numberFormat: "0" },
  ];
  if (deIndex >= 0) {
    const deRow = L.firstIndicatorRow + deIndex;
    const totalQpvRow = L.firstBreakdownRow + L.qpvCount;
    const breakdown: PlanCell[][] = L.breakdownLabels.map((label, i) => {
      const row = L.firstBreakdownRow + i;
      const cells = L.periods.map((p, j): PlanCell => {
        const column = L.periodColumn(j);
        if (i < L.qpvCount || label === OUTSIDE_QPV) {
          return { formula: countFormula(`$B$${deRow}`, p, `,${col("Quartier")},$B${row}`) };
        }
        if (i === L.qpvCount) {
          return { formula: L.qpvCount > 0 ? `SUM(${column}${L.firstBreakdownRow}:${column}${totalQpvRow - 1})` : "0" };
        }
        // Non renseigné: whatever is neither a QPV nor outside, blanks included, so the rows add up.
        return { formula: `${column}${deRow}-${column}${totalQpvRow}-${column}${totalQpvRow + 1}` };
      });
      return ["", label, ...cells];
    });
    ops.push(
      header(s, `A${L.breakdownTitleRow}`, [[INDICATORS_TEXT.breakdownTitle(at(c.indicators, deIndex).label)]]),
      header(s, `A${L.breakdownHeaderRow}`, [["", "Quartier", ...L.periods.map((p) => p.label)]]),
      { kind: "writeCells", sheet: s, address: `A${L.firstBreakdownRow}`, cells: breakdown, numberFormat: "0" },
    );
  }
  ops.push(
    { kind: "freezeRows", sheet: s, rows: 1 },
    {
      kind: "setColumnWidths",
      sheet: s,
      widths: [
        { column: "A", width: 28 },
        { column: "B", width: 50 },
        ...L.periods.map((_, j) => ({ column: L.periodColumn(j), width: 10 })),
      ],
    },
  );
  return ops;
}

function financingOps(c: Convention, anchors: LayoutAnchors): PlanOp[] {
  const s = SHEET.financing;
  const F = financingLayout(c, anchors);
  const k = F.col;
  const rows: PlanCell[][] = F.years.map((year, i) => {
    const r = F.firstYearRow + i;
    const blank = (ref: string, expr: string) => ({ formula: `IF(${ref}="","",${expr})` });
    // Found by year, not by position: the cost rows of Paramètres keep their order when the period changes.
    const cost = `IFERROR(INDEX(${EXTRA_NAME.costs},MATCH($${k.year}${r},${EXTRA_NAME.years},0)),"")`;
    return [
      year,
      { formula: `IF(${cost}="","",${cost})` },
      { formula: DEFINED_NAME.etp },
      blank(`${k.cost}${r}`, `ROUND(${k.cost}${r}*${k.etp}${r},2)`),
      blank(`${k.post}${r}`, `ROUND(${k.post}${r},0)`),
      blank(`${k.annual}${r}`, `ROUND(${k.annual}${r}*${EXTRA_NAME.share},0)`),
    ];
  });
  const balance = F.years.map((_, i) => {
    const r = F.firstYearRow + i;
    return [{ formula: `IF(${k.annual}${r}="","",${k.annual}${r}-${k.first}${r})` }] as PlanCell[];
  });
  const remaining = F.years.map((_, i) => {
    const r = F.firstYearRow + i;
    return [
      { formula: `IF(${k.annual}${r}="","",${k.annual}${r}-N(${k.firstPaid}${r})-N(${k.balancePaid}${r}))` },
    ] as PlanCell[];
  });
  const T = F.termination;
  const yearsRange = `$A$${F.firstYearRow}:$A$${F.lastYearRow}`;
  const sumFor = (column: string) =>
    `SUMIFS($${column}$${F.firstYearRow}:$${column}$${F.lastYearRow},${yearsRange},${T.year})`;
  const ifEnd = (expr: string) => ({ formula: `IF(${T.endDate}="","",${expr})` });
  const termLabels = [
    FINANCING_TEXT.endDate,
    FINANCING_TEXT.endYear,
    FINANCING_TEXT.days,
    FINANCING_TEXT.daysInYear,
    FINANCING_TEXT.annualDue,
    FINANCING_TEXT.paidYear,
    FINANCING_TEXT.proRata,
    FINANCING_TEXT.refund,
  ];
  const dateRows = `${k.firstPaidOn}${F.firstYearRow}:${k.firstPaidOn}${F.lastYearRow}`;
  // Input cells of the year rows: prepared when the sheet is made, and on the rows a longer period adds.
  const kept = F.keptYearRows;
  const inputCells = (column: string, format: string): PlanOp[] => [
    {
      kind: "writeCells",
      sheet: s,
      address: `${column}${F.firstYearRow}`,
      cells: F.years.slice(0, kept).map(() => [null]),
      numberFormat: format,
      repair: "createOnly",
    },
    ...(kept < F.years.length
      ? [
          {
            kind: "writeCells",
            sheet: s,
            address: `${column}${F.firstYearRow + kept}`,
            cells: F.years.slice(kept).map(() => [null]),
            numberFormat: format,
            repair: "createOnly",
            layoutAdded: true,
          } as PlanOp,
        ]
      : []),
  ];
  // Rows of years the period no longer covers: their formulas go (they would show errors); what
  // was typed there (payments) stays, and the build says so.
  const stale: PlanOp[] = F.staleYearRows.flatMap((r) =>
    [k.year, k.cost, k.etp, k.post, k.annual, k.first, k.balance, k.remaining].map((column): PlanOp => ({
      kind: "writeCells",
      sheet: s,
      address: `${column}${r}`,
      cells: [[null]],
    })),
  );
  const moved: PlanOp[] =
    F.terminationMovedFrom !== undefined
      ? [
          {
            kind: "writeCells",
            sheet: s,
            address: T.endDate,
            cells: [[null]],
            numberFormat: DATE_FORMAT,
            repair: "createOnly",
            layoutAdded: true,
          },
          { kind: "moveCells", sheet: s, from: `B${F.terminationMovedFrom + 1}`, to: T.endDate },
          // The row left blank between the years and the block may hold what was the block's top.
          { kind: "writeCells", sheet: s, address: `A${F.lastYearRow + 1}`, cells: [[null, null]] },
        ]
      : [];
  return [
    { kind: "addSheet", sheet: s, position: 4 },
    header(s, "A1", [[FINANCING_TEXT.title(c.number)]]),
    ...moved,
    header(s, `A${F.headerRow}`, [
      [
        FINANCING_TEXT.year,
        FINANCING_TEXT.cost,
        FINANCING_TEXT.etp,
        FINANCING_TEXT.post,
        FINANCING_TEXT.annual,
        FINANCING_TEXT.first,
        FINANCING_TEXT.paidOn,
        FINANCING_TEXT.paid,
        FINANCING_TEXT.balance,
        FINANCING_TEXT.paidOn,
        FINANCING_TEXT.paid,
        FINANCING_TEXT.remaining,
      ],
    ]),
    { kind: "writeCells", sheet: s, address: `A${F.firstYearRow}`, cells: rows.map((r) => r.slice(0, 1)) },
    {
      kind: "writeCells",
      sheet: s,
      address: `B${F.firstYearRow}`,
      cells: rows.map((r) => r.slice(1, 2)),
      numberFormat: EURO_FORMAT,
    },
    {
      kind: "writeCells",
      sheet: s,
      address: `C${F.firstYearRow}`,
      cells: rows.map((r) => r.slice(2, 3)),
      numberFormat: "0.00",
    },
    {
      kind: "writeCells",
      sheet: s,
      address: `D${F.firstYearRow}`,
      cells: rows.map((r) => r.slice(3, 6)),
      numberFormat: EURO_FORMAT,
    },
    ...inputCells(k.firstPaidOn, DATE_FORMAT),
    ...inputCells(k.firstPaid, EURO_FORMAT),
    {
      kind: "writeCells",
      sheet: s,
      address: `${k.balance}${F.firstYearRow}`,
      cells: balance,
      numberFormat: EURO_FORMAT,
    },
    ...inputCells(k.balancePaidOn, DATE_FORMAT),
    ...inputCells(k.balancePaid, EURO_FORMAT),
    {
      kind: "writeCells",
      sheet: s,
      address: `${k.remaining}${F.firstYearRow}`,
      cells: remaining,
      numberFormat: EURO_FORMAT,
    },
    ...stale,
    header(s, `A${T.titleRow}`, [[FINANCING_TEXT.terminationTitle]]),
    { kind: "writeCells", sheet: s, address: `A${T.titleRow + 1}`, cells: termLabels.map((label) => [label]) },
    {
      kind: "writeCells",
      sheet: s,
      address: T.endDate,
      cells: [[null]],
      numberFormat: DATE_FORMAT,
      repair: "createOnly",
    },
    {
      kind: "writeCells",
      sheet: s,
      address: T.year,
      numberFormat: "0",
      cells: [
        [ifEnd(`YEAR(${T.endDate})`)],
        [ifEnd(`${T.endDate}-MAX(DATE(${T.year},1,1),${DEFINED_NAME.start})+1`)],
        [ifEnd(`DATE(${T.year},12,31)-DATE(${T.year},1,1)+1`)],
      ],
    },
    {
      kind: "writeCells",
      sheet: s,
      address: T.annual,
      numberFormat: EURO_FORMAT,
      cells: [
        [ifEnd(sumFor(k.annual))],
        [ifEnd(`${sumFor(k.firstPaid)}+${sumFor(k.balancePaid)}`)],
        [ifEnd(`ROUND(${T.annual}*${T.days}/${T.daysInYear},2)`)],
        [ifEnd(`${T.paid}-${T.due}`)],
      ],
    },
    ...[dateRows, `${k.balancePaidOn}${F.firstYearRow}:${k.balancePaidOn}${F.lastYearRow}`].map((address) =>
      validation(s, address, { type: "date", min: "1990-01-01", max: "2100-12-31" }, VALIDATION_TEXT.paidOn),
    ),
    ...[k.firstPaid, k.balancePaid].map((column) =>
      validation(
        s,
        `${column}${F.firstYearRow}:${column}${F.lastYearRow}`,
        { type: "decimal", min: 0, max: 10_000_000 },
        VALIDATION_TEXT.paid,
      ),
    ),
    validation(
      s,
      T.endDate,
      { type: "date", min: `=${DEFINED_NAME.start}`, max: `=${DEFINED_NAME.end}` },
      VALIDATION_TEXT.endDate,
    ),
    {
      kind: "setColumnWidths",
      sheet: s,
      widths: [
        { column: "A", width: 40 },
        ...["B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L"].map((column) => ({
          column,
          width: 28,
        })) /* fits the longest heading */,
      ],
    },
  ];
}

/** Everything the build wants in the workbook, in the order it is applied (over `anchors` when it exists). */
export function buildPlan(c: Convention, anchors: LayoutAnchors = {}): PlanOp[] {
  // What a longer period left on Indicateurs is cleared: every cell there is computed.
  const stale: PlanOp[] = (anchors.indicatorsStale ?? []).map((address) => ({
    kind: "writeCells",
    sheet: SHEET.indicators,
    address,
    cells: [[null]],
  }));
  return [
    ...parametersOps(c, anchors),
    ...listsOps(c),
    ...trackingOps(),
    ...indicatorsOps(c),
    ...stale,
    ...financingOps(c, anchors),
  ];
}
