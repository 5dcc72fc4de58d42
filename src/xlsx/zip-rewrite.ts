import { createWriteStream } from "node:fs";
import { Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import yauzl from "yauzl";
import yazl from "yazl";

/** How to rewrite one zip into another without holding a large entry in memory. */
export interface ZipRewrite {
  /** Small entries rewritten as a whole (the text is UTF-8 XML). */
  edit?: Record<string, (text: string) => string>;
  /**
   * Large entries copied as a stream: only the bytes after the last occurrence of `marker` are
   * held back, and `insert` goes just before the marker (e.g. before "</worksheet>").
   */
  insertBefore?: Record<string, { marker: string; insert: string }>;
  /** New entries, written after the copied ones. */
  add?: { name: string; text: string }[];
  /** Deflate level of the output (zlib 0–9). */
  compressionLevel?: number;
}

// ExcelJS's streaming writer names some entries "/xl/…": zip entry names must be relative.
const entryName = (name: string): string => name.replace(/^\/+/, "");

/**
 * Copies the zip at `source` into `target`, applying `rewrite`. Entries are read one at a time as
 * yazl asks for them, so memory stays bounded by the small edited parts.
 */
export async function rewriteZip(source: string, target: string, rewrite: ZipRewrite): Promise<void> {
  const input = await yauzl.openPromise(source, { lazyEntries: true, autoClose: false, strictFileNames: false });
  try {
    const entries: yauzl.Entry[] = [];
    for await (const entry of input.eachEntry()) entries.push(entry);
    const names = new Set(entries.map((e) => entryName(e.fileName)));
    for (const added of rewrite.add ?? []) {
      if (names.has(added.name)) throw new Error(`zip entry ${added.name} already exists`);
    }
    for (const name of [...Object.keys(rewrite.edit ?? {}), ...Object.keys(rewrite.insertBefore ?? {})]) {
      if (!names.has(name)) throw new Error(`zip entry ${name} not found`);
    }

    // Edited parts are read and rewritten before anything is written: a failing edit writes nothing.
    const edited = new Map<string, Buffer>();
    for (const entry of entries) {
      const name = entryName(entry.fileName);
      const edit = rewrite.edit?.[name];
      if (edit) edited.set(name, Buffer.from(edit(await readText(input, entry)), "utf8"));
    }

    const output = new yazl.ZipFile();
    let aborted = false;
    const zipFailed = new Promise<never>((_, reject) => output.on("error", reject));
    zipFailed.catch(() => undefined); // observed through the race below
    const file = createWriteStream(target, { flags: "wx" });
    const written = pipeline(output.outputStream, file);
    try {
      const options = { compressionLevel: rewrite.compressionLevel ?? 6 };
      for (const entry of entries) {
        const name = entryName(entry.fileName);
        if (entry.fileName.endsWith("/")) continue;
        const insert = rewrite.insertBefore?.[name];
        const buffer = edited.get(name);
        if (buffer) {
          output.addBuffer(buffer, name, options);
          continue;
        }
        output.addReadStreamLazy(name, options, (callback) => {
          if (aborted) return callback(new Error("zip copy aborted"), undefined as unknown as NodeJS.ReadableStream);
          input
            .openReadStreamPromise(entry)
            .then((stream) =>
              callback(null, insert ? stream.pipe(new InsertBeforeLast(insert.marker, insert.insert)) : stream),
            )
            .catch((error: unknown) => callback(error, undefined as unknown as NodeJS.ReadableStream));
        });
      }
      for (const added of rewrite.add ?? []) output.addBuffer(Buffer.from(added.text, "utf8"), added.name, options);
      output.end();
      await Promise.race([written, zipFailed]);
    } catch (error) {
      // Stop the copy and let the output file close before the caller removes it.
      aborted = true;
      file.destroy();
      await written.catch(() => undefined);
      throw error;
    }
  } finally {
    input.close();
  }
}

async function readText(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Passes bytes through, keeping back only what could still contain the last `marker`; at the end,
 * puts `insert` before the last marker. Fails when the marker never appears.
 */
export class InsertBeforeLast extends Transform {
  private held = Buffer.alloc(0);
  private readonly marker: Buffer;

  constructor(
    marker: string,
    private readonly insert: string,
  ) {
    super();
    this.marker = Buffer.from(marker, "utf8");
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const all = this.held.length > 0 ? Buffer.concat([this.held, chunk]) : chunk;
    // Keep the tail from the last marker on (a later chunk may hold another), or enough bytes
    // to complete a marker split across chunks.
    const at = all.lastIndexOf(this.marker);
    const keepFrom = at >= 0 ? at : Math.max(0, all.length - (this.marker.length - 1));
    if (keepFrom > 0) this.push(all.subarray(0, keepFrom));
    this.held = Buffer.from(all.subarray(keepFrom));
    callback();
  }

  override _flush(callback: TransformCallback): void {
    const at = this.held.lastIndexOf(this.marker);
    if (at < 0) {
      callback(new Error(`marker ${this.marker.toString("utf8")} not found`));
      return;
    }
    this.push(Buffer.concat([this.held.subarray(0, at), Buffer.from(this.insert, "utf8"), this.held.subarray(at)]));
    callback();
  }
}
