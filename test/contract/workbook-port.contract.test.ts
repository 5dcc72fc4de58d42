import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cellAddress, parseCell, parseRange } from "../../src/core/a1";
import {
  SHEET,
  TRACKING_COLUMNS,
  TRACKING_TABLE,
  type CellSnapshot,
  type CellValue,
  type Grid,
  type WorkbookSnapshot,
} from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildPlan } from "../../src/core/plan";
import type { PlanCell, PlanOp } from "../../src/core/plan-types";
import type { WorkbookPort } from "../../src/features/port";
import { OfficeWorkbook } from "../../src/office/workbook";
import { openPackage } from "../../src/xlsx/engine/open";
import type { PackageWorkbook } from "../../src/xlsx/engine/port";
import { StreamedWorkbook } from "../../src/xlsx/stream-build";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { createFakeExcel } from "../support/fake-excel";

// One contract for every WorkbookPort: the same blank workbook, the same operations, the same
// snapshot read back. Expectations come from the plan and from values written here by hand, never
// from one implementation's output; the implementations are then compared with each other.

/** A workbook the contract works on, and how to look at it again as a fresh reader would. */
interface Subject {
  port: WorkbookPort;
  /** The same workbook behind a new port: what a later command (or a later Excel.run) sees. */
  reopen(): Promise<WorkbookPort>;
}

interface Implementation {
  name: string;
  /** A blank workbook holding one empty sheet, Feuil1 (what Excel and LibreOffice create). */
  blank(): Promise<Subject>;
}

const BLANK_SHEET = "Feuil1";

