import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { METZ_2021_2023 } from "../../src/core/convention";
import { DASHBOARD_PIVOTS, DASHBOARD_SHEET, pivotSums } from "../../src/core/dashboard";
import { buildWorkbook } from "../../src/features/build";
import { readCell, XlsxWorkbook } from "../../src/xlsx/workbook";
import { captureOutput } from "../support/cli";
import { recalculate } from "../support/libreoffice";
import { describeWithOoxmlCheck, ooxmlCheck } from "../support/ooxml";
import { describeWith } from "../support/tools";
import { zipTexts } from "../support/zip";

let dir: string;
let template: string;
let n = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sc-cli-dash-"));
  const port = new XlsxWorkbook(new ExcelJS.Workbook());
  await buildWorkbook(port, METZ_2021_2023, { sampleRows: 400 });
  template = join(dir, "template.xlsx");
  await port.saveAtomically(template);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fresh = () => {
  const path = join(dir, `d${++n}.xlsx`);
  copyFileSync(template, path);
  return path;
};
const run = (argv: string[]) => captureOutput(() => main(["dashboard", ...argv]));
const norm = (m: Map<string, string>) => new Map([...m].map(([k, v]) => [k.replace(/^\//, ""), v]));

describe("suivi-convention dashboard", () => {
  it("adds the pivot parts: one cache over the Suivi table by name, records, two pivots, two pivot charts", async () => {
    const file = fresh();
    const before = norm(await zipTexts(file, /./));
    const r = await run([file]);
    expect([r.code, r.err]).toEqual([0, ""]);
    const parts = norm(await zipTexts(file, /./));
    const named = (re: RegExp) => [...parts.keys()].filter((k) => re.test(k));
    const [cache] = named(/^xl\/pivotCache\/pivotCacheDefinition\d+\.xml$/).map((k) => parts.get(k)!);
    expect(cache).toContain('<worksheetSource name="Suivi"/>');
    expect(cache).toContain('refreshOnLoad="1"');
    expect(cache).toContain('recordCount="400"');
    const [records] = named(/^xl\/pivotCache\/pivotCacheRecords\d+\.xml$/).map((k) => parts.get(k)!);
    expect(records.match(/<r>/g)).toHaveLength(400);
    const pivots = named(/^xl\/pivotTables\/pivotTable\d+\.xml$/).map((k) => parts.get(k)!);
    expect(pivots.map((p) => /name="([^"]+)"/.exec(p)![1]).sort()).toEqual(DASHBOARD_PIVOTS.map((p) => p.name).sort());
    const charts = named(/^xl\/charts\/chart\d+\.xml$/).map((k) => parts.get(k)!);
    expect(charts.map((c) => /<c:pivotSource><c:name>([^<]+)<\/c:name>/.exec(c)![1]).sort()).toEqual(
      DASHBOARD_PIVOTS.map((p) => `[d${n}.xlsx]${DASHBOARD_SHEET}!${p.name}`).sort(),
    );
    expect(parts.get("xl/workbook.xml")).toMatch(
      /<pivotCaches><pivotCache cacheId="1" r:id="rId\d+"\/><\/pivotCaches>/,
    );
    // Every part the dashboard does not own is copied byte for byte.
    const edited = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"];
    for (const [name, text] of before)
      if (!edited.includes(name) && !name.endsWith("/")) expect([name, parts.get(name) === text]).toEqual([name, true]);
  });

  it("fills the pivots' cells with the core's sums (a file in Protected View shows them before any refresh)", async () => {
    const file = fresh();
    expect((await run([file])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet(DASHBOARD_SHEET)!;
    const table = await new XlsxWorkbook(wb).readTable("Suivi");
    const de = pivotSums(DASHBOARD_PIVOTS[1], table!.headers, table!.grid.rows);
    // Second pivot: page filter on K3:L3, body from K5; its grand total is the job seekers with a Nombre.
    expect([readCell(ws.getCell("K3")), readCell(ws.getCell("L3"))]).toEqual([
      "Indicateur",
      "Demandeurs d'emploi accueillis",
    ]);
    expect(readCell(ws.getCell(6 + de.rows.length + 1, 11 + de.columns.length + 1))).toBe(de.grandTotal);
    expect(de.grandTotal).toBeGreaterThan(0);
  });

  it("refuses a second dashboard, a missing file and a non-workbook", async () => {
    const file = fresh();
    expect((await run([file])).code).toBe(0);
    const before = await zipTexts(file, /./);
    const again = await run([file]);
    expect(again.code).toBe(1);
    expect(await zipTexts(file, /./)).toEqual(before);
    expect((await run([join(dir, "absent.xlsx")])).code).toBe(2);
    const bad = join(dir, "bad.xlsx");
    writeFileSync(bad, "PK");
    expect((await run([bad])).code).toBe(2);
    expect((await run([])).code).toBe(1);
  });
});

describeWithOoxmlCheck("dashboard files against the OOXML schemas", () => {
  it("a dashboard, then an evaluation in the same file, are valid", async () => {
    const file = fresh();
    expect((await run([file])).code).toBe(0);
    expect((await captureOutput(() => main(["evaluate", file, "--final", "--today", "2024-01-15"]))).code).toBe(0);
    const check = ooxmlCheck(file);
    expect(check.output).toContain("valid");
    expect(check.ok).toBe(true);
  });
});

/** A pivot's body as LibreOffice lays it out: row label → semester → sum, found from its header row. */
function pivotBody(ws: ExcelJS.Worksheet, firstColumn: number, rowField: string): Map<string, Map<string, number>> {
  const body = new Map<string, Map<string, number>>();
  let header = 0;
  for (let r = 1; r <= 60 && header === 0; r++) if (readCell(ws.getCell(r, firstColumn)) === rowField) header = r;
  expect(header).toBeGreaterThan(0);
  const semesters: string[] = [];
  for (let c = firstColumn + 1; /^\d{4}-S[12]$/.test(String(readCell(ws.getCell(header, c)))); c++)
    semesters.push(String(readCell(ws.getCell(header, c))));
  for (let r = header + 1; ; r++) {
    const label = readCell(ws.getCell(r, firstColumn));
    if (label === null || /^Total/.test(String(label))) break;
    body.set(
      String(label),
      new Map(semesters.map((s, j) => [s, (readCell(ws.getCell(r, firstColumn + 1 + j)) as number | null) ?? 0])),
    );
  }
  return body;
}

describeWith("LibreOffice", "dashboard pivots recomputed by LibreOffice", () => {
  it("equal the core's sums of Nombre by indicator × semester and by quartier × semester", async () => {
    const file = join(dir, "sample.xlsx");
    expect((await captureOutput(() => main(["build", file, "--sample"]))).code).toBe(0);
    expect((await run([file])).code).toBe(0);
    const source = new ExcelJS.Workbook();
    await source.xlsx.readFile(file);
    const table = (await new XlsxWorkbook(source).readTable("Suivi"))!;
    const [recalculated] = recalculate([file]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated);
    const ws = wb.getWorksheet(DASHBOARD_SHEET)!;
    for (const [i, spec] of DASHBOARD_PIVOTS.entries()) {
      const core = pivotSums(spec, table.headers, table.grid.rows);
      const lo = pivotBody(ws, i === 0 ? 1 : 11, spec.rowField);
      expect([...lo.keys()].sort()).toEqual(core.rows.map((r) => r ?? "(vide)").sort());
      core.rows.forEach((r, k) =>
        core.columns.forEach((c, j) =>
          expect([r, c, lo.get(r ?? "(vide)")?.get(c)]).toEqual([r, c, core.sums[k][j] ?? 0]),
        ),
      );
      expect(core.rows.length).toBeGreaterThan(5);
    }
  });
});
