import { addAt, at, entry, group } from "../../src/core/checked";

describe("the core's checked indexed reads", () => {
  it("return what is there, falsy values included", () => {
    expect([at([0, "", false], 0), at([0, "", false], 1), at([0, "", false], 2)]).toEqual([0, "", false]);
    expect(at(new Int32Array([7, -1]), 1)).toBe(-1);
    expect(entry({ a: 0 }, "a")).toBe(0);
    expect(group(/^(\d+)-(\d+)$/.exec("12-34")!, 2)).toBe("34");
  });

  it("throw a RangeError instead of handing on undefined", () => {
    expect(() => at([1, 2], 2)).toThrow(RangeError);
    expect(() => at([1, 2], -1)).toThrow(RangeError);
    expect(() => entry<number>({}, "absent")).toThrow(RangeError);
    // An optional group that did not take part in the match.
    expect(() => group(/^(a)|(b)$/.exec("a")!, 2)).toThrow(RangeError);
  });

  it("add to a counter in place, and refuse a counter that is not there", () => {
    const counts = [1, 2];
    addAt(counts, 1, 3);
    expect(counts).toEqual([1, 5]);
    expect(() => addAt(counts, 2, 1)).toThrow(RangeError);
    expect(counts).toEqual([1, 5]);
  });
});
