import { WORD_KEYS } from "../../src/core/check/data/word-keys";
import { HARMLESS_GROUPS, SENSITIVE_GROUPS } from "../../src/core/check/sensitive";
import { computeKeys, deserializeKeys, serializeKeys, sourcesHash, wordFilter } from "../../src/core/check/word-filter";

// The guard's word-filter keys ship precomputed (src/core/check/data/word-keys.ts): every filter
// the guard builds must find its own keys there, equal to the keys its patterns give today.
describe("precomputed word-filter keys", () => {
  const filters = [SENSITIVE_GROUPS, ...HARMLESS_GROUPS];

  it.each(filters.map((groups, i) => [i, groups] as const))(
    "filter %d: the shipped keys are the keys of its current patterns (else run npm run guard:keys)",
    (_, groups) => {
      const shipped = WORD_KEYS[sourcesHash(groups)];
      expect(shipped).toBeDefined();
      expect(shipped).toBe(serializeKeys(computeKeys(groups)));
    },
  );

  it("ships nothing else", () => {
    expect(Object.keys(WORD_KEYS).sort()).toEqual(filters.map(sourcesHash).sort());
  });
});

describe("word filter keys, computed or read back", () => {
  const groups = [
    ["handicap(?:e|ee|s)?", "mal (?:au|de) dos"],
    ["burn[- ]?out", "psychiatr[a-z]*"],
  ];

  it("round-trips keys through their text form", () => {
    const keys = computeKeys(groups);
    // Expected keys written by hand from the patterns: whole words, pairs of adjacent words, a start.
    expect([...keys.whole].sort()).toEqual(
      [
        ["burnout", 2],
        ["handicap", 1],
        ["handicape", 1],
        ["handicapee", 1],
        ["handicaps", 1],
      ].sort(),
    );
    expect([...keys.pair].sort()).toEqual(
      [
        ["burn out", 2],
        // A hyphen separates two words, like a space.
        ["burn-out", 2],
        // One pair per expansion, the one with the rarer words ("mal" is a common note word).
        ["au dos", 1],
        ["de dos", 1],
      ].sort(),
    );
    expect([...keys.start]).toEqual([["psychiatr", 2]]);
    expect(deserializeKeys(serializeKeys(keys))).toEqual(keys);
  });

  it("computes the keys when the table holds another version of the patterns", () => {
    const stale = { [sourcesHash(groups)]: serializeKeys(computeKeys([["autre"]])) };
    const fromStale = wordFilter(groups, {}, stale);
    const changed = [...groups, ["nouveau"]];
    const computed = wordFilter(changed, {}, stale);
    // The stale entry is used only for the exact sources it was made from.
    expect(fromStale.mayMatch("autre")).toBe(true);
    expect(computed.mayMatch("un nouveau poste")).toBe(true);
    expect(computed.mayMatch("suivi burn-out")).toBe(true);
    expect(computed.mayMatch("rien a signaler")).toBe(false);
  });

  it("tells different sources apart", () => {
    expect(sourcesHash([["a", "b"]])).not.toBe(sourcesHash([["a"], ["b"]]));
    expect(sourcesHash([["ab"]])).not.toBe(sourcesHash([["a", "b"]]));
  });
});
