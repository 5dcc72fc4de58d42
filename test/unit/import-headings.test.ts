import { TRACKING_COLUMNS } from "../../src/core/contract";
import { columnForHeading, foldText, mapHeadings } from "../../src/core/import/headings";
import type { SourceRow } from "../../src/core/import/types";
import { msg } from "../../src/i18n";
import { said } from "../support/said";

const row = (line: number, ...cells: (string | null)[]): SourceRow => ({ line, cells });

describe("columnForHeading", () => {
  test("every tracking column is found under its own name", () => {
    for (const column of TRACKING_COLUMNS) expect(columnForHeading(column)).toBe(column);
  });

  test.each([
    ["DATE DE L'ACTE", "Date"],
    ["  date  ", "Date"],
    ["Acte", "Indicateur"],
    ["Type d'acte", "Indicateur"],
    ["Nb", "Nombre"],
    ["Nb.", "Nombre"],
    ["Quantité", "Nombre"],
    ["QPV", "Quartier"],
    ["Quartier de résidence", "Quartier"],
    ["Âge", "Tranche d'âge"],
    ["Tranche d'age", "Tranche d'âge"],
    ["tranche d’âge", "Tranche d'âge"],
    ["Genre", "Sexe"],
    ["Détail", "Précision"],
    ["Commentaire(s)", "Commentaire"],
    ["Observations", "Commentaire"],
    ["Saisi par", "Saisi par"],
    ["Conseiller(ère)", "Saisi par"],
  ])("%j → %s", (heading, column) => {
    expect(columnForHeading(heading)).toBe(column);
  });

  test("unknown headings are not guessed", () => {
    expect(columnForHeading("Nom du demandeur")).toBeNull();
    expect(columnForHeading("Date de naissance")).toBeNull();
  });

  test("foldText ignores case, accents, spaces and punctuation", () => {
    expect(foldText("Conseiller(ère)")).toBe("conseillerere");
    expect(foldText("Saint-Éloy  Boileau")).toBe("sainteloyboileau");
  });
});

describe("mapHeadings", () => {
  test("maps known headings; Semestre and unknown columns are ignored with a warning each", () => {
    const map = mapHeadings(row(1, "Date", "Acte", "Semestre", "Nom", "Nb"), []);
    expect(map.columns).toEqual(["Date", "Indicateur", null, null, "Nombre"]);
    expect(map.headingOf.Indicateur).toBe("Acte");
    expect(map.problems.map((p) => [p.severity, p.code, p.column])).toEqual([
      ["warning", "HEADING_IGNORED", "Semestre"],
      ["warning", "HEADING_IGNORED", "Nom"],
    ]);
    expect(said(map.problems[1].text)).toBe("Colonne « Nom » non reconnue : elle est ignorée.");
  });

  test("a missing required column is an error", () => {
    const map = mapHeadings(row(1, "Date", "Nombre"), []);
    expect(map.problems).toEqual([
      expect.objectContaining({
        code: "HEADING_REQUIRED",
        severity: "error",
        text: msg("import.heading.required", { column: "Indicateur" }),
      }),
    ]);
  });

  test("two headings for the same column are an error, not a silent choice", () => {
    const map = mapHeadings(row(1, "Date", "Indicateur", "Commentaire", "Observations"), []);
    expect(map.problems).toEqual([
      expect.objectContaining({ code: "HEADING_DUPLICATE", severity: "error", column: "Observations" }),
    ]);
  });

  test("a column without heading is ignored silently when empty, with a warning when it holds data", () => {
    const headings = row(1, "Date", "Indicateur", null, "");
    const rows = [row(2, "01/02/2021", "MER", null, ""), row(3, "01/02/2021", "MER", null, "x")];
    const map = mapHeadings(headings, rows);
    expect(map.problems.map((p) => said(p.text))).toEqual([
      "La colonne n° 4 n'a pas de titre : ses valeurs sont ignorées.",
    ]);
  });
});
