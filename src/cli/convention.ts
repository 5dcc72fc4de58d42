import { readFile } from "node:fs/promises";
import { t } from "../i18n";
import "../i18n/areas/cli";
import { parseConventionOverrides, METZ_2021_2023, type Convention } from "../core/convention";
import { CliError, fileReason } from "./output";

/**
 * The convention settings of `--convention <file.json>`: the file gives what differs from the Metz
 * 2021–2023 preset (period, FTE, yearly costs…) and is merged over it; the preset when no file is
 * given. An unreadable file exits 2; a file that is not JSON or not valid settings exits 1.
 */
export async function loadConvention(path: string | undefined): Promise<Convention> {
  if (path === undefined) return METZ_2021_2023;
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new CliError(2, t("cli.fileUnreadable", { file: path, reason: fileReason(error, "read") }));
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CliError(1, t("build.cli.badJson", { file: path, reason: jsonSyntaxReason(text, error) }));
  }
  const parsed = parseConventionOverrides(json, METZ_2021_2023);
  if (!parsed.ok)
    throw new CliError(
      1,
      [t("build.cli.badConvention", { file: path }), ...parsed.errors.map((e) => `  - ${e}`)].join("\n"),
    );
  return parsed.convention;
}

/** Where JSON.parse stopped, in the user's language (its own message is English). */
function jsonSyntaxReason(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : "";
  const body = text.replace(/^\uFEFF/, "");
  const position = /at position (\d+)/.exec(message);
  if (/end of JSON input/i.test(message) || (position && body.slice(Number(position[1])).trim() === ""))
    return t("cli.reason.jsonEnd");
  if (!position) return t("cli.reason.jsonSyntax");
  const before = body.slice(0, Number(position[1])).split("\n");
  return t("cli.reason.jsonAt", { line: before.length, column: before[before.length - 1].length + 1 });
}
