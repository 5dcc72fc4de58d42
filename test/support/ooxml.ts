import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/** The shared OOXML checker (ECMA-376 schemas and Excel's repair rules), beside the project. */
export const OOXML_CHECK = join(__dirname, "..", "..", "..", "shared", "tools", "ooxml", "ooxml-check.sh");
export const hasOoxmlCheck = existsSync(OOXML_CHECK);

/** Runs the checker on files; `ok` is its verdict, `output` what it printed (errors name the part). */
export function ooxmlCheck(...files: string[]): { ok: boolean; output: string } {
  const result = spawnSync(OOXML_CHECK, ["--quiet", ...files], { encoding: "utf8", timeout: 300_000 });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/** `describe` when the checker is there; otherwise skipped with a title the test script lists as NOT RUN. */
export function describeWithOoxmlCheck(title: string, body: () => void): void {
  if (hasOoxmlCheck) describe(title, body);
  else describe.skip(`[NOT RUN: ooxml-check missing] ${title}`, body);
}
