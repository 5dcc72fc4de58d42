import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { aggregate, trackingFacts } from "../../src/core/aggregate";
import { conventionFromWorkbook } from "../../src/core/check";
import { SHEET, TRACKING_TABLE, type CellValue } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { indicatorsLayout } from "../../src/core/plan";
import { buildWorkbook } from "../../src/features/build";
import { runCheck } from "../../src/features/check";
import { importRows } from "../../src/features/import";
import { readWorkbookFile } from "../../src/xlsx/open";
import { XlsxWorkbook, readCell } from "../../src/xlsx/workbook";
import { recalculate } from "../support/libreoffice";
import { said } from "../support/said";
import { describeWith } from "../support/tools";

/**
 * Random edits a counsellor and finance staff make on a workbook built for 2021–2023, then build,
 * import and check. Addresses by hand from the built layout: Financement year rows 4–6 (payments in
 * G, H, J, K), termination title row 8 and its end date B9; Paramètres FTE B8, end date B7; Suivi
 * table A1:J…, rows appended under the header.
 */
const INDICATORS = METZ_2021_2023.indicators.map((i) => i.label);
const utc = (serial: number) => new Date(Math.round((serial - 25569) * 86_400_000));
const FIRST_DAY = 44197; // 2021-01-01
const LAST_DAY = 44561; // 2021-12-31: dates every period of 1 to 6 years from 2021 covers

