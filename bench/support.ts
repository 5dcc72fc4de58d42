/**
 * Small shared bench utilities: time a function over N calls, report calls per second, compare
 * two figures from the same run (never against numbers from another machine), print a table.
 */

/** Calls per measurement: `BENCH_CALLS=100000 npm run bench` for a quick run. */
export const DEFAULT_CALLS = Number(process.env.BENCH_CALLS ?? 1_000_000);

export interface Measure {
  name: string;
  calls: number;
  seconds: number;
  opsPerSecond: number;
}

// Results go here so that the engine cannot drop a call whose result is unused.
let sink = 0;

function consume(value: unknown): void {
  if (typeof value === "number") sink += value;
  else if (typeof value === "string") sink += value.length;
  else if (Array.isArray(value)) sink += value.length;
}

/**
 * Calls `fn(i)` for i = 0 … calls−1 after a short warm-up (so the JIT has compiled it) and
 * returns the elapsed time and calls per second.
 */
export function measure(name: string, calls: number, fn: (i: number) => unknown): Measure {
  const warmUp = Math.min(10_000, Math.max(100, Math.floor(calls / 100)));
  for (let i = 0; i < warmUp; i++) consume(fn(i));
  const started = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) consume(fn(i));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { name, calls, seconds, opsPerSecond: calls / seconds };
}

/** `a / b`, both from the same run. */
export function ratio(a: Measure, b: Measure): number {
  return a.opsPerSecond / b.opsPerSecond;
}

/** Peak resident memory of this process so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024; // maxRSS is in kilobytes
}

/** Current heap in use, in MB. */
export function heapUsedMb(): number {
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** 1234567 → "1 234 567" (readable in a terminal, whatever the locale). */
export function formatCount(value: number): string {
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

/** Prints a left-aligned first column and right-aligned others. */
export function printTable(title: string, headers: string[], rows: string[][]): void {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join("  ");
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  rows.forEach((row) => console.log(line(row)));
}

/** Keeps the sink observable (printed once at the end of a run). */
export function sinkValue(): number {
  return sink;
}

/**
 * The bench file compiled to one plain JavaScript file, for the children that measure peak memory:
 * users run compiled code (dist/), and the TypeScript loader that runs the bench would add its own
 * transpiler and caches (about 80 MB) to every peak. Node packages stay outside the bundle, loaded
 * from node_modules as the command line loads them.
 */
export function compiledChild(file: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require("esbuild") as typeof import("esbuild");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { join, basename } = require("node:path") as typeof import("node:path");
  const outfile = join(__dirname, "..", ".tmp", "bench", basename(file).replace(/\.ts$/, ".js"));
  esbuild.buildSync({
    entryPoints: [file],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    outfile,
    logLevel: "warning",
  });
  return outfile;
}
