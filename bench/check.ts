import { loadavg } from "node:os";
import { findIdentifiers } from "../src/core/check/identifiers";
import { checkTrackingRows } from "../src/core/check/rows";
import { findSensitive } from "../src/core/check/sensitive";
import { TRACKING_COLUMNS, type CellValue, type Grid } from "../src/core/contract";
import { METZ_2021_2023 } from "../src/core/convention";
import { prng, sampleRows } from "../src/core/sample";

export interface BenchCheckResult {
  name: string;
  rows: number;
  /** Median time of the full row check, in milliseconds. */
  checkMs: number;
  /** Median time of the floor pass (read each row's date and count), same run, same data. */
  floorMs: number;
  ratio: number;
  /** Median time of the personal-data scan alone (the free-text cells through both scanners). */
  textScanMs: number;
  rowsPerSecond: number;
  /** Free text the check reads, in MB (UTF-8), and that amount divided by the check's time. */
  textMb: number;
  textMbPerSecond: number;
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

/** The least any check must do: read each row's date and count, and tell numbers from the rest. */
function floorPass(grid: Grid): number {
  let valid = 0;
  for (const row of grid.rows) {
    const date = row[0];
    const count = row[2];
    if (typeof date === "number" && date > 0 && (count === null || typeof count === "number")) valid++;
  }
  return valid;
}

const FREE_TEXT = [TRACKING_COLUMNS.indexOf("Précision"), TRACKING_COLUMNS.indexOf("Commentaire")];

/** The personal-data part of the check alone, as the check does it: both scanners once per distinct text. */
function textScan(grid: Grid): number {
  const seen = new Map<string, number>();
  let hits = 0;
  for (const row of grid.rows) {
    for (const c of FREE_TEXT) {
      const text = row[c];
      if (typeof text !== "string" || text.length === 0) continue;
      let found = seen.get(text);
      if (found === undefined) seen.set(text, (found = findSensitive(text).length + findIdentifiers(text).length));
      hits += found;
    }
  }
  return hits;
}

function textMegabytes(grid: Grid): number {
  let bytes = 0;
  for (const row of grid.rows)
    for (const c of FREE_TEXT) if (typeof row[c] === "string") bytes += Buffer.byteLength(row[c] as string);
  return bytes / 1e6;
}

/** sample.ts's rows (a detail on every row, repeated wording), a third with a comment of their own. */
function sampleGrid(count: number): Grid {
  const random = prng(7);
  const rows = sampleRows(METZ_2021_2023, count, 2024);
  rows.forEach((row, i) => {
    if (random() < 0.33) row[7] = `${COMMENTS[Math.floor(random() * 6)]}, vu le ${1 + (i % 28)}/0${1 + (i % 9)}`;
  });
  return { sheet: "Suivi", firstRow: 2, firstColumn: 1, rows };
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

function measure(name: string, grid: Grid, runs: number): BenchCheckResult {
  const input = { headers: [...TRACKING_COLUMNS], grid, convention: METZ_2021_2023, today: "2024-06-30" };
  const warm = checkTrackingRows(input); // warm-up (JIT, regex compilation, folding tables)
  let findings = warm.length;
  floorPass(grid);
  textScan(grid);
  const checkTimes: number[] = [];
  const floorTimes: number[] = [];
  const scanTimes: number[] = [];
  // Alternate the passes so that a burst of load on the machine hits all of them alike.
  for (let r = 0; r < runs; r++) {
    floorTimes.push(time(() => floorPass(grid)));
    checkTimes.push(time(() => (findings = checkTrackingRows(input).length)));
    scanTimes.push(time(() => textScan(grid)));
  }
  const checkMs = median(checkTimes);
  const floorMs = Math.max(median(floorTimes), 0.001);
  const textMb = textMegabytes(grid);
  const rows = grid.rows.length;
  const result: BenchCheckResult = {
    name,
    rows,
    checkMs,
    floorMs,
    ratio: checkMs / floorMs,
    textScanMs: median(scanTimes),
    rowsPerSecond: rows / (checkMs / 1000),
    textMb,
    textMbPerSecond: textMb / (checkMs / 1000),
    findings,
    targets: { underOneSecond: checkMs < 1000, withinFourTimesFloor: checkMs / floorMs <= 4 },
  };
  const byCode = new Map<string, number>();
  for (const f of warm) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  const mark = (ok: boolean): string => (ok ? "PASS" : "MISS");
  console.log(
    `${name}: ${rows} rows, medians of ${runs} alternating runs\n` +
      `  check ${checkMs.toFixed(1)} ms [${mark(result.targets.underOneSecond)} < 1000 ms]; floor (date + count) ${floorMs.toFixed(2)} ms; ` +
      `ratio ${result.ratio.toFixed(1)}× [${mark(result.targets.withinFourTimesFloor)} ≤ 4×]\n` +
      `  ${Math.round(result.rowsPerSecond).toLocaleString("en-US")} rows/s; ${textMb.toFixed(2)} MB of free text, ${result.textMbPerSecond.toFixed(1)} MB/s; ` +
      `personal-data scan alone ${result.textScanMs.toFixed(1)} ms (${((100 * result.textScanMs) / checkMs).toFixed(0)} % of the check)\n` +
      `  ${findings} findings (${[...byCode].map(([code, n]) => `${code} ${n}`).join(", ")})`,
  );
  return result;
}

/**
 * The issue's figure: 100 000 rows with every comment distinct (no memo can help), then the same
 * count of sample.ts's rows. Load on the machine shows in every figure: the load average is printed.
 */
export function benchCheck(rows = 100_000, runs = 7): BenchCheckResult {
  console.log(`check bench (load average ${loadavg()[0].toFixed(1)} on this machine)`);
  const result = measure("check, distinct comments", syntheticGrid(rows), runs);
  measure("check, sample.ts rows", sampleGrid(rows), runs);
  return result;
}

if (require.main === module) benchCheck();
