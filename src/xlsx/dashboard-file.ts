import { columnLetters, quoteSheet } from "../core/a1";
import { TRACKING_TABLE, type CellValue } from "../core/contract";
import {
  CAPTION_NOTE,
  DASHBOARD_PIVOTS,
  DASHBOARD_SHEET,
  pivotSums,
  type PivotResult,
  type PivotSpec,
} from "../core/dashboard";
import { beforeWrite, checkpoint, type WorkControl } from "../features/work";
import { ensureRelationshipNamespace, relationshipPrefix } from "./engine/book-edit";
import { CONTENT_TYPE, REL, relativeTarget, relsPartOf, type XlsxPackage } from "./engine/package";
import type { PackageWorkbook } from "./engine/port";
import { mainParts } from "./evaluation-file";
import {
  addOverride,
  addRelationship,
  addSheetElement,
  attribute,
  childElements,
  emptyRels,
  escapeXml,
  freePartName,
  freeRelId,
  NS,
  workbookSheets,
} from "./parts";
import { CAPTION, pivotCache, pivotCells, pivotRange, pivotTableXml, type PivotPlace } from "./pivot-parts";

const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** Days from 1899-12-30 to `now`: the refreshedDate of a cache. */
const excelNow = (now: Date) => Math.round((now.getTime() / 86400000 + 25569) * 1e6) / 1e6;

