import { checkTrackingRows } from "../../src/core/check/rows";
import { TRACKING_COLUMNS, type CellValue } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import type { Finding } from "../../src/core/findings";
import { said } from "../support/said";

// Serials by hand: 2021-01-01 is 44197 (Excel's 1900 system); 2021-03-15 = 44197 + 31 (Jan) + 28 (Feb) + 14 = 44270;
// 2020-12-31 = 44196; 2024-01-01 = 44197 + 365 + 365 + 365 = 45292; 2023-06-30 = 45292 − 185 = 45107.
const D_2021_03_15 = 44270;
const D_2020_12_31 = 44196;
const D_2023_06_30 = 45107;
const TODAY = "2023-06-01";

const headers = [...TRACKING_COLUMNS];
type Row = Partial<Record<(typeof TRACKING_COLUMNS)[number], CellValue>>;

/** A valid row from the seed's vocabulary, with `changes` applied. */
function row(changes: Row = {}): CellValue[] {
  const base: Row = {
    Date: D_2021_03_15,
    Indicateur: "Entretiens réalisés",
    Nombre: null,
    Quartier: "Borny",
    "Tranche d'âge": "26 à 49 ans",
    Sexe: "Femme",
    Précision: "",
    Commentaire: "",
    "Saisi par": "CP",
    Semestre: "2021-S1",
  };
  const merged = { ...base, ...changes };
  return headers.map((h) => (h in merged ? (merged[h] ?? null) : null));
}

function check(rows: CellValue[][], extraHeaders: string[] = []): Finding[] {
  return checkTrackingRows({
    headers: [...headers, ...extraHeaders],
    grid: { sheet: "Suivi", firstRow: 2, firstColumn: 1, rows },
    convention: METZ_2021_2023,
    today: TODAY,
  });
}

const codes = (findings: Finding[]) => findings.map((f) => `${f.code}@${f.cell}`);

