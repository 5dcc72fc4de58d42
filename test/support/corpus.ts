// Foreign workbooks for the file engine's tests, generated at test time (no binary in the repository):
// a tracking workbook changed by openpyxl, the same saved by LibreOffice, and one carrying parts
// written by hand as Excel writes them (features neither tool writes).
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { findSoffice } from "./libreoffice";

/** A python with openpyxl (Debian's python3-openpyxl lives under the system python), or null. */
export function findOpenpyxlPython(): string | null {
  for (const candidate of ["/usr/bin/python3", "python3"]) {
    const probe = spawnSync(candidate, ["-c", "import openpyxl"], { stdio: "pipe" });
    if (probe.status === 0) return candidate;
  }
  return null;
}

/**
 * What openpyxl adds to a built workbook: a committee sheet with a chart, merged cells, a hyperlink,
 * frozen panes, a conditional format, a validation reading another sheet, a second table, print
 * settings, a note; a hidden sheet, a sheet-scoped name. Financement is deleted
 * and CONV_ETP removed, so that a build has something to repair.
 */
const OPENPYXL_SCRIPT = `
import sys
from openpyxl import load_workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table
from openpyxl.workbook.defined_name import DefinedName

wb = load_workbook(sys.argv[1])
ws = wb.create_sheet("Comité")
ws.append(["Semestre", "Entretiens"])
for row in [["2021-S1", 12], ["2021-S2", 19], ["2022-S1", 7]]:
    ws.append(row)
chart = BarChart()
chart.title = "Entretiens par semestre"
chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=4), titles_from_data=True)
chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=4))
ws.add_chart(chart, "D2")
ws.merge_cells("A8:C8")
ws["A8"] = "Relevé du comité de pilotage"
ws["A9"] = "Convention"
ws["A9"].hyperlink = "https://www.metz.fr/"
ws.freeze_panes = "A2"
ws.conditional_formatting.add("B2:B4", CellIsRule(operator="greaterThan", formula=["10"], fill=PatternFill("solid", start_color="FFC7CE", end_color="FFC7CE")))
dv = DataValidation(type="list", formula1="Listes!$E$2:$E$9")
ws.add_data_validation(dv)
dv.add("E2:E20")
ws["G1"] = "Poste"
ws["H1"] = "Montant"
ws["G2"] = "Frais"
ws["H2"] = 120
ws.add_table(Table(displayName="Budget", ref="G1:H2"))
ws.print_area = "A1:H20"
ws.page_setup.orientation = "landscape"
hidden = wb.create_sheet("Cachée")
hidden["A1"] = "réservé"
hidden.sheet_state = "hidden"
wb.defined_names.append(DefinedName("ZoneComite", localSheetId=wb.sheetnames.index("Comité"), attr_text="'Comité'!$A$1:$B$4"))
ws["A2"].comment = Comment("Chiffres provisoires", "Comité")
del wb["Financement"]
wb.defined_names.delete("CONV_ETP")
wb.save(sys.argv[2])
`;

/** Text of every entry of a zip, and the zip rebuilt from such a map (deflated). */
function unzipTexts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

