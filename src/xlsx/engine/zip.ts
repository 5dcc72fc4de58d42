import { Inflate, Zip, ZipDeflate, inflateSync, type ZipInputFile } from "fflate";

/*
 * The zip layer of the file engine, for node and the browser alike (fflate only, no node module).
 * Entries are located through the central directory (local headers may defer their sizes to a data
 * descriptor, as ExcelJS's writer does), so an unchanged entry's compressed bytes can be copied to
 * the output as they are, with the same CRC and sizes: the part is byte-identical after a save.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate (anything else cannot be read, but can still be copied). */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** MS-DOS time and date words of the central directory. */
  dosTime: number;
  dosDate: number;
  encrypted: boolean;
  /** The compressed bytes (a view into the package's bytes, never copied). */
  raw: Uint8Array;
}

export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipFormatError";
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of a zip held in memory, in central directory order. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("end of central directory not found");
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL)
      throw new ZipFormatError("central directory damaged");
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const local = view.getUint32(at + 42, true);
    if (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff)
      throw new ZipFormatError("ZIP64 entries are not supported");
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL)
      throw new ZipFormatError("local header not found");
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > bytes.length) throw new ZipFormatError("entry runs past the end of the file");
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      flags,
      crc: view.getUint32(at + 16, true),
      compressedSize,
      size,
      dosTime: view.getUint16(at + 12, true),
      dosDate: view.getUint16(at + 14, true),
      encrypted: (flags & 1) === 1,
      raw: bytes.subarray(dataStart, dataStart + compressedSize),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The whole uncompressed content of an entry (for the small parts). */
export function inflateEntry(entry: ZipEntry): Uint8Array {
  if (entry.encrypted) throw new ZipFormatError(`${entry.name} is encrypted`);
  if (entry.method === 0) return entry.raw;
  if (entry.method === 8) return inflateSync(entry.raw, { out: new Uint8Array(entry.size) });
  throw new ZipFormatError(`${entry.name}: compression method ${entry.method} not supported`);
}

// fflate grows its output buffer by doubling and copying it: 16 KB of input at a time keeps each
// output chunk (and the buffers left behind) small enough to die young: a read's peak memory stays low.
const INFLATE_CHUNK = 1 << 14;

/** Streams an entry's uncompressed content to `onChunk`, 16 KB of input at a time. */
export function streamEntry(entry: ZipEntry, onChunk: (chunk: Uint8Array, final: boolean) => void): void {
  const steps = inflateSteps(entry, onChunk);
  while (!steps.next().done);
}

/**
 * Called by streamEntryPaced after each inflate step with the bytes given out so far; when it
 * returns a promise, the next step waits for it (undefined: the stream goes on at once).
 */
export type Pace = (inflated: number) => Promise<void> | undefined;

/**
 * streamEntry with a pause possible between two 16 KB steps: the page can show how far a long
 * read got (the inflated bytes against the entry's size) and take a click. Nothing per byte or per
 * cell: `pace` sees each step once, and only it decides whether to wait.
 */
export async function streamEntryPaced(
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array, final: boolean) => void,
  pace: Pace,
): Promise<void> {
  for (const inflated of inflateSteps(entry, onChunk)) {
    const wait = pace(inflated);
    if (wait) await wait;
  }
}

/** The inflate loop of both streams: yields the bytes given out so far after each step. */
function* inflateSteps(
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array, final: boolean) => void,
): Generator<number, void, undefined> {
  if (entry.encrypted) throw new ZipFormatError(`${entry.name} is encrypted`);
  if (entry.method === 0) {
    onChunk(entry.raw, true);
    yield entry.raw.length;
    return;
  }
  if (entry.method !== 8) throw new ZipFormatError(`${entry.name}: compression method ${entry.method} not supported`);
  let inflated = 0;
  const inflate = new Inflate((chunk, final) => {
    inflated += chunk.length;
    onChunk(chunk, final);
  });
  const raw = entry.raw;
  if (raw.length === 0) inflate.push(new Uint8Array(0), true);
  for (let at = 0; at < raw.length; at += INFLATE_CHUNK) {
    inflate.push(raw.subarray(at, at + INFLATE_CHUNK), at + INFLATE_CHUNK >= raw.length);
    yield inflated;
  }
}

// A zero date (some writers leave it so) would fall before 1980, which zip dates cannot hold.
const dosToDate = (time: number, date: number): Date =>
  new Date(
    1980 + (date >> 9),
    Math.max(1, (date >> 5) & 15) - 1,
    Math.max(1, date & 31),
    time >> 11,
    (time >> 5) & 63,
    (time & 31) * 2,
  );

/** What a package writer feeds a new entry with: called with a sink until the content is complete. */
export type EntryProducer = (write: (chunk: Uint8Array) => void) => void;

/**
 * A faster deflate than fflate's where the platform has one (node's zlib, native): the engine stays
 * free of node modules, the command line registers it (src/xlsx/node-codec.ts).
 */
export interface Codec {
  /** A raw deflate stream: each call returns the compressed bytes it can give so far. */
  deflateRaw(level: number): { push(chunk: Uint8Array): Uint8Array; end(): Uint8Array };
  crc32(chunk: Uint8Array, previous: number): number;
}

let codec: Codec | null = null;

export function useCodec(native: Codec | null): void {
  codec = native;
}

export type OutputEntry =
  { kind: "copy"; entry: ZipEntry } | { kind: "write"; name: string; produce: EntryProducer; level?: number };

/**
 * Writes a zip: copied entries keep their compressed bytes, CRC, sizes, method and date;
 * written entries are deflated as their producer emits them.
 */
export function writeZip(entries: OutputEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else {
      chunks.push(chunk);
      total += chunk.length;
    }
  });
  for (const item of entries) {
    if (item.kind === "copy") {
      const { entry } = item;
      const file: ZipInputFile = {
        filename: entry.name,
        size: entry.size,
        crc: entry.crc,
        compression: entry.method,
        // Bits 1 and 2 of the flags (the deflate level hint) as the source had them.
        flag: (entry.flags >> 1) & 3,
        mtime: dosToDate(entry.dosTime, entry.dosDate),
      };
      zip.add(file);
      file.ondata!(null, entry.raw as Uint8Array<ArrayBuffer>, true);
    } else if (codec) {
      const deflater = codec.deflateRaw(item.level ?? 6);
      const compressed: Uint8Array[] = [];
      let crc = 0;
      let size = 0;
      item.produce((chunk) => {
        crc = codec!.crc32(chunk, crc);
        size += chunk.length;
        const out = deflater.push(chunk);
        if (out.length > 0) compressed.push(out);
      });
      compressed.push(deflater.end());
      const file: ZipInputFile = { filename: item.name, size, crc, compression: 8, mtime: new Date() };
      zip.add(file);
      compressed.forEach((chunk, i) =>
        file.ondata!(null, chunk as Uint8Array<ArrayBuffer>, i === compressed.length - 1),
      );
    } else {
      const file = new ZipDeflate(item.name, { level: (item.level ?? 6) as 6 });
      file.mtime = new Date();
      zip.add(file);
      let pending: Uint8Array | null = null;
      // One chunk is held back so that the last one can be pushed with `final` set.
      item.produce((chunk) => {
        if (pending) file.push(pending, false);
        pending = chunk;
      });
      file.push(pending ?? new Uint8Array(0), true);
    }
    if (failure) throw failure;
  }
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
