/**
 * The fast paths of check (word pre-filter, per-character folding, cheap pre-checks, the hash
 * table of rows) must not change a single finding. Each is compared here with a plain
 * implementation written in this file: regexes run on every text, strings built and compared.
 */
import fc from "fast-check";
import { foldChar, normaliseText } from "../../src/core/check/fold";
import { findIdentifiers, maskIdentifier, mayHoldIdentifier } from "../../src/core/check/identifiers";
import { checkTrackingRows, isTrimmedSpace } from "../../src/core/check/rows";
import {
  findSensitive,
  HARMLESS_FILTERS,
  SENSITIVE_CATEGORIES,
  SENSITIVE_PATTERNS,
  SENSITIVE_WORDS,
} from "../../src/core/check/sensitive";
import { subjectReader } from "../../src/core/check/subject";
import { closestLabel, displayValue } from "../../src/core/check/text";
import { wordFilter } from "../../src/core/check/word-filter";
import { TRACKING_COLUMNS, type CellValue } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { isoToSerial, parseDateText, serialToFrench } from "../../src/core/dates";
import type { Finding, FindingCode } from "../../src/core/findings";
import { prng, sampleRows } from "../../src/core/sample";
import { say, t } from "../../src/i18n";
import { said } from "../support/said";

// ---------------------------------------------------------------------------------------------
// Reference scanner: NFD normalisation on every call, every rule's regex on every text.

const whole = (source: string): string => `(?<![a-z0-9])(?:${source})(?![a-z0-9])`;
const P = SENSITIVE_PATTERNS;
// In the scanner's order: the lexicon (errors), language adjectives, same-sex partners, then the review words
// (warnings).
const referenceRules = [
  ...SENSITIVE_CATEGORIES.map((category) => ({
    category,
    level: "error",
    regex: new RegExp(whole(P.lexicon[category].join("|")), "g"),
    kind: "plain",
  })),
  {
    category: "origin" as const,
    level: "error",
    regex: new RegExp(whole(P.languageAdjectives.join("|")), "g"),
    kind: "language",
  },
  { category: "sexLife" as const, level: "error", regex: new RegExp(whole(P.partner.join("|")), "g"), kind: "partner" },
  ...SENSITIVE_CATEGORIES.filter((category) => P.review[category].length > 0).map((category) => ({
    category,
    level: "warning",
    regex: new RegExp(whole(P.review[category].join("|")), "g"),
    kind: "plain",
  })),
];
// Each harmless phrase on its own: a passage inside a match of any of them is harmless.
const referenceHarmless = P.harmless.map((phrase) => new RegExp(whole(phrase), "g"));

function referenceNormalise(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[\u00a0\u202f\u2009]/g, " ")
    .replace(/[‐‑–—]/g, "-");
}

/**
 * What the scanner reads: the folded text, with an elision typed with a space read as the apostrophe
 * ("pas d autorisation" → "pas d'autorisation": a lone c, d, j, l, m, n, s, t, qu, jusqu, lorsqu or puisqu,
 * one space, then a vowel or an h).
 */
function referenceScannerText(text: string): string {
  return referenceNormalise(text).replace(
    /(?<![a-z0-9])(c|d|j|l|m|n|s|t|qu|jusqu|lorsqu|puisqu) (?=[aeiouyh])/g,
    "$1'",
  );
}

/** Rule index → matches before the harmless phrases and language sense are applied. */
function rawMatches(normal: string): { rule: number; start: number; end: number }[] {
  const out: { rule: number; start: number; end: number }[] = [];
  referenceRules.forEach((rule, r) => {
    for (const m of normal.matchAll(rule.regex)) out.push({ rule: r, start: m.index, end: m.index + m[0].length });
  });
  return out;
}

