import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildWorkbook } from "../../src/features/build";
import { runCheck } from "../../src/features/check";
import { readWorkbookFile, WorkbookFileError } from "../../src/xlsx/open";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { recalculate } from "../support/libreoffice";
import { describeWith } from "../support/tools";

const PYTHON = "/usr/bin/python3";
export const hasOpenpyxl = spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sc-open-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function refusal(path: string, limits = {}): Promise<WorkbookFileError> {
  try {
    await readWorkbookFile(path, limits);
  } catch (error) {
    if (error instanceof WorkbookFileError) return error;
    throw error;
  }
  throw new Error(`${path} was opened`);
}

function python(script: string, ...args: string[]): void {
  const run = spawnSync(PYTHON, ["-c", script, ...args], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
}

describe("readWorkbookFile", () => {
  it("opens an .xlsx written by ExcelJS", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Suivi").getCell("A1").value = "Date";
    const path = join(dir, "ok.xlsx");
    await wb.xlsx.writeFile(path);
    expect((await readWorkbookFile(path)).worksheets.map((ws) => ws.name)).toEqual(["Suivi"]);
  });

  it("refuses a missing file, an empty file and a text file with French messages", async () => {
    expect((await refusal(join(dir, "absent.xlsx"))).message).toBe(
      "Fichier « absent.xlsx » introuvable : vérifiez le chemin.",
    );
    writeFileSync(join(dir, "empty.xlsx"), "");
    expect((await refusal(join(dir, "empty.xlsx"))).reason).toBe("empty");
    writeFileSync(join(dir, "notes.xlsx"), "Date;Indicateur\n01/02/2021;MER\n");
    const notXlsx = await refusal(join(dir, "notes.xlsx"));
    expect(notXlsx.reason).toBe("notXlsx");
    expect(notXlsx.message).toContain("n'est pas un classeur Excel");
  });

  it("refuses a password-protected workbook (an OLE compound file) by its first bytes", async () => {
    const cfb = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    writeFileSync(join(dir, "protected.xlsx"), cfb);
    const error = await refusal(join(dir, "protected.xlsx"));
    expect(error.reason).toBe("protected");
    expect(error.message).toContain("mot de passe");
  });

  it("refuses a truncated copy", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Suivi").getCell("A1").value = "x";
    const full = Buffer.from(await wb.xlsx.writeBuffer());
    writeFileSync(join(dir, "truncated.xlsx"), full.subarray(0, Math.floor(full.length * 0.6)));
    expect((await refusal(join(dir, "truncated.xlsx"))).reason).toBe("truncated");
  });

  it("refuses a zip that is not a workbook (no xl/workbook.xml)", async () => {
    python(
      "import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w') as z: z.writestr('word/document.xml', '<w/>')",
      join(dir, "letter.xlsx"),
    );
    expect((await refusal(join(dir, "letter.xlsx"))).reason).toBe("notXlsx");
  });

  it("refuses a zip bomb from the central directory alone, quickly and without inflating it", async () => {
    // 256 MB of zeros deflate to about 250 KB: a ratio near 1000 where spreadsheet XML stays under 30.
    python(
      [
        "import sys, zipfile",
        "with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:",
        "    z.writestr('[Content_Types].xml', '<Types/>')",
        "    z.writestr('xl/workbook.xml', '<workbook/>')",
        "    with z.open('xl/worksheets/sheet1.xml', 'w', force_zip64=True) as f:",
        "        block = b'\\0' * (1 << 20)",
        "        for _ in range(256): f.write(block)",
      ].join("\n"),
      join(dir, "bomb.xlsx"),
    );
    const heapBefore = process.memoryUsage().heapUsed;
    const started = Date.now();
    const error = await refusal(join(dir, "bomb.xlsx"));
    expect(error.reason).toBe("bomb");
    expect(error.message).toContain("256,0 Mo");
    expect(Date.now() - started).toBeLessThan(1000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(50 * 1024 * 1024);
  });

  it("refuses a workbook whose total uncompressed size is above the limit", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Suivi");
    for (let r = 1; r <= 2000; r++) ws.addRow([r, `ligne ${r}`, r * 2]);
    const path = join(dir, "big.xlsx");
    await wb.xlsx.writeFile(path);
    expect((await refusal(path, { maxUncompressedBytes: 10_000 })).reason).toBe("bomb");
    expect((await readWorkbookFile(path)).getWorksheet("Suivi")!.rowCount).toBe(2000);
  });
});

describeWith("LibreOffice", "a tracking workbook saved by LibreOffice", () => {
  it("opens and checks clean after a LibreOffice round trip", async () => {
    const port = new XlsxWorkbook(new ExcelJS.Workbook());
    await buildWorkbook(port, METZ_2021_2023, { sampleRows: 60 });
    const path = join(dir, "built.xlsx");
    await port.saveAtomically(path);
    const [saved] = recalculate([path]);
    expect(readFileSync(saved).length).toBeGreaterThan(0);
    const report = await runCheck(new XlsxWorkbook(await readWorkbookFile(saved)), METZ_2021_2023, "2024-01-15");
    expect(report.summary).toEqual({ errors: 0, warnings: 0, rows: 60 });
  });
});

/** Like describeWith: the suite says loudly in its title that it did not run. */
const describeWithOpenpyxl = hasOpenpyxl ? describe : describe.skip;
const openpyxlTitle = (title: string) => (hasOpenpyxl ? title : `[NOT RUN: python3-openpyxl missing] ${title}`);

describeWithOpenpyxl(openpyxlTitle("a workbook written by openpyxl"), () => {
  it("is read: dates, text, numbers and the table come through", async () => {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, "openpyxl.xlsx");
    python(
      [
        "import sys, datetime, openpyxl",
        "from openpyxl.worksheet.table import Table",
        "wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Suivi'",
        "ws.append(['Date', 'Indicateur', 'Nombre', 'Quartier', \"Tranche d'âge\", 'Sexe', 'Précision', 'Commentaire', 'Saisi par', 'Semestre'])",
        "ws.append([datetime.datetime(2021, 3, 15), 'Entretiens réalisés', None, 'Borny', '26 à 49 ans', 'Femme', None, None, 'CP', None])",
        "ws.append(['31/02/2021', 'Entretiens réalisés', 2, 'Borny', '26 à 49 ans', 'Femme', None, 'enceinte de 5 mois', 'CP', None])",
        "ws.add_table(Table(displayName='Suivi', ref='A1:J3'))",
        "wb.save(sys.argv[1])",
      ].join("\n"),
      path,
    );
    const port = new XlsxWorkbook(await readWorkbookFile(path));
    const table = await port.readTable("Suivi");
    // 2021-03-15 is serial 44270 (44197 for 2021-01-01, + 31 + 28 + 14).
    expect(table?.grid.rows[0][0]).toBe(44270);
    const report = await runCheck(port, METZ_2021_2023, "2024-01-15");
    const rowFindings = report.findings.filter((f) => f.row === 3).map((f) => `${f.code}@${f.cell}`);
    expect(rowFindings).toEqual(["DATE_INVALID@A3", "SENSITIVE_DATA@H3"]);
    expect(
      report.findings
        .filter((f) => f.code === "SHEET_MISSING")
        .map((f) => f.sheet)
        .sort(),
    ).toEqual(["Financement", "Indicateurs", "Listes", "Paramètres"]);
  });
});
