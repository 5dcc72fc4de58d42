import { INDICATORS, LISTS } from "../../src/core/catalogue";
import type { CellValue } from "../../src/core/contract";
import { mapHeadings } from "../../src/core/import/headings";
import { convertRow, findIndicator, findListValue, normalizeDateText } from "../../src/core/import/rows";

const vocabulary = { indicators: INDICATORS, lists: LISTS };
// Excel serials worked out by hand: 2021-01-01 is 44197 (the convention's start), and
// 30 September is day 273 of 2021, so 44197 + 272 = 44469.
const SEP_30_2021 = 44469;

function convert(headings: string[], cells: CellValue[]) {
  const map = mapHeadings({ line: 1, cells: headings }, []);
  return convertRow({ line: 7, cells }, map, vocabulary);
}

describe("dates", () => {
  test.each([
    ["30/09/2021", SEP_30_2021],
    ["30/9/2021", SEP_30_2021],
    ["2021-09-30", SEP_30_2021],
    ["30/09/21", SEP_30_2021],
    ["30.09.2021", SEP_30_2021],
    ["30-09-2021", SEP_30_2021],
    ["30/09/2021 00:00", SEP_30_2021],
    ["2021-09-30T10:15:00", SEP_30_2021],
    [" 01/01/2021 ", 44197],
  ])("%j → %d", (written, serial) => {
    expect(convert(["Date", "Indicateur"], [written, "MER"]).values.Date).toBe(serial);
  });

  test("an Excel serial from a workbook is kept, its time of day dropped", () => {
    expect(convert(["Date", "Indicateur"], [SEP_30_2021 + 0.75, "MER"]).values.Date).toBe(SEP_30_2021);
  });

  test("what is not a real date is kept as written, for the row rules to report", () => {
    expect(convert(["Date", "Indicateur"], ["31/02/2021", "MER"]).values.Date).toBe("31/02/2021");
    expect(convert(["Date", "Indicateur"], ["septembre", "MER"]).values.Date).toBe("septembre");
  });

  test("a blank date stays blank (the row rules report it as missing)", () => {
    expect(convert(["Date", "Indicateur"], ["", "MER"]).values.Date).toBeNull();
  });

  test("normalizeDateText leaves ISO dates alone", () => {
    expect(normalizeDateText("2021-09-30")).toBe("2021-09-30");
  });
});

describe("indicators", () => {
  test("by label, whatever the case and accents, or by code", () => {
    expect(findIndicator("Entretiens réalisés", INDICATORS)?.code).toBe("ENTRETIENS");
    expect(findIndicator("ENTRETIENS REALISES", INDICATORS)?.code).toBe("ENTRETIENS");
    expect(findIndicator("mer", INDICATORS)?.label).toBe("Mises en relation (MER)");
    expect(findIndicator("de_accueillis", INDICATORS)?.label).toBe("Demandeurs d'emploi accueillis");
  });

  test("the row holds the label, whichever way the source wrote it", () => {
    expect(convert(["Date", "Acte"], ["01/02/2021", "PMSMP"]).values.Indicateur).toBe(
      "PMSMP mises en place dans un service de la Ville",
    );
  });

  test("an unknown indicator is kept as written", () => {
    expect(convert(["Date", "Indicateur"], ["01/02/2021", "Réunion"]).values.Indicateur).toBe("Réunion");
  });
});

describe("counts", () => {
  test.each([
    ["3", 3],
    ["3,0", 3],
    ["3.0", 3],
    ["1 234", 1234],
    ["", 1],
    [null, 1],
    [4, 4],
  ] as [CellValue, number][])("%j → %d", (written, count) => {
    expect(convert(["Date", "Indicateur", "Nb"], ["01/02/2021", "MER", written]).values.Nombre).toBe(count);
  });

  test("with no count column every row counts once", () => {
    expect(convert(["Date", "Indicateur"], ["01/02/2021", "MER"]).values.Nombre).toBe(1);
  });

  test.each([
    ["3,5", 3.5],
    ["trois", "trois"],
    ["2e", "2e"],
  ])("%j is kept as %j (the row rules refuse it)", (written, kept) => {
    expect(convert(["Date", "Indicateur", "Nombre"], ["01/02/2021", "MER", written]).values.Nombre).toBe(kept);
  });
});

describe("list values", () => {
  test.each([
    ["borny", "quartier", "Borny"],
    ["hors qpv", "quartier", "Hors QPV"],
    ["HAUTS DE VALLIERES", "quartier", "Hauts-de-Vallières"],
    ["saint-éloy-boileau-prégénie", "quartier", "Saint-Eloy-Boileau-Prégénie"],
    ["NR", "quartier", "Non renseigné"],
    ["F", "sexe", "Femme"],
    ["h", "sexe", "Homme"],
    ["Masculin", "sexe", "Homme"],
    ["-26", "trancheAge", "Moins de 26 ans"],
    ["26-49 ans", "trancheAge", "26 à 49 ans"],
    ["50+", "trancheAge", "50 ans et plus"],
  ] as [string, keyof typeof LISTS, string][])("%j in %s → %s", (written, list, expected) => {
    expect(findListValue(written, LISTS[list])).toBe(expected);
  });

  test("a bare number is not a band name, but an age in the age column becomes its band", () => {
    expect(findListValue("26", LISTS.trancheAge)).toBeUndefined();
    const ages = ["19", "26", "49", "50"].map(
      (age) => convert(["Date", "Indicateur", "Âge"], ["01/02/2021", "MER", age]).values["Tranche d'âge"],
    );
    expect(ages).toEqual(["Moins de 26 ans", "26 à 49 ans", "26 à 49 ans", "50 ans et plus"]);
  });

  test("a value outside the list is kept as written", () => {
    expect(convert(["Date", "Indicateur", "QPV"], ["01/02/2021", "MER", "Metz-Centre"]).values.Quartier).toBe(
      "Metz-Centre",
    );
  });
});

test("an error value is kept as such; a row with nothing in its recognised columns is blank", () => {
  expect(
    convert(["Date", "Indicateur", "Commentaire"], ["01/02/2021", "MER", { error: "#REF!" }]).values.Commentaire,
  ).toEqual({ error: "#REF!" });
  expect(convert(["Date", "Indicateur", "Nom"], ["", null, "Dupont"]).blank).toBe(true);
  expect(convert(["Date", "Indicateur", "Nom"], ["", "MER", "Dupont"]).blank).toBe(false);
});

test("free text is trimmed and ignored columns are not copied", () => {
  const row = convert(
    ["Date", "Indicateur", "Nom", "Observations", "Conseiller(ère)"],
    ["01/02/2021", "MER", "Dupont", "  à rappeler ", "Claire"],
  );
  expect(row.values).toEqual({
    Date: 44228, // 2021-02-01: 44197 + 31 days of January
    Indicateur: "Mises en relation (MER)",
    Nombre: 1,
    Quartier: null,
    "Tranche d'âge": null,
    Sexe: null,
    Précision: null,
    Commentaire: "à rappeler",
    "Saisi par": "Claire",
    Semestre: null,
  });
});
