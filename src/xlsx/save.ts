import { randomBytes } from "node:crypto";
import { chmod, chown, lstat, open, readdir, readlink, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, isAbsolute, join } from "node:path";
import type ExcelJS from "exceljs";

/** The error code of a target the user marked read-only (no write permission bit at all). */
export const READ_ONLY = "READ_ONLY";

/** What the file system knows of the file being replaced, kept on the new one. */
interface Existing {
  mode: number;
  uid: number;
  gid: number;
}

async function existing(path: string): Promise<Existing | null> {
  try {
    const info = await stat(path);
    return { mode: info.mode & 0o7777, uid: info.uid, gid: info.gid };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** The file a save replaces: the target of a symbolic link (the link itself stays), else `path`. */
export async function saveTarget(path: string): Promise<string> {
  const info = await lstat(path).catch(() => null);
  if (!info?.isSymbolicLink()) return path;
  try {
    return await realpath(path);
  } catch {
    // A dangling link: the file it names is created.
    const target = await readlink(path);
    return isAbsolute(target) ? target : join(dirname(path), target);
  }
}

// Temporary files say what they are and which process wrote them: ".classeur.xlsx.suivi-convention-1234-a1b2c3.tmp".
const TEMP_MARK = "suivi-convention";

/** A temporary name next to `path`, in the same folder so that the final rename is atomic. */
export function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${TEMP_MARK}-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the temporary files a killed run left next to `path` (their process is gone); returns
 * their names. Files of a run still going are left alone.
 */
export async function removeStaleTemporaries(path: string): Promise<string[]> {
  const prefix = `.${basename(path)}.${TEMP_MARK}-`;
  let names: string[];
  try {
    names = await readdir(dirname(path));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const pid = Number(name.slice(prefix.length).split("-")[0]);
    if (!Number.isInteger(pid) || pid === process.pid || processAlive(pid)) continue;
    try {
      await unlink(join(dirname(path), name));
      removed.push(name);
    } catch {
      // Someone else removed it, or it cannot be removed: nothing to do.
    }
  }
  return removed;
}

/**
 * Writes `bytes` next to the file then renames them over it: readers never see a partial file.
 * Through a symbolic link the link's target is replaced; owner, group and permissions are kept;
 * a read-only target is refused (the rename would replace it anyway when its folder is writable).
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<{ removedTemporaries: string[] }> {
  return replaceAtomically(path, async (temp, mode) => {
    const handle = await open(temp, "wx", mode);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
}

/** Replaces the file at `path` with what `write` puts in a temporary file next to it. */
async function replaceAtomically(
  path: string,
  write: (temp: string, mode: number) => Promise<void>,
): Promise<{ removedTemporaries: string[] }> {
  const target = await saveTarget(path);
  const before = await existing(target);
  if (before !== null && (before.mode & 0o222) === 0)
    throw Object.assign(new Error(`${path} is read-only`), { code: READ_ONLY });
  const removedTemporaries = await removeStaleTemporaries(target);
  const temp = temporaryPath(target);
  try {
    await write(temp, before?.mode ?? 0o666);
    if (before !== null) {
      await chmod(temp, before.mode);
      // Only root may give a file away; for anyone else the owner is already theirs, the group may differ.
      await chown(temp, before.uid, before.gid).catch(() => chown(temp, -1, before.gid).catch(() => undefined));
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  return { removedTemporaries };
}

/**
 * Writes an ExcelJS workbook (a whole model in memory) the same way.
 * Node only (the task pane in a browser offers the bytes as a download instead).
 */
export async function saveAtomically(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  workbook.calcProperties.fullCalcOnLoad = true;
  await replaceAtomically(path, (temp) => workbook.xlsx.writeFile(temp));
}
