import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findOpenpyxlPython } from "./corpus";
import { hasOoxmlCheck } from "./ooxml";
import { findSoffice } from "./libreoffice";

/** Chromium from Debian's package (never a browser download). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM_PATH);
export const hasLibreOffice = findSoffice() !== null;
/** A python that imports openpyxl (Debian's python3-openpyxl), or null. */
export const OPENPYXL_PYTHON = findOpenpyxlPython();
export { OOXML_CHECK, hasOoxmlCheck } from "./ooxml";
export const hasXmllint = spawnSync("sh", ["-c", "command -v xmllint"]).status === 0;

type Tool = "LibreOffice" | "Chromium" | "openpyxl" | "ooxml-check" | "xmllint";

const PRESENT: Record<Tool, boolean> = {
  LibreOffice: hasLibreOffice,
  Chromium: hasChromium,
  openpyxl: OPENPYXL_PYTHON !== null,
  "ooxml-check": hasOoxmlCheck,
  xmllint: hasXmllint,
};
const present = (tool: Tool): boolean => PRESENT[tool];

/**
 * `describe` when the tools are there; otherwise the suite is skipped and says so in its title,
 * which the test script collects into a loud "did not run" summary.
 */
export function describeWith(tools: Tool | Tool[], title: string, body: () => void): void {
  const missing = (Array.isArray(tools) ? tools : [tools]).filter((tool) => !present(tool));
  if (missing.length === 0) describe(title, body);
  else describe.skip(`[NOT RUN: ${missing.join(", ")} missing] ${title}`, body);
}
