import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findSensitive, normaliseText } from "../../src/core/check/sensitive";
import { findIdentifiers } from "../../src/core/check/identifiers";

interface Labelled {
  label: string;
  text: string;
  heldOut: boolean;
}

function readCorpus(): Labelled[] {
  const lines = readFileSync(join(__dirname, "..", "fixtures", "comments-corpus.tsv"), "utf8").split(/\r?\n/);
  let heldOut = false;
  const out: Labelled[] = [];
  for (const line of lines) {
    if (line.startsWith("# Held out")) heldOut = true;
    if (line.trim() === "" || line.startsWith("#")) continue;
    const [label, text] = line.split("\t");
    out.push({ label, text, heldOut });
  }
  return out;
}

/** Categories the personal-data rules give a comment (sensitive words and identifiers). */
const categoriesOf = (text: string): string[] => [
  ...findSensitive(text).map((h) => h.category),
  ...findIdentifiers(text).map((h) => h.kind),
];

function score(items: Labelled[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let rightCategory = 0;
  const misses: string[] = [];
  for (const { label, text } of items) {
    const found = categoriesOf(text);
    const expected = label !== "none";
    if (found.length > 0 && expected) {
      tp++;
      if (found.includes(label)) rightCategory++;
    } else if (found.length > 0) {
      fp++;
      misses.push(`false alarm [${found.join(",")}]: ${text}`);
    } else if (expected) {
      fn++;
      misses.push(`missed [${label}]: ${text}`);
    }
  }
  return { tp, fp, fn, rightCategory, precision: tp / (tp + fp), recall: tp / (tp + fn), misses };
}

describe("personal-data rules on the labelled corpus of counsellor comments", () => {
  const corpus = readCorpus();

  it("has a few hundred hand-labelled comments, both harmless and sensitive, in every category", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    const labels = new Set(corpus.map((c) => c.label));
    for (const l of ["none", "health", "origin", "religion", "opinion", "sexLife", "criminal", "social", "email", "phone", "nir"]) {
      expect(labels).toContain(l);
    }
    expect(corpus.filter((c) => c.label === "none").length).toBeGreaterThan(150);
  });

  it("reaches recall ≥ 95 % and precision ≥ 90 %, and names the right category", () => {
    const all = score(corpus);
    const held = score(corpus.filter((c) => c.heldOut));
    const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
    console.log(
      `personal data — corpus of ${corpus.length}: precision ${pct(all.precision)}, recall ${pct(all.recall)} ` +
        `(TP ${all.tp}, FP ${all.fp}, FN ${all.fn}); late-written part (${corpus.filter((c) => c.heldOut).length}): ` +
        `precision ${pct(held.precision)}, recall ${pct(held.recall)}` +
        (all.misses.length ? `\n  ${all.misses.join("\n  ")}` : ""),
    );
    expect(all.recall).toBeGreaterThanOrEqual(0.95);
    expect(all.precision).toBeGreaterThanOrEqual(0.9);
    expect(all.rightCategory / all.tp).toBeGreaterThanOrEqual(0.95);
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
    ["Santé fragile", "health", "Santé"],
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
