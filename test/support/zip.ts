import { strFromU8, strToU8 } from "fflate";
import yauzl from "yauzl";

/** The text of every part of a zip (an .xlsx, on disk or in memory) whose name matches, by name. */
export async function zipTexts(source: string | Uint8Array, names: RegExp): Promise<Map<string, string>> {
  const zip =
    typeof source === "string"
      ? await yauzl.openPromise(source, { lazyEntries: true, autoClose: false })
      : await yauzl.fromBufferPromise(Buffer.from(source), { lazyEntries: true });
  const texts = new Map<string, string>();
  try {
    for await (const entry of zip.eachEntry()) {
      if (!names.test(entry.fileName)) continue;
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      texts.set(entry.fileName, Buffer.concat(chunks).toString("utf8"));
    }
  } finally {
    zip.close();
  }
  return texts;
}

/** The text of one part of a zip (an .xlsx), read without unpacking the rest. */
export async function zipEntry(source: string | Uint8Array, name: string): Promise<string> {
  const text = (await zipTexts(source, new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`))).get(name);
  if (text === undefined) throw new Error(`${name} not in ${typeof source === "string" ? source : "the zip"}`);
  return text;
}

/**
 * The unzipped parts of a workbook as Excel leaves them once sheet `name` is deleted: its part, its
 * relationship, its content type and its <sheet> element gone (edited in place, returned).
 */
export function deleteSheetParts(files: Record<string, Uint8Array>, name: string): Record<string, Uint8Array> {
  const workbook = strFromU8(files["xl/workbook.xml"]);
  const sheet = new RegExp(`<sheet\\b[^>]*name="${name}"[^>]*/>`).exec(workbook)![0];
  const id = /r:id="([^"]+)"/.exec(sheet)![1];
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"]);
  const rel = new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*/>`).exec(rels)![0];
  const part = `xl/${/Target="([^"]+)"/.exec(rel)![1].replace(/^\/?xl\//, "")}`;
  delete files[part];
  files["xl/workbook.xml"] = strToU8(workbook.replace(sheet, ""));
  files["xl/_rels/workbook.xml.rels"] = strToU8(rels.replace(rel, ""));
  files["[Content_Types].xml"] = strToU8(
    strFromU8(files["[Content_Types].xml"]).replace(new RegExp(`<Override PartName="/${part}"[^>]*/>`), ""),
  );
  return files;
}
