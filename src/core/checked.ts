/**
 * Indexed reads whose index the caller has made sure of (a loop bound, a search that found it, a
 * regular expression group that is not optional). The core is compiled with
 * noUncheckedIndexedAccess: these say so explicitly, and throw if the assumption ever breaks,
 * instead of letting `undefined` run on as a value.
 */

/** `list[index]`, known to be there. */
export function at<T>(list: ArrayLike<T>, index: number): T {
  const value = list[index];
  if (value === undefined) throw new RangeError(`index ${index} is outside 0..${list.length - 1}`);
  return value;
}

/** The text a regular expression's non-optional group `index` matched. */
export function group(match: RegExpExecArray | RegExpMatchArray, index: number): string {
  const value = match[index];
  if (value === undefined) throw new RangeError(`group ${index} did not take part in the match of ${match[0] ?? ""}`);
  return value;
}

/** `record[key]`, known to be there (a record filled for every key it is read with). */
export function entry<T>(record: Readonly<Record<string, T>>, key: string): T {
  const value = record[key];
  if (value === undefined) throw new RangeError(`no entry for ${key}`);
  return value;
}

/**
 * Adds `amount` to the counter at `index`, known to be there. Its own read, not `at`'s: one
 * generic `at` shared by every kind of list is not inlined in per-row loops, this one stays fast.
 */
export function addAt(counters: number[], index: number, amount: number): void {
  const value = counters[index];
  if (value === undefined) throw new RangeError(`index ${index} is outside 0..${counters.length - 1}`);
  counters[index] = value + amount;
}
