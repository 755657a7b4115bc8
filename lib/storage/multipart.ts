import "server-only";
import { PassThrough, Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";

// A multipart/form-data body read as a stream (busboy), for the one route that takes files
// larger than a server action may: one file field is handed on as it arrives, never held
// whole in memory, and the few small text fields are read beside it. Nothing else is kept.

export type ReceivedFile<T> = { result: T | null; fileName: string | null; fields: Record<string, string> };

type Limits = { field: string; maxBytes: number; maxFields?: number; maxFieldBytes?: number };
/** What to do with a file `store` kept when the body then turns out broken (the client went away): remove it. */
type Discard<T> = (result: T) => Promise<void>;

export class NotMultipartError extends Error {
  constructor() {
    super("not a multipart/form-data body");
    this.name = "NotMultipartError";
  }
}

/** The body ended before the form did (the client went away, or sent a malformed form). */
export class IncompleteBodyError extends Error {
  constructor() {
    super("the body ended before the form did");
    this.name = "IncompleteBodyError";
  }
}

export class BodyTooLargeError extends Error {
  constructor() {
    super("the body is larger than its limit");
    this.name = "BodyTooLargeError";
  }
}

/**
 * Reads `request`'s multipart body: the file of field `field` goes to `store` as a stream of at
 * most `maxBytes + 1` bytes (one past the limit, so that `store` sees it was crossed and refuses);
 * other files are skipped. When `store` refuses, the rest of the body is still read and thrown
 * away (the server's own body limit bounds it), so the browser, still sending, gets the answer
 * rather than a reset connection. Rejects with what `store` threw, NotMultipartError,
 * BodyTooLargeError or IncompleteBodyError. `result` is null when no file was sent under `field`.
 */
export function receiveFile<T>(request: Request, limits: Limits, store: (file: AsyncIterable<Uint8Array>) => Promise<T>, discard: Discard<T>): Promise<ReceivedFile<T>> {
  return new Promise((resolve, reject) => {
    const type = request.headers.get("content-type") ?? "";
    if (!request.body || !/^multipart\/form-data\b/i.test(type)) return reject(new NotMultipartError());
    const maxFields = limits.maxFields ?? 8;
    let parser: busboy.Busboy;
    try {
      // Browsers send a file's name in UTF-8 (busboy reads it as Latin-1 by default).
      parser = busboy({ headers: { "content-type": type }, defParamCharset: "utf8", limits: { files: 1, fileSize: limits.maxBytes + 1, fields: maxFields, fieldSize: limits.maxFieldBytes ?? 1024, parts: maxFields + 1 } });
    } catch {
      return reject(new NotMultipartError());
    }
    const input = Readable.fromWeb(request.body as WebReadableStream<Uint8Array>);
    const fields: Record<string, string> = {};
    let stored: Promise<T> | null = null;
    let fileName: string | null = null;
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      finish();
    };
    parser.on("file", (name, stream, info) => {
      if (name !== limits.field || stored) {
        stream.resume();
        return;
      }
      fileName = info.filename ?? null;
      // `store` reads through a pass-through: when it stops early (refused), the part is drained
      // instead, and busboy goes on to the end of the body.
      const pass = new PassThrough();
      pass.once("close", () => {
        stream.unpipe(pass);
        stream.resume();
      });
      // A body cut off or refused mid-file ends busboy's stream with an error, which a pipe does
      // not pass on: `store` hears of it through its own stream, and stops.
      stream.on("error", () => undefined);
      pass.on("error", () => undefined); // heard by `store`'s own reading of it
      stream.once("close", () => {
        if (!stream.readableEnded) pass.destroy(new IncompleteBodyError());
      });
      stream.pipe(pass);
      stored = store(pass);
      stored.catch(() => undefined);
    });
    parser.on("field", (name, value) => {
      fields[name] = value;
    });
    parser.on("close", () => {
      // Destroyed with an error (the body failed): the pipeline's handler below answers.
      if (parser.errored) return;
      (stored ?? Promise.resolve(null)).then(
        (result) => settle(() => resolve({ result, fileName, fields })),
        (error: unknown) => settle(() => reject(error)),
      );
    });
    // The whole body is bounded too, whatever runs in front (server.ts bounds it the same way).
    const maxBody = 2 * limits.maxBytes + 64 * 1024;
    let read = 0;
    async function* bounded(chunks: AsyncIterable<Uint8Array>) {
      for await (const chunk of chunks) {
        if ((read += chunk.byteLength) > maxBody) throw new BodyTooLargeError();
        yield chunk;
      }
    }
    pipeline(input, bounded, parser).catch((error: unknown) => {
      // A broken body (cut off, malformed): busboy has ended the file's stream with the error, so
      // `store` stops and cleans up; a file it already kept is discarded.
      if (settled) return;
      void (stored ?? Promise.resolve(null))
        .then((kept) => (kept === null ? undefined : discard(kept)))
        .catch(() => undefined)
        .finally(() => settle(() => reject(error instanceof BodyTooLargeError ? error : new IncompleteBodyError())));
    });
  });
}
