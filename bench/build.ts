/**
 * Building a fresh tracking workbook with 100 000 rows: time and peak memory of our two writers
 * against plain ExcelJS writing the same cells with the same kind of writer, all measured in the
 * same run, each in its own child process so the memory peaks do not mix:
 *   plain          ExcelJS in-memory workbook: the plan's cells and the rows in a table;
 *   plain-stream   ExcelJS streaming writer: the same cells, row by row (it cannot write tables);
 *   build          buildWorkbook through the in-memory adapter (XlsxWorkbook), as repairs use;
 *   stream         buildWorkbook through the streaming adapter (StreamedWorkbook), as new files use.
 * Target for the streamed build: within 1.1× of plain-stream and under 250 MB peak.
 * BENCH_BUILD_ROWS sets the row count (default 100 000), BENCH_BUILD_RUNS the runs per writer
 * (median time, highest peak; 3 by default), BENCH_BUILD_MODES the writers to run (all by default;
 * "plain-stream,stream" for the streamed comparison alone).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { SHEET, TRACKING_COLUMNS, type CellValue } from "../src/core/contract";
import { METZ_2021_2023 } from "../src/core/convention";
import { SEMESTER_FORMULA, buildPlan } from "../src/core/plan";
import type { PlanCell } from "../src/core/plan-types";
import { sampleRows } from "../src/core/sample";
import { buildWorkbook } from "../src/features/build";
import { StreamedWorkbook } from "../src/xlsx/stream-build";
import { XlsxWorkbook } from "../src/xlsx/workbook";
import { compiledChild } from "./support";

const ROWS = Number(process.env.BENCH_BUILD_ROWS ?? 100_000);
const RUNS_PER_MODE = Number(process.env.BENCH_BUILD_RUNS ?? 3);
const TIME_TARGET = 1.1;
const PEAK_TARGET_MB = 250;

const MODES = ["plain", "plain-stream", "build", "stream"] as const;
type Mode = (typeof MODES)[number];

interface ChildResult {
  seconds: number;
  /** User + system CPU time: steadier than wall time when others share the machine. */
  cpuSeconds: number;
  peakMb: number;
  bytes: number;
}

const toDate = (serial: number) => new Date((serial - 25569) * 86_400_000);
const plainValue = (v: PlanCell): ExcelJS.CellValue =>
  (v && typeof v === "object" && "formula" in v ? { formula: v.formula } : v) as ExcelJS.CellValue;
const trackingRow = (r: CellValue[]): ExcelJS.CellValue[] => [
  toDate(r[0] as number),
  ...(r.slice(1, 9) as ExcelJS.CellValue[]),
  { formula: SEMESTER_FORMULA },
];

/** The cells every plan `writeCells` op puts on each sheet, by sheet then row then column. */
function planCells(): Map<string, Map<number, Map<number, ExcelJS.CellValue>>> {
  const sheets = new Map<string, Map<number, Map<number, ExcelJS.CellValue>>>();
  const probe = new ExcelJS.Workbook().addWorksheet("probe");
  for (const op of buildPlan(METZ_2021_2023)) {
    if (op.kind === "addSheet") sheets.set(op.sheet, new Map());
    if (op.kind !== "writeCells") continue;
    const origin = probe.getCell(op.address);
    const rows = sheets.get(op.sheet)!;
    op.cells.forEach((r, i) =>
      r.forEach((v, j) => {
        const row = Number(origin.row) + i;
        if (!rows.has(row)) rows.set(row, new Map());
        rows.get(row)!.set(Number(origin.col) + j, plainValue(v));
      }),
    );
  }
  return sheets;
}

/** Plain ExcelJS in memory: the same rows and the same formulas of the computed sheets, no plan logic. */
async function plainExcelJs(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const rows = sampleRows(METZ_2021_2023, ROWS);
  for (const [sheet, cells] of planCells()) {
    const ws = wb.addWorksheet(sheet);
    for (const [row, columns] of cells) for (const [col, value] of columns) ws.getCell(row, col).value = value;
  }
  wb.getWorksheet(SHEET.tracking)!.addTable({
    name: "Suivi",
    ref: "A1",
    columns: TRACKING_COLUMNS.map((name) => ({ name })),
    rows: rows.map(trackingRow),
  });
  await wb.xlsx.writeFile(path);
}

/** Plain ExcelJS streaming writer: the same cells, each row committed as it is written. */
async function plainStream(path: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const rows = sampleRows(METZ_2021_2023, ROWS);
  for (const [sheet, cells] of planCells()) {
    const ws = wb.addWorksheet(sheet);
    if (sheet === SHEET.tracking) {
      ws.addRow([...TRACKING_COLUMNS]).commit();
      for (const r of rows) ws.addRow(trackingRow(r)).commit();
    }
    for (const row of [...cells.keys()].sort((a, b) => a - b)) {
      const sheetRow = ws.getRow(row);
      for (const [col, value] of cells.get(row)!) sheetRow.getCell(col).value = value;
      sheetRow.commit();
    }
    ws.commit();
  }
  await wb.commit();
}

