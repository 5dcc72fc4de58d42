import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { localeFromLanguage, t, tDynamic } from "../../src/i18n";
import { AREAS, STRINGS } from "../../src/i18n/strings";

const SRC = join(__dirname, "..", "..", "src");
const AREA_DIR = join(SRC, "i18n", "areas");

/** Every source file but the table itself, with its text. */
const sources = readdirSync(SRC, { recursive: true })
  .map(String)
  .filter((f) => /\.tsx?$/.test(f) && !f.startsWith(join("i18n", "areas")) && f !== join("i18n", "strings.ts"))
  .map((f) => ({ file: f, code: readFileSync(join(SRC, f), "utf8") }));

/** Each area module of src/i18n/areas and its keys. */
const areaModules = readdirSync(AREA_DIR)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => {
    const exported = Object.values(jest.requireActual<Record<string, Record<string, unknown>>>(join(AREA_DIR, f)));
    return { name: basename(f, ".ts"), table: exported[0], exports: exported.length };
  });

/**
 * The keys a file names: a literal key, or a key made at run time from a literal prefix
 * (`check.category.${category}`, "fn.error." + reason) stands for every key under that prefix.
 * A prefix followed by `${string}` is a type, not text made at run time.
 */
function keysNamedIn(code: string, keys: string[]): Set<string> {
  const prefixes = [...code.matchAll(/[`"']([a-zA-Z0-9]+(?:\.[a-zA-Z0-9]+)*\.)(?:\$\{(?!string\})|["'] *\+)/g)].map(
    (m) => m[1],
  );
  return new Set(
    keys.filter(
      (key) => code.includes(`"${key}"`) || code.includes(`'${key}'`) || prefixes.some((p) => key.startsWith(p)),
    ),
  );
}

describe("the text table", () => {
  const entries = Object.entries(STRINGS) as [string, { fr: string; en: string }][];
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it("has French and English for every key, with the same placeholders in both", () => {
    const problems = entries.flatMap(([key, { fr, en }]) => {
      const found: string[] = [];
      if (!fr.trim() || !en.trim()) found.push(`${key}: empty text`);
      if (placeholders(fr).join() !== placeholders(en).join())
        found.push(`${key}: {${placeholders(fr)}} vs {${placeholders(en)}}`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  it("is made of every module of src/i18n/areas, each holding one area, and no key is in two areas", () => {
    expect(areaModules.map((m) => m.exports)).toEqual(areaModules.map(() => 1));
    // The same objects, in any order: an area module left out of the table would be missed here.
    expect(new Set(AREAS)).toEqual(new Set(areaModules.map((m) => m.table)));
    const owners = new Map<string, string[]>();
    for (const { name, table } of areaModules)
      for (const key of Object.keys(table)) owners.set(key, [...(owners.get(key) ?? []), name]);
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
    expect(Object.keys(STRINGS).length).toBe(owners.size);
  });

  it("holds no key that the code never uses (a literal key, or the prefix of a key made at run time)", () => {
    const keys = Object.keys(STRINGS);
    const used = new Set(sources.flatMap(({ code }) => [...keysNamedIn(code, keys)]));
    expect(keys.filter((key) => !used.has(key))).toEqual([]);
  });

  it("is loaded area by area: each file that names a key imports that key's area, and no area it does not use", () => {
    const areaOf = new Map(
      areaModules.flatMap(({ name, table }) => Object.keys(table).map((key) => [key, name] as const)),
    );
    const keys = [...areaOf.keys()];
    const problems = sources.flatMap(({ file, code }) => {
      const needed = new Set([...keysNamedIn(code, keys)].map((key) => areaOf.get(key)!));
      const imported = new Set(
        [...code.matchAll(/^import\s+["']([^"']+)["'];/gm)]
          .map((m) => resolve(dirname(join(SRC, file)), m[1]))
          .filter((path) => dirname(path) === AREA_DIR)
          .map((path) => basename(path)),
      );
      return [
        ...[...needed]
          .filter((name) => !imported.has(name))
          .map(
            (name) =>
              `${file} names keys of ${name} without import "${relative(dirname(join(SRC, file)), join(AREA_DIR, name))}"`,
          ),
        ...[...imported]
          .filter((name) => !needed.has(name))
          .map((name) => `${file} imports ${name} but names none of its keys`),
      ];
    });
    expect(problems).toEqual([]);
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("a1.badAddress", { address: "7B" }, "fr")).toBe("adresse « 7B » invalide");
    expect(tDynamic("a1.badAddress", {}, "en")).toBe('invalid address "{address}"');
  });

  it("refuses a key that is in no area", () => {
    expect(() => tDynamic("a1.noSuchKey")).toThrow(/no text for key a1\.noSuchKey/);
  });
});

describe("the language of the task pane", () => {
  it("is English only when Office's display language is English, French otherwise", () => {
    expect(["en-US", "en-GB", "EN-us"].map(localeFromLanguage)).toEqual(["en", "en", "en"]);
    expect(["fr-FR", "fr-BE", "de-DE", "", null, undefined].map(localeFromLanguage)).toEqual([
      "fr",
      "fr",
      "fr",
      "fr",
      "fr",
      "fr",
    ]);
  });
});
