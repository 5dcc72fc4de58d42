import { renderToString } from "react-dom/server";
import { TRACKING_COLUMNS } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import { evaluate, evaluationPeriod } from "../../src/core/evaluation";
import { buildWorkbook } from "../../src/features/build";
import type { WorkProgress } from "../../src/features/work";
import { setLocale } from "../../src/i18n";
import { evaluateInExcel } from "../../src/office/evaluation";
import { OfficeWorkbook } from "../../src/office/workbook";
import { SCREENS } from "../../src/taskpane/screens";
import { DashboardScreen } from "../../src/taskpane/screens/Dashboard";
import {
  EvaluateControls,
  EvaluateScreen,
  EvaluationPreview,
  periodChoices,
  requestOf,
} from "../../src/taskpane/screens/Evaluate";
import { createFakeExcel } from "../support/fake-excel";

describe("Évaluer and Tableau de bord screens", () => {
  it("are registered as tabs", () => {
    expect(SCREENS.map((s) => s.id)).toEqual(expect.arrayContaining(["evaluate", "dashboard"]));
  });

  it("offer every semester, year and the final evaluation, the last finished semester first chosen", () => {
    const { choices, initial } = periodChoices("2022-03-10");
    expect(choices.map((c) => c.value)).toEqual([
      "2021-S1",
      "2021-S2",
      "2022-S1",
      "2022-S2",
      "2023-S1",
      "2023-S2",
      "2021",
      "2022",
      "2023",
      "final",
    ]);
    expect(initial).toBe("2021-S2");
    expect([requestOf("2021-S2"), requestOf("2022"), requestOf("final")]).toEqual([
      { kind: "semester", semester: "2021-S2" },
      { kind: "year", year: 2022 },
      { kind: "final" },
    ]);
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
    const html = renderToString(
      <EvaluationPreview figures={evaluate(METZ_2021_2023, p.period, TRACKING_COLUMNS, [row])} />,
    );
    expect(html.match(/<tr>/g)).toHaveLength(1 + METZ_2021_2023.indicators.length);
    expect(html).toMatch(/Entretiens réalisés<\/th><td[^>]*>4<\/td><td[^>]*>—<\/td><td[^>]*>4<\/td>/);
  });

  it("show the bar and Annuler while an evaluation reads, Annuler disabled once it writes, and say nothing changed after a cancel", async () => {
    // The progress an evaluation of the recording fake reports, shown the way the screen shows it.
    const { context } = createFakeExcel();
    await buildWorkbook(new OfficeWorkbook(context), METZ_2021_2023, { sampleRows: 300, today: "2024-01-15" });
    const seen: WorkProgress[] = [];
    const result = await evaluateInExcel(
      context,
      METZ_2021_2023,
      { kind: "semester", semester: "2021-S1" },
      { today: "2024-01-15", force: false, work: { onProgress: (p) => seen.push(p) } },
      () => true,
    );
    expect(result.ok).toBe(true);
    const reading = seen.find((p) => p.step === "read");
    const writing = seen.find((p) => !p.cancellable);
    if (!reading || !writing) throw new Error("the evaluation reported no read or no write");
    const noop = () => undefined;
    const controls = (progress: WorkProgress | null, cancelled = false) =>
      renderToString(
        <EvaluateControls
          busy={progress !== null}
          confirm={false}
          progress={progress}
          cancelled={cancelled}
          onCancel={noop}
          onPreview={noop}
          onWrite={noop}
        />,
      );
    const annuler = (html: string) => /<button[^>]*>Annuler<\/button>/.exec(html)?.[0];

    const read = controls(reading);
    expect(read).toContain('role="progressbar"');
    expect(read).toContain("Évaluation en cours…");
    expect(read).toContain("Lecture du classeur…");
    expect(annuler(read)).toBeDefined();
    expect(annuler(read)).not.toMatch(/disabled/);
    // While the work runs, neither Aperçu nor Écrire can start another one.
    expect(read).toMatch(/<button[^>]*disabled[^>]*>Aperçu des chiffres<\/button>/);

    const write = controls(writing);
    expect(write).toContain("Écriture en cours : elle ne peut plus être interrompue.");
    expect(annuler(write)).toMatch(/disabled/);

    const after = controls(null, true);
    expect(after).not.toContain('role="progressbar"');
    expect(after).toContain("Interrompu : rien n&#x27;a été modifié.");

    setLocale("en");
    try {
      const english = controls(reading);
      expect(english).toMatch(/<button[^>]*>Cancel<\/button>/);
      expect(english).toContain("Reading the workbook…");
      expect(english).toContain("Evaluating…");
    } finally {
      setLocale("fr");
    }
  });
});
