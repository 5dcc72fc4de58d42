import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");

export interface ShellRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `command` in bash exactly as a user would type it (npx, npm run, pipes), French messages
 * unless `env` says otherwise. Exit code of a pipeline is its first failing command (pipefail).
 */
export function shell(command: string, cwd: string, env: NodeJS.ProcessEnv = {}, timeoutMs = 300_000): ShellRun {
  const result = spawnSync("bash", ["-o", "pipefail", "-c", command], {
    cwd,
    encoding: "utf8",
    timeout: timeoutMs,
    env: {
      ...process.env,
      SUIVI_LANG: "fr",
      npm_config_update_notifier: "false",
      npm_config_fund: "false",
      npm_config_audit: "false",
      ...env,
    },
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
