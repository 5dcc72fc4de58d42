/**
 * The custom functions as the task pane lists them: description and parameters through the i18n
 * table (the same keys write the French functions metadata at build time), and one worked
 * example each, taken from the convention, in French and en-US formula syntax.
 */
import type { PlainKey } from "../i18n";
import "../i18n/areas/functions";

export interface FunctionDoc {
  id: string;
  descriptionKey: PlainKey;
  params: { name: string; descriptionKey: PlainKey; optional: boolean }[];
  /** French Excel syntax: `;` between arguments, `,` as decimal mark. */
  exampleFr: string;
  /** en-US syntax, what `range.formulas` takes. */
  exampleEn: string;
  /** The example's result as French Excel displays it. */
  resultFr: string;
}

/** A parameter from its i18n key (checked by the compiler): its name is the key's last part. */
function param(
  descriptionKey: PlainKey & `fn.${string}.param.${string}`,
  optional = false,
): FunctionDoc["params"][number] {
  return { name: descriptionKey.slice(descriptionKey.lastIndexOf(".") + 1), descriptionKey, optional };
}

export const FUNCTIONS: readonly FunctionDoc[] = [
  {
    id: "COST_ETP",
    descriptionKey: "fn.COST_ETP.description",
    params: [
      param("fn.COST_ETP.param.annual_cost"),
      param("fn.COST_ETP.param.etp"),
      param("fn.COST_ETP.param.digits", true),
    ],
    exampleFr: "=COST_ETP(46795;0,5)",
    exampleEn: "=COST_ETP(46795,0.5)",
    resultFr: "23 397,50",
  },
  {
    id: "PRORATA",
    descriptionKey: "fn.PRORATA.description",
    params: [
      param("fn.PRORATA.param.amount"),
      param("fn.PRORATA.param.start"),
      param("fn.PRORATA.param.end"),
      param("fn.PRORATA.param.period_start", true),
      param("fn.PRORATA.param.period_end", true),
      param("fn.PRORATA.param.basis", true),
    ],
    exampleFr: '=PRORATA(23398;"01/01/2021";"30/09/2021")',
    exampleEn: '=PRORATA(23398,"2021-01-01","2021-09-30")',
    resultFr: "17 500,42",
  },
  {
    id: "INSTALMENT",
    descriptionKey: "fn.INSTALMENT.description",
    params: [
      param("fn.INSTALMENT.param.total"),
      param("fn.INSTALMENT.param.number"),
      param("fn.INSTALMENT.param.shares", true),
      param("fn.INSTALMENT.param.digits", true),
    ],
    exampleFr: "=INSTALMENT(23655;2;;0)",
    exampleEn: "=INSTALMENT(23655,2,,0)",
    resultFr: "11 827",
  },
  {
    id: "SCHEDULE",
    descriptionKey: "fn.SCHEDULE.description",
    params: [
      param("fn.SCHEDULE.param.total"),
      param("fn.SCHEDULE.param.shares", true),
      param("fn.SCHEDULE.param.digits", true),
    ],
    exampleFr: "=SCHEDULE(23398)",
    exampleEn: "=SCHEDULE(23398)",
    resultFr: "11 699,00 ; 11 699,00",
  },
  {
    id: "REVALUE",
    descriptionKey: "fn.REVALUE.description",
    params: [param("fn.REVALUE.param.amount"), param("fn.REVALUE.param.rates"), param("fn.REVALUE.param.digits", true)],
    exampleFr: "=REVALUE(46795;1,1%)",
    exampleEn: "=REVALUE(46795,1.1%)",
    resultFr: "47 309,75",
  },
  {
    id: "PRESENCE_DAYS",
    descriptionKey: "fn.PRESENCE_DAYS.description",
    params: [
      param("fn.PRESENCE_DAYS.param.start"),
      param("fn.PRESENCE_DAYS.param.end"),
      param("fn.PRESENCE_DAYS.param.holidays", true),
    ],
    exampleFr: '=PRESENCE_DAYS("01/01/2021";"31/12/2021")',
    exampleEn: '=PRESENCE_DAYS("2021-01-01","2021-12-31")',
    resultFr: "127",
  },
  {
    id: "SEMESTER",
    descriptionKey: "fn.SEMESTER.description",
    params: [param("fn.SEMESTER.param.date")],
    exampleFr: '=SEMESTER("15/03/2021")',
    exampleEn: '=SEMESTER("2021-03-15")',
    resultFr: "2021-S1",
  },
];
