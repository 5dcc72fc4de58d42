import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

/** Path of the LibreOffice binary, or null when it is not installed. */
export function findSoffice(): string | null {
  for (const candidate of ["soffice", "libreoffice"]) {
    const found = spawnSync("sh", ["-c", `command -v ${candidate}`], { encoding: "utf8" });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return null;
}

// A profile that recalculates every formula on load: otherwise LibreOffice keeps the cached
// values written in the file and the test would compare the file with itself.
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Recalculates each .xlsx with LibreOffice (one process for all files: start-up is seconds) and
 * returns the paths of the recalculated copies, in the same order. Throws when LibreOffice fails.
 */
export function recalculate(files: string[]): string[] {
  const soffice = findSoffice();
  if (!soffice) throw new Error("LibreOffice (soffice) is not installed");
  const work = mkdtempSync(join(tmpdir(), "sc-lo-"));
  const profile = join(work, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  const outDir = join(work, "out");
  mkdirSync(outDir);
  try {
    execFileSync(
      soffice,
      [
        "--headless",
        "--norestore",
        "--nologo",
        `-env:UserInstallation=file://${profile}`,
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        outDir,
        ...files,
      ],
      { env: { ...process.env, HOME: work }, stdio: "pipe", timeout: 600_000 },
    );
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
  return files.map((file) => {
    const out = join(outDir, basename(file));
    if (!existsSync(out)) throw new Error(`LibreOffice produced no output for ${file}`);
    return out;
  });
}

/** Use as `describeWithLibreOffice("…", () => …)`: the suite reports loudly when it cannot run. */
export const hasLibreOffice = findSoffice() !== null;
