import { checkTrackingRows } from "../src/core/check/rows";
import { TRACKING_COLUMNS, type CellValue, type Grid } from "../src/core/contract";
import { METZ_2021_2023 } from "../src/core/convention";

export interface BenchCheckResult {
  name: string;
  rows: number;
  /** Median time of the full row check, in milliseconds. */
  checkMs: number;
  /** Median time of the floor pass (read each row's date and count), same run, same data. */
  floorMs: number;
  ratio: number;
  findings: number;
  targets: { underOneSecond: boolean; withinFourTimesFloor: boolean };
}

const COMMENTS = [
  "Entretien diagnostic, projet aide-soignante confirmé",
  "MER sur poste d'agent de sécurité incendie",
  "Inscription formation santé-social à l'AFPA",
  "Relance après 3 semaines sans réponse de l'entreprise",
  "Positionnée sur offre de préparateur de commandes",
  "Origine du besoin : départ en retraite",
  "enceinte de 5 mois", // a few real findings, as in a real table
  "Tél 06 12 34 56 78",
];

/** 100 000 rows shaped like a counsellor's table: a third with a comment, every comment distinct. */
export function syntheticGrid(count: number): Grid {
  const c = METZ_2021_2023;
  const rows: CellValue[][] = [];
  let seed = 42;
  // mulberry32: a small PRNG with integer arithmetic (reproducible runs)
  const next = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  for (let i = 0; i < count; i++) {
    const comment = next() < 0.33 ? `${pick(COMMENTS.slice(0, next() < 0.01 ? 8 : 6))} (${i})` : "";
    rows.push([
      44197 + Math.floor(next() * 1000), // 2021-01-01 + up to 1000 days: inside the convention
      pick(c.indicators).label,
      next() < 0.8 ? null : 1 + Math.floor(next() * 5),
      pick(c.lists.quartier),
      pick(c.lists.trancheAge),
      pick(c.lists.sexe),
      next() < 0.1 ? `Précision ${i}` : "",
      comment,
      "CP",
      "2021-S1",
    ]);
  }
  return { sheet: "Suivi", firstRow: 2, firstColumn: 1, rows };
}

/** The least any check must do: touch each row's date and count. */
function floorPass(grid: Grid): number {
  let valid = 0;
  for (const row of grid.rows) {
    const date = row[0];
    const count = row[2];
    if (typeof date === "number" && date > 0 && (count === null || typeof count === "number")) valid++;
  }
  return valid;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function benchCheck(rows = 100_000, runs = 5): BenchCheckResult {
  const grid = syntheticGrid(rows);
  const input = { headers: [...TRACKING_COLUMNS], grid, convention: METZ_2021_2023, today: "2024-06-30" };
  const warm = checkTrackingRows(input); // warm-up (JIT, regex compilation)
  let findings = warm.length;
  const byCode = new Map<string, number>();
  for (const f of warm) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  floorPass(grid);
  const checkTimes: number[] = [];
  const floorTimes: number[] = [];
  for (let r = 0; r < runs; r++) {
    floorTimes.push(time(() => floorPass(grid)));
    checkTimes.push(time(() => (findings = checkTrackingRows(input).length)));
  }
  const checkMs = median(checkTimes);
  const floorMs = Math.max(median(floorTimes), 0.001);
  const ratio = checkMs / floorMs;
  const result: BenchCheckResult = {
    name: "check",
    rows,
    checkMs,
    floorMs,
    ratio,
    findings,
    targets: { underOneSecond: checkMs < 1000, withinFourTimesFloor: ratio <= 4 },
  };
  console.log(
    `check: ${rows} rows in ${checkMs.toFixed(0)} ms (target < 1000 ms: ${result.targets.underOneSecond ? "met" : "NOT met"}); ` +
      `floor pass (date + count) ${floorMs.toFixed(2)} ms, ratio ${ratio.toFixed(0)}× (target ≤ 4×: ${result.targets.withinFourTimesFloor ? "met" : "NOT met"}); ${findings} findings (${[...byCode].map(([code, n]) => `${code} ${n}`).join(", ")})`,
  );
  return result;
}

if (require.main === module) benchCheck();
