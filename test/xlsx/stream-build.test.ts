import { mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import yazl from "yazl";
import { main } from "../../src/cli/main";
import { aggregate, trackingFacts } from "../../src/core/aggregate";
import { SHEET, TRACKING_COLUMNS, type WorkbookSnapshot } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { COSTS_TABLE, LIST_TABLE, SEMESTER_FORMULA, buildPlan, indicatorsLayout } from "../../src/core/plan";
import { sampleRows } from "../../src/core/sample";
import { buildWorkbook } from "../../src/features/build";
import { runCheck } from "../../src/features/check";
import { PackageWorkbook } from "../../src/xlsx/engine/port";
import { readWorkbookFile } from "../../src/xlsx/open";
import { StreamedWorkbook } from "../../src/xlsx/stream-build";
import { XlsxWorkbook, readCell } from "../../src/xlsx/workbook";
import { InsertBeforeLast } from "../../src/xlsx/zip-rewrite";
import { recalculate } from "../support/libreoffice";
import { describeWith } from "../support/tools";
import { zipEntry } from "../support/zip";

const ROWS = 300;
const root = mkdtempSync(join(tmpdir(), "sc-stream-"));
let folders = 0;
const freshDir = () => {
  const dir = join(root, String(++folders));
  mkdirSync(dir);
  return dir;
};

async function inMemoryFile(dir: string, rows: number): Promise<string> {
  const port = new XlsxWorkbook(new ExcelJS.Workbook());
  await buildWorkbook(port, METZ_2021_2023, { sampleRows: rows });
  const path = join(dir, "memoire.xlsx");
  await port.saveAtomically(path);
  return path;
}

async function streamedFile(dir: string, rows: number): Promise<string> {
  const port = new StreamedWorkbook();
  await buildWorkbook(port, METZ_2021_2023, { sampleRows: rows });
  const path = join(dir, "flux.xlsx");
  await port.saveAtomically(path);
  return path;
}

const reopen = async (path: string) => new XlsxWorkbook(await readWorkbookFile(path));

/** The snapshot with its lists in a stable order (the two writers may order parts differently). */
function ordered(s: WorkbookSnapshot): WorkbookSnapshot {
  const by =
    <T>(key: (x: T) => string) =>
    (a: T, b: T) =>
      key(a).localeCompare(key(b));
  return {
    ...s,
    tables: [...s.tables].sort(by((t) => t.name)),
    names: [...s.names].sort(by((n) => n.name)),
    validations: [...s.validations].sort(by((v) => `${v.sheet}!${v.address}`)),
  };
}

describe("a fresh workbook written with the streaming writer", () => {
  let memory: XlsxWorkbook;
  let streamed: XlsxWorkbook;
  let streamedPath: string;

  beforeAll(async () => {
    const dir = freshDir();
    memory = await reopen(await inMemoryFile(dir, ROWS));
    streamedPath = await streamedFile(dir, ROWS);
    streamed = await reopen(streamedPath);
  });

  test("reads back the same snapshot as the in-memory build", async () => {
    const snapshot = await streamed.readSnapshot();
    expect(ordered(snapshot)).toEqual(ordered(await memory.readSnapshot()));
    // The contract, independently of either writer: five sheets in this order, the tracking
    // table over its header row plus the 300 sample rows (A1:J301), ten columns.
    expect(snapshot.sheets).toEqual(["Paramètres", "Listes", "Suivi", "Indicateurs", "Financement"]);
    expect(snapshot.tables.find((t) => t.name === "Suivi")).toEqual({
      name: "Suivi",
      sheet: "Suivi",
      address: `A1:J${ROWS + 1}`,
      headers: [...TRACKING_COLUMNS],
    });
    expect(snapshot.names.find((n) => n.name === "CONV_DEBUT")?.formula).toBe("Paramètres!$B$6");
    // The plan's list rule for Indicateur reached the file (source without its leading "=").
    const rule = buildPlan(METZ_2021_2023).find(
      (op) => op.kind === "setValidation" && op.sheet === "Suivi" && op.address === "B2:B1048576",
    );
    const source =
      rule?.kind === "setValidation" && rule.rule.type === "list" ? rule.rule.source.replace(/^=/, "") : "missing";
    expect(snapshot.validations.find((v) => v.sheet === "Suivi" && v.address === "B2:B1048576")).toEqual({
      sheet: "Suivi",
      address: "B2:B1048576",
      type: "list",
      source,
    });
  });

  test("reads back the same table rows, which are the sample rows given to the build", async () => {
    for (const table of ["Suivi", COSTS_TABLE, ...Object.values(LIST_TABLE)]) {
      expect(await streamed.readTable(table)).toEqual(await memory.readTable(table));
    }
    const suivi = (await streamed.readTable("Suivi"))!;
    expect(suivi.grid.firstRow).toBe(2);
    // Semestre holds a formula without a cached result: it reads as empty.
    expect(suivi.grid.rows).toEqual(sampleRows(METZ_2021_2023, ROWS).map((row) => [...row.slice(0, 9), null]));
  });

  test("Semestre is the table's calculated column, and every row carries its formula", async () => {
    const xml = await zipEntry(streamedPath, "xl/tables/table6.xml");
    expect(xml).toContain('name="Suivi"');
    expect(xml).toMatch(
      /<tableColumn id="10" name="Semestre"><calculatedColumnFormula>IF\(ISNUMBER\(Suivi\[\[#This Row\],\[Date\]\]\)/,
    );
    const ws = streamed.workbook.getWorksheet(SHEET.tracking)!;
    for (const row of [2, 150, ROWS + 1]) expect(ws.getCell(row, 10).formula).toBe(SEMESTER_FORMULA);
    expect(ws.getCell(2, 1).numFmt).toBe("dd/mm/yyyy");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  test("check finds nothing to report", async () => {
    const report = await runCheck(streamed, METZ_2021_2023, "2024-06-30");
    expect(report.findings).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, rows: ROWS });
  });

  test("the port reads back what was applied, before anything is written", async () => {
    const port = new StreamedWorkbook();
    await buildWorkbook(port, METZ_2021_2023, { sampleRows: 20 });
    expect(ordered(await port.readSnapshot())).toEqual(
      ordered(
        await memory
          .readSnapshot()
          .then((s) => ({ ...s, tables: s.tables.map((t) => (t.name === "Suivi" ? { ...t, address: "A1:J21" } : t)) })),
      ),
    );
    expect((await port.readTable("Suivi"))!.grid.rows).toEqual(
      sampleRows(METZ_2021_2023, 20).map((row) => [...row.slice(0, 9), null]),
    );
    expect(await port.readTable("Absente")).toBeNull();
  });
});

test("without sample rows, the tracking table keeps one empty row, as the in-memory build does", async () => {
  const dir = freshDir();
  const memory = await reopen(await inMemoryFile(dir, 0));
  const streamed = await reopen(await streamedFile(dir, 0));
  expect(ordered(await streamed.readSnapshot())).toEqual(ordered(await memory.readSnapshot()));
  // The row is there (the table spans A1:J2), but it is no row of data: the port reads none.
  expect((await streamed.readSnapshot()).tables.find((t) => t.name === "Suivi")?.address).toBe("A1:J2");
  const table = (await streamed.readTable("Suivi"))!;
  expect(table.grid.rows).toEqual([]);
  expect(streamed.workbook.getWorksheet(SHEET.tracking)!.getCell("J2").formula).toBe(SEMESTER_FORMULA);
});

test("a failed save leaves neither the workbook nor a temporary file", async () => {
  const dir = freshDir();
  const port = new StreamedWorkbook();
  await buildWorkbook(port, METZ_2021_2023, { sampleRows: 50 });
  // The copy that adds the tables fails after the streamed part and the output were created.
  const spy = jest.spyOn(yazl.ZipFile.prototype, "addBuffer").mockImplementation(() => {
    throw new Error("disque plein");
  });
  try {
    await expect(port.saveAtomically(join(dir, "suivi.xlsx"))).rejects.toThrow("disque plein");
  } finally {
    spy.mockRestore();
  }
  expect(readdirSync(dir)).toEqual([]);
  await expect(port.saveAtomically(join(dir, "absent", "suivi.xlsx"))).rejects.toMatchObject({ code: "ENOENT" });
  expect(readdirSync(dir)).toEqual([]);
});

test("the inserted text goes before the last marker, even when the marker is split across chunks", async () => {
  const run = async (chunks: string[]) => {
    const transform = new InsertBeforeLast("</worksheet>", "<tableParts/>");
    const out: Buffer[] = [];
    transform.on("data", (b: Buffer) => out.push(b));
    const done = new Promise<void>((resolve, reject) => transform.on("end", resolve).on("error", reject));
    for (const chunk of chunks) transform.write(Buffer.from(chunk, "utf8"));
    transform.end();
    await done;
    return Buffer.concat(out).toString("utf8");
  };
  expect(await run(["<worksheet><a>é</a></work", "sheet>"])).toBe("<worksheet><a>é</a><tableParts/></worksheet>");
  expect(await run(["<worksheet></worksheet>", "<!-- --></worksheet>"])).toBe(
    "<worksheet></worksheet><!-- --><tableParts/></worksheet>",
  );
  await expect(run(["<worksheet>"])).rejects.toThrow("</worksheet> not found");
});

test("the build command streams a new file and repairs an existing one part by part", async () => {
  const dir = freshDir();
  const file = join(dir, "nouveau.xlsx");
  const streamedSave = jest.spyOn(StreamedWorkbook.prototype, "saveAtomically");
  const inMemorySave = jest.spyOn(PackageWorkbook.prototype, "save");
  const quiet = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
  try {
    expect(await main(["build", file, "--sample"])).toBe(0);
    expect(streamedSave).toHaveBeenCalledTimes(1);
    expect(inMemorySave).not.toHaveBeenCalled();
    // Nothing to repair: the file is not written again.
    expect(await main(["build", file])).toBe(0);
    expect(inMemorySave).not.toHaveBeenCalled();
    const damaged = await readWorkbookFile(file);
    damaged.getWorksheet(SHEET.indicators)!.getCell("C3").value = 42;
    await damaged.xlsx.writeFile(file);
    expect(await main(["build", file])).toBe(0);
    expect(streamedSave).toHaveBeenCalledTimes(1);
    expect(inMemorySave).toHaveBeenCalledTimes(1);
  } finally {
    streamedSave.mockRestore();
    inMemorySave.mockRestore();
    quiet.mockRestore();
  }
  const table = await (await reopen(file)).readTable("Suivi");
  expect(table!.grid.rows).toEqual(sampleRows(METZ_2021_2023, 1500).map((row) => [...row.slice(0, 9), null]));
});

describeWith("LibreOffice", "a streamed workbook recalculated by LibreOffice", () => {
  const rows = 1000;
  let memory: ExcelJS.Workbook;
  let streamed: ExcelJS.Workbook;

  beforeAll(async () => {
    const dir = freshDir();
    const [a, b] = recalculate([await inMemoryFile(dir, rows), await streamedFile(dir, rows)]);
    memory = new ExcelJS.Workbook();
    await memory.xlsx.readFile(a);
    streamed = new ExcelJS.Workbook();
    await streamed.xlsx.readFile(b);
  });

  test("no cell of any sheet holds an error value", () => {
    const errors: string[] = [];
    streamed.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = readCell(cell);
          if (v !== null && typeof v === "object") errors.push(`${ws.name}!${cell.address} ${v.error}`);
        }),
      ),
    );
    expect(errors).toEqual([]);
  });

  test("Indicateurs holds the core's aggregation of the sample rows, as in the in-memory file", () => {
    const L = indicatorsLayout(METZ_2021_2023);
    const facts = trackingFacts([...TRACKING_COLUMNS], sampleRows(METZ_2021_2023, rows));
    const expected = aggregate(METZ_2021_2023, facts);
    const ws = streamed.getWorksheet(SHEET.indicators)!;
    const other = memory.getWorksheet(SHEET.indicators)!;
    METZ_2021_2023.indicators.forEach((ind, i) => {
      const row = L.firstIndicatorRow + i;
      L.periods.forEach((_, j) => {
        const address = `${L.periodColumn(j)}${row}`;
        expect(readCell(ws.getCell(address))).toBe(expected.byIndicator[ind.code][j]);
        expect(readCell(ws.getCell(address))).toBe(readCell(other.getCell(address)));
      });
    });
    L.breakdownLabels.forEach((_, i) => {
      const row = L.firstBreakdownRow + i;
      L.periods.forEach((__, j) =>
        expect(readCell(ws.getCell(`${L.periodColumn(j)}${row}`))).toBe(expected.byQuartier[i].counts[j]),
      );
    });
    expect(expected.byIndicator.DE_ACCUEILLIS.slice(0, 6).every((n) => n > 0)).toBe(true);
  });

  test("Semestre is computed for every row", () => {
    const ws = streamed.getWorksheet(SHEET.tracking)!;
    for (let row = 2; row <= rows + 1; row += 97) {
      const date = ws.getCell(row, 1).value as Date;
      expect(readCell(ws.getCell(row, 10))).toBe(`${date.getUTCFullYear()}-S${date.getUTCMonth() < 6 ? 1 : 2}`);
    }
  });
});
