// `npm test`: makes sure the tools the integration tests need are present (installing them with
// apt when running as root), builds the add-in, runs jest, and ends with a plain summary line.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, mkdirSync } from "node:fs";

const has = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const needed = [];
if (!has("soffice")) needed.push("libreoffice-calc-nogui");
if (!existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium")) needed.push("chromium");
if (!has("xmllint")) needed.push("libxml2-utils");
if (spawnSync("/usr/bin/python3", ["-c", "import openpyxl"]).status !== 0) needed.push("python3-openpyxl");
if (needed.length > 0 && process.getuid?.() === 0 && has("apt-get")) {
  console.log(`Installing ${needed.join(", ")} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update"], { stdio: "inherit", env });
  spawnSync("apt-get", ["install", "-y", "--no-install-recommends", ...needed], { stdio: "inherit", env });
}

const run = (cmd, args) => spawnSync(cmd, args, { stdio: "inherit", shell: false });
if (!process.argv.includes("--no-build")) {
  const built = run("npm", ["run", "--silent", "build"]);
  if (built.status !== 0) process.exit(built.status ?? 1);
}

mkdirSync(".tmp", { recursive: true });
const jestArgs = [
  "jest",
  "--ci",
  "--json",
  "--outputFile=.tmp/jest-results.json",
  ...process.argv.slice(2).filter((a) => a !== "--no-build"),
];
const result = run("npx", jestArgs);

if (existsSync(".tmp/jest-results.json")) {
  const report = JSON.parse(readFileSync(".tmp/jest-results.json", "utf8"));
  const notRun = new Set();
  const reasons = new Set();
  for (const file of report.testResults) {
    for (const test of file.assertionResults) {
      const match = /\[NOT RUN: ([^\]]+)\]/.exec(test.ancestorTitles.join(" "));
      if (match && test.status !== "passed") {
        notRun.add(`${match[1]}: ${test.ancestorTitles.join(" › ")}`);
        reasons.add(match[1]);
      }
    }
  }
  if (notRun.size > 0) {
    console.log("\n!!! Some integration tests DID NOT RUN because a tool is missing:");
    for (const line of notRun) console.log(`!!!   ${line}`);
    // Only Debian's packages can be installed from here; the OOXML checker is not one of them.
    if ([...reasons].some((reason) => /libreoffice|chromium|xmllint|openpyxl/i.test(reason))) {
      console.log(
        "!!! Install them (as root: apt-get install -y libreoffice-calc-nogui chromium libxml2-utils python3-openpyxl)" +
          " and run npm test again.",
      );
    }
    if ([...reasons].some((reason) => reason.includes("ooxml-check"))) {
      console.log("!!! The OOXML schema checker is not a package: it is looked for in ../shared/tools/ooxml/.");
    }
    console.log("");
  }
  const skipped = report.numPendingTests + report.numTodoTests;
  console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
}
process.exit(result.status ?? 1);
