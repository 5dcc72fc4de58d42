import { spawnSync } from "node:child_process";

// The layering rule of the project (src/core stays pure) is enforced by ESLint; these snippets are
// linted as if they were files at the given paths, so a config change that drops a rule shows up here.
// ESLint loads its flat config with a dynamic import, which jest's VM refuses: lint in a child process.
interface Probe {
  code: string;
  filePath: string;
}

const LINT_ALL = `
const { ESLint } = require("eslint");
let input = "";
process.stdin.on("data", (d) => (input += d));
process.stdin.on("end", async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const probe of JSON.parse(input)) {
    const [result] = await eslint.lintText(probe.code, { filePath: probe.filePath });
    out.push(result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId || "(parse error)"));
  }
  process.stdout.write(JSON.stringify(out));
});`;

function lint(probes: Probe[]): string[][] {
  const run = spawnSync(process.execPath, ["-e", LINT_ALL], {
    input: JSON.stringify(probes),
    encoding: "utf8",
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

const FORBIDDEN_IN_CORE: [string, string][] = [
  ["an ExcelJS import", 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n'],
  ["a React import", 'import { useState } from "react";\nexport const x = useState;\n'],
  ["a Fluent UI import", 'import { Button } from "@fluentui/react-components";\nexport const x = Button;\n'],
  ["a node module", 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n'],
  ["the Office adapter", 'import { OfficeWorkbook } from "../office/workbook";\nexport const x = OfficeWorkbook;\n'],
  ["the ExcelJS adapter", 'import { XlsxWorkbook } from "../xlsx/workbook";\nexport const x = XlsxWorkbook;\n'],
  ["the DOM", "export const x = () => document.title;\n"],
  ["the Excel global", "export const x = () => Excel.run(async () => undefined);\n"],
];

describe("src/core imports nothing from the hosts, the UI or the adapters", () => {
  let inCore: string[][];
  let allowed: string[][];
  beforeAll(() => {
    inCore = lint(FORBIDDEN_IN_CORE.map(([, code]) => ({ code, filePath: "src/core/layering-probe.ts" })));
    allowed = lint([
      { code: FORBIDDEN_IN_CORE[0][1], filePath: "src/xlsx/layering-probe.ts" },
      {
        code: 'import { SHEET } from "./contract";\nexport const x = SHEET.tracking;\n',
        filePath: "src/core/layering-probe.ts",
      },
    ]);
  });

  it.each(FORBIDDEN_IN_CORE.map(([what], i) => [what, i] as const))("refuses %s", (_what, i) => {
    expect(inCore[i].length).toBeGreaterThan(0);
  });

  it("accepts ExcelJS in the adapter, and pure code in the core", () => {
    expect(allowed).toEqual([[], []]);
  });
});
