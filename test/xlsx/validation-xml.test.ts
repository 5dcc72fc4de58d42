import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildWorkbook } from "../../src/features/build";
import { StreamedWorkbook } from "../../src/xlsx/stream-build";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { zipEntry } from "../support/zip";

// What Excel reads in the file: the rule elements of each sheet. Sheets are written in plan order:
// Paramètres, Listes, Suivi, Indicateurs, Financement.
async function rules(path: string, sheetNumber: number): Promise<string[]> {
  const xml = await zipEntry(path, `xl/worksheets/sheet${sheetNumber}.xml`);
  return xml.match(/<dataValidation [^>]*>.*?<\/dataValidation>/g) ?? [];
}

async function inMemory(dir: string): Promise<string> {
  const port = new XlsxWorkbook(new ExcelJS.Workbook());
  await buildWorkbook(port, METZ_2021_2023, {});
  const path = join(dir, "memoire.xlsx");
  await port.saveAtomically(path);
  return path;
}

async function streamed(dir: string): Promise<string> {
  const path = join(dir, "flux.xlsx");
  const port = new StreamedWorkbook();
  await buildWorkbook(port, METZ_2021_2023, {});
  await port.saveAtomically(path);
  return path;
}

describe.each([
  ["in memory", inMemory],
  ["streamed", streamed],
])("date validations written %s", (_label, write) => {
  let path: string;
  beforeAll(async () => {
    path = await write(mkdtempSync(join(tmpdir(), "sc-dv-")));
  });

  it("bounds the Suivi dates by the convention's defined names, not by a converted number", async () => {
    const date = (await rules(path, 3)).find((r) => r.includes('sqref="A2:A1048576"'));
    expect(date).toContain('type="date"');
    expect(date).toContain("<formula1>CONV_DEBUT</formula1><formula2>CONV_FIN</formula2>");
  });

  it("writes literal date bounds as Excel serial numbers", async () => {
    // 1990-01-01 is 32 874 days after Excel's day 0 (1899-12-30); 2100-12-31 is 73 415 days after it.
    const paidOn = (await rules(path, 5)).filter((r) => r.includes('type="date"') && r.includes("<formula1>3"));
    expect(paidOn.length).toBeGreaterThan(0);
    for (const rule of paidOn) expect(rule).toContain("<formula1>32874</formula1><formula2>73415</formula2>");
  });

  it("uses only error styles that OOXML defines, blocking by default", async () => {
    for (const sheet of [1, 3, 5]) {
      for (const rule of await rules(path, sheet)) {
        const style = /errorStyle="([^"]+)"/.exec(rule)?.[1] ?? "stop";
        expect(["stop", "warning", "information"]).toContain(style);
        expect(style).toBe("stop");
      }
    }
  });
});
