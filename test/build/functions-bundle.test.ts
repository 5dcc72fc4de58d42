// The built custom functions bundle, run the way Excel's functions runtime runs it: a context with
// CustomFunctions and ordinary browser globals, nothing from Office, the DOM or node.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";

const DIST = join(__dirname, "..", "..", "dist");
const BUNDLE = join(DIST, "functions.js");

/** The ids the add-in promises to users (stored in their workbooks, never renamed). */
const EXPECTED_IDS = ["COST_ETP", "PRORATA", "INSTALMENT", "SCHEDULE", "REVALUE", "PRESENCE_DAYS", "SEMESTER"];

class FakeCustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

type Fn = (...args: unknown[]) => unknown;

function loadBundle(): { associated: Map<string, Fn>; context: vm.Context } {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run "npm run build" first.`);
  const associated = new Map<string, Fn>();
  const CustomFunctions = {
    associate(idOrMap: string | Record<string, Fn>, fn?: Fn) {
      if (typeof idOrMap === "string") associated.set(idOrMap, fn as Fn);
      else for (const [id, f] of Object.entries(idOrMap)) associated.set(id, f);
    },
    Error: FakeCustomFunctionError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };
  const sandbox: Record<string, unknown> = {
    CustomFunctions,
    console,
    setTimeout,
    clearTimeout,
    navigator: { language: "fr-FR", userAgent: "test" },
    location: { href: "https://localhost:3000/taskpane.html" },
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  const context = vm.createContext(sandbox);
  vm.runInContext(readFileSync(BUNDLE, "utf8"), context, { filename: "functions.js" });
  return { associated, context };
}

describe("dist/functions.js (custom functions runtime bundle)", () => {
  const { associated } = loadBundle();

  it("associates exactly the seven function ids, each with a function", () => {
    expect([...associated.keys()].sort()).toEqual([...EXPECTED_IDS].sort());
    for (const id of EXPECTED_IDS) expect(typeof associated.get(id)).toBe("function");
  });

  it("computes COST_ETP(46795; 0,5): 46 795 × 0.5 = 23 397.50 (the convention's cost of the post)", () => {
    // Optional parameters arrive as null from Excel.
    expect(associated.get("COST_ETP")!(46795, 0.5, null)).toBe(23397.5);
  });

  it("answers bad input with the runtime's CustomFunctions.Error, not a bundled copy", () => {
    let outcome: unknown;
    try {
      outcome = associated.get("COST_ETP")!("pas un nombre", 0.5, null);
    } catch (error) {
      outcome = error;
    }
    expect(outcome).toBeInstanceOf(FakeCustomFunctionError);
    // The message comes from the bundle's own texts (the function-errors area), in French.
    expect((outcome as Error).message).toMatch(/^« annual_cost » : « .*pas un nombre.* » n'est pas un nombre\.$/);
  });

  it("carries only the texts of the custom functions' errors, not the whole table", () => {
    const bundle = readFileSync(BUNDLE, "utf8");
    expect(bundle).toContain("fn.error.notNumber");
    // The pane's, the check's and the command line's texts, and the functions' own descriptions.
    for (const key of ["app.title", "home.title", "check.dateMissing", "cli.usage", "fn.COST_ETP.description"])
      expect(bundle).not.toContain(`"${key}"`);
  });

  it("keeps ExcelJS out of the functions runtime", () => {
    const bundle = readFileSync(BUNDLE, "utf8");
    // ExcelJS carries the SpreadsheetML namespaces and its own name in its templates and errors.
    expect(bundle).not.toMatch(/schemas\.openxmlformats\.org\/spreadsheetml/);
    expect(bundle.toLowerCase()).not.toContain("exceljs");
  });
});
