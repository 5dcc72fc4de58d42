import { at } from "../checked";
import { ELIDED_WORDS, foldChar, isElisionNext, normaliseText } from "./fold";

/**
 * A cheap, exact-enough pre-filter for whole-word regular expressions over folded text.
 *
 * Every alternative of a lexicon is matched as a whole word, so any match contains at least one
 * complete word of the text (a maximal run of [a-z0-9]) that is known in advance: "handicapees"
 * for "handicap(?:e|ee|es|ees|s)?", the two words "d'origine" for "d'origine", "burnout" or
 * "burn-out" for "burn[- ]?out". Where a pattern leaves a word open ("psychiatr[a-z]*"), its known
 * start must begin a word of the text. The filter indexes one such key per expansion of each
 * alternative, then reads a comment once, folding it character by character, and answers
 * "may match" only when a word, or two adjacent words, of the comment are indexed. It never says no where a regex
 * would match (the words come
 * from the patterns themselves); it may say yes wrongly (hash collisions, a word in a harmless
 * phrase), which only costs running the regexes.
 */
export interface WordFilter {
  /** False only when no alternative can match `text` once folded. */
  mayMatch(text: string): boolean;
  /**
   * The groups (bit g for `groups[g]`) that may match the already folded `normal`, found by exact
   * word lookups: 0 when none can (a hash collision let the comment through `mayMatch`).
   */
  groupsIn(normal: string): number;
  /** True when some alternative has no indexable word: the filter then lets everything through. */
  readonly passesEverything: boolean;
  /** Indexed keys: whole words, two adjacent words, word starts (for tests and diagnostics). */
  readonly wholeWords: ReadonlySet<string>;
  readonly wordPairs: ReadonlySet<string>;
  readonly wordStarts: ReadonlySet<string>;
}

/** Stands for a run of unknown characters (a repeated class, a wildcard): the words beside it are open. */
const OPEN = "\u0001";
/** Expansions of one alternative beyond this are cut short with OPEN (the filter stays sound, only broader). */
const MAX_EXPANSIONS = 20_000;

const isWordCode = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/** The strings a regular-expression source can match, lookarounds dropped (so a superset). */
function expansions(source: string): string[] {
  let pos = 0;
  const fail = (why: string): never => {
    throw new Error(`word filter: ${why} at ${pos} in /${source}/`);
  };
  const product = (left: string[], right: string[]): string[] => {
    if (left.length * right.length > MAX_EXPANSIONS) right = [OPEN];
    const out: string[] = [];
    for (const a of left) for (const b of right) out.push(a + b);
    return out;
  };
  const alternation = (): string[] => {
    const out = sequence();
    while (source[pos] === "|") {
      pos++;
      out.push(...sequence());
    }
    return out;
  };
  const sequence = (): string[] => {
    let out = [""];
    while (pos < source.length && source[pos] !== "|" && source[pos] !== ")") out = product(out, quantified(atom()));
    return out;
  };
  const quantified = (strings: string[]): string[] => {
    const q = source[pos];
    if (q === "?" || q === "*" || q === "+") {
      pos++;
      if (source[pos] === "?") pos++; // lazy form: same strings
      return q === "?" ? [...strings, ""] : [OPEN];
    }
    if (q === "{") fail("counted repetition is not supported");
    return strings;
  };
  const atom = (): string[] => {
    const c = source[pos++] ?? fail("unexpected end");
    if (c === "(") {
      const look = /^\?<?[=!]/.exec(source.slice(pos, pos + 3));
      if (look) pos += look[0].length;
      else if (source.startsWith("?:", pos)) pos += 2;
      else if (source[pos] === "?") fail("unsupported group");
      const inner = alternation();
      if (source[pos++] !== ")") fail("unclosed group");
      return look ? [""] : inner; // a lookaround consumes nothing
    }
    if (c === "[") return charClass();
    if (c === "\\") {
      const escaped = source[pos++] ?? fail("dangling escape");
      if ("bB".includes(escaped)) return [""];
      if (/[a-zA-Z0-9]/.test(escaped)) return [OPEN]; // \d, \w, \s, \u…: treated as unknown characters
      return [escaped];
    }
    if (c === ".") return [OPEN];
    if (c === "^" || c === "$") return [""];
    return [c];
  };
  const charClass = (): string[] => {
    const members: string[] = [];
    let open = source[pos] === "^";
    if (open) pos++;
    while (source[pos] !== "]") {
      if (pos >= source.length) fail("unclosed class");
      let c = source[pos++] ?? fail("unclosed class");
      if (c === "\\") {
        c = source[pos++] ?? fail("dangling escape");
        if (/[a-zA-Z0-9]/.test(c)) open = true;
      }
      if (source[pos] === "-" && source[pos + 1] !== "]") {
        pos += 2; // a range: too many members to list
        open = true;
      }
      members.push(c);
    }
    pos++;
    return open ? [OPEN] : members;
  };
  const out = alternation();
  if (pos !== source.length) fail("unbalanced parenthesis");
  return out;
}

