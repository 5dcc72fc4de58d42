import { TRACKING_COLUMNS, type CellValue } from "../src/core/contract";
import { METZ_2021_2023 } from "../src/core/convention";
import { evaluate, evaluationPeriod } from "../src/core/evaluation";
import { sampleRows } from "../src/core/sample";
import { formatCount, printTable } from "./support";

export interface BenchEvaluateResult {
  rows: number;
  evaluateMs: number;
  floorMs: number;
  ratio: number;
  targets: { underTwoHundredMs: boolean; withinThreeTimesFloor: boolean };
}

const READ = ["Date", "Indicateur", "Nombre", "Quartier", "Tranche d'âge", "Sexe", "Précision", "Commentaire"].map(
  (c) => TRACKING_COLUMNS.indexOf(c as (typeof TRACKING_COLUMNS)[number]),
);

/** The least an aggregation must do: read the same cells of every row and tell their kind. */
function floorPass(rows: readonly CellValue[][]): number {
  let n = 0;
  for (const row of rows) {
    for (const c of READ) {
      const v = row[c];
      if (typeof v === "number") n += 1;
      else if (typeof v === "string") n += 2;
    }
  }
  return n;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median times of `a` and `b`, run in turns so that a busy machine slows both alike. */
function pairedMs(runs: number, a: () => unknown, b: () => unknown): [number, number] {
  for (let i = 0; i < 3; i++) {
    a();
    b();
  }
  const times: [number[], number[]] = [[], []];
  const once = (fn: () => unknown) => {
    const started = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  for (let i = 0; i < runs; i++) {
    times[0].push(once(a));
    times[1].push(once(b));
  }
  return [median(times[0]), median(times[1])];
}

/** Aggregating 100 000 rows for one semester, against a floor pass over the same cells, same run. */
export async function benchEvaluate(count = Number(process.env.BENCH_ROWS ?? 100_000)): Promise<BenchEvaluateResult> {
  const c = METZ_2021_2023;
  const rows = sampleRows(c, count);
  const found = evaluationPeriod(c, { kind: "semester", semester: "2022-S1" });
  if (!found.ok) throw new Error(found.reason);
  let sink = 0;
  const [evaluateMs, floorMs] = pairedMs(
    21,
    () => (sink += evaluate(c, found.period, TRACKING_COLUMNS, rows).rows),
    () => (sink += floorPass(rows)),
  );
  const ratio = evaluateMs / floorMs;
  const result = {
    rows: count,
    evaluateMs,
    floorMs,
    ratio,
    targets: { underTwoHundredMs: evaluateMs < 200, withinThreeTimesFloor: ratio <= 3 },
  };
  printTable(
    `evaluate: one semester over ${formatCount(count)} rows (median of 21, checksum ${sink % 1000})`,
    ["pass", "ms", "target"],
    [
      [
        "evaluation figures (indicators, typology, words)",
        evaluateMs.toFixed(1),
        result.targets.underTwoHundredMs ? "< 200 ms ok" : "< 200 ms MISSED",
      ],
      ["floor: read the same cells", floorMs.toFixed(1), ""],
      ["ratio", ratio.toFixed(2), result.targets.withinThreeTimesFloor ? "<= 3x ok" : "<= 3x MISSED"],
    ],
  );
  return result;
}