const row = fc.tuple(
  fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
  fc.constantFrom(...INDICATORS),
  fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
);
const scenario = fc.record({
  rows: fc.uniqueArray(row, { maxLength: 6, selector: (r) => r.join("|") }),
  payments: fc.array(
    fc.tuple(fc.integer({ min: 0, max: 2 }), fc.constantFrom("G", "H", "J", "K"), fc.integer({ min: 1, max: 30000 })),
    { maxLength: 4 },
  ),
  termination: fc.option(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), { nil: null }),
  endYear: fc.integer({ min: 2021, max: 2026 }), // a period of 1 to 6 years
  rename: fc.boolean(),
  under: fc.uniqueArray(row, { maxLength: 3, selector: (r) => r.join("|") }),
  imported: fc.uniqueArray(row, { maxLength: 4, selector: (r) => r.join("|") }),
  importTwice: fc.boolean(),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

const asRow = ([date, indicator, count]: [number, string, number | null]): CellValue[] => [
  date,
  indicator,
  count,
  null,
  null,
  null,
  null,
  null,
  "Claire",
  null,
];
const key = (cells: CellValue[]) => JSON.stringify(cells.slice(0, 3).map((v) => (v === null ? null : v)));

interface Outcome {
  port: XlsxWorkbook;
  messages: string;
  expectedRows: string[];
}

async function play(s: Scenario): Promise<Outcome> {
  const port = new XlsxWorkbook(new ExcelJS.Workbook());
  await buildWorkbook(port, METZ_2021_2023, {});
  const wb = port.workbook;
  await port.appendRows(TRACKING_TABLE, s.rows.map(asRow));
  const fin = wb.getWorksheet(SHEET.financing)!;
  const typedPayments = new Map<string, number>();
  for (const [year, column, amount] of s.payments) typedPayments.set(`${column}${4 + year}`, amount);
  for (const [address, amount] of typedPayments) fin.getCell(address).value = amount;
  if (s.termination !== null) fin.getCell("B9").value = utc(s.termination);
  // Rows typed right under the table (LibreOffice does not grow it).
  const suivi = wb.getWorksheet(SHEET.tracking)!;
  const firstFree = 2 + Math.max(1, s.rows.length);
  s.under.forEach((r, i) =>
    asRow(r)
      .slice(0, 3)
      .forEach(
        (v, j) =>
          (suivi.getCell(firstFree + i, j + 1).value = j === 0 ? utc(v as number) : (v as string | number | null)),
      ),
  );
  const params = wb.getWorksheet(SHEET.parameters)!;
  params.getCell("B7").value = utc(Date.UTC(s.endYear, 11, 31) / 86_400_000 + 25569);
  params.getCell("B8").value = 0.75;
  let paramsName: string = SHEET.parameters;
  if (s.rename) {
    paramsName = "Convention";
    params.name = paramsName;
    const names = wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
    names.model = names.model.map((n) => ({
      ...n,
      ranges: n.ranges.map((r) => r.replace(/^'?Paramètres'?!/, `${paramsName}!`)),
    }));
  }

  const built = await buildWorkbook(port, METZ_2021_2023, { settings: "preset" });
  const messages = [...built.changes.map((c) => said(c.text)), ...(built.warnings ?? [])].join("\n");

  // What was typed is where it was typed, or where the report says it went.
  for (const [address, amount] of typedPayments) expect(fin.getCell(address).value).toBe(amount);
  expect(wb.getWorksheet(paramsName)!.getCell("B8").value).toBe(0.75);
  expect(wb.worksheets.filter((ws) => ws.name === SHEET.parameters || ws.name === paramsName)).toHaveLength(1);
  if (s.termination !== null) {
    const years = s.endYear - 2021 + 1;
    const title = Math.max(8, 4 + years - 1 + 2);
    expect(readCell(fin.getCell(`B${title + 1}`))).toBe(s.termination);
    if (title !== 8) expect(messages).toContain(`B9 est déplacée en B${title + 1}`);
  }

  const csv = (rows: Scenario["imported"]) =>
    new TextEncoder().encode(
      `Date;Indicateur;Nombre;Saisi par\n${rows.map(([d, ind, n]) => `${utc(d).toISOString().slice(0, 10)};${ind};${n ?? ""};Claire`).join("\n")}\n`,
    );
  const options = { skipInvalid: false, convention: METZ_2021_2023, today: "2026-12-31" };
  if (s.imported.length > 0) {
    const first = await importRows(port, { kind: "csv", bytes: csv(s.imported) }, options);
    expect(first.status).toBe("imported");
    if (s.importTwice) {
      const again = await importRows(port, { kind: "csv", bytes: csv(s.imported) }, options);
      expect(again).toMatchObject({ imported: 0, alreadyPresent: s.imported.length });
    }
  }
  // Typed rows as typed; imported ones with a blank count as 1 (import's rule), each once: those
  // equal to a row already in the table are left out.
  const typedRows = [...s.rows, ...s.under].map((r) => key(asRow(r)));
  const importedRows = [...new Set(s.imported.map(([d, ind, n]) => key(asRow([d, ind, n ?? 1]))))].filter(
    (k) => !typedRows.includes(k),
  );
  return { port, messages, expectedRows: [...typedRows, ...importedRows] };
}

test("random edits, then build, import and check: no typed value lost, moved without a word, or doubled", async () => {
  await fc.assert(
    fc.asyncProperty(scenario, async (s) => {
      const { port, expectedRows } = await play(s);
      const table = (await port.readTable(TRACKING_TABLE))!;
      const held = table.grid.rows
        .filter((r) => r.slice(0, 3).some((v) => v !== null))
        .map((r) => key([Math.floor(r[0] as number), r[1], r[2]]));
      expect([...held].sort()).toEqual([...expectedRows].sort());
      const report = await runCheck(port, METZ_2021_2023, "2026-12-31");
      const structural = [
        "SHEET_MISSING",
        "TABLE_MISSING",
        "NAME_MISSING",
        "FORMULA_ALTERED",
        "VALIDATION_MISSING",
        "ROW_OUTSIDE_TABLE",
      ];
      expect(report.findings.filter((f) => structural.includes(f.code))).toEqual([]);
      // Nothing more to repair.
      expect((await buildWorkbook(port, METZ_2021_2023, { settings: "preset" })).changes).toEqual([]);
    }),
    { numRuns: 25, seed: 20210311 },
  );
}, 120_000);

describeWith("LibreOffice", "Indicateurs after random edits, recalculated by LibreOffice", () => {
  test("equals the core's count of every row the user can see", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sc-integrity-prop-"));
    const cases = fc.sample(scenario, { numRuns: 4, seed: 42 });
    const files: string[] = [];
    for (const [i, s] of cases.entries()) {
      const { port } = await play(s);
      files.push(join(dir, `case-${i}.xlsx`));
      await port.saveAtomically(files[i]);
    }
    const out = recalculate(files);
    for (const file of out) {
      const port = new XlsxWorkbook(await readWorkbookFile(file));
      const table = (await port.readTable(TRACKING_TABLE))!;
      const convention = conventionFromWorkbook(METZ_2021_2023, await port.readSnapshot());
      const expected = aggregate(convention, trackingFacts(table.headers, table.grid.rows));
      const L = indicatorsLayout(convention);
      const ws = port.workbook.getWorksheet(SHEET.indicators)!;
      convention.indicators.forEach((ind, i) =>
        L.periods.forEach((p, j) => {
          expect(readCell(ws.getCell(`${L.periodColumn(j)}1`))).toBe(p.label);
          expect([ind.code, p.label, readCell(ws.getCell(`${L.periodColumn(j)}${L.firstIndicatorRow + i}`))]).toEqual([
            ind.code,
            p.label,
            expected.byIndicator[ind.code][j],
          ]);
        }),
      );
    }
  }, 300_000);
});
