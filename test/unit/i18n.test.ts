import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { localeFromLanguage, t, tDynamic } from "../../src/i18n";
import { STRINGS } from "../../src/i18n/strings";

describe("the text table", () => {
  const entries = Object.entries(STRINGS) as [string, { fr: string; en: string }][];
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it("has French and English for every key, with the same placeholders in both", () => {
    const problems = entries.flatMap(([key, { fr, en }]) => {
      const found: string[] = [];
      if (!fr.trim() || !en.trim()) found.push(`${key}: empty text`);
      if (placeholders(fr).join() !== placeholders(en).join()) found.push(`${key}: {${placeholders(fr)}} vs {${placeholders(en)}}`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  it("holds no key that the code never uses (a literal key, or the prefix of a key made at run time)", () => {
    const src = join(__dirname, "..", "..", "src");
    const code = readdirSync(src, { recursive: true })
      .map(String)
      .filter((f) => /\.tsx?$/.test(f) && !f.startsWith(join("i18n", "strings")))
      .map((f) => readFileSync(join(src, f), "utf8"))
      .join("\n");
    // `check.category.${category}` and "fn.error." + reason make every key under that prefix reachable.
    const prefixes = [...code.matchAll(/[`"']([a-zA-Z0-9]+(?:\.[a-zA-Z0-9]+)*\.)(?:\$\{|["'] *\+)/g)].map((m) => m[1]);
    const unused = entries.map(([key]) => key).filter((key) => !code.includes(`"${key}"`) && !code.includes(`'${key}'`) && !prefixes.some((p) => key.startsWith(p)));
    expect(unused).toEqual([]);
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("a1.badAddress", { address: "7B" }, "fr")).toBe("adresse « 7B » invalide");
    expect(tDynamic("a1.badAddress", {}, "en")).toBe('invalid address "{address}"');
  });
});

describe("the language of the task pane", () => {
  it("is English only when Office's display language is English, French otherwise", () => {
    expect(["en-US", "en-GB", "EN-us"].map(localeFromLanguage)).toEqual(["en", "en", "en"]);
    expect(["fr-FR", "fr-BE", "de-DE", "", null, undefined].map(localeFromLanguage)).toEqual(["fr", "fr", "fr", "fr", "fr", "fr"]);
  });
});
