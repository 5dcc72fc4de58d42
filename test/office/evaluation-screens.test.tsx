import { renderToString } from "react-dom/server";
import { METZ_2021_2023 } from "../../src/core/convention";
import { evaluate, evaluationPeriod } from "../../src/core/evaluation";
import { TRACKING_COLUMNS } from "../../src/core/contract";
import { SCREENS } from "../../src/taskpane/screens";
import { DashboardScreen } from "../../src/taskpane/screens/Dashboard";
import { EvaluateScreen, EvaluationPreview, periodChoices, requestOf } from "../../src/taskpane/screens/Evaluate";

describe("Évaluer and Tableau de bord screens", () => {
  it("are registered as tabs", () => {
    expect(SCREENS.map((s) => s.id)).toEqual(expect.arrayContaining(["evaluate", "dashboard"]));
  });

  it("offer every semester, year and the final evaluation, the last finished semester first chosen", () => {
    const { choices, initial } = periodChoices("2022-03-10");
    expect(choices.map((c) => c.value)).toEqual(["2021-S1", "2021-S2", "2022-S1", "2022-S2", "2023-S1", "2023-S2", "2021", "2022", "2023", "final"]);
    expect(initial).toBe("2021-S2");
    expect([requestOf("2021-S2"), requestOf("2022"), requestOf("final")]).toEqual([{ kind: "semester", semester: "2021-S2" }, { kind: "year", year: 2022 }, { kind: "final" }]);
  });

  it("in Excel, show the period picker and the buttons; outside, the same on a chosen file, and the command line", () => {
    const excel = renderToString(<EvaluateScreen host={{ kind: "excel", locale: "fr" }} />);
    expect(excel).toContain("Aperçu des chiffres");
    expect(excel).toContain("Écrire la feuille");
    expect(excel).toContain("Évaluation finale (toute la convention)");
    const file = renderToString(<EvaluateScreen host={{ kind: "none", locale: "fr" }} />);
    expect(file).toContain("Classeur à évaluer (.xlsx)");
    expect(file).toContain("Aperçu des chiffres");
    expect(file).toContain("suivi-convention evaluate classeur.xlsx --semester");
    expect(renderToString(<DashboardScreen host={{ kind: "excel", locale: "fr" }} />)).toContain("Actualiser");
    const dash = renderToString(<DashboardScreen host={{ kind: "none", locale: "fr" }} />);
    expect(dash).toContain("Créer le tableau de bord");
    expect(dash).toContain("suivi-convention dashboard classeur.xlsx");
  });

  it("preview one line per indicator, « — » without a previous period", () => {
    const p = evaluationPeriod(METZ_2021_2023, { kind: "semester", semester: "2021-S1" });
    if (!p.ok) throw new Error(p.reason);
    const row = [44200, "Entretiens réalisés", 4, null, null, null, null, null, null, null];
    const html = renderToString(<EvaluationPreview figures={evaluate(METZ_2021_2023, p.period, TRACKING_COLUMNS, [row])} />);
    expect(html.match(/<tr>/g)).toHaveLength(1 + METZ_2021_2023.indicators.length);
    expect(html).toMatch(/Entretiens réalisés<\/th><td[^>]*>4<\/td><td[^>]*>—<\/td><td[^>]*>4<\/td>/);
  });
});
