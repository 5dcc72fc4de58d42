import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { setLocale, t } from "../../src/i18n";
import { STRINGS } from "../../src/i18n/strings";

// The minimal runtime the custom functions may rely on: CustomFunctions.associate, Error, ErrorCode.
class StubExcelError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}
const stub = {
  associate: jest.fn(),
  Error: StubExcelError,
  ErrorCode: { invalidValue: "#VALUE!", invalidNumber: "#NUM!", notAvailable: "#N/A", divisionByZero: "#DIV/0!" },
};
(globalThis as unknown as { CustomFunctions: typeof stub }).CustomFunctions = stub;

// Loaded after the stub is in place, with no Office and no DOM in this environment.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fns = require("../../src/functions/functions") as typeof import("../../src/functions/functions");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { FUNCTIONS } = require("../../src/functions/catalogue") as typeof import("../../src/functions/catalogue");

const IDS = ["COST_ETP", "PRORATA", "INSTALMENT", "SCHEDULE", "REVALUE", "PRESENCE_DAYS", "SEMESTER"];
// Called with raw cell values, as Excel does.
const BY_ID = {
  COST_ETP: fns.costEtp,
  PRORATA: fns.prorata,
  INSTALMENT: fns.instalment,
  SCHEDULE: fns.schedule,
  REVALUE: fns.revalue,
  PRESENCE_DAYS: fns.presenceDays,
  SEMESTER: fns.semester,
} as unknown as Record<string, (...args: unknown[]) => unknown>;

/** The Excel error a call throws. */
function excelError(call: () => unknown): StubExcelError {
  try {
    call();
  } catch (error) {
    if (error instanceof StubExcelError) return error;
    throw error;
  }
  throw new Error("expected an Excel error");
}

afterEach(() => setLocale("fr"));

test("loads without Office or a DOM", () => {
  expect(typeof (globalThis as Record<string, unknown>).Office).toBe("undefined");
  expect(typeof (globalThis as Record<string, unknown>).document).toBe("undefined");
  expect(fns.costEtp(46795, 0.5)).toBe(23397.5);
});

describe("results", () => {
  test("the spec's examples through the Excel layer", () => {
    expect(fns.costEtp(46795, 0.5, 0)).toBe(23398);
    expect(fns.prorata(23398, 44197, 44469, null, null, 1)).toBe(17548.5);
    expect(fns.instalment(23655, 2, undefined, 0)).toBe(11827);
    expect(fns.schedule(23398)).toEqual([[11699], [11699]]); // a vertical spill
    expect(fns.revalue(46795, [[0.011], [0.02]])).toBe(48255.95);
    expect(fns.presenceDays(44197, 44561)).toBe(127); // 44561 = 44197 + 364 = 2021-12-31
    expect(fns.semester(44378)).toBe("2021-S2");
  });
});