const ns = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The part a relationship of `type` in `relsText` points to, resolved from `base` (a folder). */
function target(relsText: string, type: string, base: string): string | null {
  const found = new RegExp(`<Relationship\\b[^>]*Type="${type.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*>`).exec(
    relsText,
  );
  if (!found) return null;
  const t = /Target="([^"]+)"/.exec(found[0])![1];
  if (t.startsWith("/")) return t.slice(1);
  const parts = base.split("/").filter(Boolean);
  for (const seg of t.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** The worksheet part of `sheet` in a package, found through workbook.xml and its relationships. */
export function sheetPart(files: Record<string, Uint8Array>, sheet: string): string {
  const rootRels = strFromU8(files["_rels/.rels"]);
  const workbook = target(rootRels, `${REL}/officeDocument`, "")!;
  const wbText = strFromU8(files[workbook]);
  const escaped = sheet.replace(/&/g, "&amp;").replace(/'/g, "&apos;");
  const tag = new RegExp(`<(?:\\w+:)?sheet\\b[^>]*name="(?:${sheet}|${escaped})"[^>]*>`).exec(wbText)![0];
  const id = /\br:id="([^"]+)"|\b\w+:id="([^"]+)"/.exec(tag)!;
  const relsPath = workbook.replace(/[^/]+$/, (name) => `_rels/${name}.rels`);
  const rel = new RegExp(`<Relationship\\b[^>]*Id="${id[1] ?? id[2]}"[^>]*>`).exec(strFromU8(files[relsPath]))![0];
  const t = /Target="([^"]+)"/.exec(rel)![1];
  return t.startsWith("/") ? t.slice(1) : `${workbook.replace(/[^/]+$/, "")}${t}`.replace(/[^/]+\/\.\.\//g, "");
}

function addOverride(types: string, part: string, contentType: string): string {
  return types.replace("</Types>", `<Override PartName="/${part}" ContentType="${contentType}"/></Types>`);
}

function addRel(relsText: string | undefined, id: string, type: string, targetPath: string, external = false): string {
  const element = `<Relationship Id="${id}" Type="${type}" Target="${targetPath}"${external ? ' TargetMode="External"' : ""}/>`;
  if (!relsText)
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${ns.rels}">${element}</Relationships>`;
  return relsText.replace("</Relationships>", `${element}</Relationships>`);
}

/** Puts `element` in a worksheet before the first of `before` present (schema order), else at the end. */
function insertInSheet(sheet: string, element: string, before: string[]): string {
  for (const name of before) {
    const at = sheet.search(new RegExp(`<${name}[\\s>/]`));
    if (at >= 0) return sheet.slice(0, at) + element + sheet.slice(at);
  }
  return sheet.replace("</worksheet>", `${element}</worksheet>`);
}

/**
 * Parts only Excel writes, added by hand to a workbook: a chart sheet drawing with sparklines and
 * a conditional format in an extension list, a legacy note and a threaded comment on a Suivi cell,
 * a PivotTable with its cache over Suivi, custom document properties and a custom theme.
 */
export function addExcelParts(source: Uint8Array): Uint8Array {
  const files = unzipTexts(source);
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : undefined);
  const put = (name: string, value: string) => {
    files[name] = strToU8(value);
  };
  let types = text("[Content_Types].xml")!;
  const workbookPart = target(text("_rels/.rels")!, `${REL}/officeDocument`, "")!;
  const wbRelsPart = workbookPart.replace(/[^/]+$/, (n) => `_rels/${n}.rels`);
  let wb = text(workbookPart)!;
  let wbRels = text(wbRelsPart)!;

  // A user sheet "Graphique" with a chart drawing, sparklines and an x14 conditional format.
  put(
    "xl/worksheets/sheetGraph.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns.main}" xmlns:r="${ns.r}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac">` +
      `<dimension ref="A1:D4"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
      `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Semestre</t></is></c><c r="B1" t="inlineStr"><is><t>Accueils</t></is></c><c r="C1" t="inlineStr"><is><t>Entretiens</t></is></c></row>` +
      `<row r="2"><c r="A2" t="inlineStr"><is><t>2021-S1</t></is></c><c r="B2"><v>31</v></c><c r="C2"><v>12</v></c></row>` +
      `<row r="3"><c r="A3" t="inlineStr"><is><t>2021-S2</t></is></c><c r="B3"><v>44</v></c><c r="C3"><v>19</v></c></row>` +
      `<row r="4"><c r="A4" t="inlineStr"><is><t>2022-S1</t></is></c><c r="B4"><v>28</v></c><c r="C4"><v>7</v></c></row></sheetData>` +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/>` +
      `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">` +
      `<x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="{1B6C5C5E-0C55-4A4B-9D0B-0A1C2B3D4E5F}">` +
      `<x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar>` +
      `</x14:cfRule><xm:sqref>B2:B4</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext>` +
      `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">` +
      `<x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap">` +
      `<x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers rgb="FFD00000"/><x14:colorFirst rgb="FFD00000"/><x14:colorLast rgb="FFD00000"/><x14:colorHigh rgb="FFD00000"/><x14:colorLow rgb="FFD00000"/>` +
      `<x14:sparklines><x14:sparkline><xm:f>Graphique!B2:C2</xm:f><xm:sqref>D2</xm:sqref></x14:sparkline><x14:sparkline><xm:f>Graphique!B3:C3</xm:f><xm:sqref>D3</xm:sqref></x14:sparkline></x14:sparklines>` +
      `</x14:sparklineGroup></x14:sparklineGroups></ext></extLst></worksheet>`,
  );
  put(
    "xl/worksheets/_rels/sheetGraph.xml.rels",
    addRel(undefined, "rId1", `${REL}/drawing`, "../drawings/drawingGraph.xml"),
  );
  put(
    "xl/drawings/drawingGraph.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
      `<xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Graphique 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${ns.r}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
  );
  put("xl/drawings/_rels/drawingGraph.xml.rels", addRel(undefined, "rId1", `${REL}/chart`, "../charts/chartGraph.xml"));
  put(
    "xl/charts/chartGraph.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${ns.r}">` +
      `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Accueils par semestre</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
      `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Graphique!$B$1</c:f></c:strRef></c:tx>` +
      `<c:cat><c:strRef><c:f>Graphique!$A$2:$A$4</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>Graphique!$B$2:$B$4</c:f></c:numRef></c:val></c:ser>` +
      `<c:axId val="500001"/><c:axId val="500002"/></c:barChart><c:catAx><c:axId val="500001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="500002"/></c:catAx>` +
      `<c:valAx><c:axId val="500002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="500001"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`,
  );
  types = addOverride(
    types,
    "xl/worksheets/sheetGraph.xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  );
  types = addOverride(
    types,
    "xl/drawings/drawingGraph.xml",
    "application/vnd.openxmlformats-officedocument.drawing+xml",
  );
  types = addOverride(
    types,
    "xl/charts/chartGraph.xml",
    "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  );
  wbRels = addRel(
    wbRels,
    "rIdGraph",
    `${REL}/worksheet`,
    workbookPart.includes("/") ? "worksheets/sheetGraph.xml" : "xl/worksheets/sheetGraph.xml",
  );
  const maxSheetId = Math.max(...[...wb.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1])));
  // openpyxl binds the relationships prefix on each element, not on the root.
  const rootTag = /<(\w+:)?workbook\b[^>]*>/.exec(wb)!;
  if (!rootTag[0].includes(`"${REL}"`)) wb = wb.replace(/<(\w+:)?workbook\b/, (open) => `${open} xmlns:r="${REL}"`);
  const rPrefix = new RegExp(`xmlns:(\\w+)="${REL}"`).exec(/<(\w+:)?workbook\b[^>]*>/.exec(wb)![0])![1];
  wb = wb.replace(
    /<\/(\w+:)?sheets>/,
    (close) => `<sheet name="Graphique" sheetId="${maxSheetId + 1}" ${rPrefix}:id="rIdGraph"/>${close}`,
  );

  // A legacy note and a threaded comment on Suivi!G3 (Excel writes both for a threaded comment).
  const suiviPart = sheetPart(files, "Suivi");
  const suiviRelsPart = suiviPart.replace(/[^/]+$/, (n) => `_rels/${n}.rels`);
  let suivi = text(suiviPart)!;
  let suiviRels = text(suiviRelsPart);
  put(
    "xl/commentsExcel.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${ns.main}"><authors><author>tc={6F1C2D3E-0000-4000-8000-000000000001}</author></authors>` +
      `<commentList><comment ref="G3" authorId="0" shapeId="0"><text><t>[Commentaire à thread]\nVotre version d'Excel vous permet de lire ce commentaire à thread.\nCommentaire : Date à confirmer avec Pôle emploi</t></text></comment></commentList></comments>`,
  );
  put(
    "xl/drawings/vmlDrawingExcel.vml",
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
      `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
      `<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:400pt;margin-top:20pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>7, 15, 1, 10, 9, 15, 5, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>2</x:Row><x:Column>6</x:Column></x:ClientData></v:shape></xml>`,
  );
  put(
    "xl/threadedComments/threadedCommentExcel.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${ns.main}">` +
      `<threadedComment ref="G3" dT="2023-03-14T09:30:00.00" personId="{6F1C2D3E-0000-4000-8000-0000000000AA}" id="{6F1C2D3E-0000-4000-8000-000000000001}"><text>Date à confirmer avec Pôle emploi</text></threadedComment></ThreadedComments>`,
  );
  put(
    "xl/persons/person.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${ns.main}">` +
      `<person displayName="Claire Martin" id="{6F1C2D3E-0000-4000-8000-0000000000AA}" userId="claire.martin@metz.fr" providerId="None"/></personList>`,
  );
  suiviRels = addRel(suiviRels, "rIdNote", `${REL}/comments`, "../commentsExcel.xml");
  suiviRels = addRel(suiviRels, "rIdVml", `${REL}/vmlDrawing`, "../drawings/vmlDrawingExcel.vml");
  suiviRels = addRel(
    suiviRels,
    "rIdThread",
    "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
    "../threadedComments/threadedCommentExcel.xml",
  );
  suivi = insertInSheet(suivi, `<legacyDrawing r:id="rIdVml"/>`, [
    "legacyDrawingHF",
    "drawingHF",
    "picture",
    "oleObjects",
    "controls",
    "webPublishItems",
    "tableParts",
    "extLst",
  ]);
  if (!/xmlns:r=/.test(suivi.slice(0, 600))) suivi = suivi.replace(/<worksheet\b/, `<worksheet xmlns:r="${ns.r}"`);
  put(suiviPart, suivi);
  put(suiviRelsPart, suiviRels);
  types = addOverride(
    types,
    "xl/commentsExcel.xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  );
  if (!/Extension="vml"/.test(types))
    types = types.replace(
      /(<Types\b[^>]*>)/,
      `$1<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>`,
    );
  types = addOverride(
    types,
    "xl/threadedComments/threadedCommentExcel.xml",
    "application/vnd.ms-excel.threadedcomments+xml",
  );
  types = addOverride(types, "xl/persons/person.xml", "application/vnd.ms-excel.person+xml");
  wbRels = addRel(
    wbRels,
    "rIdPerson",
    "http://schemas.microsoft.com/office/2017/10/relationships/person",
    workbookPart.includes("/") ? "persons/person.xml" : "xl/persons/person.xml",
  );

  // A PivotTable (sum of Nombre per Indicateur) on its own sheet, over the Suivi columns B:C.
  const indicators = ["Demandeurs d'emploi accueillis", "Entretiens réalisés"];
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/'/g, "&apos;").replace(/"/g, "&quot;");
  put(
    "xl/pivotCache/pivotCacheDefinitionExcel.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="${ns.main}" xmlns:r="${ns.r}" saveData="0" refreshOnLoad="1" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="0">` +
      `<cacheSource type="worksheet"><worksheetSource ref="B1:C31" sheet="Suivi"/></cacheSource><cacheFields count="2">` +
      `<cacheField name="Indicateur" numFmtId="0"><sharedItems count="${indicators.length}">${indicators.map((i) => `<s v="${esc(i)}"/>`).join("")}</sharedItems></cacheField>` +
      `<cacheField name="Nombre" numFmtId="0"><sharedItems containsString="0" containsBlank="1" containsNumber="1" containsInteger="1" minValue="1" maxValue="5"/></cacheField>` +
      `</cacheFields></pivotCacheDefinition>`,
  );
  put(
    "xl/pivotTables/pivotTableExcel.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="${ns.main}" name="TCD Comité" cacheId="7" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Valeurs" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" indent="0" outline="1" outlineData="1">` +
      `<location ref="A3:B6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2">` +
      `<pivotField axis="axisRow" showAll="0"><items count="${indicators.length + 1}">${indicators.map((_, i) => `<item x="${i}"/>`).join("")}<item t="default"/></items></pivotField>` +
      `<pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields>` +
      `<rowItems count="${indicators.length + 1}">${indicators.map((_, i) => `<i><x${i ? ` v="${i}"` : ""}/></i>`).join("")}<i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems>` +
      `<dataFields count="1"><dataField name="Somme de Nombre" fld="1" baseField="0" baseItem="0"/></dataFields>` +
      `<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>`,
  );
  put(
    "xl/pivotTables/_rels/pivotTableExcel.xml.rels",
    addRel(undefined, "rId1", `${REL}/pivotCacheDefinition`, "../pivotCache/pivotCacheDefinitionExcel.xml"),
  );
  put(
    "xl/worksheets/sheetPivot.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns.main}" xmlns:r="${ns.r}"><sheetData>` +
      `<row r="3"><c r="A3" t="inlineStr"><is><t>Étiquettes de lignes</t></is></c><c r="B3" t="inlineStr"><is><t>Somme de Nombre</t></is></c></row></sheetData></worksheet>`,
  );
  put(
    "xl/worksheets/_rels/sheetPivot.xml.rels",
    addRel(undefined, "rId1", `${REL}/pivotTable`, "../pivotTables/pivotTableExcel.xml"),
  );
  types = addOverride(
    types,
    "xl/pivotCache/pivotCacheDefinitionExcel.xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
  );
  types = addOverride(
    types,
    "xl/pivotTables/pivotTableExcel.xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml",
  );
  types = addOverride(
    types,
    "xl/worksheets/sheetPivot.xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  );
  wbRels = addRel(
    wbRels,
    "rIdPivotCache",
    `${REL}/pivotCacheDefinition`,
    workbookPart.includes("/")
      ? "pivotCache/pivotCacheDefinitionExcel.xml"
      : "xl/pivotCache/pivotCacheDefinitionExcel.xml",
  );
  wbRels = addRel(
    wbRels,
    "rIdPivotSheet",
    `${REL}/worksheet`,
    workbookPart.includes("/") ? "worksheets/sheetPivot.xml" : "xl/worksheets/sheetPivot.xml",
  );
  wb = wb.replace(
    /<\/(\w+:)?sheets>/,
    (close) => `<sheet name="Synthèse TCD" sheetId="${maxSheetId + 2}" ${rPrefix}:id="rIdPivotSheet"/>${close}`,
  );
  const pivotCaches = `<pivotCaches><pivotCache cacheId="7" ${rPrefix}:id="rIdPivotCache"/></pivotCaches>`;
  const after = /<(\w+:)?(smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)[\s>/]/.exec(
    wb,
  );
  wb = after
    ? wb.slice(0, after.index) + pivotCaches + wb.slice(after.index)
    : wb.replace(/<\/(\w+:)?workbook>/, (close) => pivotCaches + close);

  // Custom document properties and a custom theme.
  put(
    "docProps/custom.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Service"><vt:lpwstr>Direction de l'emploi</vt:lpwstr></property>` +
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Convention"><vt:lpwstr>0162627</vt:lpwstr></property></Properties>`,
  );
  put("_rels/.rels", addRel(text("_rels/.rels"), "rIdCustom", `${REL}/custom-properties`, "docProps/custom.xml"));
  types = addOverride(
    types,
    "docProps/custom.xml",
    "application/vnd.openxmlformats-officedocument.custom-properties+xml",
  );
  const themePart = target(wbRels, `${REL}/theme`, workbookPart.replace(/[^/]+$/, ""));
  if (themePart && files[themePart]) {
    put(
      themePart,
      strFromU8(files[themePart])
        .replace(/(<a:theme\b[^>]*\sname=")[^"]*(")/, "$1Thème Ville de Metz$2")
        .replace(/(<a:accent1>\s*<a:srgbClr val=")[0-9A-Fa-f]{6}/, "$1A3195B"),
    );
  }

  put(workbookPart, wb);
  put(wbRelsPart, wbRels);
  put("[Content_Types].xml", types);
  return zipSync(files, { level: 6 });
}

export interface Corpus {
  /** Changed and saved by openpyxl. */
  openpyxl: string;
  /** The file with Excel's parts opened and saved again by LibreOffice. */
  libreoffice: string;
  /** The openpyxl file with parts only Excel writes, added by hand. */
  excelParts: string;
}

/** Generates the corpus in `dir` from a built tracking workbook `built`. Needs openpyxl and LibreOffice. */
export function makeCorpus(dir: string, built: string, python: string): Corpus {
  mkdirSync(dir, { recursive: true });
  const script = join(dir, "features.py");
  writeFileSync(script, OPENPYXL_SCRIPT);
  const openpyxl = join(dir, "openpyxl.xlsx");
  execFileSync(python, [script, built, openpyxl], { stdio: "pipe" });
  const excelParts = join(dir, "excel-parts.xlsx");
  writeFileSync(excelParts, addExcelParts(readFileSync(openpyxl)));
  const loDir = join(dir, "lo");
  mkdirSync(loDir, { recursive: true });
  const loInput = join(loDir, "libreoffice.xlsx");
  copyFileSync(excelParts, loInput);
  const soffice = findSoffice()!;
  const profile = join(dir, "lo-profile");
  execFileSync(
    soffice,
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      dir,
      loInput,
    ],
    {
      stdio: "pipe",
      timeout: 300_000,
      env: { ...process.env, HOME: dir },
    },
  );
  return { openpyxl, libreoffice: join(dir, "libreoffice.xlsx"), excelParts };
}