/**
 * Words too common in counsellors' comments to tell anything on their own ("sans réponse", "mal au dos",
 * "en cours", "fin de", "depuis 3 mois"): a key is taken elsewhere in the pattern when it can be.
 */
const COMMON = new Set(
  (
    "a au aux d de des du en et l la le les un une sur sous pour par sans avec chez mal son sa ses ce se ne pas plus fait " +
    "n qu il elle est dans non ok tres vers apres depuis jusqu fin cours suivi rdv demande dossier service centre place " +
    "emploi travail aide accueil insertion reprise permis visite sortie prevue obtenu ancien ancienne famille enfants garde " +
    "logement domicile vit temps ete deux ans mois semaine semaines jour jours charge charges"
  ).split(" "),
);
const weight = (word: string): number => (COMMON.has(word) ? 0.5 : word.length);

/** What one expansion is indexed by: one whole word, two adjacent words, or the start of a word. */
type Key = { kind: "whole" | "pair" | "start"; text: string };

/**
 * The most telling key of one expansion: two adjacent words (with what separates them) if it
 * has some, else its rarest-looking whole word, else a word start; null when nothing is known.
 */
function keyOf(expansion: string): Key | null {
  const words: { start: number; end: number; opens: boolean; closes: boolean }[] = [];
  for (let start = 0; start < expansion.length;) {
    if (!isWordCode(expansion.charCodeAt(start))) {
      start++;
      continue;
    }
    let end = start;
    while (end < expansion.length && isWordCode(expansion.charCodeAt(end))) end++;
    // Literal non-word characters (or the ends of a whole-word match) around it make it a word of the text.
    words.push({
      start,
      end,
      opens: start === 0 || expansion[start - 1] !== OPEN,
      closes: end === expansion.length || expansion[end] !== OPEN,
    });
    start = end;
  }
  let best: Key | null = null;
  let bestWeight = -1;
  const consider = (key: Key, w: number): void => {
    if (w > bestWeight) {
      best = key;
      bestWeight = w;
    }
  };
  words.forEach((word, i) => {
    const text = expansion.slice(word.start, word.end);
    if (word.opens && word.closes) consider({ kind: "whole", text }, weight(text));
    else if (word.opens) consider({ kind: "start", text }, weight(text) - 0.25);
    const next = words[i + 1];
    const gap = next ? expansion.slice(word.end, next.start) : OPEN;
    if (next && word.opens && next.closes && !gap.includes(OPEN)) {
      // A pair is as rare as its rarer word, at least: "un oncologue" before "rendez-vous".
      const [a, b] = [weight(text), weight(expansion.slice(next.start, next.end))];
      consider(
        { kind: "pair", text: expansion.slice(word.start, next.end) },
        100 + Math.max(a, b) + Math.min(a, b) / 10,
      );
    }
  });
  return best;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const BITS = 20;
// Two bits per key (a Bloom filter): a few thousand keys in 2^20 bits give about one false "yes"
// in a hundred thousand lookups.
const slot1 = (hash: number): number => Math.imul(hash, 0x9e3779b1) >>> (32 - BITS);
const slot2 = (hash: number): number => Math.imul(hash ^ (hash >>> 15), 0x85ebca77) >>> (32 - BITS);
const hashOf = (word: string): number => {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
};

// Folding of ASCII characters, from the same definition as every other character.
const ASCII_FOLD = new Int32Array(128);
for (let c = 0; c < 128; c++) {
  const folded = normaliseText(String.fromCharCode(c));
  ASCII_FOLD[c] = folded.length === 1 ? folded.charCodeAt(0) : -1;
}

const has = (table: Uint32Array, hash: number): boolean => {
  const a = slot1(hash);
  const b = slot2(hash);
  // Plain reads (slots are below 2^BITS by construction): the generic `at` is not inlined in this loop.
  return ((table[a >>> 5] ?? 0) & (1 << (a & 31))) !== 0 && ((table[b >>> 5] ?? 0) & (1 << (b & 31))) !== 0;
};

export interface WordFilterOptions {
  /**
   * The matched text is folded with `restoreElisions` too: `mayMatch` then reads the space after an
   * elided word before a vowel as an apostrophe ("d autorisation" is the pair "d'autorisation").
   */
  spacedElisions?: boolean;
}

/** An elided word (letters only, at most 7) as a number: base 32, a = 1. */
const letterCode = (word: string): number => [...word].reduce((code, ch) => code * 32 + ch.charCodeAt(0) - 96, 0);
const ELIDED_CODES = new Set(ELIDED_WORDS.map(letterCode));
const ELIDED_MAX = Math.max(...ELIDED_WORDS.map((w) => w.length));

/** The keys of a filter: each key's text with the groups it stands for (bit g for `groups[g]`). */
export interface FilterKeys {
  whole: Map<string, number>;
  pair: Map<string, number>;
  start: Map<string, number>;
  /** Some alternative has no indexable word: the filter lets everything through. */
  passesEverything: boolean;
}

/**
 * The keys of every expansion of every alternative. This enumerates hundreds of thousands of
 * expansions for the guard's lexicons (about a second), so the guard ships them precomputed
 * (`precomputedKeys`) and computes them only when its patterns changed since.
 */
export function computeKeys(groups: readonly (readonly string[])[]): FilterKeys {
  const keys: FilterKeys = { whole: new Map(), pair: new Map(), start: new Map(), passesEverything: false };
  groups.forEach((alternatives, g) => {
    for (const alternative of alternatives) {
      for (const expansion of expansions(alternative)) {
        const key = keyOf(expansion);
        if (!key) keys.passesEverything = true;
        else keys[key.kind].set(key.text, (keys[key.kind].get(key.text) ?? 0) | (1 << g));
      }
    }
  });
  return keys;
}

/** What identifies a filter's sources: a hash of its groups (FNV-1a over their JSON, in hex). */
export function sourcesHash(groups: readonly (readonly string[])[]): string {
  const text = JSON.stringify(groups);
  return `${(hashOf(text) >>> 0).toString(16).padStart(8, "0")}-${text.length}`;
}

/** Keys in a compact text form for a generated module: "kind groups text" lines. */
export function serializeKeys(keys: FilterKeys): string {
  const lines: string[] = [keys.passesEverything ? "*" : "-"];
  for (const kind of ["whole", "pair", "start"] as const) {
    for (const [text, groups] of [...keys[kind]].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      lines.push(`${kind[0]} ${groups} ${text}`);
  }
  return lines.join("\n");
}

export function deserializeKeys(serialized: string): FilterKeys {
  const lines = serialized.split("\n");
  const keys: FilterKeys = { whole: new Map(), pair: new Map(), start: new Map(), passesEverything: lines[0] === "*" };
  const kinds = { w: keys.whole, p: keys.pair, s: keys.start } as const;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const space = line.indexOf(" ", 2);
    kinds[line[0] as keyof typeof kinds].set(line.slice(space + 1), Number(line.slice(2, space)));
  }
  return keys;
}

/**
 * A filter for whole-word matches of regular-expression sources written against folded text,
 * in groups (one group per rule): `groups[g]` lists the alternatives of rule g. `precomputed`
 * maps sources hashes to serialized keys: used when it holds these groups' hash, else the keys are
 * computed (a stale table costs time, never a missed match).
 */
export function wordFilter(
  groups: readonly (readonly string[])[],
  options: WordFilterOptions = {},
  precomputed: Readonly<Record<string, string>> = {},
): WordFilter {
  const spacedElisions = options.spacedElisions === true;
  if (groups.length > 31) throw new Error("word filter: at most 31 groups");
  const cached = precomputed[sourcesHash(groups)];
  // Exact keys with the groups they stand for; hashed copies in bit tables for the first pass.
  const keys = cached === undefined ? computeKeys(groups) : deserializeKeys(cached);
  const passesEverything = keys.passesEverything;
  const table = (map: Map<string, number>): Uint32Array => {
    const bits = new Uint32Array(1 << (BITS - 5));
    for (const text of map.keys()) {
      for (const s of [slot1(hashOf(text)), slot2(hashOf(text))]) bits[s >>> 5] = at(bits, s >>> 5) | (1 << (s & 31));
    }
    return bits;
  };
  const whole = table(keys.whole);
  const pairs = table(keys.pair);
  const starts = table(keys.start);
  const startLengths = new Uint8Array(Math.max(0, ...[...keys.start.keys()].map((k) => k.length)) + 1);
  for (const text of keys.start.keys()) startLengths[text.length] = 1;
  const everyGroup = (1 << groups.length) - 1;

  /** The first folded character after text[i], or -1 (characters that fold to nothing are skipped). */
  function nextFolded(text: string, i: number): number {
    for (let j = i + 1; j < text.length; j++) {
      const c = text.charCodeAt(j);
      const f = c < 128 ? (ASCII_FOLD[c] ?? -1) : -1;
      if (f >= 0) return f;
      const folded = c < 128 ? normaliseText(text.charAt(j)) : foldChar(c);
      if (folded.length > 0) return folded.charCodeAt(0);
    }
    return -1;
  }

  function mayMatch(text: string): boolean {
    if (passesEverything) return true;
    let hash = FNV_OFFSET; // the word being read
    let length = 0;
    let letters = 0; // the word being read as letterCode, -1 when it holds a digit
    let span = FNV_OFFSET; // from the start of the previous word to here
    let afterWord = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let folded: string | null = null;
      let f = c < 128 ? (ASCII_FOLD[c] ?? -1) : -1;
      if (f < 0) {
        folded = c < 128 ? normaliseText(text.charAt(i)) : foldChar(c);
        if (folded.length === 0) continue; // a combining accent: folding drops it
        f = folded.charCodeAt(0);
      }
      for (let k = 0; ;) {
        if (isWordCode(f)) {
          hash = Math.imul(hash ^ f, FNV_PRIME);
          span = Math.imul(span ^ f, FNV_PRIME);
          if (spacedElisions) letters = f >= 97 && letters >= 0 && length < ELIDED_MAX ? letters * 32 + f - 96 : -1;
          length++;
          if (length < startLengths.length && startLengths[length] === 1 && has(starts, hash)) return true;
        } else if (length > 0) {
          if (has(whole, hash) || (afterWord && has(pairs, span))) return true;
          // "d autorisation": the space after an elided word, before a vowel, is read as the apostrophe.
          const separator =
            f === 32 && spacedElisions && ELIDED_CODES.has(letters) && isElisionNext(nextFolded(text, i)) ? 39 : f;
          span = Math.imul(hash ^ separator, FNV_PRIME);
          afterWord = true;
          hash = FNV_OFFSET;
          length = 0;
          letters = 0;
        } else {
          span = Math.imul(span ^ f, FNV_PRIME);
        }
        if (folded === null || ++k >= folded.length) break;
        f = folded.charCodeAt(k);
      }
    }
    return length > 0 && (has(whole, hash) || (afterWord && has(pairs, span)));
  }

  function groupsIn(normal: string): number {
    if (passesEverything) return everyGroup;
    let found = 0;
    let previousStart = -1;
    for (let start = 0; start < normal.length;) {
      if (!isWordCode(normal.charCodeAt(start))) {
        start++;
        continue;
      }
      let end = start;
      while (end < normal.length && isWordCode(normal.charCodeAt(end))) end++;
      found |= keys.whole.get(normal.slice(start, end)) ?? 0;
      if (previousStart >= 0) found |= keys.pair.get(normal.slice(previousStart, end)) ?? 0;
      for (let n = 1; n < startLengths.length && n <= end - start; n++) {
        if (startLengths[n] === 1) found |= keys.start.get(normal.slice(start, start + n)) ?? 0;
      }
      previousStart = start;
      start = end;
    }
    return found;
  }

  return {
    mayMatch,
    groupsIn,
    passesEverything,
    wholeWords: new Set(keys.whole.keys()),
    wordPairs: new Set(keys.pair.keys()),
    wordStarts: new Set(keys.start.keys()),
  };
}