describe("errors: #VALUE! says which argument and why, #NUM! for the domain", () => {
  test("a boolean for a number: #VALUE! naming etp, in French by default", () => {
    const error = excelError(() => fns.costEtp(46795, true));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("« etp » : VRAI/FAUX n'est pas accepté ici, saisissez un nombre ou une date.");
  });
  /** The functions' module as Excel's runtime loads it: a fresh copy, with Office in a given display language. */
  async function loadedInOffice(displayLanguage: string): Promise<typeof fns> {
    (globalThis as Record<string, unknown>).Office = {
      onReady: () => Promise.resolve({ host: "Excel" }),
      context: { displayLanguage },
    };
    try {
      let isolated: typeof fns | undefined;
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        isolated = require("../../src/functions/functions") as typeof fns;
      });
      // Lets Office.onReady's continuation run.
      await new Promise((resolve) => setImmediate(resolve));
      return isolated!;
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
    }
  }
  test("in English when Office's display language is English (the functions' bundle reads it itself)", async () => {
    const inEnglish = await loadedInOffice("en-GB");
    expect(excelError(() => inEnglish.costEtp(46795, true)).message).toBe(
      '"etp": TRUE/FALSE is not accepted here, enter a number or a date.',
    );
    const inGerman = await loadedInOffice("de-DE");
    expect(excelError(() => inGerman.costEtp(46795, true)).message).toBe(
      "« etp » : VRAI/FAUX n'est pas accepté ici, saisissez un nombre ou une date.",
    );
  });
  test("in English when the locale is English", () => {
    setLocale("en");
    expect(excelError(() => fns.costEtp(46795, true)).message).toBe(
      '"etp": TRUE/FALSE is not accepted here, enter a number or a date.',
    );
    expect(excelError(() => fns.instalment(100, 1, [[0.5, 0.4]])).message).toBe(
      '"shares": the shares must sum to 1 (they sum to 0.9).',
    );
  });
  test("an empty required argument", () => {
    const error = excelError(() => fns.prorata(100, null, 44197));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe(t("fn.error.required", { arg: "start" }));
  });
  test("a date that does not exist quotes the text", () => {
    const error = excelError(() => fns.semester("31/02/2021"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("31/02/2021");
    expect(error.message).toContain("date");
  });
  test("a text share points at its cell", () => {
    expect(excelError(() => fns.schedule(100, [["x"], [0.5]])).message).toContain("shares[1]");
  });
  test.each<[string, () => unknown, string]>([
    ["negative cost", () => fns.costEtp(-1, 0.5), "negative"],
    ["digits 7", () => fns.costEtp(1, 0.5, 7), "digits"],
    ["end before start", () => fns.prorata(100, 44469, 44197), "endBeforeStart"],
    ["shares summing to 0.9", () => fns.instalment(100, 1, [[0.5, 0.4]]), "sharesSum"],
    ["instalment 3 of 2", () => fns.instalment(100, 3), "instalmentNumber"],
    ["NaN", () => fns.revalue(Number.NaN, [[0.1]]), "notFinite"],
    ["a serial before 1900", () => fns.presenceDays(-3, 44197), "dateRange"],
  ])("%s → #NUM!", (_label, call, reason) => {
    const error = excelError(call);
    expect(error.code).toBe("#NUM!");
    // The French template of that reason, placeholders filled with something.
    const template = STRINGS[`fn.error.${reason}` as keyof typeof STRINGS].fr;
    const pattern = template
      .split(/\{\w+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join(".+");
    expect(error.message).toMatch(new RegExp(`^${pattern}$`));
  });
  // Excel drops the message given with #NUM!: the refused parameter's description, shown while the
  // formula is typed, must state the domain (French Excel names the error #NOMBRE!).
  test.each<[string, () => unknown, string]>([
    ["a negative cost", () => fns.costEtp(-1, 0.5), "COST_ETP.param.annual_cost"],
    ["digits 7", () => fns.costEtp(1, 0.5, 7), "COST_ETP.param.digits"],
    ["an end before the start", () => fns.prorata(100, 44469, 44197), "PRORATA.param.end"],
    ["basis 2", () => fns.prorata(100, 44197, 44200, null, null, 2), "PRORATA.param.basis"],
    ["shares summing to 0.9", () => fns.instalment(100, 1, [[0.5, 0.4]]), "INSTALMENT.param.shares"],
    ["instalment 3 of 2", () => fns.instalment(100, 3), "INSTALMENT.param.number"],
    ["a rate of -200 %", () => fns.revalue(100, [[-2]]), "REVALUE.param.rates"],
    ["a serial before 1900", () => fns.presenceDays(-3, 44197), "PRESENCE_DAYS.param.start"],
    ["a serial after 9999", () => fns.semester(3_000_000), "SEMESTER.param.date"],
  ])("%s → #NUM!, and the parameter's description gives the domain", (_label, call, key) => {
    expect(excelError(call).code).toBe("#NUM!");
    const text = STRINGS[`fn.${key}` as keyof typeof STRINGS];
    expect(text.en).toContain("#NUM!");
    expect(text.fr).toContain("#NOMBRE!");
  });
  test("#NUM! messages still carry the reason (shown by tools that read them)", () => {
    expect(excelError(() => fns.costEtp(1, 0.5, 7)).message).toBe(
      "« digits » doit être un nombre entier de décimales entre 0 et 6.",
    );
    expect(excelError(() => fns.instalment(100, 1, [[0.5, 0.4]])).message).toBe(
      "« shares » : la somme des parts doit valoir 1 (elle vaut 0,9).",
    );
  });
});

describe("odd inputs never escape as plain exceptions", () => {
  const odd: unknown[] = [
    null,
    undefined,
    "",
    " ",
    0,
    -0,
    -1,
    1e308,
    -1e308,
    Number.NaN,
    Infinity,
    -Infinity,
    Number.MIN_VALUE,
    true,
    false,
    "VRAI",
    "#N/A",
    { error: "#REF!" },
    new StubExcelError("#DIV/0!"),
    [],
    [[]],
    [[null]],
    [[1, 2], [3]],
    [[[1]]],
    "0,5",
    "30/09/2021",
    "2021-02-29",
    44197,
    2958466,
    60,
    12n,
    Symbol("s"),
    () => 1,
    new Date(0),
  ];
  test.each(IDS)("%s with every combination of odd first and second arguments", (id) => {
    const fn = BY_ID[id];
    for (const a of odd) {
      for (const b of odd) {
        let outcome: unknown;
        try {
          outcome = fn(a, b, b, a, b, a);
        } catch (error) {
          expect(error).toBeInstanceOf(StubExcelError);
          expect(["#VALUE!", "#NUM!"]).toContain((error as StubExcelError).code);
          expect((error as StubExcelError).message.length).toBeGreaterThan(0);
          continue;
        }
        expect(["number", "string", "object"]).toContain(typeof outcome);
        if (typeof outcome === "number") expect(Number.isFinite(outcome)).toBe(true);
      }
    }
  });
});

describe("metadata generated from the JSDoc (what the webpack plugin writes)", () => {
  let metadata: {
    functions: {
      id: string;
      name: string;
      description: string;
      parameters: { name: string; description: string; optional?: boolean }[];
    }[];
  };
  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata("src/functions/functions.ts");
    expect(generated.errors).toEqual([]);
    metadata = JSON.parse(generated.metadataJson);
  });

  test("the seven functions, same id and name, no namespace needed", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(IDS);
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  test("the catalogue lists the same functions and parameters, and the JSDoc says what the i18n table says in English", () => {
    expect(FUNCTIONS.map((f) => f.id)).toEqual(IDS);
    for (const doc of FUNCTIONS) {
      const generated = metadata.functions.find((f) => f.id === doc.id)!;
      expect(generated.description).toBe(t(doc.descriptionKey, {}, "en"));
      expect(generated.parameters.map((p) => [p.name, p.optional === true])).toEqual(
        doc.params.map((p) => [p.name, p.optional]),
      );
      generated.parameters.forEach((p, i) => expect(p.description).toBe(t(doc.params[i].descriptionKey, {}, "en")));
    }
  });

  test("every description and parameter has a French text different from the English one", () => {
    for (const doc of FUNCTIONS) {
      for (const key of [doc.descriptionKey, ...doc.params.map((p) => p.descriptionKey)]) {
        expect(STRINGS[key].fr.length).toBeGreaterThan(0);
        expect(STRINGS[key].fr).not.toBe(STRINGS[key].en);
      }
    }
  });
});

// A tiny reader of the catalogue's en-US examples: numbers, percentages, "text", and skipped arguments.
function evaluateEnglishExample(formula: string): unknown {
  const match = /^=([A-Z_]+)\((.*)\)$/.exec(formula);
  if (!match) throw new Error(`not a call: ${formula}`);
  const args = match[2].split(",").map((arg): unknown => {
    if (arg === "") return null;
    if (arg.startsWith('"')) return arg.slice(1, -1);
    if (arg.endsWith("%")) return Number(arg.slice(0, -1)) / 100;
    return Number(arg);
  });
  return BY_ID[match[1]](...args);
}

/** en-US → French Excel syntax: `;` between arguments, decimal comma, ISO text dates as dd/mm/yyyy. */
function toFrenchSyntax(formula: string): string {
  return formula
    .replace(/"(\d{4})-(\d{2})-(\d{2})"/g, '"$3/$2/$1"')
    .replace(/(\d)\.(\d)/g, "$1#$2")
    .replace(/,/g, ";")
    .replace(/#/g, ",");
}

/** "23 397,50" → 23397.5; "11 699,00 ; 11 699,00" → [11699, 11699]. */
function readFrenchResult(text: string): number[] {
  return text.split(" ; ").map((part) => Number(part.replace(/[\s\u202f]/g, "").replace(",", ".")));
}

describe("catalogue examples", () => {
  test.each(FUNCTIONS.map((doc) => [doc.id, doc] as const))(
    "%s: the example computes its displayed result",
    (_id, doc) => {
      expect(doc.exampleEn.startsWith(`=${doc.id}(`)).toBe(true);
      expect(toFrenchSyntax(doc.exampleEn)).toBe(doc.exampleFr);
      const result = evaluateEnglishExample(doc.exampleEn);
      if (typeof result === "string") expect(result).toBe(doc.resultFr);
      else
        expect(Array.isArray(result) ? (result as number[][]).map((row) => row[0]) : [result]).toEqual(
          readFrenchResult(doc.resultFr),
        );
    },
  );
});
