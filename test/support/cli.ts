import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const SRC = join(ROOT, "src");
/** What `npm run build` (tsconfig.cli.json) compiles the command line's entry to. */
export const COMPILED_MAIN = join(ROOT, "dist", "node", "cli", "process.js");
/** The executable users run (package.json "bin"), which loads COMPILED_MAIN. */
export const BIN = join(ROOT, "bin", "suivi-convention.js");
const SOURCE_MAIN = join(__dirname, "cli-entry.ts");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");

/** Latest modification time of any file under `dir`. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

/**
 * How to start the real `suivi-convention` process: the compiled command when it is newer than
 * every source file (npm test builds it first; starting it takes a fraction of tsx's start-up),
 * otherwise the TypeScript sources through tsx, so a test never runs stale code.
 */
export function cliProcess(): { command: string; args: string[]; compiled: boolean } {
  if (existsSync(COMPILED_MAIN) && statSync(COMPILED_MAIN).mtimeMs > newestMtime(SRC)) {
    return { command: process.execPath, args: [BIN], compiled: true };
  }
  return { command: TSX, args: [SOURCE_MAIN], compiled: false };
}

let chosen: ReturnType<typeof cliProcess> | undefined;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `suivi-convention <args>` as a separate process (French messages unless `env` says otherwise). */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  chosen ??= cliProcess();
  const result = spawnSync(chosen.command, [...chosen.args, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: "utf8",
    env: { ...process.env, SUIVI_LANG: "fr", ...options.env },
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a command in this process and captures what it prints (faster than a process, same code path). */
export async function captureOutput(
  command: () => Promise<number>,
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const stdout = jest.spyOn(process.stdout, "write").mockImplementation((chunk) => ((out += String(chunk)), true));
  const stderr = jest.spyOn(process.stderr, "write").mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    const code = await command();
    return { code, out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}
