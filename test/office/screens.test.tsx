import { renderToString } from "react-dom/server";
import type { CheckReport, Finding } from "../../src/core/findings";
import { BuildOutcome, BuildScreen } from "../../src/taskpane/screens/Build";
import { CheckResult, CheckScreen, SHOWN_PER_CODE, groupFindings } from "../../src/taskpane/screens/Check";
import { SCREENS } from "../../src/taskpane/screens";

const f = (code: Finding["code"], severity: Finding["severity"], cell: string): Finding => ({ code, severity, sheet: "Suivi", cell, row: 2, message: `${code} ${cell}` });

describe("Construire and Vérifier screens", () => {
  it("are registered as tabs", () => {
    expect(SCREENS.map((s) => s.id)).toEqual(expect.arrayContaining(["build", "check"]));
  });

  it("point to the command line outside Excel", () => {
    expect(renderToString(<BuildScreen host={{ kind: "none", locale: "fr" }} />)).toContain("suivi-convention build");
    expect(renderToString(<CheckScreen host={{ kind: "none", locale: "fr" }} />)).toContain("suivi-convention check");
  });

  it("says the workbook is complete when the build changed nothing, and lists the repairs otherwise", () => {
    expect(renderToString(<BuildOutcome result={{ changes: [], created: false }} />)).toContain("Le classeur est déjà complet.");
    const html = renderToString(
      <BuildOutcome result={{ changes: [{ op: { kind: "addSheet", sheet: "Indicateurs" }, message: "Feuille « Indicateurs » créée." }], created: false }} />,
    );
    expect(html).toContain("1 élément(s) réparé(s)");
    expect(html).toContain("Feuille « Indicateurs » créée.");
  });

  it("groups findings by severity (errors first) then by code in the contract's order", () => {
    const groups = groupFindings([f("SENSITIVE_DATA", "warning", "H5"), f("COUNT_INVALID", "error", "C4"), f("DATE_MISSING", "error", "A3"), f("DATE_MISSING", "error", "A9")]);
    expect(groups.map((g) => [g.severity, g.codes.map((c) => [c.code, c.findings.length])])).toEqual([
      ["error", [["DATE_MISSING", 2], ["COUNT_INVALID", 1]]],
      ["warning", [["SENSITIVE_DATA", 1]]],
    ]);
  });

  it("shows the summary and caps a long list of one code", () => {
    const findings = Array.from({ length: SHOWN_PER_CODE + 5 }, (_, i) => f("DATE_MISSING", "error", `A${i + 2}`));
    const report: CheckReport = { ok: false, summary: { errors: findings.length, warnings: 0, rows: 300 }, findings };
    const html = renderToString(<CheckResult report={report} onSelect={() => undefined} />);
    expect(html).toContain(`${SHOWN_PER_CODE + 5} erreur(s), 0 avertissement(s) sur 300 ligne(s).`);
    expect(html).toContain("… et 5 autre(s)");
  });
});
