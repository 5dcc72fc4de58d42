// Office build and read costs on the recording fake of the Excel API: context.sync() calls, cells
// written and the largest payloads, for a tracking table of 10 and 100 000 rows.
import { SHEET, TRACKING_TABLE, type CellValue } from "../src/core/contract";
import { METZ_2021_2023 } from "../src/core/convention";
import { buildWorkbook } from "../src/features/build";
import { OfficeWorkbook } from "../src/office/workbook";
import { createFakeExcel } from "../test/support/fake-excel";

function rows(count: number): CellValue[][] {
  const labels = METZ_2021_2023.indicators.map((i) => i.label);
  return Array.from({ length: count }, (_, i) => [
    44197 + (i % 1095),
    labels[i % labels.length],
    1 + (i % 3),
    "Borny",
    null,
    null,
    null,
    `Entretien ${i}`,
    "CP",
    null,
  ]);
}

export interface OfficeBenchLine {
  rows: number;
  buildSyncs: number;
  appendSyncs: number;
  cellsWritten: number;
  repairSyncs: number;
  readSyncs: number;
  maxRequestKB: number;
  maxResponseKB: number;
  ms: number;
}

async function measure(count: number): Promise<OfficeBenchLine> {
  const started = Date.now();
  const { fake, context } = createFakeExcel();
  await buildWorkbook(new OfficeWorkbook(context), METZ_2021_2023);
  const buildSyncs = fake.stats.syncs;
  await new OfficeWorkbook(context).appendRows(TRACKING_TABLE, rows(count));
  const appendSyncs = fake.stats.syncs - buildSyncs;
  const cellsWritten = fake.stats.cellsWritten;
  // Repair: a user deleted a sheet; the build puts it back over the full table.
  fake.workbook.deleteSheetDirect(SHEET.indicators);
  let before = fake.stats.syncs;
  await buildWorkbook(new OfficeWorkbook(context), METZ_2021_2023);
  const repairSyncs = fake.stats.syncs - before;
  before = fake.stats.syncs;
  await new OfficeWorkbook(context).readTable(TRACKING_TABLE);
  const readSyncs = fake.stats.syncs - before;
  return {
    rows: count,
    buildSyncs,
    appendSyncs,
    cellsWritten,
    repairSyncs,
    readSyncs,
    maxRequestKB: Math.round(fake.stats.maxRequestBytes / 1024),
    maxResponseKB: Math.round(fake.stats.maxResponseBytes / 1024),
    ms: Date.now() - started,
  };
}

export async function benchOffice(): Promise<OfficeBenchLine[]> {
  const lines: OfficeBenchLine[] = [];
  console.log("Office.js adapter on the recording fake (syncs = context.sync() calls; 5 MB = 5120 KB limit)");
  for (const count of [10, 100_000]) {
    const m = await measure(count);
    lines.push(m);
    console.log(
      `  ${String(count).padStart(6)} rows: build ${m.buildSyncs} syncs, append ${m.appendSyncs} syncs (${m.cellsWritten} cells written), ` +
        `repair ${m.repairSyncs} syncs, read ${m.readSyncs} syncs, largest request ${m.maxRequestKB} KB, response ${m.maxResponseKB} KB, ${m.ms} ms`,
    );
  }
  return lines;
}

if (require.main === module) {
  benchOffice().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
