// The task pane reads workbooks from bytes (src/xlsx/browser.ts); the command line from files on
// disk with yauzl (src/xlsx/open.ts). The same file must get the same verdict and the same French
// message from both: the CLI's reading is the reference here.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import yazl from "yazl";
import { SHEET, TRACKING_TABLE } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildWorkbook } from "../../src/features/build";
import { readWorkbookBytes, workbookBytes } from "../../src/xlsx/browser";
import { readWorkbookFile, WorkbookFileError, type OpenLimits } from "../../src/xlsx/open";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { zipEntry } from "../support/zip";

let dir: string;
let built: Uint8Array;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "suivi-bytes-"));
  const port = new XlsxWorkbook(new ExcelJS.Workbook());
  await buildWorkbook(port, METZ_2021_2023, { sampleRows: 10 });
  built = await workbookBytes(port.workbook);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A zip of the given entries, written by yazl (another zip writer than ExcelJS's). */
function zipOf(entries: Record<string, string>, options: { compress?: boolean } = {}): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, text] of Object.entries(entries))
    zip.addBuffer(Buffer.from(text), name, { compress: options.compress ?? true });
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((done, fail) => {
    zip.outputStream.on("data", (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on("end", () => done(Buffer.concat(chunks)));
    zip.outputStream.on("error", fail);
  });
}

/** What each reader says of the same bytes: the error's reason and message, or "ok". */
async function verdicts(name: string, bytes: Uint8Array, limits: Partial<OpenLimits> = {}) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const verdict = (run: () => Promise<unknown>) =>
    run().then(
      () => "ok",
      (error: unknown) =>
        error instanceof WorkbookFileError ? `${error.reason}: ${error.message}` : `unexpected: ${String(error)}`,
    );
  return {
    cli: await verdict(() => readWorkbookFile(path, limits)),
    browser: await verdict(() => readWorkbookBytes(name, bytes, limits)),
  };
}

describe("readWorkbookBytes (task pane) gives the command line's verdict", () => {
  test("a workbook written by the task pane opens, with its sheets and the Suivi rows", async () => {
    expect(await verdicts("suivi.xlsx", built)).toEqual({ cli: "ok", browser: "ok" });
    const workbook = await readWorkbookBytes("suivi.xlsx", built);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining(Object.values(SHEET)));
    const fromDisk = await readWorkbookFile(join(dir, "suivi.xlsx"));
    const rows = async (wb: ExcelJS.Workbook) => (await new XlsxWorkbook(wb).readTable(TRACKING_TABLE))!.grid.rows;
    expect(await rows(workbook)).toHaveLength(10);
    expect(await rows(workbook)).toEqual(await rows(fromDisk));
    // Recalculated on opening, as the CLI saves it (ExcelJS does not read calcPr back: look at the XML).
    const xml = await zipEntry(built, "xl/workbook.xml");
    expect(xml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  const cases: [string, string, () => Promise<Uint8Array>][] = [
    ["an empty file", "empty", async () => new Uint8Array(0)],
    ["a text file named .xlsx", "notXlsx", async () => new TextEncoder().encode("Date;Indicateur\n01/03/2021;MER\n")],
    [
      "an OLE file (password-protected workbook, or .xls)",
      "protected",
      async () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
    ],
    ["a zip that holds no workbook", "notXlsx", () => zipOf({ "notes.txt": "bonjour" })],
    ["a copy cut in the middle", "truncated", async () => built.subarray(0, Math.floor(built.length / 2))],
  ];
  test.each(cases)("%s: %s, same message", async (_what, reason, bytes) => {
    const { cli, browser } = await verdicts("classeur.xlsx", await bytes());
    expect(cli.startsWith(`${reason}: `)).toBe(true);
    expect(browser).toBe(cli);
    expect(browser).toContain("« classeur.xlsx »");
  });

  test("above the size limits: too large, and too large once inflated (bomb), same messages", async () => {
    const tooLarge = await verdicts("gros.xlsx", built, { maxFileBytes: 1024 });
    expect(tooLarge.cli).toMatch(/^tooLarge: .*maximum 0,0 Mo/);
    expect(tooLarge.browser).toBe(tooLarge.cli);
    // 40 000 repeated characters compress to almost nothing: over a 20 000-byte inflated budget.
    const bomb = await zipOf({ "[Content_Types].xml": "x".repeat(40_000), "xl/workbook.xml": "<workbook/>" });
    const inflated = await verdicts("bombe.xlsx", bomb, { maxUncompressedBytes: 20_000 });
    expect(inflated.cli.startsWith("bomb: ")).toBe(true);
    expect(inflated.browser).toBe(inflated.cli);
  });

  test("a file from disk read as bytes is the same workbook (no hidden difference in reading)", async () => {
    const path = join(dir, "relu.xlsx");
    writeFileSync(path, built);
    const again = await readWorkbookBytes("relu.xlsx", readFileSync(path));
    expect(again.worksheets.length).toBe((await readWorkbookFile(path)).worksheets.length);
  });
});
