import { children, parseXml } from "../../src/xlsx/engine/xml";
import { pivotCache } from "../../src/xlsx/pivot-parts";

// The pivot cache carries the tracking table's text in attributes (<s v="…"/>). An XML parser
// normalises a raw line break or tab inside an attribute to a space (XML 1.0, 3.3.3), so a comment
// typed with Alt+Entrée would come back changed unless they are written as character references.
describe("text in the pivot cache's attributes", () => {
  const comment = 'Ligne 1\nLigne 2\tfin & « guillemets " » <ok>';

  test("a comment with a line break, a tab and markup characters reads back unchanged", () => {
    const cache = pivotCache("Suivi", ["Commentaire"], [[comment]], "rId1", 45000);
    const records = parseXml(cache.recordsXml);
    const values = children(children(records, "r")[0], "s").map((s) => s.attrs.v);
    expect(values).toEqual([comment]);
  });

  test("a shared item (the indicator) keeps its line break too", () => {
    const cache = pivotCache("Suivi", ["Indicateur"], [["Entrées\nen emploi"]], "rId1", 45000);
    const definition = parseXml(cache.definitionXml);
    const items = definition.children
      .flatMap((c) => children(c, "cacheField"))
      .flatMap((f) => children(f, "sharedItems"))
      .flatMap((s) => children(s, "s"))
      .map((s) => s.attrs.v);
    expect(items).toEqual(["Entrées\nen emploi"]);
  });
});
