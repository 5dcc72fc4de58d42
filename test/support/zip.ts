import yauzl from "yauzl";

/** The text of every part of a zip (an .xlsx, on disk or in memory) whose name matches, by name. */
export async function zipTexts(source: string | Uint8Array, names: RegExp): Promise<Map<string, string>> {
  const zip = typeof source === "string"
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
