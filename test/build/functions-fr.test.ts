// functions-fr.json: the French metadata Excel loads through the manifest's fr-fr override.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { STRINGS } from "../../src/i18n/strings";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { translateMetadata } = require("../../scripts/functions-fr-plugin") as {
  translateMetadata: (
    metadata: Metadata,
    strings: Record<string, { fr: string; en: string }>,
  ) => { json: Metadata; missing: string[] };
};

interface Metadata {
  functions: { id: string; description?: string; parameters?: { name: string; description?: string }[] }[];
}

const DIST = join(__dirname, "..", "..", "dist");

function readJson(name: string): Metadata {
  const file = join(DIST, name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first.`);
  return JSON.parse(readFileSync(file, "utf8")) as Metadata;
}

describe("translateMetadata (the build step behind functions-fr.json)", () => {
  const metadata: Metadata = {
    functions: [{ id: "DEMO", description: "Demo", parameters: [{ name: "amount", description: "Amount" }] }],
  };

  it("takes descriptions from fn.<ID>.description and fn.<ID>.param.<name>", () => {
    const { json, missing } = translateMetadata(metadata, {
      "fn.DEMO.description": { fr: "Démo", en: "Demo" },
      "fn.DEMO.param.amount": { fr: "Montant", en: "Amount" },
    });
    expect(missing).toEqual([]);
    expect(json.functions[0].description).toBe("Démo");
    expect(json.functions[0].parameters![0]).toEqual({ name: "amount", description: "Montant" });
  });

  it("drops allowCustomDataForDataTypeAny, which the generator always adds", () => {
    const { json } = translateMetadata({ ...metadata, allowCustomDataForDataTypeAny: true } as Metadata, {
      "fn.DEMO.description": { fr: "Démo", en: "Demo" },
      "fn.DEMO.param.amount": { fr: "Montant", en: "Amount" },
    });
    expect(Object.keys(json)).toEqual(["functions"]);
  });

  it("lists every missing key so the build can fail on them", () => {
    const { missing } = translateMetadata(metadata, { "fn.DEMO.description": { fr: "Démo", en: "Demo" } });
    expect(missing).toEqual(["fn.DEMO.param.amount"]);
  });
});

describe("dist/functions-fr.json", () => {
  const english = readJson("functions.json");
  const french = readJson("functions-fr.json");
  const table = STRINGS as Record<string, { fr: string; en: string }>;

  it("declares no data-type option in either file (no runtime beyond CustomFunctionsRuntime 1.3 needed)", () => {
    expect(english).not.toHaveProperty("allowCustomDataForDataTypeAny");
    expect(french).not.toHaveProperty("allowCustomDataForDataTypeAny");
  });

  it("has the same functions and parameters as functions.json", () => {
    const shape = (m: Metadata) => m.functions.map((f) => [f.id, (f.parameters ?? []).map((p) => p.name)]);
    expect(shape(french)).toEqual(shape(english));
  });

  it("carries the French text of the i18n table", () => {
    for (const fn of french.functions) {
      expect(fn.description).toBe(table[`fn.${fn.id}.description`].fr);
      for (const param of fn.parameters ?? []) {
        expect(param.description).toBe(table[`fn.${fn.id}.param.${param.name}`].fr);
      }
    }
  });
});
