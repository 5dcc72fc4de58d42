// Long work on .xlsx files followed from the pane: the file reader reports how far it read a sheet
// (its inflated bytes against the size the zip gives) during the one long read, and the evaluation,
// the dashboard and the import go through their steps in order, taking a cancel only before they write.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SaxesParser } from "saxes";
import { TRACKING_TABLE } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildWorkbook } from "../../src/features/build";
import { runCheck } from "../../src/features/check";
import { isCancelled, PACED_INTERVAL_MS, type WorkControl, type WorkProgress } from "../../src/features/work";
import { dashboardFile, evaluateFile, importFile, previewEvaluationFile } from "../../src/taskpane/file-mode";
import { Book } from "../../src/xlsx/engine/book";
import { openPackage } from "../../src/xlsx/engine/open";
import { REL, XlsxPackage } from "../../src/xlsx/engine/package";
import { readSharedStrings, readSheet } from "../../src/xlsx/engine/sheet-read";
import { readPaced, streamXml } from "../../src/xlsx/engine/xml";
import { readZip, streamEntryPaced } from "../../src/xlsx/engine/zip";
import { evaluatePackage } from "../../src/xlsx/evaluation-file";
import { openPackageFile } from "../../src/xlsx/open";
import { StreamedWorkbook } from "../../src/xlsx/stream-build";

const TODAY = "2024-01-15";
const S1 = { kind: "semester", semester: "2021-S1" } as const;
/** Enough rows for the Suivi sheet to take many 16 KB steps of compressed input. */
const ROWS = 20_000;

let dir: string;
let bytes: Uint8Array;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sc-progress-"));
  const port = new StreamedWorkbook();
  await buildWorkbook(port, METZ_2021_2023, { sampleRows: ROWS, today: TODAY });
  await port.saveAtomically(join(dir, "suivi.xlsx"));
  bytes = readFileSync(join(dir, "suivi.xlsx"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());

/**
 * A clock that moves PACED_INTERVAL_MS / 3 each time it is read: the reader's reports (at most one per
 * PACED_INTERVAL_MS of work) then come every few pieces, whatever the speed of the machine running the test.
 */
function steadyClock(): void {
  let now = 0;
  jest.spyOn(Date, "now").mockImplementation(() => (now += PACED_INTERVAL_MS / 3));
}

/** A control that records what it is told and aborts when `when` says so. */
function follow(when: (p: WorkProgress) => boolean = () => false): { control: WorkControl; seen: WorkProgress[] } {
  const abort = new AbortController();
  const seen: WorkProgress[] = [];
  return {
    seen,
    control: {
      signal: abort.signal,
      onProgress: (p) => {
        seen.push(p);
        if (when(p)) abort.abort();
      },
    },
  };
}

/** The steps in the order they were reported (each once). */
const stepsOf = (seen: WorkProgress[]): string[] =>
  seen.map((p) => p.step ?? "").filter((s, i, all) => s !== all[i - 1]);

function expectRising(seen: WorkProgress[]): void {
  const fractions = seen.map((p) => p.fraction);
  for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]);
}

/**
 * Distinct fractions reported strictly inside the read, which ends at `end` on the feature's bar
 * (the reader's own reports: the features' checkpoints fall on the step's bounds).
 */
const movesWhileReading = (seen: WorkProgress[], end: number): number =>
  new Set(seen.filter((p) => p.step === "read" && p.fraction > 0 && p.fraction < end).map((p) => p.fraction)).size;

const chosen = () => ({ name: "suivi.xlsx", bytes: new Uint8Array(bytes) });

