/**
 * Calls per second of each custom function's core (what Excel's call runs, minus the error
 * mapping) next to the naive JavaScript of the native formula a user would write instead
 * (ROUND of binary products, WEEKDAY/ISOWEEKNUM day loops …), measured in the same run.
 */
import { costEtp, instalment, presenceDays, prorata, revalue, schedule, semester } from "../src/core/finance";
import { DEFAULT_CALLS, formatCount, measure, peakRssMb, printTable, ratio } from "./support";

const INPUTS = 4096; // distinct argument sets, cycled
const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30); // serial 0 for every date after February 1900

/** Reproducible pseudo-random inputs. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const random = generator(42);
const integer = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
const table = <T>(make: () => T): T[] => Array.from({ length: INPUTS }, make);

const costs = table(() => [integer(0, 10_000_000) / 100, integer(1, 100) / 100] as const);
const terms = table(() => {
  const start = integer(43831, 47483);
  return [integer(0, 5_000_000) / 100, start, start + integer(0, 364)] as const;
});
const totals = table(() => integer(0, 10_000_000) / 100);
const rateSets = table(() => [[integer(0, 50) / 1000, integer(0, 50) / 1000]]);
const quarters = table(() => {
  const start = integer(43831, 47483);
  return [start, start + integer(0, 91)] as const;
});
const serials = table(() => integer(43831, 47483));

// --- naive native-formula equivalents ---------------------------------------------------------
const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;
const yearOf = (serial: number): number => new Date(EPOCH_MS + serial * DAY_MS).getUTCFullYear();

/** ROUND(amount*MAX(0;MIN(end;DATE(y;12;31))-MAX(start;DATE(y;1;1))+1)/(DATE(y;12;31)-DATE(y;1;1)+1);2) */
function naiveProrata(amount: number, start: number, end: number): number {
  const year = yearOf(start);
  const first = (Date.UTC(year, 0, 1) - EPOCH_MS) / DAY_MS;
  const last = (Date.UTC(year, 11, 31) - EPOCH_MS) / DAY_MS;
  return round((amount * Math.max(0, Math.min(end, last) - Math.max(start, first) + 1)) / (last - first + 1), 2);
}

/** SUMPRODUCT over the days: WEEKDAY ≤ 2, or 3 in odd ISOWEEKNUM weeks, and COUNTIF(holidays)=0. */
function naivePresence(start: number, end: number, holidays: ReadonlySet<number>): number {
  let count = 0;
  for (let serial = start; serial <= end; serial++) {
    const date = new Date(EPOCH_MS + serial * DAY_MS);
    const weekday = date.getUTCDay() || 7;
    const thursday = new Date(date.getTime() + (4 - weekday) * DAY_MS);
    const week = Math.floor((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / DAY_MS / 7) + 1;
    if ((weekday <= 2 || (weekday === 3 && week % 2 === 1)) && !holidays.has(serial)) count++;
  }
  return count;
}
// The naive formula reads a ready-made holiday list; computing it is not part of its cost.
const someHolidays = new Set<number>(serials.slice(0, 13 * 10));

function naiveSemester(serial: number): string {
  const date = new Date(EPOCH_MS + serial * DAY_MS);
  return `${date.getUTCFullYear()}-S${date.getUTCMonth() < 6 ? 1 : 2}`;
}

export async function benchFunctions(): Promise<void> {
  const calls = DEFAULT_CALLS;
  const mask = INPUTS - 1;
  const pairs = [
    [
      measure("COST_ETP", calls, (i) => costEtp(costs[i & mask][0], costs[i & mask][1])),
      measure("ROUND(A*B;2)", calls, (i) => round(costs[i & mask][0] * costs[i & mask][1], 2)),
    ],
    [
      measure("PRORATA", calls, (i) => prorata(...terms[i & mask])),
      measure("ROUND(A*MAX(0;MIN…)/…;2)", calls, (i) => naiveProrata(...terms[i & mask])),
    ],
    [
      measure("INSTALMENT", calls, (i) => instalment(totals[i & mask], 2)),
      measure("ROUND(A;2)-ROUND(ROUND(A;2)*0,5;2)", calls, (i) => {
        const total = round(totals[i & mask], 2);
        return total - round(total * 0.5, 2);
      }),
    ],
    [
      measure("SCHEDULE", calls, (i) => schedule(totals[i & mask])),
      measure("{ROUND(…);A-…}", calls, (i) => {
        const total = round(totals[i & mask], 2);
        const first = round(total * 0.5, 2);
        return [first, total - first];
      }),
    ],
    [
      measure("REVALUE (2 rates)", calls, (i) => revalue(100_000, rateSets[i & mask])),
      measure("ROUND(ROUND(A*(1+r1);2)*(1+r2);2)", calls, (i) => {
        const [[first, second]] = rateSets[i & mask];
        return round(round(100_000 * (1 + first), 2) * (1 + second), 2);
      }),
    ],
    [
      measure("PRESENCE_DAYS (≤ 92 days)", calls, (i) => presenceDays(...quarters[i & mask])),
      measure("SUMPRODUCT(WEEKDAY, ISOWEEKNUM…)", calls, (i) => naivePresence(...quarters[i & mask], someHolidays)),
    ],
    [
      measure("SEMESTER", calls, (i) => semester(serials[i & mask])),
      measure('YEAR(d)&"-S"&IF(MONTH(d)<=6;1;2)', calls, (i) => naiveSemester(serials[i & mask])),
    ],
  ];
  printTable(
    `Custom functions: ${formatCount(calls)} calls each (ratio = function ÷ native formula in JS, same run)`,
    ["function", "calls/s", "native formula in JS", "calls/s", "ratio"],
    pairs.map(([ours, naive]) => [
      ours.name,
      formatCount(ours.opsPerSecond),
      naive.name,
      formatCount(naive.opsPerSecond),
      ratio(ours, naive).toFixed(2),
    ]),
  );
  console.log(`peak RSS ${peakRssMb().toFixed(0)} MB`);
}
