import "server-only";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { pipeline } from "node:stream/promises";

/** A stream passed its limit: nothing of it was kept. */
export class StorageLimitError extends Error {
  constructor(readonly maxBytes: number) {
    super(`larger than ${maxBytes} bytes`);
    this.name = "StorageLimitError";
  }
}

/**
 * Writes `source` to `file`, aside first (`<file>.<random>.part`) and renamed when whole, so a
 * reader never sees half a file. Past `maxBytes` the write stops at once (the rest is not
 * read) and the partial file is removed; so it is on any other failure. Returns the bytes written.
 */
export async function writeLimited(file: string, source: AsyncIterable<Uint8Array>, maxBytes: number): Promise<number> {
  const partial = `${file}.${randomBytes(6).toString("hex")}.part`;
  let bytes = 0;
  try {
    await pipeline(
      source,
      async function* (chunks: AsyncIterable<Uint8Array>) {
        for await (const chunk of chunks) {
          bytes += chunk.byteLength;
          if (bytes > maxBytes) throw new StorageLimitError(maxBytes);
          yield chunk;
        }
      },
      createWriteStream(partial, { flags: "wx" }),
    );
    await rename(partial, file);
    return bytes;
  } catch (e) {
    await rm(partial, { force: true });
    throw e;
  }
}