const IMPLEMENTATIONS: Implementation[] = [
  {
    name: "Office.js adapter on the recording fake",
    async blank() {
      const { fake, context } = createFakeExcel();
      fake.workbook.addSheetDirect(BLANK_SHEET);
      // The fake is the live workbook; a new adapter keeps nothing from the previous one.
      return { port: new OfficeWorkbook(context), reopen: async () => new OfficeWorkbook(context) };
    },
  },
  {
    name: "ExcelJS adapter",
    async blank() {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet(BLANK_SHEET);
      // Kept in memory: ExcelJS writes the workbooks the pane creates; files are read back by the
      // package engine below, never by ExcelJS.
      return { port: new XlsxWorkbook(workbook), reopen: async () => new XlsxWorkbook(workbook) };
    },
  },
  {
    name: "package engine (saved and reopened from bytes)",
    async blank() {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet(BLANK_SHEET);
      let port = openPackage("classeur.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()));
      return {
        port,
        // Its edits reach the bytes only at save(): reading back through the bytes proves them.
        reopen: async () => (port = openPackage("classeur.xlsx", port.save())),
      };
    },
  },
  {
    name: "streamed writer, its file reopened by the package engine",
    async blank() {
      // The writer only creates workbooks: it starts with nothing, so the blank sheet is added first.
      const streamed = new StreamedWorkbook();
      await streamed.apply([{ kind: "addSheet", sheet: BLANK_SHEET }]);
      let port: WorkbookPort = streamed;
      return {
        port,
        // The command line's path: a new file streamed to disk, every later command on the file engine.
        async reopen() {
          const bytes = port instanceof StreamedWorkbook ? await streamedBytes(port) : (port as PackageWorkbook).save();
          return (port = openPackage("classeur.xlsx", bytes));
        },
      };
    },
  },
];

async function streamedBytes(port: StreamedWorkbook): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), "contract-"));
  try {
    await port.saveAtomically(join(dir, "classeur.xlsx"));
    return new Uint8Array(await readFile(join(dir, "classeur.xlsx")));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const PLAN = buildPlan(METZ_2021_2023);
const opsOf = <K extends PlanOp["kind"]>(kind: K) =>
  PLAN.filter((op): op is Extract<PlanOp, { kind: K }> => op.kind === kind);
const TRACKING_OP = opsOf("addTable").find((op) => op.name === TRACKING_TABLE)!;
const TRACKING_SETUP = {
  calculatedColumns: TRACKING_OP.calculatedColumns ?? [],
  numberFormats: TRACKING_OP.numberFormats ?? [],
};
/** The sheets whose every cell the snapshot carries (the tracking sheet's rows are read with readTable). */
const CELL_SHEETS = [SHEET.parameters, SHEET.lists, SHEET.indicators, SHEET.financing];

// ---- normalising a snapshot ------------------------------------------------------------------

/** One validated cell: what a rule means for a user, whatever range it was declared on. */
type ValidatedCell = string;

/**
 * A snapshot in a form every implementation can meet. Each step below is a difference that is
 * legitimate, not hidden:
 * - Cell values written as "" are empty cells: Excel clears a cell written "" (the fake does the
 *   same, the package engine writes nothing), while ExcelJS keeps a cell holding an empty string.
 * - A formula cell's value is left out: Excel computes it, the file engines write no result (Excel
 *   recalculates on open) and the fake computes nothing. The formula itself is compared.
 * - Validations are compared cell by cell: Office.js cannot list a sheet's validations, so the
 *   adapter probes the cells that matter (each column of the tracking table's body, each used cell
 *   of the other sheets) and reports the ranges it probed, where a file reports the range a rule
 *   was declared on (B2:B1048576). Both are expanded to the cells they cover, inside the used range
 *   and the tables, where the Office adapter looks.
 * - A list's source may carry a leading "=": Office.js returns the formula as typed in Excel, OOXML
 *   stores it without.
 */
function normalise(snapshot: WorkbookSnapshot) {
  const cells: Record<string, Record<string, Omit<CellSnapshot, "value"> | { value: CellValue }>> = {};
  for (const [sheet, map] of Object.entries(snapshot.cells)) {
    const kept: (typeof cells)[string] = {};
    for (const [address, cell] of Object.entries(map)) {
      if (cell.formula !== undefined) kept[address] = { formula: cell.formula };
      else if (cell.value !== null && cell.value !== "") kept[address] = { value: cell.value };
    }
    cells[sheet] = kept;
  }
  return {
    sheets: snapshot.sheets,
    tables: [...snapshot.tables].sort((a, b) => a.name.localeCompare(b.name)),
    names: [...snapshot.names].sort((a, b) => a.name.localeCompare(b.name)),
    cells,
    validations: validatedCells(snapshot, cells),
  };
}

function validatedCells(snapshot: WorkbookSnapshot, cells: Record<string, Record<string, unknown>>): ValidatedCell[] {
  // Per sheet, the box the Office adapter probes: its used cells and its tables.
  const box = new Map<string, { bottom: number; right: number }>();
  const widen = (sheet: string, row: number, col: number) => {
    const b = box.get(sheet) ?? { bottom: 0, right: 0 };
    box.set(sheet, { bottom: Math.max(b.bottom, row), right: Math.max(b.right, col) });
  };
  for (const [sheet, map] of Object.entries(cells))
    for (const address of Object.keys(map)) widen(sheet, parseCell(address).row, parseCell(address).col);
  for (const table of snapshot.tables) {
    const r = parseRange(table.address);
    widen(table.sheet, r.bottom, r.right);
  }
  const found = new Set<ValidatedCell>();
  for (const v of snapshot.validations) {
    const limit = box.get(v.sheet);
    if (!limit) continue;
    const source = v.source?.replace(/^=/, "");
    for (const part of v.address.split(" ")) {
      const r = parseRange(part);
      for (let row = r.top; row <= Math.min(r.bottom, limit.bottom); row++) {
        for (let col = r.left; col <= Math.min(r.right, limit.right); col++) {
          found.add(`${v.sheet}!${cellAddress(row, col)} ${v.type}${source !== undefined ? ` ${source}` : ""}`);
        }
      }
    }
  }
  return [...found].sort();
}

// ---- what the plan says the workbook holds -----------------------------------------------------

const isFormula = (cell: PlanCell): cell is { formula: string } =>
  cell !== null && typeof cell === "object" && "formula" in cell;

/** The cells of the snapshot sheets as the plan writes them, later operations over earlier ones. */
function plannedCells(trackingBottom: number) {
  const cells: Record<string, Record<string, { formula: string } | { value: CellValue }>> = Object.fromEntries(
    CELL_SHEETS.map((s) => [s, {}]),
  );
  const put = (sheet: string, row: number, col: number, cell: PlanCell) => {
    const map = cells[sheet];
    if (!map) return;
    const address = cellAddress(row, col);
    if (isFormula(cell)) map[address] = { formula: cell.formula };
    else if (cell === null || cell === "") delete map[address];
    else map[address] = { value: cell };
  };
  for (const op of PLAN) {
    if (op.kind === "writeCells") {
      const at = parseCell(op.address);
      op.cells.forEach((row, i) => row.forEach((cell, j) => put(op.sheet, at.row + i, at.col + j, cell)));
    } else if (op.kind === "addTable") {
      const at = parseRange(op.address);
      op.headers.forEach((header, j) => put(op.sheet, at.top, at.left + j, header));
      op.rows.forEach((row, i) => row.forEach((cell, j) => put(op.sheet, at.top + 1 + i, at.left + j, cell)));
    }
  }
  return { sheetCells: cells, trackingBottom };
}

/** The normalised snapshot the plan describes, the tracking table ending on `trackingBottom`. */
function plannedSnapshot(trackingBottom: number) {
  const sheets = [...opsOf("addSheet")].sort((a, b) => (a.position ?? 0) - (b.position ?? 0)).map((op) => op.sheet);
  const tables = opsOf("addTable").map((op) => {
    const r = parseRange(op.address);
    // A header-only table gets one empty data row, as in Excel; the tracking table grows with its rows.
    const bottom = op.name === TRACKING_TABLE ? trackingBottom : Math.max(r.bottom, r.top + 1);
    return {
      name: op.name,
      sheet: op.sheet,
      address: `${cellAddress(r.top, r.left)}:${cellAddress(bottom, r.right)}`,
      headers: op.headers,
    };
  });
  const { sheetCells } = plannedCells(trackingBottom);
  const snapshot: WorkbookSnapshot = {
    sheets: [...sheets, BLANK_SHEET],
    tables,
    names: opsOf("defineName").map((op) => ({ name: op.name, formula: `${op.sheet}!${op.address}` })),
    cells: Object.fromEntries(
      Object.entries(sheetCells).map(([sheet, map]) => [
        sheet,
        Object.fromEntries(Object.entries(map).map(([a, c]) => [a, { value: null, ...c }])),
      ]),
    ),
    validations: opsOf("setValidation").map((op) => ({
      sheet: op.sheet,
      address: op.address,
      type: op.rule.type,
      ...(op.rule.type === "list" ? { source: op.rule.source } : {}),
    })),
  };
  return normalise(snapshot);
}

// ---- the operations, the same for every implementation -----------------------------------------

/** Two tracking rows typed by hand (31/12/2021 is serial 44561: 44197 for 01/01/2021 + 364). */
const ROWS: CellValue[][] = [
  [44197, "Entretiens réalisés", 2, "Borny", "26-49 ans", "F", null, "premier rendez-vous", "CP", null],
  [44561, "Ateliers collectifs", 1, null, null, null, "CV", null, null, null],
];
/** A row typed right under the table (row 4), then a blank row, then one further down (row 6). */
const TYPED_BELOW: PlanOp[] = [
  { kind: "writeCells", sheet: SHEET.tracking, address: "A4", cells: [[44300, "Ateliers collectifs", 3]] },
  { kind: "writeCells", sheet: SHEET.tracking, address: "B6", cells: [["loin"]] },
];
const blankRow = (): CellValue[] => TRACKING_COLUMNS.map(() => null);
const rowOf = (...values: CellValue[]): CellValue[] => [...values, ...blankRow()].slice(0, TRACKING_COLUMNS.length);

/** Every step of the contract on one implementation, what each read returned along the way. */
async function runScript(subject: Subject) {
  let port = subject.port;
  const blank = {
    snapshot: await port.readSnapshot(),
    table: await port.readTable(TRACKING_TABLE),
    below: await port.readBelowTable(TRACKING_TABLE),
  };
  await port.apply(PLAN);
  port = await subject.reopen();
  const built = {
    snapshot: await port.readSnapshot(),
    table: await port.readTable(TRACKING_TABLE),
    below: await port.readBelowTable(TRACKING_TABLE),
  };
  await port.appendRows(TRACKING_TABLE, ROWS);
  port = await subject.reopen();
  const appended = { table: await port.readTable(TRACKING_TABLE), below: await port.readBelowTable(TRACKING_TABLE) };
  await port.apply(TYPED_BELOW);
  port = await subject.reopen();
  const typed = { table: await port.readTable(TRACKING_TABLE), below: await port.readBelowTable(TRACKING_TABLE) };
  // Growing to a row the table already reaches changes nothing.
  await port.extendTable(TRACKING_TABLE, 3, TRACKING_SETUP);
  await port.extendTable(TRACKING_TABLE, 4, TRACKING_SETUP);
  port = await subject.reopen();
  const extended = {
    snapshot: await port.readSnapshot(),
    table: await port.readTable(TRACKING_TABLE),
    below: await port.readBelowTable(TRACKING_TABLE),
  };
  const costs = await port.readTable("CoutsAnnuels");
  const missing = { table: await port.readTable("PasDeTable"), below: await port.readBelowTable("PasDeTable") };
  return { blank, built, appended, typed, extended, costs, missing };
}

const tracking = (firstRow: number, rows: CellValue[][]): Grid => ({
  sheet: SHEET.tracking,
  firstRow,
  firstColumn: 1,
  rows,
});

describe.each(IMPLEMENTATIONS)("WorkbookPort contract: $name", (implementation) => {
  let run: Awaited<ReturnType<typeof runScript>>;
  beforeAll(async () => {
    run = await runScript(await implementation.blank());
  });

  it("reads a blank workbook: its one sheet, no table, nothing below a table that is not there", () => {
    expect(normalise(run.blank.snapshot)).toEqual({
      sheets: [BLANK_SHEET],
      tables: [],
      names: [],
      cells: {},
      validations: [],
    });
    expect(run.blank.table).toBeNull();
    expect(run.blank.below).toBeNull();
  });

  it("applies the build plan: the snapshot read back is the one the plan describes", () => {
    expect(normalise(run.built.snapshot)).toEqual(plannedSnapshot(2));
    // Text that looks like a number stays text (the convention n° 0162627 keeps its leading 0).
    expect(run.built.snapshot.cells[SHEET.parameters]?.B3?.value).toBe("0162627");
  });

  it("reads the new tracking table as its headers and no data (the empty row Excel keeps is not data), nothing under it", () => {
    expect(run.built.table).toEqual({ headers: [...TRACKING_COLUMNS], grid: tracking(2, []) });
    expect(run.built.below).toEqual(tracking(3, []));
  });

  it("appends rows into the empty row first, then after the last row, in the table's column order", () => {
    expect(run.appended.table).toEqual({ headers: [...TRACKING_COLUMNS], grid: tracking(2, ROWS) });
    expect(run.appended.below).toEqual(tracking(4, []));
  });

  it("reads what was typed under the table, down to the last used row, and leaves the table as it was", () => {
    expect(run.typed.table?.grid).toEqual(tracking(2, ROWS));
    expect(run.typed.below).toEqual(
      tracking(4, [rowOf(44300, "Ateliers collectifs", 3), blankRow(), rowOf(null, "loin")]),
    );
  });

  it("grows the table over the row typed under it: the row is read in the table, the one further down stays below", () => {
    expect(run.extended.table?.grid).toEqual(tracking(2, [...ROWS, rowOf(44300, "Ateliers collectifs", 3)]));
    expect(run.extended.below).toEqual(tracking(5, [blankRow(), rowOf(null, "loin")]));
    // The table and its validations now reach row 4; nothing else moved.
    expect(normalise(run.extended.snapshot)).toEqual(plannedSnapshot(4));
  });

  it("reads another table of the plan with its rows (the yearly costs: 2021 costed, 2022 and 2023 to fill in)", () => {
    expect(run.costs?.headers).toEqual(["Année", "Coût annuel (€)", "Source"]);
    expect(run.costs?.grid.rows).toEqual([
      [2021, 46795, "Annexe financière 2021"],
      [2022, null, "À actualiser par avenant"],
      [2023, null, "À actualiser par avenant"],
    ]);
  });

  it("answers null for a table that does not exist", () => {
    expect(run.missing).toEqual({ table: null, below: null });
  });
});

describe("WorkbookPort contract: the implementations agree with each other", () => {
  it("read back the same normalised snapshots and the same tables after the same operations", async () => {
    const runs = [];
    for (const implementation of IMPLEMENTATIONS)
      runs.push({ name: implementation.name, run: await runScript(await implementation.blank()) });
    const [reference, ...others] = runs.map(({ name, run }) => ({
      name,
      seen: {
        built: normalise(run.built.snapshot),
        extended: normalise(run.extended.snapshot),
        tables: [run.built.table, run.appended.table, run.typed.table, run.extended.table],
        below: [run.built.below, run.appended.below, run.typed.below, run.extended.below],
      },
    }));
    for (const other of others)
      expect({ name: other.name, ...other.seen }).toEqual({ name: other.name, ...reference!.seen });
  });
});
