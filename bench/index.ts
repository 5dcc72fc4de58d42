/**
 * `npm run bench [name …]`: runs the benches listed below, in order (all of them by default).
 * Add a bench with one line in BENCHES.
 */
import { benchFunctions } from "./functions";
import { formatCount, peakRssMb, sinkValue } from "./support";

const BENCHES: { name: string; run: () => Promise<void> }[] = [
  { name: "functions", run: benchFunctions },
  { name: "office", run: async () => void (await (await import("./office")).benchOffice()) },
  { name: "build", run: async () => (await import("./build")).benchBuild() },
  { name: "check", run: async () => void (await import("./check")).benchCheck() },
  { name: "pane", run: async () => (await import("./pane")).benchPane() },
  { name: "evaluate", run: async () => void (await import("./evaluate")).benchEvaluate() },
  { name: "files", run: async () => (await import("./files")).benchFiles() },
];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !BENCHES.some((bench) => bench.name === name));
  if (unknown.length > 0) {
    console.error(`Unknown bench: ${unknown.join(", ")}. Available: ${BENCHES.map((b) => b.name).join(", ")}.`);
    process.exitCode = 1;
    return;
  }
  const started = Date.now();
  for (const bench of BENCHES) {
    if (wanted.length > 0 && !wanted.includes(bench.name)) continue;
    await bench.run();
  }
  console.log(
    `\nbench done in ${((Date.now() - started) / 1000).toFixed(1)} s, peak RSS ${peakRssMb().toFixed(0)} MB` +
      ` (checksum ${formatCount(sinkValue() % 1e9)})`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