describe("the file reader's progress", () => {
  it("reads a sheet and the shared strings paced exactly as it reads them in one go", async () => {
    const pkg = new XlsxPackage(bytes);
    const book = new Book(pkg);
    const strings = () => book.sharedStrings();
    const stringsEntry = pkg.entry(book.workbookTarget(REL.sharedStrings)!)!;
    // A pause at every step: the parser sees the text in the same order, in many more turns.
    const everyStep = () => Promise.resolve();
    expect(await readPaced((feed) => readSharedStrings(stringsEntry, feed), everyStep)).toEqual(
      readSharedStrings(stringsEntry),
    );
    for (const sheet of book.sheets()) {
      const entry = pkg.entry(sheet.part)!;
      const options = {
        all: sheet.name !== "Suivi",
        regions: [{ top: 1, left: 1, bottom: 1_048_576, right: 10 }],
        detailRows: new Set([1, 2]),
        formulas: true,
      };
      expect(await readPaced((feed) => readSheet(entry, strings, options, feed), everyStep)).toEqual(
        readSheet(entry, strings, options),
      );
    }
  });

  it("counts the inflated bytes of an entry up to the size the zip's directory gives, once per 16 KB of compressed input", async () => {
    const pkg = new XlsxPackage(bytes);
    const part = new Book(pkg).sheet("Suivi")!.part;
    const entry = readZip(bytes).find((e) => e.name === part)!;
    const counts: number[] = [];
    let text = 0;
    const parser = new SaxesParser();
    parser.on("text", (t) => void (text += t.length));
    await streamEntryPaced(
      entry,
      (chunk) => void parser.write(new TextDecoder().decode(chunk)),
      (inflated) => void counts.push(inflated),
    );
    expect(counts).toHaveLength(Math.ceil(entry.compressedSize / 16_384));
    expect(counts.at(-1)).toBe(entry.size);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1]);
    // The plain stream gives the same text.
    let plain = 0;
    const again = new SaxesParser();
    again.on("text", (t) => void (plain += t.length));
    streamXml(entry, again);
    expect(text).toBe(plain);
  });

  it("moves the bar many times during a check's one long read, then checks and ends full", async () => {
    steadyClock();
    const { control, seen } = follow();
    const report = await runCheck(openPackage("suivi.xlsx", bytes).follow(control), METZ_2021_2023, TODAY, {
      work: control,
    });
    expect(report.summary.rows).toBe(ROWS);
    expect(stepsOf(seen)).toEqual(["read", "check"]);
    expectRising(seen);
    // The snapshot and the table are the step 0 → 0.6 of a check.
    expect(movesWhileReading(seen, 0.6)).toBeGreaterThanOrEqual(5);
    expect(seen.at(-1)?.fraction).toBe(1);
    expect(seen.every((p) => p.cancellable)).toBe(true);
  });

  it("takes a cancel in the middle of the read: the check stops there", async () => {
    steadyClock();
    const { control, seen } = follow((p) => p.step === "read" && p.fraction > 0.2);
    const error = await runCheck(openPackage("suivi.xlsx", bytes).follow(control), METZ_2021_2023, TODAY, {
      work: control,
    }).catch((e: unknown) => e);
    expect(isCancelled(error)).toBe(true);
    expect(Math.max(...seen.map((p) => p.fraction))).toBeLessThan(0.6);
  });

  it("does not pause a read nobody follows (the command line)", async () => {
    const timers = jest.spyOn(globalThis, "setTimeout");
    const report = await runCheck(openPackage("suivi.xlsx", bytes), METZ_2021_2023, TODAY);
    expect(report.summary.rows).toBe(ROWS);
    expect(timers).not.toHaveBeenCalled();
  });
});