/** A bar chart bound to a PivotTable (c:pivotSource), its series over the pivot's cells as Excel lays them out. */
export function pivotChartXml(
  spec: PivotSpec,
  sourceName: string,
  sheet: string,
  place: PivotPlace,
  result: PivotResult,
  horizontal: boolean,
): string {
  const r = pivotRange(place, result);
  const q = quoteSheet(sheet);
  const first = r.top + 2;
  const last = r.bottom - 1;
  const catCol = columnLetters(r.left);
  const str = (values: string[]) =>
    `<c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("")}`;
  const categories = result.rows.map((x) => x ?? CAPTION.empty);
  const series = result.columns.map((column, j) => {
    const col = columnLetters(r.left + 1 + j);
    const values = result.sums.map((line) => line[j]);
    const points = values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("");
    return (
      `<c:ser><c:idx val="${j}"/><c:order val="${j}"/>` +
      `<c:tx><c:strRef><c:f>${escapeXml(`${q}!$${col}$${r.top + 1}`)}</c:f><c:strCache>${str([column || CAPTION.empty])}</c:strCache></c:strRef></c:tx>` +
      `<c:invertIfNegative val="0"/>` +
      `<c:cat><c:strRef><c:f>${escapeXml(`${q}!$${catCol}$${first}:$${catCol}$${last}`)}</c:f><c:strCache>${str(categories)}</c:strCache></c:strRef></c:cat>` +
      `<c:val><c:numRef><c:f>${escapeXml(`${q}!$${col}$${first}:$${col}$${last}`)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache></c:numRef></c:val>` +
      `</c:ser>`
    );
  });
  const text = (t: string) =>
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="fr-FR" sz="1200" b="1"/><a:t>${escapeXml(t)}</a:t></a:r></a:p></c:rich></c:tx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${NS.rel}">` +
    `<c:date1904 val="0"/><c:lang val="fr-FR"/><c:roundedCorners val="0"/>` +
    `<c:pivotSource><c:name>${escapeXml(sourceName)}</c:name><c:fmtId val="0"/></c:pivotSource>` +
    `<c:chart><c:title>${text(spec.title)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:pivotFmts><c:pivotFmt><c:idx val="0"/></c:pivotFmt></c:pivotFmts>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series.join("")}` +
    `<c:gapWidth val="80"/><c:axId val="5001"/><c:axId val="5002"/></c:barChart>` +
    `<c:catAx><c:axId val="5001"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="5002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="5002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? "t" : "l"}"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="5001"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}

/** The drawing that anchors each chart between two cells. */
function drawingXml(anchors: { relId: string; from: [number, number]; to: [number, number]; name: string }[]): string {
  const anchor = (a: (typeof anchors)[number], i: number) =>
    `<xdr:twoCellAnchor><xdr:from><xdr:col>${a.from[0]}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.from[1]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${a.to[0]}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.to[1]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(a.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" r:id="${a.relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}" xmlns:r="${NS.rel}">${anchors.map(anchor).join("")}</xdr:wsDr>`;
}

/** The dashboard sheet: the pivots' cells (values only), then the drawing. */
function dashboardSheetXml(cells: Map<string, CellValue>, note: string, drawingRelId: string): string {
  const byRow = new Map<number, { col: number; ref: string; value: CellValue }[]>();
  for (const [ref, value] of cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    const row = Number(m[2]);
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    if (!byRow.has(row)) byRow.set(row, []);
    byRow.get(row)!.push({ col, ref, value });
  }
  const rows = [...byRow.keys()]
    .sort((a, b) => a - b)
    .map((r) => {
      const cs = byRow
        .get(r)!
        .sort((a, b) => a.col - b.col)
        .map(({ ref, value }) => {
          if (value === null || value === "") return "";
          if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
          return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(String(value))}</t></is></c>`;
        });
      return `<row r="${r}">${cs.join("")}</row>`;
    });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
    `<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    `<cols><col min="1" max="1" width="52" customWidth="1"/><col min="2" max="9" width="11" customWidth="1"/><col min="10" max="10" width="4" customWidth="1"/><col min="11" max="11" width="30" customWidth="1"/><col min="12" max="19" width="11" customWidth="1"/></cols>` +
    `<sheetData>${rows.join("")}</sheetData>` +
    `<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="landscape"/>` +
    `<headerFooter><oddFooter>&amp;L${escapeXml(note)}</oddFooter></headerFooter>` +
    `<drawing r:id="${drawingRelId}"/></worksheet>`
  );
}

export class DashboardExists extends Error {}

/** The last part of a path or file name, either separator ("classeur.xlsx"). */
const fileNameOf = (path: string) => path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);

/**
 * Adds the `Tableau de bord` sheet to the package: one pivot cache over the Suivi table by name
 * (refreshed when the file opens), the two PivotTables with their cells filled, a PivotChart bound to
 * each. Only the workbook part, its relationships and the content types are edited, and the new parts
 * added: every other part is copied as it was read when the package is saved. `fileName` is the
 * workbook's file name, which a PivotChart names its source with.
 */
export function addDashboard(
  pkg: XlsxPackage,
  fileName: string,
  table: { name: string; headers: string[]; rows: CellValue[][] },
  now = new Date(),
): { results: PivotResult[] } {
  const { workbookPart, folder, relsPart, text } = mainParts(pkg);
  let workbook = text(workbookPart);
  let rels = text(relsPart);
  let types = text("[Content_Types].xml");
  if (workbookSheets(workbook, rels, workbookPart).some((s) => s.name.toLowerCase() === DASHBOARD_SHEET.toLowerCase()))
    throw new DashboardExists(DASHBOARD_SHEET);
  const names = new Set(pkg.partNames());
  const take = (stem: string) => {
    const part = freePartName(names, stem);
    names.add(part);
    return part;
  };
  const add: { name: string; text: string }[] = [];

  // The cache, its records, and its place in workbook.xml.
  const cachePart = take(`${folder}pivotCache/pivotCacheDefinition`);
  const recordsPart = take(`${folder}pivotCache/pivotCacheRecords`);
  const cache = pivotCache(table.name, table.headers, table.rows, "rId1", excelNow(now));
  add.push({ name: cachePart, text: cache.definitionXml }, { name: recordsPart, text: cache.recordsXml });
  add.push({
    name: relsPartOf(cachePart),
    text: addRelationship(emptyRels(), "rId1", REL.pivotRecords, recordsPart.slice(recordsPart.lastIndexOf("/") + 1)),
  });
  const cacheRel = freeRelId(rels, "rId");
  rels = addRelationship(rels, cacheRel, REL.pivotCache, cachePart.slice(folder.length));
  const usedCacheIds = (childElements(workbook, "pivotCaches", "pivotCache")?.list ?? []).map((e) =>
    Number(attribute(e, "cacheId")),
  );
  const cacheId = Math.max(0, ...usedCacheIds) + 1;
  workbook = ensureRelationshipNamespace(workbook, "");
  const rPrefix = relationshipPrefix(workbook);
  const entry = `<pivotCache cacheId="${cacheId}" ${rPrefix}:id="${cacheRel}"/>`;
  if (workbook.includes("</pivotCaches>")) workbook = workbook.replace("</pivotCaches>", `${entry}</pivotCaches>`);
  else {
    // CT_Workbook: pivotCaches comes before these, when present.
    const next = /<(smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b/.exec(workbook);
    const at = next ? next.index : workbook.lastIndexOf("</workbook>");
    workbook = `${workbook.slice(0, at)}<pivotCaches>${entry}</pivotCaches>${workbook.slice(at)}`;
  }
  types = addOverride(types, cachePart, CONTENT_TYPE.pivotCache);
  types = addOverride(types, recordsPart, CONTENT_TYPE.pivotRecords);

  // The sheet, its pivots, charts and drawing.
  const sheetPart = take(`${folder}worksheets/sheet`);
  const sheetRel = freeRelId(rels, "rId");
  rels = addRelationship(rels, sheetRel, REL.worksheet, sheetPart.slice(folder.length));
  types = addOverride(types, sheetPart, CONTENT_TYPE.worksheet);
  workbook = addSheetElement(workbook, DASHBOARD_SHEET, sheetRel).xml;

  const sheetRels: string[] = [];
  const cells = new Map<string, CellValue>();
  const results: PivotResult[] = [];
  const places: PivotPlace[] = [
    { column: 1, pageRow: 3 },
    { column: 11, pageRow: 3 },
  ];
  const drawingPart = take(`${folder}drawings/drawing`);
  const drawingRels: string[] = [];
  const anchors: Parameters<typeof drawingXml>[0] = [];
  let chartTop = 0;
  DASHBOARD_PIVOTS.forEach((spec, i) => {
    const result = pivotSums(spec, table.headers, table.rows);
    results.push(result);
    const place = places[i];
    cells.set(`${columnLetters(place.column)}1`, spec.title);
    for (const [ref, v] of pivotCells(spec, place, result)) cells.set(ref, v);
    const pivotPart = take(`${folder}pivotTables/pivotTable`);
    add.push({ name: pivotPart, text: pivotTableXml(spec, cacheId, cache, place, result) });
    add.push({
      name: relsPartOf(pivotPart),
      text: addRelationship(emptyRels(), "rId1", REL.pivotCache, relativeTarget(pivotPart, cachePart)),
    });
    types = addOverride(types, pivotPart, CONTENT_TYPE.pivotTable);
    sheetRels.push(
      `<Relationship Id="rId${i + 1}" Type="${REL.pivotTable}" Target="${relativeTarget(sheetPart, pivotPart)}"/>`,
    );
    chartTop = Math.max(chartTop, pivotRange(place, result).bottom + 1);
  });
  DASHBOARD_PIVOTS.forEach((spec, i) => {
    const chartPart = take(`${folder}charts/chart`);
    const source = `[${fileNameOf(fileName)}]${DASHBOARD_SHEET}!${spec.name}`;
    add.push({ name: chartPart, text: pivotChartXml(spec, source, DASHBOARD_SHEET, places[i], results[i], i === 0) });
    types = addOverride(types, chartPart, CONTENT_TYPE.chart);
    drawingRels.push(
      `<Relationship Id="rId${i + 1}" Type="${REL.chart}" Target="${relativeTarget(drawingPart, chartPart)}"/>`,
    );
    const height = i === 0 ? 36 : 22;
    anchors.push({
      relId: `rId${i + 1}`,
      from: [places[i].column - 1, chartTop],
      to: [places[i].column - 1 + (i === 0 ? 8 : 8), chartTop + height],
      name: spec.title,
    });
  });
  const drawingRel = `rId${DASHBOARD_PIVOTS.length + 1}`;
  sheetRels.push(
    `<Relationship Id="${drawingRel}" Type="${REL.drawing}" Target="${relativeTarget(sheetPart, drawingPart)}"/>`,
  );
  add.push({ name: drawingPart, text: drawingXml(anchors) });
  add.push({
    name: relsPartOf(drawingPart),
    text: emptyRels().replace("</Relationships>", `${drawingRels.join("")}</Relationships>`),
  });
  types = addOverride(types, drawingPart, CONTENT_TYPE.drawing);
  add.push({ name: sheetPart, text: dashboardSheetXml(cells, CAPTION_NOTE, drawingRel) });
  add.push({
    name: relsPartOf(sheetPart),
    text: emptyRels().replace("</Relationships>", `${sheetRels.join("")}</Relationships>`),
  });

  for (const part of add) pkg.setText(part.name, part.text);
  pkg.setText(workbookPart, workbook);
  pkg.setText(relsPart, rels);
  pkg.setText("[Content_Types].xml", types);
  return { results };
}

/** What a dashboard made on a package: the rows it sums, or why none was made. */
export type PackageDashboard =
  | { ok: true; rows: number; results: PivotResult[] }
  | { ok: false; reason: "noTable" | "exists" }
  | { ok: false; reason: "missingColumns"; columns: string[] };

/** Columns of Suivi the pivots are laid out over. */
const PIVOT_COLUMNS = ["Date", "Indicateur", "Nombre", "Quartier", "Semestre"];

/**
 * Where the dashboard's write starts on its progress bar: reading the rows and computing the pivots while writing
 * them take about as long on 100 000 rows.
 */
const DASHBOARD_WRITE = 0.5;

/**
 * Adds the dashboard to the package, for the command line and the task pane's file mode alike.
 * Nothing is written when it answers `ok: false`; the caller saves the package otherwise.
 */
export async function dashboardPackage(
  port: PackageWorkbook,
  fileName: string,
  now = new Date(),
  work?: WorkControl,
): Promise<PackageDashboard> {
  await checkpoint(work, 0, DASHBOARD_WRITE, "read");
  const table = await port.readTable(TRACKING_TABLE);
  if (!table) return { ok: false, reason: "noTable" };
  const columns = PIVOT_COLUMNS.filter((c) => !table.headers.includes(c));
  if (columns.length > 0) return { ok: false, reason: "missingColumns", columns };
  // The pivots' figures are computed as their parts are written: no cancel from here on.
  await beforeWrite(work, DASHBOARD_WRITE);
  try {
    const { results } = addDashboard(
      port.pkg,
      fileName,
      { name: TRACKING_TABLE, headers: table.headers, rows: table.grid.rows },
      now,
    );
    return { ok: true, rows: table.grid.rows.length, results };
  } catch (error) {
    if (error instanceof DashboardExists) return { ok: false, reason: "exists" };
    throw error;
  }
}
