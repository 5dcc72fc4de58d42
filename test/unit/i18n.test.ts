import { localeFromLanguage, t } from "../../src/i18n";
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

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("a1.badAddress", { address: "7B" }, "fr")).toBe("adresse « 7B » invalide");
    expect(t("a1.badAddress", {}, "en")).toBe('invalid address "{address}"');
  });
});

describe("the language of the task pane", () => {
  it("is English only when Office's display language is English, French otherwise", () => {
    expect(["en-US", "en-GB", "EN-us"].map(localeFromLanguage)).toEqual(["en", "en", "en"]);
    expect(["fr-FR", "fr-BE", "de-DE", "", null, undefined].map(localeFromLanguage)).toEqual(["fr", "fr", "fr", "fr", "fr", "fr"]);
  });
});
