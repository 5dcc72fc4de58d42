// Every command shown to users (README.md, npm start's messages, the task pane's texts) is run here
// as written, or is listed below with the test or CI step that runs it. A command shown to users
// that nothing runs fails this suite.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { get as httpGet } from "node:http";
import { get as httpsGet } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, shell } from "../support/shell";

const read = (path: string): string => readFileSync(join(ROOT, path), "utf8");

/** Command lines of the README: every line of its ```sh blocks, every inline `npx …`/`npm …`/`node …`. */
function readmeCommands(): string[] {
  const text = read("README.md");
  const blocks = [...text.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1].split("\n"));
  const inline = [...text.matchAll(/`((?:npx|npm|node) [^`]+)`/g)].map((m) => m[1]);
  return [...blocks, ...inline]
    .flatMap((line) => line.split(/\s*&&\s*|`, `/))
    .map((c) => c.trim())
    .filter((c) => c !== "" && !c.includes("…"));
}

/** Commands that `npm start` prints (French and English lines say the same commands). */
function startCommands(): string[] {
  return [...read("scripts/start.mjs").matchAll(/\b(npx [a-z-]+(?: (?:--?)?[a-z-]+)*|npm (?:start|stop))\b/g)].map(
    (m) => m[1],
  );
}

/** Commands the task pane shows: the i18n table (its areas) and the screens. */
function paneCommands(): string[] {
  const files = [
    ...readdirSync(join(ROOT, "src", "i18n", "areas")).map((f) => `src/i18n/areas/${f}`),
    ...readdirSync(join(ROOT, "src", "taskpane"), { recursive: true }).map((f) => `src/taskpane/${String(f)}`),
  ];
  return files
    .filter((f) => /\.tsx?$/.test(f))
    .flatMap((f) =>
      [
        ...read(f).matchAll(
          /\b((?:npx |npm run cli -- )?suivi-convention(?: [a-z]+)?(?: (?:--?[\w-]+(?:=[\w.-]+)?|[\w-]+(?:\.[\w-]+)+|\$\{\w+\}|\d{4}-S[12]))*(?: > [\w-]+(?:\.[\w-]+)+)?|npm (?:start|stop|test|install))(?![\w-])/g,
        ),
      ].map((m) => m[1]),
    )
    .filter((c) => !/^suivi-convention-/.test(c));
}

/** Commands run elsewhere, with where: each one is checked to exist there. */
const RUN_ELSEWHERE: Record<string, string> = {
  "npm install":
    "npm ci in .ci/run installs the same lockfile; test/cli/entry.test.ts runs npm install of the packed package",
  "npm test": ".ci/run runs it",
  "npm run build": "npm test runs it before the tests (scripts/test.mjs)",
  "npx office-addin-dev-certs install":
    "changes the system's certificate store: shown for administrators, never run by tests",
  "npm run format":
    "rewrites files in place; npm run lint (run in place below) checks the same formatting with prettier --check",
  "npm run mutation":
    "runs the unit tests once per mutant (tens of minutes): run by hand, its score recorded in docs/mutation.md",
  "npm run mutation:checks":
    "the same over the check, import and evaluation rules (longer still): run by hand, recorded in docs/mutation.md",
};

const all = [...new Set([...readmeCommands(), ...startCommands(), ...paneCommands()])];
const cliCommands = all.filter((c) => /^(npx suivi-convention|npm run cli --|suivi-convention)\b/.test(c));
const LONG_RUNNING = ["npm start", "npm stop", "npm run watch", "npm run dev-server"];
const IN_A_COPY = [
  "npm run build:dev",
  "npm run build:offline",
  "npx webpack --mode production --env url=https://your.host/path/",
  "node scripts/make-icons.mjs",
];
const IN_PLACE = [
  "npm run lint",
  "npm run validate",
  "npm run bench",
  "npm run eval:guard",
  "npm run guard:keys",
  "node scripts/guard-eval.mjs test/fixtures/guard-eval/notes.tsv",
];

test("every command shown to users is accounted for", () => {
  if (process.env.SHOW_COMMANDS) console.log(all.join("\n"));
  const handled = new Set([...cliCommands, ...LONG_RUNNING, ...IN_A_COPY, ...IN_PLACE, ...Object.keys(RUN_ELSEWHERE)]);
  expect(all.filter((c) => !handled.has(c))).toEqual([]);
  // Sanity: the extraction sees the README's own examples.
  expect(all).toEqual(
    expect.arrayContaining(["npx suivi-convention --help", "npm start", "npm stop", "npm test", "npm run lint"]),
  );
  expect(read(".ci/run")).toMatch(/^npm ci$/m);
  expect(read(".ci/run")).toMatch(/^npm test$/m);
  expect(read("scripts/test.mjs")).toContain('run("npm", ["run", "--silent", "build"])');
});

describe("the command line, as every text writes it", () => {
  let scratch: string;
  beforeAll(() => {
    mkdirSync(join(ROOT, ".tmp"), { recursive: true });
    scratch = mkdtempSync(join(ROOT, ".tmp", "readme-"));
    cpSync(join(ROOT, "examples"), join(scratch, "examples"), { recursive: true });
    // The pane's examples name a workbook « classeur.xlsx »: a tracking workbook of that name.
    expect(shell("npx suivi-convention build classeur.xlsx", scratch).code).toBe(0);
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test("in the order the README gives them, each succeeds", () => {
    for (const command of cliCommands) {
      // A bare name in a sentence (« suivi-convention check ») is checked through its --help.
      const bare = /^suivi-convention(?: [a-z]+)?$/.test(command);
      // The Évaluer screen fills in the last finished semester: any semester of the period stands for it.
      const written = command.replace(/\$\{\w+\}/g, "2021-S1");
      const line = written.startsWith("suivi-convention") ? `npx ${written}${bare ? " --help" : ""}` : written;
      const run = shell(line, scratch);
      expect({ line, code: run.code, stderr: run.stderr }).toEqual({ line, code: 0, stderr: run.stderr });
    }
    // What they produced: the README's workbook, its settings file, the amended workbook.
    expect(existsSync(join(scratch, "suivi-2021.xlsx"))).toBe(true);
    expect(JSON.parse(readFileSync(join(scratch, "metz.json"), "utf8"))).toMatchObject({
      number: "0162627",
      end: "2023-12-31",
    });
    const amended = shell("npx suivi-convention settings suivi-2021-2024.xlsx", scratch);
    const settings = JSON.parse(amended.stdout);
    expect(settings).toMatchObject({ operator: "France Travail", end: "2024-12-31" });
    expect(settings.annualCosts.map((a: { year: number; cost: number | null }) => [a.year, a.cost])).toEqual([
      [2021, 46795],
      [2022, 47309.75],
      [2023, null],
      [2024, 48200],
    ]);
  }, 600_000);
});

/** A copy of the project in which builds and servers may write their own dist/ and .tmp/. */
function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "sc-copy-"));
  symlinkSync(join(ROOT, "test"), join(dir, "test"));
  // Configurations and scripts locate their inputs and outputs from their own path (node and webpack
  // resolve links): real copies, so that nothing is written in the repository.
  for (const name of [
    "src",
    "bin",
    "examples",
    "scripts",
    "assets",
    "manifest.xml",
    "webpack.config.js",
    "package.json",
    "tsconfig.json",
    "tsconfig.cli.json",
    "eslint.config.mjs",
  ]) {
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  return dir;
}

/** Status of the dev server's page (https, or http when no certificate could be made), null when nothing answers. */
async function pageStatus(): Promise<number | null> {
  for (const get of [httpsGet, httpGet]) {
    const status = await new Promise<number | null>((resolve) => {
      const request = get(
        "https://localhost:3000/taskpane.html".replace(/^https/, get === httpGet ? "http" : "https"),
        { rejectUnauthorized: false, timeout: 5000 },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? null);
        },
      );
      request.on("error", () => resolve(null));
      request.on("timeout", () => request.destroy());
    });
    if (status !== null) return status;
  }
  return null;
}

/** Runs a command until `ready` appears in its output (or it exits), then ends its process group. */
function runUntil(
  command: string,
  cwd: string,
  ready: RegExp,
  timeoutMs: number,
): Promise<{ output: string; exited: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["-c", command], {
      cwd,
      detached: true,
      env: { ...process.env, npm_config_update_notifier: "false" },
    });
    let output = "";
    let done = false;
    const finish = (exited: number | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
      resolve({ output, exited });
    };
    const timer = setTimeout(
      () => (done ? undefined : reject(new Error(`${command}: nothing ready after ${timeoutMs} ms\n${output}`))),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) finish(null);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => finish(code));
  });
}

describe("development commands, in a copy of the project", () => {
  let copy: string;
  beforeAll(() => {
    copy = projectCopy();
  });
  afterAll(() => {
    shell("npm stop", copy);
    rmSync(copy, { recursive: true, force: true });
  });

  test("npm start serves the pane and says what to do next; npm stop ends the server", async () => {
    const start = shell("npm start", copy, { HOME: join(copy, ".home") }, 400_000);
    expect(start.code).toBe(0);
    expect(start.stdout).toMatch(/Serveur prêt : https?:\/\/localhost:3000\/taskpane\.html/);
    expect(start.stdout).toContain("npx suivi-convention --help");
    expect(await pageStatus()).toBe(200);
    const stop = shell("npm stop", copy);
    expect(stop.code).toBe(0);
    expect(stop.stdout).toMatch(/Serveur de développement arrêté/);
    expect(await pageStatus()).toBeNull();
  }, 420_000);

  test("npm run watch and npm run dev-server compile and keep running", async () => {
    for (const command of ["npm run watch", "npm run dev-server"]) {
      const { output, exited } = await runUntil(command, copy, /compiled (successfully|with \d+ warning)/, 400_000);
      expect({ command, exited }).toEqual({ command, exited: null });
      expect(output).not.toMatch(/ERROR in/);
    }
  }, 820_000);

  test("the build commands of the README write what they say", () => {
    expect(shell("npm run build:offline", copy, {}, 400_000).code).toBe(0);
    expect(existsSync(join(copy, "dist", "office-js", "office.js"))).toBe(true);
    expect(shell("npm run build:dev", copy, {}, 400_000).code).toBe(0);
    expect(existsSync(join(copy, "dist", "taskpane.html"))).toBe(true);
    expect(existsSync(join(copy, "dist", "node", "cli", "process.js"))).toBe(true);
    expect(shell("npx webpack --mode production --env url=https://your.host/path/", copy, {}, 400_000).code).toBe(0);
    const manifest = readFileSync(join(copy, "dist", "manifest.xml"), "utf8");
    expect(manifest).toContain("https://your.host/path/taskpane.html");
    expect(manifest).not.toContain("localhost:3000");
    const icons = shell("node scripts/make-icons.mjs", copy);
    expect(icons.code).toBe(0);
    for (const size of [16, 32, 64, 80, 128])
      expect(
        readFileSync(join(copy, "assets", `icon-${size}.png`))
          .subarray(1, 4)
          .toString(),
      ).toBe("PNG");
  }, 820_000);
});

describe("checks run in place", () => {
  // The bench runs as written, on small sizes: here it must run to the end, its figures are
  // read from a full run (`npm run bench` alone), not from a test.
  const SMALL_BENCH = {
    BENCH_CALLS: "20000",
    BENCH_ROWS: "2000",
    BENCH_BUILD_ROWS: "2000",
    BENCH_BUILD_RUNS: "1",
    BENCH_FILE_ROWS: "2000",
    BENCH_FILE_RUNS: "1",
  };
  test.each(IN_PLACE)(
    "%s exits 0",
    (command) => {
      const run = shell(command, ROOT, command === "npm run bench" ? SMALL_BENCH : {}, 900_000);
      expect({
        command,
        code: run.code,
        tail: run.code === 0 ? "" : `${run.stdout}\n${run.stderr}`.slice(-3000),
      }).toEqual({ command, code: 0, tail: "" });
    },
    900_000,
  );
});