function referenceFindSensitive(text: string): { category: string; level: string; text: string; index: number }[] {
  const normal = referenceScannerText(text);
  const harmless = referenceHarmless.flatMap((regex) =>
    [...normal.matchAll(regex)].map((m) => [m.index, m.index + m[0].length]),
  );
  const candidates = rawMatches(normal).filter(({ rule, start, end }) => {
    if (harmless.some(([a, b]) => start >= a && end <= b)) return false;
    const { kind } = referenceRules[rule];
    const passage = normal.slice(start, end);
    if (kind === "language") {
      const before = normal.slice(Math.max(0, start - 40), start);
      if (P.languageBefore.test(before) || P.languageAfter.test(normal.slice(end, end + 25))) return false;
    }
    if (kind === "partner") {
      // A woman partner counts in a note about "elle", "Madame" or "pacsée", a man partner in one about "il",
      // "Monsieur" or "pacsé".
      const woman = ["compagne", "copine", "femme", "conjointe", "epouse"].some((w) => passage.includes(w));
      const participle = P.participle.exec(passage);
      if (participle) {
        if ((participle[1] === "ee") !== woman) return false;
      } else {
        const subjects = woman ? ["elle", "madame", "mme", "mlle", "mademoiselle"] : ["il", "monsieur", "mr"];
        if (!normal.split(/[^a-z]+/).some((word) => subjects.includes(word))) return false;
      }
    }
    const workBefore = passage === "esat" ? P.esatStaffBefore : P.workBefore;
    // a landmark ("en face de la prison"), never a judge or a court
    if (
      P.place.test(passage) &&
      !["juge", "juges", "tribunal", "tribunal correctionnel"].includes(passage) &&
      P.landmarkBefore.test(normal.slice(Math.max(0, start - 40), start))
    )
      return false;
    if (
      P.place.test(passage) &&
      !P.stayBefore.test(normal.slice(Math.max(0, start - 30), start)) &&
      (workBefore.test(normal.slice(Math.max(0, start - 60), start)) || P.offerAfter.test(normal.slice(end, end + 40)))
    )
      return false;
    if (referenceRules[rule].level === "warning" && P.policyWord.test(passage) && P.employerActs.test(normal))
      return false;
    return true;
  });
  // Who each sentence is about (subject.ts, read the same way by both scanners).
  const subject = subjectReader(normal);
  const aboutPerson = candidates.filter(({ start, end }) => !subject.notAboutPerson(start, end));
  const level = (rule: number): string => referenceRules[rule].level;
  // A warning lying inside an error's passage is dropped.
  const hits = aboutPerson.filter(
    (h) =>
      level(h.rule) === "error" ||
      !aboutPerson.some((o) => o !== h && level(o.rule) === "error" && o.start <= h.start && o.end >= h.end),
  );
  hits.sort((a, b) => a.start - b.start || (level(a.rule) === level(b.rule) ? 0 : level(a.rule) === "error" ? -1 : 1));
  // Original offsets: each code point of the text gives its normalised characters.
  const offsets: number[] = [];
  let i = 0;
  for (const ch of text) {
    for (let k = 0; k < referenceNormalise(ch).length; k++) offsets.push(i);
    i += ch.length;
  }
  offsets.push(text.length);
  return hits.map((h) => ({
    category: referenceRules[h.rule].category,
    level: level(h.rule),
    index: offsets[h.start],
    text: text.slice(offsets[h.start], offsets[h.end]),
  }));
}

// ---------------------------------------------------------------------------------------------
// Random comments built from the lexicon's own words, accents, punctuation and digits.

const lexiconFragments = [
  ...new Set(
    [
      ...Object.values(P.lexicon).flat(),
      ...Object.values(P.review).flat(),
      ...P.partner,
      ...P.languageAdjectives,
      ...P.harmless,
    ].flatMap((source) => source.match(/[a-z]{2,}/g) ?? []),
  ),
];
const everydayWords = [
  "d",
  "l",
  "a",
  "au",
  "le",
  "formation",
  "offre",
  "entretien",
  "agent",
  "de",
  "la",
  "du",
  "sans",
  "mal",
  "origine",
  "parle",
  "langue",
  "famille",
  "est",
  "il",
  "elle",
  "casier",
  "rangement",
  "sante",
  "social",
  "poste",
  "AFPA",
];
const separators = [" ", " ", " ", "'", "’", "-", "–", ", ", ". ", " : ", "\u00a0", "(", ")", "/", "@", "\n"];
const endings = ["", "", "e", "es", "s", "ee", "ne", "nes", "ique"];

