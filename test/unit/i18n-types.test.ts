import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

// The i18n table's parameters are typed: a text with placeholders needs each of them, and a text
// without any takes none. Compiled here by tsc itself (jest does not type-check).
const ROOT = join(__dirname, "..", "..");

function compile(code: string): string {
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  const dir = mkdtempSync(join(ROOT, ".tmp", "i18n-types-"));
  try {
    const probe = join(dir, "probe.ts");
    const index = relative(dir, join(ROOT, "src", "i18n"))
      .split("\\")
      .join("/");
    writeFileSync(probe, `import { t, tDynamic } from "${index}";\n${code}\nexport { t, tDynamic };\n`);
    const tsc = require.resolve("typescript/bin/tsc");
    const run = spawnSync(
      process.execPath,
      [
        tsc,
        "--noEmit",
        "--strict",
        "--target",
        "es2022",
        "--module",
        "commonjs",
        "--moduleResolution",
        "node",
        "--skipLibCheck",
        probe,
      ],
      { encoding: "utf8", timeout: 120_000 },
    );
    return run.stdout + run.stderr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("t() parameters", () => {
  it("refuses a text whose placeholder is not given, and a parameter given to a text without any", () => {
    // "Fichier « {file} » introuvable" (check.open.notFound) needs {file}; "Suivi de convention" (app.title) takes
    // none.
    const out = compile(
      `export const a = t("check.open.notFound", {});\nexport const b = t("check.open.notFound");\nexport const c = t("app.title", { file: "x" });`,
    );
    expect(out).toMatch(/probe\.ts\(2,[^)]*\): error TS2345:[\s\S]*Property 'file' is missing/);
    expect(out).toMatch(/probe\.ts\(3,[^)]*\): error TS2554/);
    expect(out).toMatch(/probe\.ts\(4,[^)]*\): error TS2353|probe\.ts\(4,[^)]*\): error TS2322/);
  }, 120_000);

  it("accepts every placeholder given, a key computed at run time through tDynamic, and a locale", () => {
    const out = compile(
      `export const a = t("check.open.notFound", { file: "x.xlsx" }, "en");\nexport const b = t("app.title");\nexport const c = tDynamic("check.open." + String(Date.now() > 0 ? "notFound" : "empty"), { file: "x" });`,
    );
    expect(out).toBe("");
  }, 120_000);
});
