// Independent evaluation of the personal-data guard of `suivi-convention check`.
//
// Reads test/fixtures/guard-eval-9/notes.tsv by default (label, kind, note: written without looking at the guard's
// rules, frozen once committed), builds a tracking workbook with the real command line, writes one
// Suivi row per note (valid date, known indicator, Nombre 1, the note in Commentaire), runs
// `check --json` and scores the guard: a note is FLAGGED when a SENSITIVE_DATA or PERSONAL_IDENTIFIER
// finding (error or warning) sits on its row. Needs `npm run build` first (dist/node).
//
// Usage: node scripts/guard-eval.mjs [notes.tsv] [--keep=copy.xlsx]   (writes .tmp/guard-eval.json;
// --keep saves the checked workbook for inspection)

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, posix } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ExcelJS = require("exceljs");
const { unzipSync, zipSync, strFromU8, strToU8 } = require("fflate");

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const ARGS = process.argv.slice(2);
const KEEP = ARGS.find((a) => a.startsWith("--keep="))?.slice("--keep=".length);
const NOTES = ARGS.find((a) => !a.startsWith("--")) ?? join(ROOT, "test", "fixtures", "guard-eval-9", "notes.tsv");
const OUT = join(ROOT, ".tmp", "guard-eval.json");
// The executable users run; it loads the compiled command from dist/node.
const CLI = join(ROOT, "bin", "suivi-convention.js");
const COMPILED = join(ROOT, "dist", "node", "cli", "process.js");
const GUARD_CODES = new Set(["SENSITIVE_DATA", "PERSONAL_IDENTIFIER"]);
const LABELS = ["sensitive", "identifier", "none"];
const ROW_DATE = "2021-03-15";
const TODAY = "2024-01-15";

function fail(message) {
  process.stderr.write(`guard-eval: ${message}\n`);
  process.exit(2);
}

function readNotes(path) {
  const lines = readFileSync(path, "utf8").split(/\r?\n/);
  const notes = [];
  lines.forEach((line, i) => {
    if (line.trim() === "" || (i === 0 && line.startsWith("label\t"))) return;
    const [label, kind, note, ...extra] = line.split("\t");
    if (!LABELS.includes(label) || !kind || !note || extra.length > 0)
      fail(`${path}:${i + 1}: expected label<TAB>kind<TAB>note`);
    notes.push({ line: i + 1, label, kind, note });
  });
  return notes;
}

function cli(args) {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, SUIVI_LANG: "fr" },
    maxBuffer: 1 << 28,
  });
  if (run.error) throw run.error;
  return run;
}

const xmlText = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const xmlUnescape = (s) =>
  s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
