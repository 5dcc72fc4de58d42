import ExcelJS from "exceljs";
import { renderToString } from "react-dom/server";
import { TRACKING_TABLE } from "../../src/core/contract";
import { METZ_2021_2023 } from "../../src/core/convention";
import type { CheckReport, Finding } from "../../src/core/findings";
import { importRows } from "../../src/features/import";
import { msg } from "../../src/i18n";
import { SCREENS } from "../../src/taskpane/screens";
import { BuildOutcome, BuildScreen } from "../../src/taskpane/screens/Build";
import { CheckResult, CheckScreen, SHOWN_PER_CODE, groupFindings } from "../../src/taskpane/screens/Check";
import { forThePane } from "../../src/taskpane/screens/Import";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { said } from "../support/said";

const f = (code: Finding["code"], severity: Finding["severity"], cell: string): Finding => ({
  code,
  severity,
  sheet: "Suivi",
  cell,
  row: 2,
  text: msg("check.dateMissing", { row: 2, cell }),
});

describe("Construire and Vérifier screens", () => {
  it("are registered as tabs", () => {
    expect(SCREENS.map((s) => s.id)).toEqual(expect.arrayContaining(["build", "check"]));
  });

  it("work on files chosen on the computer outside Excel, the command line only mentioned as an alternative", () => {
    const build = renderToString(<BuildScreen host={{ kind: "none", locale: "fr" }} />);
    // A new workbook or a repaired copy of one, from the preset convention or a settings file.
    expect(build).toMatch(/type="radio"[^>]*value="new"/);
    expect(build).toMatch(/type="radio"[^>]*value="existing"/);
    expect(build).toContain("Nouveau classeur");
    expect(build).toContain("Réparer un classeur existant");
    expect(build).toContain(`Convention n° ${METZ_2021_2023.number}`);
    expect(build).toContain("Construire / réparer le classeur");

    const check = renderToString(<CheckScreen host={{ kind: "none", locale: "fr" }} />);
    // A hidden .xlsx file input behind a French "Choisir le fichier…" button.
    expect(check).toMatch(/<input[^>]*type="file"[^>]*accept="\.xlsx"[^>]*data-testid="check-workbook"/);
    expect(check).toContain("Choisir le fichier…");
    expect(check).toContain("Le fichier n&#x27;est pas modifié.");

    for (const html of [build, check]) {
      // Nothing says these screens need Excel any more; the CLI stays a secondary line.
      expect(html).not.toMatch(/demande Excel/);
      expect(html).toContain("Le même travail en ligne de commande");
    }
  });

  it("says the workbook is complete when the build changed nothing, and lists the repairs otherwise", () => {
    expect(renderToString(<BuildOutcome result={{ changes: [], created: false }} />)).toContain(
      "Le classeur est déjà complet.",
    );
    const html = renderToString(
      <BuildOutcome
        result={{
          changes: [
            {
              op: { kind: "addSheet", sheet: "Indicateurs" },
              text: msg("build.repair.sheetAdded", { sheet: "Indicateurs" }),
            },
          ],
          created: false,
        }}
      />,
    );
    expect(html).toContain("1 élément(s) réparé(s)");
    expect(html).toContain("Feuille « Indicateurs » créée.");
  });

  it("groups findings by severity (errors first) then by code in the contract's order", () => {
    const groups = groupFindings([
      f("SENSITIVE_DATA", "warning", "H5"),
      f("COUNT_INVALID", "error", "C4"),
      f("DATE_MISSING", "error", "A3"),
      f("DATE_MISSING", "error", "A9"),
    ]);
    expect(groups.map((g) => [g.severity, g.codes.map((c) => [c.code, c.findings.length])])).toEqual([
      [
        "error",
        [
          ["DATE_MISSING", 2],
          ["COUNT_INVALID", 1],
        ],
      ],
      ["warning", [["SENSITIVE_DATA", 1]]],
    ]);
  });

  it("titles each group for a counsellor, errors before warnings, and keeps each finding's cell and message", () => {
    const report: CheckReport = {
      ok: false,
      summary: { errors: 1, warnings: 1, rows: 2 },
      findings: [
        {
          code: "DUPLICATE_ROW",
          severity: "warning",
          sheet: "Suivi",
          cell: "A3",
          row: 3,
          text: msg("check.duplicateRow", { row: 3, first: 2 }),
        },
        {
          code: "DATE_INVALID",
          severity: "error",
          sheet: "Suivi",
          cell: "A2",
          row: 2,
          text: msg("check.dateInvalid.noSuchDay", { cell: "A2", value: "31/02/2021" }),
        },
      ],
    };
    const html = renderToString(<CheckResult report={report} />);
    const at = (text: string) => {
      const index = html.indexOf(text);
      expect(index).toBeGreaterThanOrEqual(0);
      return index;
    };
    // Titles from the product's wording (one per code), the code as secondary text after it.
    expect(at("Dates invalides (1)")).toBeLessThan(at(">DATE_INVALID<"));
    expect(at("Lignes en double (1)")).toBeLessThan(at(">DUPLICATE_ROW<"));
    expect(html).not.toContain("DATE_INVALID (1)");
    // Errors first, even though the warning came first in the report.
    expect(at("Erreurs")).toBeLessThan(at("Dates invalides"));
    expect(at("Dates invalides")).toBeLessThan(at("Avertissements"));
    expect(at("Avertissements")).toBeLessThan(at("Lignes en double"));
    expect(at("Suivi!A2")).toBeLessThan(at("ce jour n&#x27;existe pas"));
    expect(at("Suivi!A3")).toBeLessThan(at("Ligne 3 identique à la ligne 2."));
  });

  it("shows the summary and caps a long list of one code", () => {
    const findings = Array.from({ length: SHOWN_PER_CODE + 5 }, (_, i) => f("DATE_MISSING", "error", `A${i + 2}`));
    const report: CheckReport = { ok: false, summary: { errors: findings.length, warnings: 0, rows: 300 }, findings };
    const html = renderToString(<CheckResult report={report} onSelect={() => undefined} />);
    expect(html).toContain(`${SHOWN_PER_CODE + 5} erreur(s), 0 avertissement(s) sur 300 ligne(s).`);
    expect(html).toContain("… et 5 autre(s)");
  });
});

describe("Importer in the task pane", () => {
  it("points to the Construire tab when the workbook has no Suivi table, where the CLI names its build command", async () => {
    // A workbook made elsewhere: a sheet, no tracking table.
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Feuil1");
    const csv = new TextEncoder().encode("Date;Indicateur\n04/01/2021;Entretiens réalisés\n");
    const report = await importRows(
      new XlsxWorkbook(workbook),
      { kind: "csv", bytes: csv },
      { skipInvalid: false, convention: METZ_2021_2023, today: "2021-06-30" },
    );
    expect(report.status).toBe("refused");
    const [problem] = report.problems;
    expect(problem?.code).toBe("TABLE_MISSING");
    // The command line keeps its own advice.
    expect(said(problem?.text)).toContain("suivi-convention build");

    for (const inExcel of [false, true]) {
      const messages = forThePane(report, inExcel).problems.map((p) => said(p.text));
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain(`« ${TRACKING_TABLE} »`);
      expect(messages[0]).toContain("onglet Construire");
      expect(messages[0]).not.toContain("suivi-convention");
    }
    expect(said(forThePane(report, false).problems[0]?.text)).toContain("Réparer un classeur existant");
    expect(said(forThePane(report, true).problems[0]?.text)).toContain("Construire / réparer le classeur");
  });
});
