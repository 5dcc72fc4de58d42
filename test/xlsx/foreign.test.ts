// Workbooks made or changed by other tools (openpyxl, LibreOffice, Excel-only parts written by hand):
// check, import (done and refused), the build's repair, evaluate and dashboard rewrite only the parts the tool
// owns, every
// other zip entry comes back byte for byte, and both tools still open the result with its features.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import yauzl from "yauzl";
import { main } from "../../src/cli/main";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildWorkbook } from "../../src/features/build";
import { StreamedWorkbook } from "../../src/xlsx/stream-build";
import { captureOutput } from "../support/cli";
import { makeCorpus, sheetPart, type Corpus } from "../support/corpus";
import { findSoffice } from "../support/libreoffice";
import { OOXML_CHECK, OPENPYXL_PYTHON, describeWith } from "../support/tools";

const MANAGED = ["Paramètres", "Listes", "Suivi", "Indicateurs", "Financement"];
const KINDS = ["openpyxl", "libreoffice", "excelParts"] as const;
type Kind = (typeof KINDS)[number];

interface RawEntry {
  crc: number;
  size: number;
  compressedSize: number;
  raw: Buffer;
}

/** Every entry of a zip with its CRC, sizes and compressed bytes, read with yauzl (not the engine). */
async function rawEntries(path: string): Promise<Map<string, RawEntry>> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, strictFileNames: false });
  const out = new Map<string, RawEntry>();
  try {
    for await (const entry of zip.eachEntry()) {
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry, { decompress: false } as never))
        chunks.push(chunk as Buffer);
      out.set(entry.fileName, {
        crc: entry.crc32,
        size: entry.uncompressedSize,
        compressedSize: entry.compressedSize,
        raw: Buffer.concat(chunks),
      });
    }
  } finally {
    zip.close();
  }
  return out;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function relTargets(files: Record<string, Uint8Array>, part: string, type: string): string[] {
  const relsPath = part.replace(/[^/]+$/, (n) => `_rels/${n}.rels`);
  if (!files[relsPath]) return [];
  const folder = part.replace(/[^/]+$/, "");
  return [...strFromU8(files[relsPath]).matchAll(/<Relationship\b[^>]*>/g)]
    .filter((m) => m[0].includes(`Type="${type}"`))
    .map((m) => /Target="([^"]+)"/.exec(m[0])![1])
    .map((t) => (t.startsWith("/") ? t.slice(1) : `${folder}${t}`.replace(/[^/]+\/\.\.\//g, "")));
}

/**
 * The parts an operation may rewrite: the named sheets (with their relationships and tables), the
 * workbook part and its relationships, the content types, the styles and a calcChain to remove.
 */
function ownedParts(path: string, sheets: string[]): Set<string> {
  const files = unzipSync(readFileSync(path));
  const workbook = relTargets(files, "", `${REL}/officeDocument`)[0] ?? "xl/workbook.xml";
  const owned = new Set<string>([
    "[Content_Types].xml",
    workbook,
    workbook.replace(/[^/]+$/, (n) => `_rels/${n}.rels`),
  ]);
  for (const type of ["styles", "calcChain"])
    for (const t of relTargets(files, workbook, `${REL}/${type}`)) owned.add(t);
  for (const sheet of sheets) {
    let part: string;
    try {
      part = sheetPart(files, sheet);
    } catch {
      continue;
    }
    owned.add(part);
    owned.add(part.replace(/[^/]+$/, (n) => `_rels/${n}.rels`));
    for (const t of relTargets(files, part, `${REL}/table`)) owned.add(t);
  }
  return owned;
}

/** Entries of `before` not owned that did not come back identical (name and what differs). */
async function changedForeignEntries(before: string, after: string, owned: Set<string>): Promise<string[]> {
  const [a, b] = await Promise.all([rawEntries(before), rawEntries(after)]);
  const changed: string[] = [];
  for (const [name, entry] of a) {
    if (owned.has(name) || name.endsWith("/")) continue;
    const out = b.get(name);
    if (!out) changed.push(`${name}: missing`);
    else if (out.crc !== entry.crc || out.size !== entry.size) changed.push(`${name}: content`);
    else if (!out.raw.equals(entry.raw)) changed.push(`${name}: compressed bytes`);
  }
  return changed;
}

const cli = (...args: string[]) => captureOutput(() => main(args));

describeWith(
  ["LibreOffice", "openpyxl"],
  "foreign workbooks: parts the tool does not own come back byte for byte",
  () => {
    let dir: string;
    let corpus: Corpus;
    const written: { kind: Kind; op: "import" | "repair" | "evaluate" | "dashboard"; path: string }[] = [];
    const csv = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    };
    const copy = (kind: Kind, name: string) => {
      const path = join(dir, `${name}-${basename(corpus[kind])}`);
      copyFileSync(corpus[kind], path);
      return path;
    };

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "sc-foreign-"));
      const built = join(dir, "built.xlsx");
      const port = new StreamedWorkbook();
      await buildWorkbook(port, METZ_2021_2023, { sampleRows: 30 });
      await port.saveAtomically(built);
      corpus = makeCorpus(join(dir, "corpus"), built, OPENPYXL_PYTHON!);
    }, 300_000);

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    describe.each(KINDS)("made by %s", (kind) => {
      test("check reads it without writing anything, and sees the deleted sheet and name", async () => {
        const file = copy(kind, "check");
        const before = readFileSync(file);
        const run = await cli("check", file, "--json", "--today=2024-01-15");
        const report = JSON.parse(run.out);
        // The corpus deleted Financement and the name CONV_ETP (test/support/corpus.ts).
        expect(report.findings.map((f: { code: string }) => f.code)).toEqual(
          expect.arrayContaining(["SHEET_MISSING", "NAME_MISSING"]),
        );
        expect(report.summary.rows).toBe(30);
        expect(readFileSync(file).equals(before)).toBe(true);
      });

      test("a refused import writes nothing", async () => {
        const file = copy(kind, "refused");
        const before = readFileSync(file);
        const rows = csv(`refused-${kind}.csv`, "Date;Indicateur;Nombre\n15/03/2022;Indicateur inconnu;2\n");
        const run = await cli("import", file, rows);
        expect(run.code).toBe(1);
        expect(readFileSync(file).equals(before)).toBe(true);
      });

      test("import appends the row and leaves every other part byte for byte", async () => {
        const file = copy(kind, "import");
        const rows = csv(
          `rows-${kind}.csv`,
          "Date;Indicateur;Nombre;Quartier;Commentaire;Saisi par\n15/03/2022;Entretiens réalisés;2;Borny;Ligne importée;CL\n",
        );
        const run = await cli("import", file, rows);
        expect(run.err).toBe("");
        expect(run.code).toBe(0);
        expect(await changedForeignEntries(corpus[kind], file, ownedParts(corpus[kind], ["Suivi"]))).toEqual([]);
        written.push({ kind, op: "import", path: file });
      });

      test("the build's repair puts Financement back and leaves every other part byte for byte", async () => {
        const file = copy(kind, "repair");
        const run = await cli("build", file);
        expect(run.code).toBe(0);
        expect(run.out).toContain("Feuille « Financement » créée.");
        expect(await changedForeignEntries(corpus[kind], file, ownedParts(file, MANAGED))).toEqual([]);
        written.push({ kind, op: "repair", path: file });
      });

      test("an evaluation adds its sheet and leaves every other part byte for byte", async () => {
        const file = copy(kind, "evaluate");
        const run = await cli("evaluate", file, "--semester", "2021-S1", "--today=2024-01-15");
        expect(run.err).toBe("");
        expect(run.code).toBe(0);
        // The evaluation owns the workbook part, its relationships, the content types and the styles
        // (a calcChain is not touched: it writes values, not formulas).
        const owned = ownedParts(corpus[kind], []);
        for (const part of [...owned]) if (/calcChain/.test(part)) owned.delete(part);
        expect(await changedForeignEntries(corpus[kind], file, owned)).toEqual([]);
        written.push({ kind, op: "evaluate", path: file });
      });

      test("the dashboard adds its pivots and charts and leaves every other part byte for byte", async () => {
        const file = copy(kind, "dashboard");
        const run = await cli("dashboard", file);
        expect(run.err).toBe("");
        expect(run.code).toBe(0);
        const owned = new Set([
          "[Content_Types].xml",
          ...[...ownedParts(corpus[kind], [])].filter((p) => /workbook\.xml/.test(p)),
        ]);
        expect(await changedForeignEntries(corpus[kind], file, owned)).toEqual([]);
        written.push({ kind, op: "dashboard", path: file });
      });
    });

    test("openpyxl opens every written file with the features other tools put there", () => {
      const script = join(dir, "features.py");
      writeFileSync(
        script,
        `import sys, json
from openpyxl import load_workbook
out = {}
for path in sys.argv[1:]:
    wb = load_workbook(path)
    c = wb["Comité"]
    s = wb["Suivi"]
    table = s.tables["Suivi"]
    last = int(table.ref.split(":")[1].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    out[path] = {
        "sheets": wb.sheetnames,
        "hidden": [ws.title for ws in wb.worksheets if ws.sheet_state == "hidden"],
        "merged": [str(r) for r in c.merged_cells.ranges],
        "hyperlink": c["A9"].hyperlink.target if c["A9"].hyperlink else None,
        "freeze": c.freeze_panes,
        "cf": [str(r.sqref) for r in c.conditional_formatting],
        "dv": [dv.formula1 for dv in c.data_validations.dataValidation],
        "tables": sorted(c.tables.keys()),
        "note": c["A2"].comment.text if c["A2"].comment else None,
        "scoped": sorted(n.name for n in wb.defined_names.definedName if n.localSheetId is not None),
        "suiviNote": s["G3"].comment.text if s["G3"].comment else None,
        "pivots": len(wb["Synthèse TCD"]._pivots) if "Synthèse TCD" in wb.sheetnames else 0,
        "ownPivots": len(wb["Tableau de bord"]._pivots) if "Tableau de bord" in wb.sheetnames else 0,
        "lastComment": s.cell(row=last, column=8).value,
    }
print(json.dumps(out))
`,
      );
      expect(written).toHaveLength(KINDS.length * 4);
      const inputs = KINDS.map((kind) => corpus[kind]);
      const features = JSON.parse(
        execFileSync(OPENPYXL_PYTHON!, [script, ...inputs, ...written.map((w) => w.path)], { encoding: "utf8" }),
      );
      for (const { kind, op, path } of written) {
        const { sheets, lastComment, ownPivots, ...rest } = features[path];
        const { sheets: sheetsBefore, lastComment: _before, ownPivots: _none, ...restBefore } = features[corpus[kind]];
        // openpyxl reads the same features in the file as in the foreign file it came from.
        expect({ path, ...rest }).toEqual({ path, ...restBefore });
        // The build puts Financement back at its place, after Indicateurs (src/core/plan.ts).
        const at = sheetsBefore.indexOf("Indicateurs") + 1;
        const added: Record<typeof op, string[] | null> = {
          repair: null,
          import: [],
          evaluate: ["Évaluation 2021-S1"],
          dashboard: ["Tableau de bord"],
        };
        expect(sheets).toEqual(
          added[op] === null
            ? [...sheetsBefore.slice(0, at), "Financement", ...sheetsBefore.slice(at)]
            : [...sheetsBefore, ...added[op]!],
        );
        expect(ownPivots).toBe(op === "dashboard" ? 2 : 0);
        if (op === "import") expect(lastComment).toBe("Ligne importée");
        // And they are what test/support/corpus.ts put there.
        expect(rest).toMatchObject({
          hidden: ["Cachée"],
          merged: ["A8:C8"],
          hyperlink: "https://www.metz.fr/",
          cf: ["B2:B4"],
          tables: ["Budget"],
        });
        expect(rest.note).toContain("Chiffres provisoires");
        if (kind !== "openpyxl") {
          expect(rest.suiviNote).toContain("Date à confirmer avec Pôle emploi");
          expect(rest.pivots).toBe(1);
        }
      }
    });

    test("LibreOffice opens every written file with its chart, notes, PivotTable and sparklines", () => {
      const outDir = join(dir, "fods");
      mkdirSync(outDir, { recursive: true });
      execFileSync(
        findSoffice()!,
        [
          "--headless",
          "--norestore",
          `-env:UserInstallation=file://${join(dir, "lo-profile")}`,
          "--convert-to",
          "fods",
          "--outdir",
          outDir,
          ...written.map((w) => w.path),
        ],
        {
          stdio: "pipe",
          timeout: 300_000,
          env: { ...process.env, HOME: dir },
        },
      );
      for (const { kind, op, path } of written) {
        const text = readFileSync(join(outDir, basename(path).replace(/\.xlsx$/, ".fods")), "utf8");
        const count = (s: string) => text.split(s).length - 1;
        // A chart on Comité (openpyxl) and one on Graphique (by hand); notes on Comité!A2 and Suivi!G3.
        // The dashboard adds its two PivotCharts.
        expect({ path, charts: count("<draw:object ") }).toEqual({
          path,
          charts: (kind === "openpyxl" ? 1 : 2) + (op === "dashboard" ? 2 : 0),
        });
        expect(text).toContain("Chiffres provisoires");
        if (op === "repair") expect(text).toContain('table:name="Financement"');
        if (kind !== "openpyxl") {
          expect(text).toContain("Date à confirmer avec Pôle emploi");
          expect(count("<table:data-pilot-table ")).toBe(op === "dashboard" ? 3 : 1);
          expect(count("<calcext:sparkline-group ")).toBe(1);
        }
      }
    }, 300_000);

    describeWith("ooxml-check", "written files pass the OOXML validator", () => {
      test("every imported, repaired, evaluated and dashboard file is valid", () => {
        expect(written).toHaveLength(KINDS.length * 4);
        for (const { path } of written) {
          const result = (() => {
            try {
              return execFileSync(OOXML_CHECK, [path], { encoding: "utf8", stdio: "pipe" });
            } catch (error) {
              return String((error as { stdout?: string }).stdout ?? error);
            }
          })();
          expect(result).toMatch(/checked, valid/);
        }
      }, 300_000);
    });
  },
);