describe("checkTrackingRows", () => {
  it("finds nothing in valid rows, and nothing in blank rows at the end of the table", () => {
    const blank: CellValue[] = headers.map(() => null);
    blank[9] = ""; // Semestre's formula shows "" on a blank row
    expect(check([row(), row({ Commentaire: "MER sur offre d'agent de sécurité" }), blank, blank])).toEqual([]);
  });

  it("reports a missing date with the sheet row number", () => {
    const [f] = check([row(), row({ Date: null, Commentaire: "x" })]);
    expect(f).toMatchObject({ code: "DATE_MISSING", severity: "error", sheet: "Suivi", cell: "A3", row: 3 });
  });

  it("reports 31/02/2021 as a day that does not exist, in the counsellor's words", () => {
    const [f] = check([row({ Date: "31/02/2021" })]);
    expect(f.code).toBe("DATE_INVALID");
    expect(said(f.text)).toContain("« 31/02/2021 »");
    expect(said(f.text)).toContain("ce jour n'existe pas");
    expect(said(f.text)).toContain("jj/mm/aaaa");
  });

  it("reports text that is not a date and numbers that are no plausible date", () => {
    expect(codes(check([row({ Date: "hier" }), row({ Date: 12 }), row({ Date: 9999999 })]))).toEqual([
      "DATE_INVALID@A2",
      "DATE_INVALID@A3",
      "DATE_INVALID@A4",
    ]);
  });

  it("warns about a real date typed as text (the indicators do not count it)", () => {
    const [f] = check([row({ Date: "15/03/2021" })]);
    expect(f).toMatchObject({ code: "DATE_INVALID", severity: "warning" });
  });

  it("reports dates outside the convention (2021-01-01 … 2023-12-31) and in the future", () => {
    const found = check([row({ Date: D_2020_12_31 }), row({ Date: D_2023_06_30 }), row({ Date: "01/01/2021" })]);
    expect(codes(found.filter((f) => f.severity === "error"))).toEqual(["DATE_OUT_OF_PERIOD@A2", "DATE_IN_FUTURE@A3"]);
    expect(said(found[0].text)).toContain("31/12/2020");
    expect(said(found[0].text)).toContain("du 01/01/2021 au 31/12/2023");
  });

  it("reports a missing indicator, and an unknown one with the closest known label", () => {
    const found = check([
      row({ Indicateur: "" }),
      row({ Indicateur: "Entretien realise" }),
      row({ Indicateur: "Café avec le maire" }),
    ]);
    expect(codes(found)).toEqual(["INDICATOR_MISSING@B2", "INDICATOR_UNKNOWN@B3", "INDICATOR_UNKNOWN@B4"]);
    expect(said(found[1].text)).toContain("« Entretiens réalisés »");
    expect(said(found[2].text)).not.toContain("Vouliez-vous dire");
  });

  it("accepts an empty count (it means 1) and refuses zero, negative, decimal and text", () => {
    const found = check([
      row({ Nombre: null }),
      row({ Nombre: 3 }),
      row({ Nombre: 0 }),
      row({ Nombre: -2 }),
      row({ Nombre: 1.5 }),
      row({ Nombre: "deux" }),
    ]);
    expect(codes(found)).toEqual(["COUNT_INVALID@C4", "COUNT_INVALID@C5", "COUNT_INVALID@C6", "COUNT_INVALID@C7"]);
    expect(found.map((f) => /\(([^)]+)\)/.exec(said(f.text) ?? "")?.[1])).toEqual([
      "zéro",
      "nombre négatif",
      "nombre décimal",
      "texte",
    ]);
  });

  it("reports list values outside their list, suggesting the closest", () => {
    const found = check([
      row({ Quartier: "Borni" }),
      row({ Sexe: "F" }),
      row({ "Tranche d'âge": "26-49" }),
      row({ Quartier: "borny " }),
    ]);
    expect(codes(found)).toEqual(["VALUE_UNKNOWN@D2", "VALUE_UNKNOWN@F3", "VALUE_UNKNOWN@E4"]);
    expect(said(found[0].text)).toContain("« Borny »");
  });

  it("reports error values in cells", () => {
    const found = check([row({ Nombre: { error: "#REF!" } }), row({ Commentaire: { error: "#VALUE!" } })]);
    expect(codes(found)).toEqual(["CELL_ERROR@C2", "CELL_ERROR@H3"]);
    expect(said(found[0].text)).toContain("#REF!");
  });

  it("warns about a row identical to an earlier one, naming it", () => {
    const found = check([row(), row({ Indicateur: "Mises en relation (MER)" }), row()]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: "DUPLICATE_ROW", severity: "warning", row: 4 });
    expect(said(found[0].text)).toContain("ligne 2");
  });

  it("reports sensitive words and identifiers in Précision, Commentaire and columns the user added", () => {
    const found = check(
      [
        row({ Précision: "enceinte de 5 mois" }),
        row({ Commentaire: "Tél 06 12 34 56 78, sort de prison" }),
        [...row(), "handicapee"],
        row({ "Saisi par": "malade" }), // not a free-text column: the agent's initials
      ].map((r) => (r.length === headers.length ? [...r, null] : r)),
      ["Notes perso"],
    );
    expect(codes(found)).toEqual([
      "SENSITIVE_DATA@G2",
      "SENSITIVE_DATA@H3",
      "PERSONAL_IDENTIFIER@H3",
      "SENSITIVE_DATA@K4",
    ]);
    expect(said(found[0].text)).toContain("« enceinte »");
    expect(said(found[0].text)).toContain("santé");
    expect(said(found[2].text)).not.toContain("34 56");
  });

  it("locates columns by header when the table does not start in A1 and columns are reordered", () => {
    const order = ["Indicateur", "Date", ...headers.filter((h) => h !== "Date" && h !== "Indicateur")];
    const values = row({ Date: "31/02/2021" });
    const reordered = order.map((h) => values[headers.indexOf(h as (typeof headers)[number])]);
    const found = checkTrackingRows({
      headers: order,
      grid: { sheet: "Suivi", firstRow: 5, firstColumn: 3, rows: [reordered] },
      convention: METZ_2021_2023,
      today: TODAY,
    });
    expect(codes(found)).toEqual(["DATE_INVALID@D5"]);
  });
});
