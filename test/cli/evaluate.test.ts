import { chmodSync, copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildWorkbook } from "../../src/features/build";
import { readCell, XlsxWorkbook } from "../../src/xlsx/workbook";
import { captureOutput } from "../support/cli";
import { describeWithOoxmlCheck, ooxmlCheck } from "../support/ooxml";
import { zipTexts } from "../support/zip";

let dir: string;
let template: string;
let n = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sc-cli-eval-"));
  const port = new XlsxWorkbook(new ExcelJS.Workbook());
  await buildWorkbook(port, METZ_2021_2023, { sampleRows: 200 });
  template = join(dir, "template.xlsx");
  await port.saveAtomically(template);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fresh = () => {
  const path = join(dir, `w${++n}.xlsx`);
  copyFileSync(template, path);
  return path;
};
const run = (argv: string[]) => captureOutput(() => main(["evaluate", ...argv]));

async function sheetNames(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((ws) => ws.name);
}

describe("suivi-convention evaluate", () => {
  it("prints the figures in the documented JSON shape and writes the sheet", async () => {
    const file = fresh();
    const { code, out } = await run([file, "--semester", "2021-S2", "--json", "--today", "2024-01-15"]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(["semester", "period", "indicators", "byQuartier", "byAgeBand", "bySex", "rows"]);
    expect(json.semester).toBe("2021-S2");
    expect(json.period).toEqual({ start: "2021-07-01", end: "2021-12-31" });
    expect(Object.keys(json.indicators[0])).toEqual([
      "code",
      "label",
      "value",
      "previous",
      "yearToDate",
      "conventionToDate",
    ]);
    expect(json.indicators).toHaveLength(METZ_2021_2023.indicators.length);
    // The breakdowns each add up to the job seekers received.
    const de = json.indicators.find((i: { code: string }) => i.code === "DE_ACCUEILLIS").value;
    const sum = (o: Record<string, number>, skip: string[] = []) =>
      Object.entries(o)
        .filter(([k]) => !skip.includes(k))
        .reduce((s, [, v]) => s + v, 0);
    expect(sum(json.byQuartier, ["Total QPV"])).toBe(de);
    expect(sum(json.byAgeBand)).toBe(de);
    expect(sum(json.bySex)).toBe(de);
    expect(de).toBeGreaterThan(0);
    expect(await sheetNames(file)).toContain("Évaluation 2021-S2");
  });

  it("names the other kinds year and final", async () => {
    const file = fresh();
    const year = JSON.parse((await run([file, "--year", "2022", "--json", "--today", "2024-01-15"])).out);
    expect([year.year, year.period]).toEqual([2022, { start: "2022-01-01", end: "2022-12-31" }]);
    const final = JSON.parse((await run([file, "--final", "--json", "--today", "2024-01-15"])).out);
    expect([final.final, final.period]).toEqual([true, { start: "2021-01-01", end: "2023-12-31" }]);
    expect(await sheetNames(file)).toEqual(expect.arrayContaining(["Bilan 2022", "Évaluation finale"]));
  });

  it("refuses to make a sheet again without --force, and changes nothing", async () => {
    const file = fresh();
    expect((await run([file, "--semester", "2021-S1", "--today", "2024-01-15"])).code).toBe(0);
    const before = await zipTexts(file, /./);
    const again = await run([file, "--semester", "2021-S1", "--today", "2024-01-15"]);
    expect(again.code).toBe(1);
    expect(again.err).toContain("--force");
    expect(await zipTexts(file, /./)).toEqual(before);
  });

  it("refuses bad periods and options with exit 1", async () => {
    const file = fresh();
    for (const args of [
      ["--semester", "2021-S3"],
      ["--semester", "2024-S1"],
      ["--year", "21"],
      [],
      ["--final", "--year", "2021"],
      ["--final", "--mask-under", "x"],
    ]) {
      const r = await run([file, ...args, "--today", "2024-01-15"]);
      expect([args, r.code]).toEqual([args, 1]);
      expect(r.err).not.toBe("");
    }
    expect(await sheetNames(file)).not.toContain("Évaluation finale");
  });

  it("exits 2 on a file that is not a workbook, and on a read-only one", async () => {
    const bad = join(dir, "bad.xlsx");
    writeFileSync(bad, "not a zip");
    expect((await run([bad, "--final"])).code).toBe(2);
    const file = fresh();
    chmodSync(file, 0o444);
    const r = await run([file, "--final", "--today", "2024-01-15"]);
    chmodSync(file, 0o644);
    expect(r.code).toBe(2);
    expect(await sheetNames(file)).not.toContain("Évaluation finale");
  });

  it("copies every part it does not own byte for byte", async () => {
    const file = fresh();
    const before = await zipTexts(file, /./);
    expect((await run([file, "--semester", "2021-S1", "--today", "2024-01-15"])).code).toBe(0);
    const after = await zipTexts(file, /./);
    const edited = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"];
    const norm = (name: string) => name.replace(/^\//, "");
    const beforeMap = new Map([...before].map(([k, v]) => [norm(k), v]));
    const afterMap = new Map([...after].map(([k, v]) => [norm(k), v]));
    for (const [name, text] of beforeMap)
      if (!edited.includes(name) && !name.endsWith("/"))
        expect([name, afterMap.get(name) === text]).toEqual([name, true]);
    expect([...afterMap.keys()].filter((k) => !beforeMap.has(k))).toHaveLength(1);
  });

  it("masks small typology counts when asked", async () => {
    const file = fresh();
    expect((await run([file, "--semester", "2021-S1", "--mask-under", "1000", "--today", "2024-01-15"])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("Évaluation 2021-S1")!;
    const texts: unknown[] = [];
    ws.eachRow((row) => {
      if (readCell(row.getCell(1)) === "Borny") texts.push(readCell(row.getCell(2)));
    });
    // Borny has received people in the sample, fewer than 1000.
    expect(texts).toEqual(["< 1000"]);
  });
});

describeWithOoxmlCheck("evaluation files against the OOXML schemas", () => {
  it("a new sheet, a refill with its archive, and all three kinds are valid", async () => {
    const file = fresh();
    for (const args of [
      ["--semester", "2021-S1"],
      ["--semester", "2021-S1", "--force"],
      ["--year", "2021"],
      ["--final"],
    ]) {
      expect((await run([file, ...args, "--today", "2024-01-15"])).code).toBe(0);
    }
    expect(await sheetNames(file)).toEqual(
      expect.arrayContaining(["Évaluation 2021-S1", "Archive 1 Évaluation 2021-S1", "Bilan 2021", "Évaluation finale"]),
    );
    const check = ooxmlCheck(file);
    expect(check.output).toContain("valid");
    expect(check.ok).toBe(true);
  });
});
