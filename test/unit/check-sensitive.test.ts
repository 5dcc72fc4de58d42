import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findSensitive, normaliseText } from "../../src/core/check/sensitive";
import { GUARD_CATEGORIES, screenText } from "../../src/core/check/guard";

interface Labelled {
  label: string;
  text: string;
  /** "tuned": written with the rules in view; "late": the first held-out lines (see the file). */
  part: "first" | "late" | "tuning";
}

/** The corpus: "# Held out" and "# Tuning" lines start the later parts of the file. */
function readCorpus(): Labelled[] {
  const lines = readFileSync(join(__dirname, "..", "fixtures", "comments-corpus.tsv"), "utf8").split(/\r?\n/);
  let part: Labelled["part"] = "first";
  const out: Labelled[] = [];
  for (const line of lines) {
    if (line.startsWith("# Held out")) part = "late";
    if (line.startsWith("# Tuning")) part = "tuning";
    if (line.trim() === "" || line.startsWith("#")) continue;
    const [label, text] = line.split("\t");
    out.push({ label, text, part });
  }
  return out;
}

const IDENTIFIERS = ["email", "phone", "nir", "name", "address", "birthDate", "ftId"];

/** Both levels count as a flag: a warning « à vérifier » asks the counsellor to look. */
function score(items: Labelled[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let rightCategory = 0;
  const misses: string[] = [];
  const perCategory = new Map<string, { notes: number; flagged: number; named: number; falseAlarms: number }>();
  const stat = (c: string) => {
    if (!perCategory.has(c)) perCategory.set(c, { notes: 0, flagged: 0, named: 0, falseAlarms: 0 });
    return perCategory.get(c) as { notes: number; flagged: number; named: number; falseAlarms: number };
  };
  for (const { label, text } of items) {
    const found = screenText(text).map((f) => f.category as string);
    const expected = label !== "none";
    if (expected) stat(label).notes++;
    if (found.length > 0 && expected) {
      tp++;
      stat(label).flagged++;
      if (found.includes(label)) {
        rightCategory++;
        stat(label).named++;
      }
    } else if (found.length > 0) {
      fp++;
      for (const c of new Set(found)) stat(c).falseAlarms++;
      misses.push(`false alarm [${found.join(",")}]: ${text}`);
    } else if (expected) {
      fn++;
      misses.push(`missed [${label}]: ${text}`);
    }
  }
  return { tp, fp, fn, rightCategory, precision: tp / (tp + fp), recall: tp / (tp + fn), misses, perCategory };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

describe("personal-data guard on the labelled corpus of counsellor notes", () => {
  const corpus = readCorpus();

  it("has at least 550 hand-labelled notes: every category, many harmless traps", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(550);
    const counts = new Map<string, number>();
    for (const c of corpus) counts.set(c.label, (counts.get(c.label) ?? 0) + 1);
    for (const category of GUARD_CATEGORIES) expect(counts.get(category) ?? 0).toBeGreaterThanOrEqual(5);
    expect([...counts.keys()].filter((l) => l !== "none").sort()).toEqual([...GUARD_CATEGORIES].sort());
    expect(counts.get("none")).toBeGreaterThan(250);
  });

  it("reaches recall ≥ 95 % and precision ≥ 95 % (identifiers ≥ 98 %), and names the right category", () => {
    const all = score(corpus);
    const ids = score(corpus.filter((c) => IDENTIFIERS.includes(c.label)));
    const rows = [...all.perCategory]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([c, s]) => {
        const precision = s.flagged + s.falseAlarms === 0 ? 1 : s.named / (s.named + s.falseAlarms);
        return `  ${c.padEnd(10)} notes ${String(s.notes).padStart(3)}  recall ${pct(s.notes ? s.flagged / s.notes : 1).padStart(7)}  ` +
          `right category ${pct(s.notes ? s.named / s.notes : 1).padStart(7)}  false alarms ${s.falseAlarms}  precision ${pct(precision)}`;
      });
    const parts = (["first", "late", "tuning"] as const).map((part) => {
      const sub = score(corpus.filter((c) => c.part === part));
      return `${part} ${corpus.filter((c) => c.part === part).length}: P ${pct(sub.precision)} R ${pct(sub.recall)}`;
    });
    console.log(
      `personal data — corpus of ${corpus.length}: precision ${pct(all.precision)}, recall ${pct(all.recall)} ` +
        `(TP ${all.tp}, FP ${all.fp}, FN ${all.fn}); identifiers recall ${pct(ids.recall)}; ${parts.join("; ")}\n` +
        rows.join("\n") +
        (all.misses.length ? `\n  ${all.misses.join("\n  ")}` : ""),
    );
    expect(all.recall).toBeGreaterThanOrEqual(0.95);
    expect(all.precision).toBeGreaterThanOrEqual(0.95);
    expect(ids.recall).toBeGreaterThanOrEqual(0.98);
    expect(all.rightCategory / all.tp).toBeGreaterThanOrEqual(0.95);
    // Per category: a category the guard misses often would hide behind the overall figure.
    for (const [category, s] of all.perCategory) {
      if (s.notes > 0) expect([category, s.flagged / s.notes >= 0.9]).toEqual([category, true]);
    }
  });
});