const attr = (tag, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

function columnLetters(n) {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
function columnNumber(letters) {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
function excelSerial(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Part paths of each sheet and of each table, read from the package's relationships. */
function locateParts(files) {
  const rels = (part) => {
    const relPath = posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
    const xml = files[relPath] ? strFromU8(files[relPath]) : "";
    return [...xml.matchAll(/<Relationship\s[^>]*>/g)].map((m) => ({
      id: attr(m[0], "Id"),
      type: attr(m[0], "Type") ?? "",
      target: posix.normalize(posix.join(posix.dirname(part), attr(m[0], "Target") ?? "")),
    }));
  };
  const workbook = strFromU8(files["xl/workbook.xml"]);
  const wbRels = rels("xl/workbook.xml");
  const sheets = [...workbook.matchAll(/<sheet\s[^>]*>/g)].map((m) => {
    const part = wbRels.find((r) => r.id === attr(m[0], "r:id"))?.target;
    const tables = rels(part)
      .filter((r) => r.type.endsWith("/table"))
      .map((r) => r.target);
    return { name: xmlUnescape(attr(m[0], "name")), part, tables };
  });
  return sheets;
}

/**
 * ExcelJS expands a whole-column validation (A2:A1048576) into one entry per cell, which takes
 * minutes and gigabytes: it reads a copy without the validations, only to find columns and labels.
 */
async function readWithExcelJS(files) {
  const copy = {};
  for (const [path, data] of Object.entries(files)) {
    copy[path] = /^xl\/worksheets\/[^/]+\.xml$/.test(path)
      ? strToU8(strFromU8(data).replace(/<dataValidations[\s\S]*?<\/dataValidations>/, ""))
      : data;
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(zipSync(copy)));
  return workbook;
}

/** Headers of a table and the cells under them, from the worksheet ExcelJS loaded. */
function tableHeaders(worksheet, table) {
  const model = table.table ?? table.model;
  const [start] = (model.ref ?? model.tableRef).split(":");
  const [, col, row] = /^([A-Z]+)(\d+)$/.exec(start);
  return { model, firstColumn: columnNumber(col), headerRow: Number(row), headers: model.columns.map((c) => c.name) };
}

function firstIndicatorLabel(workbook) {
  const listes = workbook.getWorksheet("Listes") ?? fail("no Listes sheet in the built workbook");
  for (const table of Object.values(listes.tables ?? {})) {
    const t = tableHeaders(listes, table);
    const col = t.headers.indexOf("Indicateur");
    if (col < 0) continue;
    const value = listes.getCell(t.headerRow + 1, t.firstColumn + col).value;
    if (typeof value === "string" && value.trim() !== "") return value;
  }
  return fail("no indicator label found in the Listes catalogue table");
}

/** Writes one row per note into the Suivi table, straight into the sheet's XML (see readWithExcelJS). */
function writeRows(files, sheets, suivi, notes, indicator) {
  const sheet = sheets.find((s) => s.name === "Suivi") ?? fail("no Suivi sheet");
  const tablePart = sheet.tables.find((p) => /\sname="Suivi"/.test(strFromU8(files[p]))) ?? fail("no Suivi table");
  const tableXml = strFromU8(files[tablePart]);
  const formula =
    /<tableColumn [^>]*name="Semestre"[^>]*><calculatedColumnFormula>([\s\S]*?)<\/calculatedColumnFormula>/.exec(
      tableXml,
    )?.[1];
  const col = (header) => {
    const i = suivi.headers.indexOf(header);
    if (i < 0) fail(`column ${header} missing from the Suivi table`);
    return columnLetters(suivi.firstColumn + i);
  };
  let sheetXml = strFromU8(files[sheet.part]);
  // Keep the style the build gave the Date column (dd/mm/yyyy) so the date is a real Excel date.
  const firstDataRow = suivi.headerRow + 1;
  const dateStyle = new RegExp(`<c r="${col("Date")}${firstDataRow}"[^>]*\\ss="(\\d+)"`).exec(sheetXml)?.[1];
  const rows = notes.map((n, i) => {
    const r = firstDataRow + i;
    const cells = [
      [
        col("Date"),
        `<c r="${col("Date")}${r}"${dateStyle ? ` s="${dateStyle}"` : ""}><v>${excelSerial(ROW_DATE)}</v></c>`,
      ],
      [col("Indicateur"), `<c r="${col("Indicateur")}${r}" t="inlineStr"><is><t>${xmlText(indicator)}</t></is></c>`],
      [col("Nombre"), `<c r="${col("Nombre")}${r}"><v>1</v></c>`],
      [
        col("Commentaire"),
        `<c r="${col("Commentaire")}${r}" t="inlineStr"><is><t xml:space="preserve">${xmlText(n.note)}</t></is></c>`,
      ],
    ];
    if (formula) cells.push([col("Semestre"), `<c r="${col("Semestre")}${r}"><f>${formula}</f></c>`]);
    cells.sort((a, b) => columnNumber(a[0]) - columnNumber(b[0]));
    return `<row r="${r}">${cells.map((c) => c[1]).join("")}</row>`;
  });
  // Drop the table's empty template row(s) below the header, then append ours.
  sheetXml = sheetXml.replace(/<sheetData>([\s\S]*?)<\/sheetData>|<sheetData\/>/, (_m, inner = "") => {
    const kept = [...inner.matchAll(/<row\b([^>]*?)(?:\/>|>[\s\S]*?<\/row>)/g)]
      .filter((m) => Number(attr(m[1], "r")) <= suivi.headerRow)
      .map((m) => m[0]);
    return `<sheetData>${kept.join("")}${rows.join("")}</sheetData>`;
  });
  const lastRow = firstDataRow + notes.length - 1;
  const ref = `${columnLetters(suivi.firstColumn)}${suivi.headerRow}:${columnLetters(suivi.firstColumn + suivi.headers.length - 1)}${lastRow}`;
  files[sheet.part] = strToU8(sheetXml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${ref}"/>`));
  files[tablePart] = strToU8(
    tableXml.replace(/(<table\s[^>]*?\sref=")[^"]*"/, `$1${ref}"`).replace(/(<autoFilter ref=")[^"]*"/, `$1${ref}"`),
  );
  return firstDataRow;
}

const pct = (num, den) => (den === 0 ? null : Math.round((1000 * num) / den) / 10);

async function main() {
  if (!existsSync(COMPILED)) fail("dist/node is missing: run `npm run build` first");
  const notes = readNotes(NOTES);
  const dir = mkdtempSync(join(tmpdir(), "guard-eval-"));
  try {
    const file = join(dir, "eval.xlsx");
    const build = cli(["build", file]);
    if (build.status !== 0 || !existsSync(file))
      fail(`build failed (${build.status}): ${build.stderr || build.stdout}`);

    const files = unzipSync(new Uint8Array(readFileSync(file)));
    const sheets = locateParts(files);
    const workbook = await readWithExcelJS(files);
    const suiviSheet = workbook.getWorksheet("Suivi") ?? fail("no Suivi sheet");
    const suiviTable =
      Object.entries(suiviSheet.tables ?? {}).find(([name]) => name === "Suivi")?.[1] ?? fail("no Suivi table");
    const suivi = tableHeaders(suiviSheet, suiviTable);
    const indicator = firstIndicatorLabel(workbook);
    const firstRow = writeRows(files, sheets, suivi, notes, indicator);
    writeFileSync(file, zipSync(files));
    if (KEEP) writeFileSync(KEEP, readFileSync(file));

    const check = cli(["check", file, "--json", `--today=${TODAY}`]);
    let report;
    try {
      report = JSON.parse(check.stdout);
    } catch {
      fail(`check did not print JSON (exit ${check.status}): ${check.stderr}`);
    }
    if (report.error) fail(`check could not read the workbook: ${report.error}`);
    if (report.summary.rows !== notes.length)
      fail(`check read ${report.summary.rows} rows of Suivi, ${notes.length} were written`);

    const flags = new Map();
    const otherFindings = [];
    for (const f of report.findings) {
      if (f.row === null || f.row < firstRow || f.row >= firstRow + notes.length) {
        if (GUARD_CODES.has(f.code)) fail(`guard finding outside the note rows: ${JSON.stringify(f)}`);
        otherFindings.push({ code: f.code, cell: `${f.sheet}!${f.cell}` });
        continue;
      }
      if (GUARD_CODES.has(f.code)) flags.set(f.row, [...(flags.get(f.row) ?? []), `${f.code}/${f.severity}`]);
      else otherFindings.push({ code: f.code, cell: `${f.sheet}!${f.cell}`, line: notes[f.row - firstRow].line });
    }

    const scored = notes.map((n, i) => ({
      ...n,
      flagged: flags.has(firstRow + i),
      findings: flags.get(firstRow + i) ?? [],
    }));
    const positive = (n) => n.label !== "none";
    const count = (pred) => scored.filter(pred).length;
    const byLabel = Object.fromEntries(
      LABELS.map((l) => [l, { total: count((n) => n.label === l), flagged: count((n) => n.label === l && n.flagged) }]),
    );
    const truePositives = count((n) => positive(n) && n.flagged);
    const allFlags = count((n) => n.flagged);
    const byKind = {};
    for (const n of scored) {
      const k = (byKind[`${n.label}/${n.kind}`] ??= { total: 0, flagged: 0 });
      k.total += 1;
      if (n.flagged) k.flagged += 1;
    }
    const misses = scored
      .filter((n) => positive(n) && !n.flagged)
      .map(({ line, label, kind }) => ({ line, label, kind }));
    const falseAlarms = scored
      .filter((n) => !positive(n) && n.flagged)
      .map(({ line, kind, findings }) => ({ line, kind, findings }));
    const result = {
      notes: NOTES.startsWith(ROOT) ? NOTES.slice(ROOT.length + 1) : NOTES,
      total: scored.length,
      byLabel,
      recall: pct(truePositives, count(positive)),
      recallSensitive: pct(byLabel.sensitive.flagged, byLabel.sensitive.total),
      recallIdentifiers: pct(byLabel.identifier.flagged, byLabel.identifier.total),
      precision: pct(truePositives, allFlags),
      flags: allFlags,
      truePositives,
      byKind,
      misses,
      falseAlarms,
      otherFindings,
    };

    mkdirSync(dirname(OUT), { recursive: true });
    writeFileSync(OUT, `${JSON.stringify(result, null, 2)}\n`);

    const group = (list) => {
      const m = new Map();
      for (const x of list) m.set(x.kind, [...(m.get(x.kind) ?? []), x.line]);
      return [...m]
        .sort((a, b) => b[1].length - a[1].length)
        .map(([kind, lines]) => `  ${kind} (${lines.length}): lines ${lines.join(", ")}`);
    };
    const show = (v) => (v === null ? "n/a" : `${v} %`);
    console.log(
      [
        `notes: ${result.total} (sensitive ${byLabel.sensitive.total}, identifier ${byLabel.identifier.total}, none ${byLabel.none.total})`,
        `recall: ${show(result.recall)} (sensitive ${show(result.recallSensitive)}, identifiers ${show(result.recallIdentifiers)})`,
        `precision: ${show(result.precision)} (${truePositives} true flags / ${allFlags} flags)`,
        `misses (${misses.length}):`,
        ...group(misses.map((m) => ({ kind: `${m.label}/${m.kind}`, line: m.line }))),
        `false alarms (${falseAlarms.length}):`,
        ...group(falseAlarms),
        otherFindings.length > 0
          ? `other findings (not scored): ${otherFindings.length} (${[...new Set(otherFindings.map((f) => f.code))].join(", ")})`
          : "other findings: none",
        `details: ${OUT.slice(ROOT.length + 1)}`,
      ].join("\n"),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
