import yauzl from "yauzl";

/** The text of one part of a zip (an .xlsx), read without unpacking the rest. */
export async function zipEntry(path: string, name: string): Promise<string> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName !== name) continue;
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    }
    throw new Error(`${name} not in ${path}`);
  } finally {
    zip.close();
  }
}