async function ourBuild(path: string): Promise<void> {
  const port = new XlsxWorkbook(new ExcelJS.Workbook());
  await buildWorkbook(port, METZ_2021_2023, { sampleRows: ROWS });
  await port.saveAtomically(path);
}

async function ourStreamedBuild(path: string): Promise<void> {
  const port = new StreamedWorkbook();
  await buildWorkbook(port, METZ_2021_2023, { sampleRows: ROWS });
  await port.saveAtomically(path);
}

const RUNS: Record<Mode, (path: string) => Promise<void>> = {
  plain: plainExcelJs,
  "plain-stream": plainStream,
  build: ourBuild,
  stream: ourStreamedBuild,
};

async function child(mode: Mode, path: string): Promise<void> {
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  await RUNS[mode](path);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // The writer's own CPU time (module loading left out).
  const cpu = process.cpuUsage(cpuBefore);
  const result: ChildResult = {
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakMb: process.resourceUsage().maxRSS / 1024,
    bytes: statSync(path).size,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

let compiled: string | null = null;
/** This file compiled once per run; a child is this file with --child. */
const childScript = (): string => (compiled ??= compiledChild(__filename));

function runChild(mode: Mode, path: string): ChildResult {
  const run = spawnSync(process.execPath, [childScript(), "--child", mode, path], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) throw new Error(`${mode} child failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").pop() as string) as ChildResult;
}

export async function benchBuild(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "sc-bench-build-"));
  try {
    const wanted = (process.env.BENCH_BUILD_MODES ?? "").split(",").filter(Boolean);
    const modes = MODES.filter((mode) => wanted.length === 0 || wanted.includes(mode));
    const runs = {} as Record<Mode, ChildResult[]>;
    for (const mode of modes) runs[mode] = [];
    // Runs interleaved, so that a busy spell of the machine weighs on every writer alike.
    for (let run = 0; run < RUNS_PER_MODE; run++)
      for (const mode of modes) runs[mode].push(runChild(mode, join(dir, `${mode}-${run}.xlsx`)));
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const results = {} as Record<Mode, ChildResult>;
    for (const mode of modes) {
      results[mode] = {
        seconds: median(runs[mode].map((r) => r.seconds)),
        cpuSeconds: median(runs[mode].map((r) => r.cpuSeconds)),
        peakMb: Math.max(...runs[mode].map((r) => r.peakMb)),
        bytes: runs[mode][0].bytes,
      };
    }
    console.log(
      `\nbuild: ${ROWS} rows in Suivi, a fresh file (median of ${RUNS_PER_MODE} runs, each in its own process)`,
    );
    const label: Record<Mode, string> = {
      plain: "plain ExcelJS, in-memory  ",
      "plain-stream": "plain ExcelJS, streaming  ",
      build: "buildWorkbook, in-memory  ",
      stream: "buildWorkbook, streamed   ",
    };
    for (const mode of modes) {
      const r = results[mode];
      console.log(
        `  ${label[mode]} ${r.seconds.toFixed(2).padStart(7)} s (CPU ${r.cpuSeconds.toFixed(2).padStart(6)} s)   peak ${r.peakMb.toFixed(0).padStart(5)} MB   ${(r.bytes / 1e6).toFixed(1)} MB file`,
      );
    }
    const ratio = (ours: Mode, plain: Mode) => results[ours].seconds / results[plain].seconds;
    const cpuRatio = (ours: Mode, plain: Mode) => results[ours].cpuSeconds / results[plain].cpuSeconds;
    const peakRatio = (ours: Mode, plain: Mode) => results[ours].peakMb / results[plain].peakMb;
    for (const [name, ours, plain] of [
      ["in-memory", "build", "plain"],
      ["streaming", "stream", "plain-stream"],
    ] as const) {
      if (!results[ours] || !results[plain]) continue;
      console.log(
        `  ratio ${name.padEnd(9)}  ours/plain  time ${ratio(ours, plain).toFixed(2)}× (CPU ${cpuRatio(ours, plain).toFixed(2)}×), peak ${peakRatio(ours, plain).toFixed(2)}×`,
      );
    }
    if (!results.stream || !results["plain-stream"]) return;
    const timeOk = ratio("stream", "plain-stream") <= TIME_TARGET;
    const peakOk = results.stream.peakMb < PEAK_TARGET_MB;
    console.log(
      `  ${timeOk && peakOk ? "PASS" : "MISS"}: streamed build ${ratio("stream", "plain-stream").toFixed(2)}× plain streaming (target ≤ ${TIME_TARGET}×: ${timeOk ? "met" : "missed"}), ` +
        `peak ${results.stream.peakMb.toFixed(0)} MB (target < ${PEAK_TARGET_MB} MB: ${peakOk ? "met" : "missed"})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--child") {
  const mode = process.argv[3] as Mode;
  if (!MODES.includes(mode)) throw new Error(`unknown build bench mode ${mode}`);
  child(mode, process.argv[4]).catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  });
} else if (require.main === module) {
  void benchBuild();
}
