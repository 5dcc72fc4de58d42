import { at } from "../checked";
import type { CellValue } from "../contract";
import { normaliseText } from "./sensitive";

export { columnLetters } from "../a1";

export function isErrorValue(value: CellValue): value is { error: string } {
  return typeof value === "object" && value !== null;
}

/** Empty for the counsellor: nothing, or only spaces. */
export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** How a value reads in a message (French booleans as Excel shows them). */
export function displayValue(value: CellValue): string {
  if (value === null) return "";
  if (isErrorValue(value)) return value.error;
  if (typeof value === "boolean") return value ? "VRAI" : "FAUX";
  if (typeof value === "number") return String(value).replace(".", ",");
  return value.length > 80 ? `${value.slice(0, 77)}…` : value;
}

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  // previous[j]: the distance between a's first i − 1 characters and b's first j (rows of b.length + 1).
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        at(previous, j) + 1,
        at(current, j - 1) + 1,
        at(previous, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return at(previous, b.length);
}

/**
 * The known label closest to what was typed, ignoring case, accents and spaces, or undefined when
 * nothing is close enough to be a helpful suggestion. A typed prefix or fragment of one label
 * ("Entretiens", "MRS") counts as close.
 */
export function closestLabel(
  typed: string,
  labels: readonly string[],
  codes: readonly string[] = [],
): string | undefined {
  const wanted = normaliseText(typed).replace(/\s+/g, " ").trim();
  if (wanted === "") return undefined;
  const byCode = codes.findIndex((code) => code.toLowerCase() === wanted);
  if (byCode >= 0) return labels[byCode];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const label of labels) {
    const known = normaliseText(label);
    const distance = known.includes(wanted) && wanted.length >= 3 ? 0.5 : levenshtein(wanted, known);
    if (distance < bestDistance) {
      best = label;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(2, Math.floor(wanted.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}
