import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { METZ_2021_2023 } from "../../src/core/convention";
import { readWorkbookFile } from "../../src/xlsx/open";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { captureOutput, runCli } from "../support/cli";

const dir = mkdtempSync(join(tmpdir(), "sc-cli-"));

/** Runs the command in-process and captures what it prints. */
const cli = (...args: string[]) => captureOutput(() => main(args));

test("build --sample creates the workbook with sample rows, then a rebuild finds nothing to repair", async () => {
  const file = join(dir, "suivi.xlsx");
  const first = await cli("build", file, "--sample");
  expect(first).toMatchObject({ code: 0, err: "" });
  expect(first.out).toMatch(/^Classeur créé/);
  const table = await new XlsxWorkbook(await readWorkbookFile(file)).readTable("Suivi");
  expect(table!.grid.rows.length).toBeGreaterThan(100);
  const second = await cli("build", file);
  expect(second.code).toBe(0);
  expect(second.out).toMatch(/rien à réparer/);
});

test("--help on the command and on the shell", async () => {
  const help = await cli("build", "--help");
  expect(help.code).toBe(0);
  expect(help.out).toMatch(/Usage : suivi-convention build <fichier\.xlsx>/);
  const shell = await cli("--help");
  expect(shell.code).toBe(0);
  expect(shell.out).toMatch(/build\s+crée le classeur/);
});

