// Vérifier groups findings under a title per code: every code of the findings contract needs one,
// in French and in English, that a counsellor can read (not the code itself).
import { FINDING_CODES } from "../../src/core/findings";
import { STRINGS } from "../../src/i18n/strings";
import { findingTitle, findingTitleKey } from "../../src/taskpane/finding-titles";

describe("finding titles", () => {
  it.each(FINDING_CODES.map((code) => [code]))("%s has a French and an English title in the i18n table", (code) => {
    const key = `check.title.${code}`;
    expect(Object.keys(STRINGS)).toContain(key);
    const entry = (STRINGS as Record<string, { fr: string; en: string }>)[key];
    for (const text of [entry?.fr, entry?.en]) {
      expect(typeof text).toBe("string");
      expect(text?.trim()).not.toBe("");
      // A title, not the raw code nor a placeholder waiting for parameters.
      expect(text).not.toContain(code);
      expect(text).not.toMatch(/[{}]/);
    }
    expect(entry?.fr).not.toBe(entry?.en);
    expect(findingTitleKey(code)).toBe(key);
  });

  it("gives every code its own title, in both languages", () => {
    for (const locale of ["fr", "en"] as const) {
      const titles = FINDING_CODES.map((code) => findingTitle(code, locale));
      expect(new Set(titles).size).toBe(FINDING_CODES.length);
    }
  });

  it("uses the wording asked for the codes a counsellor meets most", () => {
    expect(findingTitle("DATE_INVALID", "fr")).toBe("Dates invalides");
    expect(findingTitle("SENSITIVE_DATA", "fr")).toBe("Données personnelles interdites");
  });
});