describe("an evaluation of a file followed from the pane", () => {
  it("reads, checks, computes then writes, in that order, the bar rising to full; Annuler offered until the write only", async () => {
    steadyClock();
    const { control, seen } = follow();
    const { result, output } = await evaluateFile(chosen(), METZ_2021_2023, S1, TODAY, false, control);
    expect(result.ok).toBe(true);
    expect(output).not.toBeNull();
    expect(stepsOf(seen)).toEqual(["read", "check", "compute", "write"]);
    expectRising(seen);
    expect(seen.at(-1)?.fraction).toBe(1);
    // The evaluation's read is its step 0 → 0.7.
    expect(movesWhileReading(seen, 0.7)).toBeGreaterThanOrEqual(5);
    const firstWrite = seen.findIndex((p) => !p.cancellable);
    expect(firstWrite).toBeGreaterThan(0);
    expect(seen.slice(0, firstWrite).every((p) => p.cancellable)).toBe(true);
    expect(seen.slice(firstWrite).every((p) => !p.cancellable && p.step === "write")).toBe(true);
  });

  it("previews without writing: read, check, compute, full, cancellable throughout", async () => {
    const { control, seen } = follow();
    const outcome = await previewEvaluationFile(chosen(), METZ_2021_2023, S1, TODAY, control);
    expect(outcome.ok).toBe(true);
    expect(stepsOf(seen)).toEqual(["read", "check", "compute"]);
    expectRising(seen);
    expect(seen.at(-1)?.fraction).toBe(1);
    expect(seen.every((p) => p.cancellable)).toBe(true);
  });

  it("cancelled at its last safe point, just before the write, leaves the file byte for byte as it was", async () => {
    const path = join(dir, "annule.xlsx");
    writeFileSync(path, bytes);
    const port = await openPackageFile(path);
    // The first report of the write step is the last one that still offers Annuler.
    const { control, seen } = follow((p) => p.step === "write" && p.cancellable);
    const error = await evaluatePackage(port.follow(control), METZ_2021_2023, S1, {
      today: TODAY,
      force: false,
      work: control,
    }).catch((e: unknown) => e);
    expect(isCancelled(error)).toBe(true);
    expect(seen.some((p) => !p.cancellable)).toBe(false);
    // Nothing was edited in the package, and the file on disk is the same bytes.
    expect(port.ownedParts()).toEqual([]);
    expect(Buffer.compare(readFileSync(path), Buffer.from(bytes))).toBe(0);
  });

  it("takes no cancel once writing has started: the sheet is written and offered", async () => {
    const file = chosen();
    const { control, seen } = follow((p) => !p.cancellable);
    const { result, output } = await evaluateFile(file, METZ_2021_2023, S1, TODAY, false, control);
    expect(result.ok && result.sheetName).toBe("Évaluation 2021-S1");
    expect(seen.filter((p) => !p.cancellable).length).toBeGreaterThan(1);
    const written = openPackage("suivi.xlsx", output!.bytes);
    expect(written.book.sheets().map((s) => s.name)).toContain("Évaluation 2021-S1");
    // The chosen file itself is never changed: the sheet is in the download only.
    expect(Buffer.compare(Buffer.from(file.bytes), Buffer.from(bytes))).toBe(0);
  });
});

describe("the dashboard and the import of a file followed from the pane", () => {
  it("the dashboard reads then writes; a cancel during the read stops it with nothing to download", async () => {
    steadyClock();
    const whole = follow();
    const { result } = await dashboardFile(chosen(), whole.control);
    expect(result.ok).toBe(true);
    expect(stepsOf(whole.seen)).toEqual(["read", "write"]);
    expectRising(whole.seen);
    expect(whole.seen.at(-1)?.fraction).toBe(1);
    // The dashboard's read is its step 0 → 0.5.
    expect(movesWhileReading(whole.seen, 0.5)).toBeGreaterThanOrEqual(5);

    const cancelled = follow((p) => p.step === "read" && p.fraction > 0.1);
    const error = await dashboardFile(chosen(), cancelled.control).catch((e: unknown) => e);
    expect(isCancelled(error)).toBe(true);
    expect(cancelled.seen.some((p) => !p.cancellable)).toBe(false);
  });

  it("the import reads the target's rows in its first step, the bar never going back when the feature starts that step", async () => {
    steadyClock();
    const csv = new TextEncoder().encode(
      "Date;Indicateur;Nombre;Commentaire\n04/01/2021;Entretiens réalisés;1;ligne importée\n",
    );
    const { control, seen } = follow();
    const { report, output } = await importFile(
      chosen(),
      null,
      { skipInvalid: false, convention: METZ_2021_2023, today: TODAY, work: control },
      { kind: "csv", bytes: csv },
    );
    expect([report.status, report.imported]).toEqual(["imported", 1]);
    expect(output).not.toBeNull();
    expect(stepsOf(seen)).toEqual(["read", "check", "write"]);
    expectRising(seen);
    // The target's table is the step 0 → 0.3 of an import.
    expect(movesWhileReading(seen, 0.3)).toBeGreaterThanOrEqual(5);
    expect(seen.at(-1)?.fraction).toBe(1);
    const table = await openPackage("suivi.xlsx", output!.bytes).readTable(TRACKING_TABLE);
    expect(table?.grid.rows).toHaveLength(ROWS + 1);
  });
});
