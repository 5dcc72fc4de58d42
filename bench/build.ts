/**
 * Building a tracking workbook with 100 000 rows: time and peak memory of `buildWorkbook` through
 * the ExcelJS adapter, against plain ExcelJS writing the same cells (same table, same formulas),
 * both measured in the same run, each in its own child process so the memory peaks do not mix.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { TRACKING_COLUMNS } from "../src/core/contract";
import { METZ_2021_2023 } from "../src/core/convention";
import { SEMESTER_FORMULA, buildPlan } from "../src/core/plan";
import { sampleRows } from "../src/core/sample";
import { buildWorkbook } from "../src/features/build";
import { XlsxWorkbook } from "../src/xlsx/workbook";

const ROWS = Number(process.env.BENCH_BUILD_ROWS ?? 100_000);

interface ChildResult {
  seconds: number;
  peakMb: number;
  bytes: number;
}

/** Plain ExcelJS: the same 100k rows and the same formulas of the computed sheets, no plan logic. */
async function plainExcelJs(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const rows = sampleRows(METZ_2021_2023, ROWS);
  for (const op of buildPlan(METZ_2021_2023)) {
    if (op.kind === "addSheet") wb.addWorksheet(op.sheet);
    if (op.kind === "writeCells") {
      const ws = wb.getWorksheet(op.sheet)!;
      const origin = ws.getCell(op.address);
      op.cells.forEach((r, i) => r.forEach((v, j) => {
        ws.getCell(Number(origin.row) + i, Number(origin.col) + j).value = (v && typeof v === "object" && "formula" in v ? { formula: v.formula } : v) as ExcelJS.CellValue;
      }));
    }
  }
  const ws = wb.getWorksheet("Suivi")!;
  ws.addTable({
    name: "Suivi",
    ref: "A1",
    columns: TRACKING_COLUMNS.map((name) => ({ name })),
    rows: rows.map((r) => [new Date(((r[0] as number) - 25569) * 86_400_000), ...r.slice(1, 9), { formula: SEMESTER_FORMULA }] as ExcelJS.CellValue[]),
  });
  await wb.xlsx.writeFile(path);
}

async function ourBuild(path: string): Promise<void> {
  const port = new XlsxWorkbook(new ExcelJS.Workbook());
  await buildWorkbook(port, METZ_2021_2023, { sampleRows: ROWS });
  await port.saveAtomically(path);
}

async function child(mode: string, path: string): Promise<void> {
  const started = process.hrtime.bigint();
  await (mode === "plain" ? plainExcelJs(path) : ourBuild(path));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const result: ChildResult = { seconds, peakMb: process.resourceUsage().maxRSS / 1024, bytes: statSync(path).size };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runChild(mode: "plain" | "build", path: string): ChildResult {
  const run = spawnSync(process.execPath, [...process.execArgv, __filename, "--child", mode, path], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`${mode} child failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").pop() as string) as ChildResult;
}

export async function benchBuild(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "sc-bench-build-"));
  try {
    const plain = runChild("plain", join(dir, "plain.xlsx"));
    const ours = runChild("build", join(dir, "build.xlsx"));
    console.log(`\nbuild: ${ROWS} rows in Suivi (each run in its own process)`);
    console.log(`  plain ExcelJS   ${plain.seconds.toFixed(2)} s   peak ${plain.peakMb.toFixed(0)} MB   ${(plain.bytes / 1e6).toFixed(1)} MB file`);
    console.log(`  buildWorkbook   ${ours.seconds.toFixed(2)} s   peak ${ours.peakMb.toFixed(0)} MB   ${(ours.bytes / 1e6).toFixed(1)} MB file`);
    console.log(`  ratio time ${(ours.seconds / plain.seconds).toFixed(2)}× (target ≤ 1.3×), peak ${ours.peakMb.toFixed(0)} MB (target < 500 MB)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--child") {
  child(process.argv[3], process.argv[4]).catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  });
} else if (require.main === module) {
  void benchBuild();
}