/** A word with French accents, capitals or a ligature put back in, as counsellors type. */
function dress(word: string, style: number): string {
  let out = word;
  if (style & 1) out = out.replace(/e/, "é");
  if (style & 2) out = out.replace(/e(?=[^e]*$)/, "è");
  if (style & 4) out = out.replace(/oe/, "œ").replace(/a/, "à").replace(/c/, "ç");
  if (style & 8) out = out.toUpperCase();
  if (style & 16) out = out.charAt(0).toUpperCase() + out.slice(1);
  if (style & 32) out = out.normalize("NFD"); // accents as combining marks
  return out;
}

/** `source` without its lookarounds, however deeply their groups nest (escapes and classes read as such). */
function withoutLookarounds(source: string): string {
  let out = "";
  for (let i = 0; i < source.length;) {
    if (!/^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
      const step = source[i] === "\\" ? 2 : 1;
      out += source.slice(i, i + step);
      i += step;
      continue;
    }
    let depth = 0;
    let inClass = false;
    for (; i < source.length; i++) {
      const c = source[i];
      if (c === "\\") i++;
      else if (inClass) inClass = c !== "]";
      else if (c === "[") inClass = true;
      else if (c === "(") depth++;
      else if (c === ")" && --depth === 0) break;
    }
    i++;
  }
  return out;
}

/** Whole phrases of the lexicon and of the harmless list, as their regexes allow (lookarounds left out). */
const phraseArb = fc.oneof(
  ...[
    ...Object.values(P.lexicon).flat(),
    ...Object.values(P.review).flat(),
    ...P.partner,
    ...P.languageAdjectives,
    ...P.harmless,
  ].map((source) => fc.stringMatching(new RegExp(`^(?:${withoutLookarounds(source)})$`))),
);
const wordArb = fc
  .tuple(
    fc.oneof(fc.constantFrom(...lexiconFragments), fc.constantFrom(...everydayWords)),
    fc.constantFrom(...endings),
    fc.nat(63),
  )
  .map(([word, ending, style]) => dress(word + ending, style));
const commentArb = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: wordArb },
      { weight: 3, arbitrary: fc.tuple(phraseArb, fc.nat(63)).map(([p, style]) => dress(p, style)) },
      { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{1,10}$/) },
      { weight: 1, arbitrary: fc.string({ maxLength: 3, unit: "binary" }) },
    ),
    { maxLength: 12 },
  )
  .chain((words) =>
    fc.tuple(
      fc.constant(words),
      fc.array(fc.constantFrom(...separators), { minLength: words.length, maxLength: words.length }),
    ),
  )
  .map(([words, seps]) => words.map((w, i) => w + seps[i]).join(""));

describe("folding one character at a time", () => {
  it("gives normaliseText of the whole text, for the folding table's own reference", () => {
    fc.assert(
      fc.property(fc.oneof(commentArb, fc.string({ unit: "grapheme", maxLength: 30 })), (text) => {
        let folded = "";
        for (let i = 0; i < text.length; i++) folded += foldChar(text.charCodeAt(i));
        // Differences allowed only outside ASCII, which the lexicon never reads: a surrogate half
        // folds as itself (whole, a supplementary character may decompose or lower to another
        // non-ASCII one) and a final sigma depends on what follows it. Each run of non-ASCII
        // characters is one separator for the filter, so that is what is compared.
        const comparable = (s: string): string => s.replace(/[^\x00-\x7f]+/g, "¤");
        expect(comparable(folded)).toBe(comparable(referenceNormalise(text)));
        expect(normaliseText(text)).toBe(referenceNormalise(text));
      }),
      { numRuns: 1500 },
    );
  });

  it("treats as space exactly what String.prototype.trim removes, over every UTF-16 unit", () => {
    const disagreeing: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (isTrimmedSpace(code) !== (String.fromCharCode(code).trim() === "")) disagreeing.push(code);
    }
    expect(disagreeing).toEqual([]);
  });
});