describe("screenText, the guard's one entry point", () => {
  it("names the category and the level, quotes the words and suggests the need instead of the cause", () => {
    const [finding] = screenText("Arrêt mal. jusqu'au 15/04");
    expect(finding).toMatchObject({ category: "health", level: "error", quote: "Arrêt mal", index: 0 });
    expect(finding.suggestion).toContain("poste sans port de charges");
  });

  it("gives a warning « à vérifier » where a word is sensitive only in some contexts", () => {
    expect(screenText("Huissier mentionné en entretien").map((f) => [f.category, f.level])).toEqual([["social", "warning"]]);
    expect(screenText("Huissier passé la semaine dernière").map((f) => [f.category, f.level])).toEqual([["social", "error"]]);
  });

  it("finds identifiers with their kind: a name, an address, a birth date, a France Travail identifier", () => {
    expect(screenText("Mme Benali, née le 12/03/1985, habite 12 rue des Jardins, identifiant 1234567A").map((f) => f.category)).toEqual([
      "name",
      "birthDate",
      "address",
      "ftId",
    ]);
  });

  it("leaves an offer number, a SIRET, the convention number, a meeting date and an amount silent", () => {
    expect(screenText("Offre n° 145MVHT, SIRET 123 456 789 00012, convention 0162627, RDV le 12/05/2022, 1 850 € brut")).toEqual([]);
  });

  it("does not report the counsellor's name in the column made for it", () => {
    expect(screenText("Sophie Martin", "Saisi par")).toEqual([]);
    expect(screenText("Sophie Martin", "Commentaire").map((f) => f.category)).toEqual(["name"]);
  });

  it("speaks English when the locale is English", async () => {
    const { setLocale } = await import("../../src/i18n");
    setLocale("en");
    try {
      expect(screenText("enceinte de 3 mois")[0].suggestion).toContain("write the need instead of the cause");
    } finally {
      setLocale("fr");
    }
  });
});

describe("sensitive words", () => {
  it.each([
    ["enceinte de 5 mois", "health", "enceinte"],
    ["handicapee depuis 2019", "health", "handicapee"],
    ["HANDICAPÉE", "health", "HANDICAPÉE"],
    ["Sort de prison en mars", "criminal", "prison"],
    ["musulmane pratiquante", "religion", "musulmane"],
    ["Syndiqué à la CGT", "opinion", "Syndiqué"],
    ["Surendettée", "social", "Surendettée"],
    ["RQTH en cours", "health", "RQTH"],
    ["Santé fragile", "health", "Santé fragile"],
  ])("%s → %s", (text, category, word) => {
    const hits = findSensitive(text);
    expect(hits.map((h) => h.category)).toContain(category);
    expect(hits.map((h) => h.text)).toContain(word);
  });

  it.each([
    "formation santé-social",
    "agent de sécurité",
    "origine du besoin : départ en retraite",
    "aide-soignante en EHPAD",
    "secteur médico-social",
    "auxiliaire de vie",
    "agent hospitalier",
    "casier de rangement",
    "politique de la ville, quartier Sablon Sud",
    "entreprise en liquidation judiciaire",
    "parle arabe couramment",
    "sauveteur secouriste du travail",
  ])("does not alarm on « %s »", (text) => {
    expect(findSensitive(text)).toEqual([]);
  });

  it("matches whole words only", () => {
    expect(findSensitive("maladroit au téléphone")).toEqual([]);
    expect(findSensitive("transport en commun")).toEqual([]);
    expect(findSensitive("la base de données")).toEqual([]);
  });

  it("gives the passage as typed, at its place in the original text", () => {
    const text = "Œuvre sociale ; Bénéficiaire, née au Maroc";
    const [hit] = findSensitive(text);
    expect(hit.category).toBe("origin");
    expect(text.slice(hit.index, hit.index + hit.text.length)).toBe(hit.text);
    expect(hit.text).toBe("née au Maroc");
  });

  it("normalises case, accents, ligatures and typographic apostrophes", () => {
    expect(normaliseText("Œdème d’Élodie")).toBe("oedeme d'elodie");
  });
});
