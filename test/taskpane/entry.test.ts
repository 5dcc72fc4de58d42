// The quick-entry form's model: the row it writes and the rules of `check` applied to it before writing.
import { TRACKING_COLUMNS } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import {
  checkEntry,
  emptyDraft,
  entryValues,
  precisionSuggestions,
  rowFor,
  searchIndicators,
  withoutCellPrefix,
} from "../../src/taskpane/entry";

const headers = [...TRACKING_COLUMNS];
const TODAY = "2023-06-30";
// 2021-03-15 as an Excel serial: 2021-01-01 is 44197, plus 31 (Jan) + 28 (Feb) + 14.
const MARCH_15_2021 = 44197 + 73;

const draft = (over: Partial<ReturnType<typeof emptyDraft>> = {}) => ({
  ...emptyDraft("2021-03-15"),
  indicator: "Entretiens réalisés",
  ...over,
});
const check = (d: ReturnType<typeof draft>, earlier: ReturnType<typeof rowFor>[] = []) =>
  checkEntry({
    headers,
    row: rowFor(headers, entryValues(d, METZ_2021_2023)),
    convention: METZ_2021_2023,
    today: TODAY,
    sheetRow: 10,
    earlier,
  });

describe("quick entry model", () => {
  it("makes the row in the table's order: date serial, the indicator's label, count 1 by default", () => {
    const row = rowFor(
      headers,
      entryValues(draft({ indicator: "entretiens", quartier: "Borny", commentaire: "  suivi CV " }), METZ_2021_2023),
    );
    expect(row).toEqual([MARCH_15_2021, "Entretiens réalisés", 1, "Borny", null, null, null, "suivi CV", null, null]);
  });

  it("finds indicators by label or code, accents and case aside", () => {
    const codes = (query: string) => searchIndicators(query, METZ_2021_2023.indicators).map((i) => i.code);
    expect(codes("mer")).toContain("MER");
    expect(codes("entretien")).toEqual(["ENTRETIENS"]);
    expect(codes("prescriptions formation")).toEqual(["PRESCRIPTIONS_FORMATION"]);
    expect(codes("pmsmp")).toEqual(["PMSMP"]);
    expect(codes("")).toHaveLength(METZ_2021_2023.indicators.length);
  });

  it("accepts a complete, clean row", () => {
    expect(check(draft({ quartier: "Borny", sexe: "Femme" }))).toEqual({ fields: {}, blocking: false });
  });

  it("blocks a comment revealing health or a phone number, under the comment field", () => {
    const health = check(draft({ commentaire: "reçu avec sa fille, dépression" }));
    expect(health.blocking).toBe(true);
    expect(health.fields.commentaire?.[0].code).toBe("SENSITIVE_DATA");
    expect(health.fields.commentaire?.[0].message).not.toMatch(/^Cellule/);
    const phone = check(draft({ precision: "rappeler au 06 12 34 56 78" }));
    expect(phone.blocking).toBe(true);
    expect(phone.fields.precision?.[0].code).toBe("PERSONAL_IDENTIFIER");
  });

  it("blocks a date in the future or outside the convention, an unknown indicator, a count of 0", () => {
    expect(check(draft({ date: "2023-07-01" })).fields.date?.[0].code).toBe("DATE_IN_FUTURE");
    expect(check(draft({ date: "2020-12-31" })).fields.date?.[0].code).toBe("DATE_OUT_OF_PERIOD");
    expect(check(draft({ indicator: "Café" })).fields.indicator?.[0].code).toBe("INDICATOR_UNKNOWN");
    expect(check(draft({ count: "0" })).fields.count?.[0].code).toBe("COUNT_INVALID");
    expect(check(draft({ indicator: "" })).fields.indicator?.[0].code).toBe("INDICATOR_MISSING");
  });

  it("warns, without blocking, of a row identical to an earlier one", () => {
    const same = draft({ quartier: "Borny" });
    const result = check(same, [rowFor(headers, entryValues(same, METZ_2021_2023))]);
    expect(result.blocking).toBe(false);
    expect(result.fields.date?.[0]).toMatchObject({ code: "DUPLICATE_ROW", severity: "warning" });
  });

  it("suggests the précisions written before for the same indicator, most frequent first", () => {
    const I = "Entretiens réalisés";
    const rows = [
      [1, I, 1, null, null, null, "CV", null, null, null],
      [1, "Mises en relation (MER)", 1, null, null, null, "Offre Metz", null, null, null],
      [1, I, 1, null, null, null, "Projet pro", null, null, null],
      [1, I, 1, null, null, null, "cv ", null, null, null],
    ];
    const table = { headers, grid: { sheet: "Suivi", firstRow: 2, firstColumn: 1, rows } };
    expect(precisionSuggestions(table, I)).toEqual(["CV", "Projet pro"]);
    expect(precisionSuggestions(table, "")).toEqual([]);
  });

  it("drops the cell address of a message shown under its field", () => {
    expect(withoutCellPrefix("Cellule H12 : « x » renseigne sur la santé.")).toBe("« x » renseigne sur la santé.");
    expect(withoutCellPrefix("Ligne 12 : l'indicateur est vide (cellule B12).")).toBe(
      "L'indicateur est vide (cellule B12).",
    );
  });
});
