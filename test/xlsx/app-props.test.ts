// docProps/app.xml's sheet titles after a save that adds or removes sheets: the worksheets group
// follows workbook.xml, every other group and element stays as written, and a package without the
// part gets none.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { METZ_2021_2023 } from "../../src/core/convention";
import { buildWorkbook } from "../../src/features/build";
import { syncSheetTitles } from "../../src/xlsx/engine/app-props";
import { PackageWorkbook } from "../../src/xlsx/engine/port";
import { StreamedWorkbook } from "../../src/xlsx/stream-build";
import { deleteSheetParts } from "../support/zip";

const VT = 'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"';

/** app.xml as Excel writes it: groups of (label, count), then every title in group order. */
function appXml(groups: [string, string[]][]): string {
  const pairs = groups
    .map(
      ([label, names]) =>
        `<vt:variant><vt:lpstr>${label}</vt:lpstr></vt:variant><vt:variant><vt:i4>${names.length}</vt:i4></vt:variant>`,
    )
    .join("");
  const titles = groups.flatMap(([, names]) => names.map((n) => `<vt:lpstr>${n}</vt:lpstr>`)).join("");
  const count = groups.reduce((sum, [, names]) => sum + names.length, 0);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ${VT}>` +
    `<Application>Microsoft Excel</Application><HeadingPairs><vt:vector size="${2 * groups.length}" baseType="variant">${pairs}</vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${count}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts><AppVersion>16.0300</AppVersion></Properties>`
  );
}

test("an added sheet joins the worksheets group in tab order; named ranges keep their group", () => {
  const before = appXml([
    ["Feuilles de calcul", ["Paramètres", "Suivi"]],
    ["Plages nommées", ["Zone_d_impression"]],
  ]);
  const after = syncSheetTitles(before, ["Paramètres", "Suivi"], ["Paramètres", "Listes", "Suivi"]);
  expect(after).toBe(
    appXml([
      ["Feuilles de calcul", ["Paramètres", "Listes", "Suivi"]],
      ["Plages nommées", ["Zone_d_impression"]],
    ]),
  );
});

test("a removed sheet leaves the group, and names are written escaped", () => {
  const before = appXml([["Worksheets", ["R&amp;D", "Ancienne", "Suivi"]]]);
  expect(syncSheetTitles(before, ["R&D", "Ancienne", "Suivi"], ["R&D", "Suivi"])).toBe(
    appXml([["Worksheets", ["R&amp;D", "Suivi"]]]),
  );
});

test("titles that already agree, or groups that cannot be told apart, leave the part alone", () => {
  const agreeing = appXml([["Worksheets", ["Suivi"]]]);
  expect(syncSheetTitles(agreeing, ["Suivi"], ["Suivi"])).toBeNull();
  // Counts that do not add up to the titles: not guessed at.
  const broken = agreeing.replace("<vt:i4>1</vt:i4>", "<vt:i4>3</vt:i4>");
  expect(syncSheetTitles(broken, ["Suivi"], ["Suivi", "Listes"])).toBeNull();
  // No HeadingPairs at all (LibreOffice writes none).
  const bare = `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>LibreOffice</Application></Properties>`;
  expect(syncSheetTitles(bare, ["Suivi"], ["Suivi", "Listes"])).toBeNull();
});

describe("a repair that brings back a deleted sheet", () => {
  let dir: string;
  let built: Uint8Array;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "app-props-"));
    const port = new StreamedWorkbook();
    await buildWorkbook(port, METZ_2021_2023, { sampleRows: 5 });
    await port.saveAtomically(join(dir, "suivi.xlsx"));
    built = readFileSync(join(dir, "suivi.xlsx"));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The workbook as Excel saves it once Financement is deleted: gone from workbook.xml and from app.xml. */
  function withoutFinancing(options: { app: "excel" | "none" }): Uint8Array {
    const files = deleteSheetParts(unzipSync(built), "Financement");
    if (options.app === "excel") {
      files["docProps/app.xml"] = strToU8(
        appXml([
          ["Worksheets", ["Paramètres", "Listes", "Suivi", "Indicateurs"]],
          ["Named Ranges", ["CONV_DEBUT"]],
        ]),
      );
    } else {
      delete files["docProps/app.xml"];
      const root = strFromU8(files["_rels/.rels"]);
      files["_rels/.rels"] = strToU8(root.replace(/<Relationship\b[^>]*extended-properties[^>]*\/>/, ""));
      files["[Content_Types].xml"] = strToU8(
        strFromU8(files["[Content_Types].xml"]).replace(/<Override PartName="\/docProps\/app.xml"[^>]*\/>/, ""),
      );
    }
    return zipSync(files);
  }

  it("lists the sheet again in app.xml, where workbook.xml puts it", async () => {
    const port = new PackageWorkbook(withoutFinancing({ app: "excel" }));
    await buildWorkbook(port, METZ_2021_2023, { settings: "preset" });
    const files = unzipSync(port.save());
    const tabs = [...strFromU8(files["xl/workbook.xml"]).matchAll(/<sheet\b[^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(tabs).toContain("Financement");
    expect(strFromU8(files["docProps/app.xml"])).toBe(
      appXml([
        ["Worksheets", tabs],
        ["Named Ranges", ["CONV_DEBUT"]],
      ]),
    );
  });

  it("adds no app.xml to a package that has none", async () => {
    const port = new PackageWorkbook(withoutFinancing({ app: "none" }));
    await buildWorkbook(port, METZ_2021_2023, { settings: "preset" });
    const files = unzipSync(port.save());
    expect(strFromU8(files["xl/workbook.xml"])).toContain('name="Financement"');
    expect(files["docProps/app.xml"]).toBeUndefined();
  });
});
