// The command as users start it: `npx suivi-convention …` and `npm run cli -- …` in the repository,
// and the executable of the package as `npm pack` ships it, installed in an empty folder.
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, shell } from "../support/shell";

let scratch: string;
beforeAll(() => {
  // Under the repository, so that npx finds the project's own executable, as it does for a user there.
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  scratch = mkdtempSync(join(ROOT, ".tmp", "entry-"));
  copyFileSync(join(ROOT, "examples", "export-agenda.csv"), join(scratch, "agenda.csv"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("npx suivi-convention, in the repository", () => {
  test("--help prints the commands and exits 0", () => {
    const run = shell("npx suivi-convention --help", scratch);
    expect(run.code).toBe(0);
    for (const name of ["build", "check", "import", "settings", "evaluate", "dashboard"])
      expect(run.stdout).toMatch(new RegExp(`^  ${name} `, "m"));
  });

  test("one success per command, each doing what it says", () => {
    const build = shell("npx suivi-convention build suivi.xlsx", scratch);
    expect(build).toMatchObject({ code: 0, stdout: expect.stringContaining("Classeur créé : suivi.xlsx") });
    expect(existsSync(join(scratch, "suivi.xlsx"))).toBe(true);
    const check = shell("npx suivi-convention check suivi.xlsx --today=2024-01-15", scratch);
    expect(check).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("0 erreur(s), 0 avertissement(s), 0 ligne(s)"),
    });
    // The example agenda has five rows, one of them with an indicator that is not in the convention.
    const imported = shell("npx suivi-convention import suivi.xlsx agenda.csv --skip-invalid", scratch);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain("4 ligne(s)");
    expect(shell("npx suivi-convention check suivi.xlsx --today=2024-01-15", scratch).stdout).toContain(
      "4 ligne(s) de suivi",
    );
    const settings = shell("npx suivi-convention settings suivi.xlsx", scratch);
    expect(settings.code).toBe(0);
    expect(JSON.parse(settings.stdout)).toMatchObject({
      number: "0162627",
      start: "2021-01-01",
      end: "2023-12-31",
      etp: 0.5,
    });
  });

  test("a refused input exits 1, an unreadable file exits 2, without a stack trace", () => {
    const refused = shell("npx suivi-convention build notes.txt", scratch);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("« notes.txt » : le classeur doit porter l'extension .xlsx.");
    writeFileSync(join(scratch, "pas-un-classeur.xlsx"), "bonjour");
    for (const command of ["build", "check", "import"]) {
      const args = command === "import" ? "pas-un-classeur.xlsx agenda.csv" : "pas-un-classeur.xlsx";
      const run = shell(`npx suivi-convention ${command} ${args}`, scratch);
      expect({ command, code: run.code }).toEqual({ command, code: 2 });
      expect(run.stderr).toContain("pas-un-classeur.xlsx");
      expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
    }
  });

  // As root every file is readable: the refusal is seen through another user, as runuser gives it. That user
  // must be able to reach the command itself, which a checkout inside a private directory does not allow.
  const otherUser =
    process.getuid?.() === 0 &&
    shell("command -v runuser", ROOT).code === 0 &&
    shell(`runuser -u nobody -- test -r "${join(ROOT, "dist", "node", "cli", "process.js")}"`, ROOT).code === 0;
  (otherUser ? describe : describe.skip)(
    `${otherUser ? "" : "[NOT RUN: root, runuser and a checkout other users can read needed] "}as another user`,
    () => {
      test("a workbook the user may not read: exit 2 and a French reason, not node's code", () => {
        const locked = mkdtempSync(join(tmpdir(), "sc-locked-"));
        try {
          chmodSync(locked, 0o755);
          copyFileSync(join(ROOT, "examples", "export-agenda.csv"), join(locked, "verrou.xlsx"));
          chmodSync(join(locked, "verrou.xlsx"), 0o000);
          const run = shell(
            `runuser -u nobody -- node "${join(ROOT, "bin", "suivi-convention.js")}" check "${join(locked, "verrou.xlsx")}"`,
            locked,
            { HOME: locked },
          );
          expect(run.code).toBe(2);
          expect(run.stderr).toContain("accès refusé");
          expect(run.stderr).not.toMatch(/EACCES|EPERM/);
        } finally {
          rmSync(locked, { recursive: true, force: true });
        }
      });
    },
  );

  test("the same exit code for the same mistake in every command", () => {
    for (const command of [
      "build suivi.xlsx",
      "check suivi.xlsx",
      "import suivi.xlsx agenda.csv",
      "settings",
      "evaluate suivi.xlsx --final",
      "dashboard suivi.xlsx",
    ]) {
      const run = shell(`npx suivi-convention ${command} --bogus`, scratch);
      expect({ command, code: run.code }).toEqual({ command, code: 1 });
      expect(run.stderr).toContain("l'option « --bogus » n'existe pas pour cette commande");
    }
    expect(shell("npx suivi-convention frobnicate", scratch).code).toBe(1);
    expect(shell("npx suivi-convention", scratch).code).toBe(1);
  });

  test("a closed pipe ends the output quietly", () => {
    // 1 500 sample rows checked against a convention that ends in June 2021: far more output than a pipe holds.
    expect(shell("npx suivi-convention build gros.xlsx --sample", scratch).code).toBe(0);
    writeFileSync(join(scratch, "court.json"), JSON.stringify({ end: "2021-06-30" }));
    const run = shell(
      "npx suivi-convention check gros.xlsx --convention court.json --today=2024-01-15 | head -1",
      scratch,
    );
    expect(run.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(run.stdout).toContain("Vérification de « gros.xlsx »");
    expect(run.stderr).toBe("");
    // pipefail: the command's own code (1: rows out of the period), not a crash.
    expect(run.code).toBe(1);
  });

  test("npm run cli -- works on files relative to where it is typed", () => {
    const run = shell("npm run --silent cli -- build depuis-npm.xlsx", scratch);
    expect(run.code).toBe(0);
    expect(existsSync(join(scratch, "depuis-npm.xlsx"))).toBe(true);
    expect(shell("npm run cli -- --help", scratch).stdout).toContain("Commandes :");
  });

  test("English on request", () => {
    const run = shell("npx suivi-convention check suivi.xlsx --bogus", scratch, { SUIVI_LANG: "en" });
    expect(run.stderr).toContain("Wrong arguments (the option --bogus does not exist for this command)");
  });
});

describe("the package as npm pack ships it", () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "sc-packed-"));
    const packed = shell(`npm pack --silent --pack-destination "${folder}"`, ROOT);
    expect(packed.code).toBe(0);
    const tarball = readdirSync(folder).find((f) => f.endsWith(".tgz"));
    if (!tarball) throw new Error(`npm pack made no tarball: ${packed.stderr}`);
    const project = join(folder, "project");
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "essai", version: "1.0.0", private: true }));
    const installed = shell(`npm install --prefer-offline --no-audit --no-fund "../${tarball}"`, project, {}, 600_000);
    if (installed.code !== 0) throw new Error(`npm install of the tarball failed: ${installed.stderr}`);
    copyFileSync(join(ROOT, "examples", "export-agenda.csv"), join(project, "agenda.csv"));
  }, 900_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test("its executable runs every command from a plain install", () => {
    const project = join(folder, "project");
    expect(shell("npx suivi-convention --help", project)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("Commandes :"),
    });
    expect(shell("npx suivi-convention build suivi.xlsx", project).code).toBe(0);
    expect(shell("npx suivi-convention import suivi.xlsx agenda.csv --skip-invalid", project).code).toBe(0);
    expect(shell("npx suivi-convention check suivi.xlsx --today=2024-01-15", project)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("4 ligne(s) de suivi"),
    });
    expect(shell("npx suivi-convention check absent.xlsx", project).code).toBe(2);
    expect(shell("npx suivi-convention build absent.csv", project).code).toBe(1);
  });
});
