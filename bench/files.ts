/**
 * The file engine on a 100 000-row tracking workbook: check, import of 100 rows and the repair of
 * a deleted Financement sheet, each against a floor measured in the same run on the same file:
 * read the file, unzip it and stream-parse its Suivi sheet and shared strings, doing nothing else.
 * Each run is a child process of its own (time of the operation, peak memory of the process).
 * Targets: check ≤ 1.5× the floor, import ≤ 2×, repair ≤ 2×, evaluate (one semester, end to end) ≤ 2×,
 * each ≤ 200 MB peak; the dashboard is reported.
 * Times are wall clock; the CPU time of the operation (user + system) is shown beside them, steadier
 * when others share the machine. BENCH_FILE_ROWS sets the row count (default 100 000),
 * BENCH_FILE_RUNS the runs per figure (3), BENCH_FILE_MODES the figures to run (all by default).
 * The same check and import then run in the task pane's file mode in headless Chromium
 * (bench/files-browser.ts) when dist/ is built; BENCH_FILE_BROWSER=0 leaves them out.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync, zipSync } from "fflate";
import { SaxesParser } from "saxes";
import { main } from "../src/cli/main";
import { METZ_2021_2023 } from "../src/core/convention";
import { sampleRows } from "../src/core/sample";
import { buildWorkbook } from "../src/features/build";
import { runCheck } from "../src/features/check";
import { Book } from "../src/xlsx/engine/book";
import { REL, XlsxPackage } from "../src/xlsx/engine/package";
import { streamXml } from "../src/xlsx/engine/xml";
import { openPackageFile } from "../src/xlsx/open";
import { StreamedWorkbook } from "../src/xlsx/stream-build";
import { deleteSheetParts } from "../test/support/zip";
import type { BrowserMode, BrowserResult } from "./files-browser";
import { compiledChild } from "./support";

const ROWS = Number(process.env.BENCH_FILE_ROWS ?? 100_000);
const RUNS = Number(process.env.BENCH_FILE_RUNS ?? 3);
const PEAK_TARGET_MB = 200;
const MODES = ["floor", "check", "import", "repair", "evaluate", "dashboard"] as const;
type Mode = (typeof MODES)[number];
// The dashboard has no target of its own: it writes a pivot cache holding every row, and is reported.
const TARGET: Record<Exclude<Mode, "floor">, number> = {
  check: 1.5,
  import: 2,
  repair: 2,
  evaluate: 2,
  dashboard: Infinity,
};

interface ChildResult {
  seconds: number;
  /** User + system CPU time of the operation alone (module loading excluded). */
  cpuSeconds: number;
  peakMb: number;
}

/** Unzip + stream-parse the Suivi sheet and the shared strings with no handler: the least any reader does. */
function floor(path: string): void {
  const pkg = new XlsxPackage(readFileSync(path));
  const book = new Book(pkg);
  const parts = [book.sheet("Suivi")!.part, book.workbookTarget(REL.sharedStrings)!];
  for (const part of parts) streamXml(pkg.entry(part)!, new SaxesParser({ position: false }));
}

const quiet = async (run: () => Promise<number>): Promise<number> => {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return await run();
  } finally {
    process.stdout.write = write;
  }
};

const OPERATIONS: Record<Mode, (path: string, csv: string) => Promise<void>> = {
  floor: async (path) => floor(path),
  check: async (path) => {
    await runCheck(await openPackageFile(path), METZ_2021_2023, "2024-01-15");
  },
  import: async (path, csv) => {
    const code = await quiet(() => main(["import", path, csv]));
    if (code !== 0) throw new Error(`import exited ${code}`);
  },
  repair: async (path) => {
    const code = await quiet(() => main(["build", path]));
    if (code !== 0) throw new Error(`build exited ${code}`);
  },
  evaluate: async (path) => {
    const code = await quiet(() => main(["evaluate", path, "--semester", "2022-S1", "--today", "2024-01-15"]));
    if (code !== 0) throw new Error(`evaluate exited ${code}`);
  },
  dashboard: async (path) => {
    const code = await quiet(() => main(["dashboard", path]));
    if (code !== 0) throw new Error(`dashboard exited ${code}`);
  },
};

