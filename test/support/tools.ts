import { existsSync } from "node:fs";
import { findSoffice } from "./libreoffice";

/** Chromium from Debian's package (never a browser download). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM_PATH);
export const hasLibreOffice = findSoffice() !== null;

/**
 * `describe` when the tool is there; otherwise the suite is skipped and says so in its title,
 * which the test script collects into a loud "did not run" summary.
 */
export function describeWith(tool: "LibreOffice" | "Chromium", title: string, body: () => void): void {
  const present = tool === "LibreOffice" ? hasLibreOffice : hasChromium;
  if (present) describe(title, body);
  else describe.skip(`[NOT RUN: ${tool} missing] ${title}`, body);
}
