import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { main } from "../../src/cli/main";
import type { CellValue } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { handBlocks } from "../../src/core/evaluation/sheet";
import { buildWorkbook } from "../../src/features/build";
import { workbookSheets } from "../../src/xlsx/parts";
import { readCell, XlsxWorkbook } from "../../src/xlsx/workbook";
import { rewriteZip } from "../../src/xlsx/zip-rewrite";
import { captureOutput } from "../support/cli";
import { hasOoxmlCheck, ooxmlCheck } from "../support/ooxml";

const SHEET = "Évaluation 2021-S1";
const ARCHIVE = "Archive 1 Évaluation 2021-S1";
const BLOCKS = handBlocks(METZ_2021_2023.partner, METZ_2021_2023.operator);
let dir: string;
let template: string;
let n = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sc-prop-eval-"));
  const port = new XlsxWorkbook(new ExcelJS.Workbook());
  await buildWorkbook(port, METZ_2021_2023, { sampleRows: 60 });
  template = join(dir, "template.xlsx");
  await port.saveAtomically(template);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const evaluate = async (file: string, ...more: string[]) => {
  const r = await captureOutput(() => main(["evaluate", file, "--semester", "2021-S1", ...more]));
  expect([r.code, r.err]).toEqual([0, ""]);
};

async function readSheet(file: string, name: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`${name} missing`);
  return ws;
}

/** Sheet row of each block's title, found by its id in column A. */
function titleRows(ws: ExcelJS.Worksheet): Map<string, number> {
  const rows = new Map<string, number>();
  for (let r = 1; r <= ws.rowCount; r++) {
    const a = readCell(ws.getCell(r, 1));
    const block = typeof a === "string" ? BLOCKS.find((b) => a.startsWith(`${b.id} — `)) : undefined;
    if (block) rows.set(block.id, r);
  }
  return rows;
}

const cellsOf = (ws: ExcelJS.Worksheet): CellValue[][] =>
  Array.from({ length: ws.rowCount }, (_, r) => [1, 2, 3, 4, 5, 6].map((c) => readCell(ws.getCell(r + 1, c))));

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Types texts in column A the way a spreadsheet saves them: inline strings, or shared strings through ExcelJS. */
async function typeTexts(file: string, at: { row: number; text: string }[], viaExcelJs: boolean): Promise<string> {
  const out = join(dir, `typed${++n}.xlsx`);
  if (viaExcelJs) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet(SHEET)!;
    for (const { row, text } of at) ws.getCell(row, 1).value = text;
    await wb.xlsx.writeFile(out);
    return out;
  }
  const files = unzipSync(readFileSync(file));
  const part = workbookSheets(strFromU8(files["xl/workbook.xml"]), strFromU8(files["xl/_rels/workbook.xml.rels"])).find(
    (s) => s.name === SHEET,
  )!.part;
  await rewriteZip(file, out, {
    edit: {
      [part]: (xml) => {
        let edited = xml;
        for (const { row, text } of at) {
          edited = edited.replace(
            new RegExp(`<c r="A${row}" s="(\\d+)"/>`),
            (_m, s: string) =>
              `<c r="A${row}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escape(text)}</t></is></c>`,
          );
        }
        return edited;
      },
    },
  });
  return out;
}

const CHARS = [..."abcdefghijklmnopqrstuvwxyzéèêàçôœÉÀ ABCXYZ0123456789&<>\"'«»€%.,;:!?()-\n"];
const text = fc
  .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 60 })
  .map((a) => a.join(""))
  .filter((s) => s.trim() !== "");
const typing = fc.uniqueArray(
  fc.record({ block: fc.integer({ min: 0, max: BLOCKS.length - 1 }), line: fc.integer({ min: 0, max: 2 }), text }),
  {
    minLength: 1,
    maxLength: 8,
    selector: (t) => `${t.block}/${t.line}`,
  },
);

test("text typed in the committee's blocks survives --force, and the archive holds the previous version", async () => {
  const refilled: string[] = [];
  await fc.assert(
    fc.asyncProperty(typing, fc.boolean(), async (typed, viaExcelJs) => {
      const file = join(dir, `w${++n}.xlsx`);
      copyFileSync(template, file);
      await evaluate(file, "--today", "2024-01-15");
      const first = await readSheet(file, SHEET);
      const rows = titleRows(first);
      expect(rows.size).toBe(BLOCKS.length);
      const at = typed.map((t) => ({ row: rows.get(BLOCKS[t.block].id)! + 1 + t.line, text: t.text }));
      const filled = await typeTexts(file, at, viaExcelJs);
      const before = cellsOf(await readSheet(filled, SHEET));

      await evaluate(filled, "--force", "--today", "2024-02-20");
      refilled.push(filled);
      const again = await readSheet(filled, SHEET);
      const newRows = titleRows(again);
      for (const t of typed) {
        const row = newRows.get(BLOCKS[t.block].id)! + 1 + t.line;
        expect(readCell(again.getCell(row, 1))).toBe(t.text);
      }
      // The archive is the version the committee saw, typed text and the date it was made included.
      const archive = await readSheet(filled, ARCHIVE);
      expect(cellsOf(archive)).toEqual(before);
      const madeOn = (cells: CellValue[][]) =>
        cells.flat().find((v) => typeof v === "string" && v.startsWith("Établie le "));
      expect(madeOn(before)).toMatch(/^Établie le 15\/01\/2024 /);
      expect(madeOn(cellsOf(again))).toMatch(/^Établie le 20\/02\/2024 /);
    }),
    { numRuns: 8 },
  );
  // The refilled files stay valid (the first and the last: typed through ExcelJS or as inline strings).
  if (hasOoxmlCheck) {
    const check = ooxmlCheck(refilled[0], refilled[refilled.length - 1]);
    expect([check.ok, check.output]).toEqual([true, expect.stringContaining("valid")]);
  }
});