describe("the word pre-filter of the sensitive-word scanner", () => {
  it("indexes every alternative of the lexicon (it never has to let everything through)", () => {
    expect(SENSITIVE_WORDS.passesEverything).toBe(false);
  });

  it("indexes the keys a reader derives from small patterns by hand", () => {
    // handicap(?:e|ee)? → handicap, handicape, handicapee (whole words); d'origine → the pair
    // "d'origine" (the "d" alone would let every "d'" through); burn[- ]?out → burnout, and the pairs
    // "burn-out", "burn out"; psychiatr[a-z]* → a word start.
    const filter = wordFilter([["handicap(?:e|ee)?", "(?<!poste )d'origine", "burn[- ]?out"], ["psychiatr[a-z]*"]]);
    expect([...filter.wholeWords].sort()).toEqual(["burnout", "handicap", "handicape", "handicapee"]);
    expect([...filter.wordPairs].sort()).toEqual(["burn out", "burn-out", "d'origine"]);
    expect([...filter.wordStarts]).toEqual(["psychiatr"]);
    expect(filter.mayMatch("Suivi PSYCHIATRIQUE")).toBe(true);
    expect(filter.mayMatch("Née d’origine inconnue")).toBe(true); // typographic apostrophe folds to '
    expect(filter.mayMatch("Origine du besoin : départ en retraite")).toBe(false);
    expect(filter.mayMatch("HANDICAPÉE")).toBe(true);
    expect(filter.mayMatch("handicaps")).toBe(false); // not an expansion of the pattern
    expect(filter.groupsIn("burn-out et psychiatre")).toBe(0b11);
    expect(filter.groupsIn("suivi psychiatrique")).toBe(0b10);
  });

  it("never rules out a comment in which a rule's regex matches, and names that rule", () => {
    fc.assert(
      fc.property(commentArb, (text) => {
        const raw = rawMatches(referenceScannerText(text));
        if (raw.length === 0) return;
        expect(SENSITIVE_WORDS.mayMatch(text)).toBe(true);
        const groups = SENSITIVE_WORDS.groupsIn(referenceScannerText(text));
        for (const { rule } of raw) expect(groups & (1 << rule)).not.toBe(0);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads an elision typed with a space as the apostrophe in its one pass too (never a miss there)", () => {
    // An elided word, a space (or a no-break space), then lexicon words: the scanner reads "d'…".
    const elided = fc.constantFrom("d", "D", "l", "L", "s", "n", "qu", "jusqu", "c", "m", "t", "j");
    const space = fc.constantFrom(" ", "\u00a0", "  ");
    const vowelStarts = lexiconFragments.filter((w) => /^[aeiouyh]/.test(w));
    const text = fc
      .tuple(
        fc.constantFrom("", "pas ", "maison ", "suivi a "),
        elided,
        space,
        fc.constantFrom(...vowelStarts),
        fc.nat(63),
        fc.array(wordArb, { maxLength: 3 }),
      )
      .map(([before, e, sp, word, style, after]) => `${before}${e}${sp}${dress(word, style)} ${after.join(" ")}`);
    let matched = 0;
    fc.assert(
      fc.property(text, (t) => {
        const raw = rawMatches(referenceScannerText(t));
        if (raw.length === 0) return;
        matched++;
        expect(SENSITIVE_WORDS.mayMatch(t)).toBe(true);
        expect(findSensitive(t)).toEqual(referenceFindSensitive(t));
      }),
      { numRuns: 1500 },
    );
    expect(matched).toBeGreaterThan(100);
  });

  it("never skips a harmless phrase that matches (the harmless phrases have word filters too)", () => {
    fc.assert(
      fc.property(commentArb, (text) => {
        const normal = referenceScannerText(text);
        referenceHarmless.forEach((regex, p) => {
          if (!regex.test(normal)) return;
          regex.lastIndex = 0;
          expect(HARMLESS_FILTERS[Math.floor(p / 31)].groupsIn(normal) & (1 << (p % 31))).not.toBe(0);
        });
        for (const regex of referenceHarmless) regex.lastIndex = 0;
      }),
      { numRuns: 2000 },
    );
  });

  it("finds exactly what the plain scanner finds, passage and position included", () => {
    fc.assert(
      fc.property(commentArb, (text) => {
        expect(findSensitive(text)).toEqual(referenceFindSensitive(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("is fed comments that do contain lexicon words (the properties above are not vacuous)", () => {
    const sample = fc.sample(commentArb, { numRuns: 1000, seed: 7 });
    const withRawMatch = sample.filter((text) => rawMatches(referenceScannerText(text)).length > 0).length;
    const withFinding = sample.filter((text) => referenceFindSensitive(text).length > 0).length;
    expect(withRawMatch).toBeGreaterThan(200);
    expect(withFinding).toBeGreaterThan(100);
  });
});

describe("the identifier pre-check", () => {
  // Written from the rule: every identifier has an "@" or nine digits in a row (Corsican 2A/2B
  // count), with single spaces, dots, slashes or dashes allowed between them.
  const quick = /@|\d(?:[ ./-]?[0-9ab]){8}/i;
  const pieces = fc.constantFrom(
    "0",
    "6",
    "12",
    "34",
    " ",
    ".",
    "-",
    "/",
    "2A",
    "2b",
    "@",
    "x",
    "é",
    "Tél ",
    "+33",
    "\u00a0",
  );
  it("only rules out texts that could hold no identifier", () => {
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 16 }).map((p) => p.join("")),
        (text) => {
          if (!mayHoldIdentifier(text)) expect(quick.test(text)).toBe(false);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Reference row check: one row at a time, strings trimmed and lowered, duplicates keyed by text.

const HEADERS = [...TRACKING_COLUMNS, "Notes perso"];
const TODAY = "2023-06-01";
const C = METZ_2021_2023;
const col = (name: string): number => HEADERS.indexOf(name);
const INPUT = HEADERS.map((_, i) => i).filter((i) => HEADERS[i] !== "Semestre");
const FREE = [col("Précision"), col("Commentaire"), col("Notes perso")];
const LISTS = [
  { index: col("Quartier"), column: "Quartier", labels: C.lists.quartier },
  { index: col("Tranche d'âge"), column: "Tranche d'âge", labels: C.lists.trancheAge },
  { index: col("Sexe"), column: "Sexe", labels: C.lists.sexe },
];

/** A finding with its message in words: the reference says its messages itself, in French. */
type SaidFinding = Omit<Finding, "text"> & { message: string };
const inWords = (found: Finding[]): SaidFinding[] =>
  found.map(({ text, ...rest }) => ({ ...rest, message: say(text) }));

function referenceCheck(rows: CellValue[][], firstRow: number): SaidFinding[] {
  const findings: SaidFinding[] = [];
  const letter = (c: number): string => String.fromCharCode(65 + c); // the grid starts in column A
  const blank = (v: CellValue | undefined): boolean =>
    v === null || v === undefined || (typeof v === "string" && v.trim() === "");
  const isError = (v: CellValue | undefined): v is { error: string } => typeof v === "object" && v !== null;
  const lower = (s: string): string => s.trim().toLocaleLowerCase("fr-FR");
  const start = isoToSerial(C.start) as number;
  const end = isoToSerial(C.end) as number;
  const today = isoToSerial(TODAY) as number;
  const seen = new Map<string, number>();
  rows.forEach((cells, r) => {
    if (INPUT.every((c) => blank(cells[c]))) return;
    const row = firstRow + r;
    const cell = (c: number): string => `${letter(c)}${row}`;
    const add = (code: FindingCode, c: number, message: string, severity: "error" | "warning" = "error"): void => {
      findings.push({ code, severity, sheet: "Suivi", cell: cell(c), row, message });
    };
    for (const c of INPUT) {
      const v = cells[c];
      if (isError(v)) add("CELL_ERROR", c, t("check.cellError", { cell: cell(c), value: v.error }));
    }
    // Date
    const date = cells[col("Date")] ?? null;
    const dc = col("Date");
    if (!isError(date)) {
      let serial: number | null = null;
      if (blank(date)) add("DATE_MISSING", dc, t("check.dateMissing", { row, cell: cell(dc) }));
      else if (typeof date === "number") {
        if (date >= 32874 && date < 73416) {
          serial = Math.floor(date);
          if (serial !== date) {
            const minutes = Math.round((date - serial) * 1440);
            const time = `${String(Math.floor(minutes / 60) % 24).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
            add(
              "DATE_HAS_TIME",
              dc,
              t("check.dateHasTime", { cell: cell(dc), value: serialToFrench(serial) as string, time }),
              "warning",
            );
          }
        } else
          add("DATE_INVALID", dc, t("check.dateInvalid.implausible", { cell: cell(dc), value: displayValue(date) }));
      } else if (typeof date === "string") {
        const parsed = parseDateText(date);
        if ("error" in parsed) {
          const key = parsed.error === "invalid" ? "check.dateInvalid.noSuchDay" : "check.dateInvalid.notADate";
          add("DATE_INVALID", dc, t(key, { cell: cell(dc), value: displayValue(date) }));
        } else {
          serial = parsed.serial;
          add("DATE_INVALID", dc, t("check.dateInvalid.text", { cell: cell(dc), value: date.trim() }), "warning");
        }
      } else add("DATE_INVALID", dc, t("check.dateInvalid.notADate", { cell: cell(dc), value: displayValue(date) }));
      if (serial !== null && (serial < start || serial > end)) {
        const params = {
          cell: cell(dc),
          value: serialToFrench(serial) as string,
          start: serialToFrench(start) as string,
          end: serialToFrench(end) as string,
        };
        add("DATE_OUT_OF_PERIOD", dc, t("check.dateOutOfPeriod", params));
      } else if (serial !== null && serial > today) {
        add(
          "DATE_IN_FUTURE",
          dc,
          t("check.dateInFuture", {
            cell: cell(dc),
            value: serialToFrench(serial) as string,
            today: serialToFrench(today) as string,
          }),
        );
      }
    }
    // Indicator
    const ic = col("Indicateur");
    const indicator = cells[ic] ?? null;
    if (!isError(indicator)) {
      if (blank(indicator)) add("INDICATOR_MISSING", ic, t("check.indicatorMissing", { row, cell: cell(ic) }));
      else if (!(typeof indicator === "string" && C.indicators.some((i) => lower(i.label) === lower(indicator)))) {
        const closest = closestLabel(
          String(indicator),
          C.indicators.map((i) => i.label),
          C.indicators.map((i) => i.code),
        );
        const params = { cell: cell(ic), value: displayValue(indicator) };
        add(
          "INDICATOR_UNKNOWN",
          ic,
          closest ? t("check.indicatorUnknown", { ...params, closest }) : t("check.indicatorUnknown.noClosest", params),
        );
      }
    }
    // Count
    const nc = col("Nombre");
    const count = cells[nc] ?? null;
    if (!isError(count) && !blank(count)) {
      // The table's validation: whole numbers from 1 to 100 000.
      const reason =
        typeof count !== "number"
          ? "text"
          : count > 100_000
            ? "tooLarge"
            : count === 0
              ? "zero"
              : count < 0
                ? "negative"
                : !Number.isInteger(count)
                  ? "decimal"
                  : null;
      if (reason)
        add(
          "COUNT_INVALID",
          nc,
          t("check.countInvalid", {
            cell: cell(nc),
            value: displayValue(count),
            reason: t(`check.countInvalid.${reason}`, { max: 100_000 }),
          }),
        );
    }
    // Lists
    for (const list of LISTS) {
      const v = cells[list.index] ?? null;
      if (blank(v) || isError(v)) continue;
      if (typeof v === "string" && list.labels.some((l) => lower(l) === lower(v))) continue;
      const closest = closestLabel(String(v), list.labels);
      const params = { cell: cell(list.index), value: displayValue(v), column: list.column };
      add(
        "VALUE_UNKNOWN",
        list.index,
        closest
          ? t("check.valueUnknown", { ...params, closest })
          : t("check.valueUnknown.noClosest", { ...params, allowed: list.labels.join(", ") }),
      );
    }
    // Text lengths: the validation's (Précision 255, Commentaire 500, Saisi par 50), Excel's 32 767 elsewhere.
    const longest: Record<string, number> = { Précision: 255, Commentaire: 500, "Saisi par": 50 };
    for (const c of INPUT) {
      const v = cells[c];
      const max = longest[HEADERS[c]] ?? 32_767;
      if (typeof v === "string" && v.length > max)
        add("TEXT_TOO_LONG", c, t("check.textTooLong", { cell: cell(c), column: HEADERS[c], length: v.length, max }));
    }
    // Free text
    for (const c of FREE) {
      const v = cells[c];
      if (typeof v !== "string" || v === "") continue;
      // One finding per category and level, in order of first appearance.
      const groups = new Map<string, { category: string; level: string; terms: string[] }>();
      for (const hit of referenceFindSensitive(v)) {
        const key = `${hit.category}/${hit.level}`;
        const group = groups.get(key) ?? { category: hit.category, level: hit.level, terms: [] };
        if (!group.terms.some((x) => x.toLowerCase() === hit.text.toLowerCase())) group.terms.push(hit.text);
        groups.set(key, group);
      }
      for (const { category, level, terms } of groups.values()) {
        const quoted = terms.map((x) => `« ${x} »`);
        const words =
          quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} et ${quoted[quoted.length - 1]}` : quoted[0];
        const params = {
          cell: cell(c),
          terms: words,
          category: t(`check.category.${category}` as "check.category.health"),
          advice: t(`check.advice.${category}` as "check.advice.health"),
        };
        add(
          "SENSITIVE_DATA",
          c,
          t(level === "error" ? "check.sensitive" : "check.sensitive.review", params),
          level as "error" | "warning",
        );
      }
      for (const hit of findIdentifiers(v)) {
        const params = {
          cell: cell(c),
          what: t(`check.identifier.${hit.kind}`),
          masked: maskIdentifier(hit),
          advice: t(`check.advice.${hit.kind}`),
        };
        add(
          "PERSONAL_IDENTIFIER",
          c,
          t(hit.level === "error" ? "check.identifier" : "check.identifier.review", params),
          hit.level,
        );
      }
    }
    // Duplicates: the row's comparable values as one key
    const key = JSON.stringify(
      INPUT.map((c) =>
        blank(cells[c]) ? null : typeof cells[c] === "string" ? (cells[c] as string).trim().toLowerCase() : cells[c],
      ),
    );
    const first = seen.get(key);
    if (first !== undefined) add("DUPLICATE_ROW", 0, t("check.duplicateRow", { row, first }), "warning");
    else seen.set(key, row);
  });
  return findings;
}

/** Realistic rows from the sample generator, then every kind of mistake, duplicate and blank. */
function generatedRows(count: number): CellValue[][] {
  const random = prng(8);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const err = { error: "#REF!" };
  const variants: Record<string, CellValue[]> = {
    Date: [
      null,
      "",
      "  ",
      "31/02/2021",
      "15/03/2021",
      "2021-03-15",
      "hier",
      12,
      9999999,
      44196,
      45200,
      44270.5,
      err,
      true,
    ],
    Indicateur: [null, "", "Entretien realise", " entretiens RÉALISÉS ", "Café avec le maire", "MER", 42, err],
    Nombre: [0, -2, 1.5, "deux", "3", true, err, 4],
    Quartier: ["Borni", "borny ", "BORNY", "", null, 3, "Ailleurs", err],
    "Tranche d'âge": ["26-49", "moins de 26 ans", null],
    Sexe: ["F", "femme", null, false],
  };
  const comments = [
    "enceinte de 5 mois",
    "Tél 06 12 34 56 78, sort de prison",
    "formation santé-social",
    "Syndiqué à la CGT",
    "parle arabe couramment",
    "famille turque",
    "Née au Maroc",
    "jean.dupont@gmail.com",
    "NIR 1 85 05 78 006 084 91",
    "casier de rangement",
    "casier judiciaire vierge",
    "HANDICAPÉE",
    "handicapee",
    "Œuvre d’insertion",
    "ΟΔΟΣ",
    "οδος",
    "İstanbul",
    "  Relance prévue  ",
    "relance prévue",
    "MER sur offre d'agent de sécurité",
    "",
  ];
  const rows = sampleRows(C, count, 99).map((r) => [...r, null] as CellValue[]);
  for (let i = 0; i < rows.length; i++) {
    const r = random();
    if (r < 0.03)
      rows[i] = HEADERS.map(() => pick([null, "", "  "])); // blank row
    else if (r < 0.1 && i > 0) {
      // a duplicate of an earlier row, typed with other case and spaces
      rows[i] = rows[Math.floor(random() * i)].map((v) =>
        typeof v === "string" && random() < 0.5 ? ` ${v.toUpperCase()} ` : v,
      );
    } else {
      for (const [name, values] of Object.entries(variants)) if (random() < 0.04) rows[i][col(name)] = pick(values);
      if (random() < 0.3) rows[i][col(pick(["Précision", "Commentaire", "Notes perso"]))] = pick(comments);
      if (random() < 0.01) rows[i][col("Saisi par")] = err;
    }
  }
  return rows;
}

describe("checkTrackingRows against the reference row check", () => {
  it("gives the same findings, in the same order, on 4 000 generated rows covering every row code", () => {
    const rows = generatedRows(4000);
    const expected = referenceCheck(rows, 2);
    const codes = new Set(expected.map((f) => f.code));
    for (const code of [
      "DATE_MISSING",
      "DATE_INVALID",
      "DATE_OUT_OF_PERIOD",
      "DATE_IN_FUTURE",
      "INDICATOR_MISSING",
      "INDICATOR_UNKNOWN",
      "COUNT_INVALID",
      "VALUE_UNKNOWN",
      "CELL_ERROR",
      "DUPLICATE_ROW",
      "SENSITIVE_DATA",
      "PERSONAL_IDENTIFIER",
    ] as const) {
      expect(codes).toContain(code);
    }
    const actual = checkTrackingRows({
      headers: HEADERS,
      grid: { sheet: "Suivi", firstRow: 2, firstColumn: 1, rows },
      convention: C,
      today: TODAY,
    });
    expect(inWords(actual)).toEqual(expected);
  });

  it("sees duplicates whatever the case and spaces, final sigma and non-ASCII capitals included", () => {
    const base = sampleRows(C, 1, 3)[0];
    const withComment = (text: string): CellValue[] => [...base.slice(0, 7), text, ...base.slice(8), null];
    // "ΟΔΟΣ" lowers to "οδος" with a final sigma; "ÉCOLE" to "école": each pair is one row typed twice.
    const rows = [
      withComment("ΟΔΟΣ"),
      withComment("οδος"),
      withComment(" ÉCOLE"),
      withComment("école "),
      withComment("ecole"),
    ];
    const found = checkTrackingRows({
      headers: HEADERS,
      grid: { sheet: "Suivi", firstRow: 2, firstColumn: 1, rows },
      convention: C,
      today: TODAY,
    });
    expect(found.filter((f) => f.code === "DUPLICATE_ROW").map((f) => said(f.text))).toEqual([
      t("check.duplicateRow", { row: 3, first: 2 }),
      t("check.duplicateRow", { row: 5, first: 4 }),
    ]);
    expect(inWords(found)).toEqual(referenceCheck(rows, 2));
  });
});