test("refused input exits 1 with a French message: no file, unknown option, bad settings", async () => {
  expect(await cli("build")).toMatchObject({ code: 1, err: expect.stringMatching(/Indiquez un/) });
  expect(await cli("build", join(dir, "a.xlsx"), "--vite")).toMatchObject({
    code: 1,
    err: expect.stringMatching(/l'option « --vite » n'existe pas pour cette commande/),
  });
  expect(await cli("build", join(dir, "a.csv"))).toMatchObject({
    code: 1,
    err: expect.stringMatching(/extension \.xlsx/),
  });
  const settings = join(dir, "conv.json");
  writeFileSync(settings, JSON.stringify({ ...METZ_2021_2023, etp: -1 }));
  const refused = await cli("build", join(dir, "b.xlsx"), "--convention", settings);
  expect(refused.code).toBe(1);
  expect(refused.err).toMatch(/« etp » : valeur trop petite/);
  expect(existsSync(join(dir, "b.xlsx"))).toBe(false);
  writeFileSync(settings, "{ pas du json");
  expect(await cli("build", join(dir, "b.xlsx"), "--convention", settings)).toMatchObject({
    code: 1,
    err: expect.stringMatching(/n'est pas un JSON valide/),
  });
  expect(await cli("inconnue")).toMatchObject({ code: 1, err: expect.stringMatching(/Commande inconnue/) });
});

test("a settings file that is not JSON is refused in French, naming where the syntax breaks", async () => {
  const settings = join(dir, "syntaxe.json");
  // "{\n  pas du json": the first character that cannot start a property name is line 2, column 3.
  writeFileSync(settings, "{\n  pas du json");
  const broken = await cli("build", join(dir, "c.xlsx"), "--convention", settings);
  expect(broken.code).toBe(1);
  expect(broken.err).toMatch(/n'est pas un JSON valide : erreur de syntaxe ligne 2, colonne 3\./);
  expect(broken.err).not.toMatch(/Expected|Unexpected|position/);
  writeFileSync(settings, '{ "number": "0162627", ');
  const cut = await cli("build", join(dir, "c.xlsx"), "--convention", settings);
  expect(cut.err).toMatch(/n'est pas un JSON valide : le texte s'arrête avant la fin/);
  expect(existsSync(join(dir, "c.xlsx"))).toBe(false);
});

test("a file that cannot be read or written exits 2 and is left as it was", async () => {
  const notXlsx = join(dir, "faux.xlsx");
  writeFileSync(notXlsx, "ceci n'est pas un classeur");
  const r = await cli("build", notXlsx);
  expect(r.code).toBe(2);
  expect(readFileSync(notXlsx, "utf8")).toBe("ceci n'est pas un classeur");
  expect(await cli("build", join(dir, "absent", "x.xlsx"))).toMatchObject({
    code: 2,
    err: expect.stringMatching(/Impossible d'écrire/),
  });
  expect((await cli("build", join(dir, "x.xlsx"), "--convention", join(dir, "absent.json"))).code).toBe(2);
});

test("a settings file builds the workbook of another convention", async () => {
  const settings = join(dir, "ft.json");
  writeFileSync(
    settings,
    JSON.stringify({
      ...METZ_2021_2023,
      number: "0999999",
      operator: "France Travail",
      start: "2024-01-01",
      end: "2024-12-31",
      annualCosts: [{ year: 2024, cost: 48000 }],
    }),
  );
  const file = join(dir, "ft.xlsx");
  expect((await cli("build", file, "--convention", settings)).code).toBe(0);
  const wb = await readWorkbookFile(file);
  expect(wb.getWorksheet("Paramètres")!.getCell("B3").value).toBe("0999999");
  expect(wb.getWorksheet("Paramètres")!.getCell("B5").value).toBe("France Travail");
  expect(wb.getWorksheet("Indicateurs")!.getRow(1).values).toEqual([
    undefined,
    "Code",
    "Indicateur",
    "2024-S1",
    "2024-S2",
    "2024",
    "Total",
  ]);
});

test("the real process: exit code and no stack trace on stderr", () => {
  const run = runCli(["build", join(dir, "nowhere", "y.xlsx")]);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^Impossible d'écrire/);
  expect(run.stderr).not.toMatch(/\n\s+at /);
});

test("a repair without --convention keeps the period the workbook was built for", async () => {
  const file = join(dir, "autre-periode.xlsx");
  const settings = join(dir, "conv-2024.json");
  writeFileSync(
    settings,
    JSON.stringify({
      ...METZ_2021_2023,
      start: "2024-01-01",
      end: "2026-12-31",
      annualCosts: [2024, 2025, 2026].map((year) => ({ year, cost: 48000, note: "" })),
    }),
  );
  const built = await cli("build", file, "--convention", settings);
  expect(built.code).toBe(0);
  // Without settings, the preset (2021–2023) only fills what the workbook does not say.
  const repaired = await cli("build", file);
  expect(repaired).toMatchObject({ code: 0, err: "" });
  expect(repaired.out).toMatch(/rien à réparer/);
  const snapshot = await new XlsxWorkbook(await readWorkbookFile(file)).readSnapshot();
  const header = Object.values(snapshot.cells["Indicateurs"]).map((c) => c.value);
  expect(header).toContain("2024-S1");
  expect(header).not.toContain("2021-S1");
});

test("settings given explicitly to a workbook in use are written to Paramètres, and check then agrees with the sheets", async () => {
  const file = join(dir, "amende.xlsx");
  expect((await cli("build", file)).code).toBe(0);
  // An amendment: a fourth year and the new operator, nothing else (merged over the defaults).
  const amendment = join(dir, "avenant.json");
  writeFileSync(
    amendment,
    JSON.stringify({ end: "2024-12-31", operator: "France Travail", annualCosts: [{ year: 2024, cost: 48200 }] }),
  );
  expect((await cli("build", file, "--convention", amendment)).code).toBe(0);
  const check = await cli("check", file, "--today=2025-01-15");
  expect(check).toMatchObject({ code: 0, out: expect.stringContaining("0 erreur(s)") });
  const settings = JSON.parse((await cli("settings", file)).out);
  expect(settings).toMatchObject({ start: "2021-01-01", end: "2024-12-31", operator: "France Travail" });
  expect(settings.annualCosts.map((a: { year: number }) => a.year)).toEqual([2021, 2022, 2023, 2024]);
});