async function child(mode: Mode, path: string, csv: string): Promise<void> {
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  await OPERATIONS[mode](path, csv);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const result: ChildResult = {
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

let compiled: string | null = null;
/** This file compiled once per run; a child is this file with --child. */
const childScript = (): string => (compiled ??= compiledChild(__filename));

function runChild(mode: Mode, path: string, csv: string): ChildResult {
  const run = spawnSync(process.execPath, [childScript(), "--child", mode, path, csv], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) throw new Error(`${mode} child failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").pop() as string) as ChildResult;
}

/** The workbook without its Financement sheet (part, relationship, content type and <sheet> removed). */
function withoutFinancing(source: string, target: string): void {
  writeFileSync(target, zipSync(deleteSheetParts(unzipSync(readFileSync(source)), "Financement")));
}

/** 100 rows as a counsellor's agenda export would give them, none a copy of a row already there. */
function importCsv(path: string): void {
  const rows = sampleRows(METZ_2021_2023, 100);
  const date = (serial: number) =>
    new Date(Math.round((serial - 25569) * 86_400_000)).toISOString().slice(0, 10).split("-").reverse().join("/");
  const lines = rows.map((r, i) =>
    [
      date(r[0] as number),
      r[1],
      r[2] ?? "",
      r[3] ?? "",
      r[4] ?? "",
      r[5] ?? "",
      r[6] ?? "",
      `Import du banc n° ${i + 1}`,
      "Banc",
    ].join(";"),
  );
  writeFileSync(
    path,
    ["Date;Indicateur;Nombre;Quartier;Tranche d'âge;Sexe;Précision;Commentaire;Saisi par", ...lines].join("\n"),
  );
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchFiles(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "sc-bench-files-"));
  try {
    const built = join(dir, "suivi.xlsx");
    const port = new StreamedWorkbook();
    await buildWorkbook(port, METZ_2021_2023, { sampleRows: ROWS });
    await port.saveAtomically(built);
    const damaged = join(dir, "sans-financement.xlsx");
    withoutFinancing(built, damaged);
    const csv = join(dir, "lignes.csv");
    importCsv(csv);

    // The floor is always measured: every figure is a ratio to it.
    const wanted = (process.env.BENCH_FILE_MODES ?? "").split(",").filter(Boolean);
    const modes = MODES.filter((mode) => mode === "floor" || wanted.length === 0 || wanted.includes(mode));
    const results = {} as Record<Mode, ChildResult[]>;
    for (const mode of MODES) results[mode] = [];
    for (let run = 0; run < RUNS; run++) {
      for (const mode of modes) {
        const file = join(dir, `${mode}-${run}.xlsx`);
        copyFileSync(mode === "repair" ? damaged : built, file);
        results[mode].push(runChild(mode, file, csv));
      }
    }
    const time = (mode: Mode) => median(results[mode].map((r) => r.seconds));
    const cpuTime = (mode: Mode) => median(results[mode].map((r) => r.cpuSeconds));
    const peak = (mode: Mode) => Math.max(...results[mode].map((r) => r.peakMb));
    console.log(
      `\nfiles: ${ROWS} rows in Suivi, ${(readFileSync(built).length / 1e6).toFixed(1)} MB file, median of ${RUNS} runs (each in its own process)`,
    );
    console.log(
      `  floor (unzip + parse Suivi and shared strings) ${time("floor").toFixed(2).padStart(6)} s (CPU ${cpuTime("floor").toFixed(2)} s)   peak ${peak("floor").toFixed(0).padStart(4)} MB`,
    );
    for (const mode of ["check", "import", "repair", "evaluate", "dashboard"] as const) {
      if (!modes.includes(mode)) continue;
      const ratio = time(mode) / time("floor");
      const cpuRatio = cpuTime(mode) / cpuTime("floor");
      const reported = TARGET[mode] === Infinity;
      const ok = ratio <= TARGET[mode] && peak(mode) <= PEAK_TARGET_MB;
      const target = reported ? "(reported)" : `(target ≤ ${TARGET[mode]}×)`;
      const peakTarget = reported ? "" : ` (target ≤ ${PEAK_TARGET_MB})`;
      console.log(
        `  ${mode.padEnd(9)} ${time(mode).toFixed(2).padStart(6)} s = ${ratio.toFixed(2)}× floor ${target} (CPU ${cpuTime(mode).toFixed(2)} s = ${cpuRatio.toFixed(2)}×)   peak ${peak(mode).toFixed(0).padStart(4)} MB${peakTarget}   ${reported ? "" : ok ? "PASS" : "MISS"}`,
      );
      console.log(
        `          runs: ${results[mode].map((r) => `${r.seconds.toFixed(2)} s / ${r.peakMb.toFixed(0)} MB`).join(", ")}`,
      );
    }
    await browserFigures(built, csv, modes, time("floor"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Check and import in the pane's file mode (headless Chromium), against the same floor. */
async function browserFigures(built: string, csv: string, modes: readonly Mode[], floorSeconds: number): Promise<void> {
  if (process.env.BENCH_FILE_BROWSER === "0") return;
  // Loaded here, not at the top: the children that measure node's peaks must not carry playwright.
  const { runInBrowser } = await import("./files-browser");
  if (!existsSync(join(__dirname, "..", "dist", "taskpane.html"))) {
    console.log("  pane's file mode in Chromium: not measured (dist/ is not built: npm run build)");
    return;
  }
  console.log(`  pane's file mode in headless Chromium (same file, median of ${RUNS} runs, a fresh browser each):`);
  for (const mode of ["check", "import"] as const satisfies readonly BrowserMode[]) {
    if (!modes.includes(mode)) continue;
    const runs: BrowserResult[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await runInBrowser(mode, built, csv));
    const seconds = median(runs.map((r) => r.seconds));
    const peaks = runs.map((r) => r.rendererPeakMb).filter((mb): mb is number => mb !== null);
    console.log(
      `  ${mode.padEnd(7)} ${seconds.toFixed(2).padStart(6)} s = ${(seconds / floorSeconds).toFixed(2)}× the node floor   ` +
        `JS heap after ${median(runs.map((r) => r.heapUsedMb)).toFixed(0)} MB used / ${Math.max(...runs.map((r) => r.heapTotalMb)).toFixed(0)} MB reserved` +
        (peaks.length > 0 ? `   renderer peak RSS ${Math.max(...peaks).toFixed(0)} MB` : ""),
    );
    console.log(`          runs: ${runs.map((r) => `${r.seconds.toFixed(2)} s`).join(", ")}`);
  }
}

if (process.argv[2] === "--child") {
  const mode = process.argv[3] as Mode;
  if (!MODES.includes(mode)) throw new Error(`unknown files bench mode ${mode}`);
  child(mode, process.argv[4], process.argv[5]).catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  });
} else if (require.main === module) {
  void benchFiles();
}
