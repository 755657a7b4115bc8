import "server-only";
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import CFB from "cfb";
// The Node entry by its own name: a bundler that resolves without the "node" condition would
// otherwise pick the browser build, which cannot read files.
import { fileTypeFromFile } from "file-type/node";
import { fileStorage } from "@/lib/storage";
import { CONTENT_TYPES } from "@/lib/storage/content-types";
import type { DocumentProblem } from "@/lib/storage/document-problems";
import type { DocumentExtension } from "@/lib/storage/keys";
import { MAX_DOCUMENT_BYTES } from "@/lib/storage/limits";
import { StorageLimitError, writeLimited } from "@/lib/storage/streams";

// A document sent for keeping (a library resource's file): what it is is read from its bytes,
// never from its name or the type the browser claimed. A PDF by its signature; office
// documents are zip containers (file-type reads the entries that say docx, xlsx, pptx, odt, ods,
// odp); the older Word, Excel and PowerPoint files are compound files (CFB) whose streams say
// which; any other zip is an archive. Anything else (an HTML page named .pdf, a program) is
// refused. The key's extension is the detected type's.

export class DocumentRefused extends Error {
  constructor(readonly problem: DocumentProblem) {
    super(problem);
    this.name = "DocumentRefused";
  }
}

export type StoredDocument = { key: string; extension: DocumentExtension; contentType: string; bytes: number };

/** file-type's names for the zip-based documents we keep, and for the plain zip. */
const ZIP_BASED = new Set<string>(["docx", "xlsx", "pptx", "odt", "ods", "odp", "zip"]);

/** An old office file's main stream, by which it is a Word, Excel or PowerPoint file. */
const CFB_STREAMS: readonly [string, DocumentExtension][] = [
  ["WordDocument", "doc"],
  ["Workbook", "xls"],
  ["Book", "xls"],
  ["PowerPoint Document", "ppt"],
];

async function compoundFileKind(file: string): Promise<DocumentExtension | null> {
  try {
    // At most MAX_DOCUMENT_BYTES: the staged file was written within the limit.
    const container = CFB.read(await readFile(file), { type: "buffer" });
    const names = new Set(container.FileIndex.map((entry) => entry.name));
    return CFB_STREAMS.find(([stream]) => names.has(stream))?.[1] ?? null;
  } catch {
    return null;
  }
}

/** What the file's bytes are, among the documents we keep; null for anything else. */
export async function documentKind(file: string): Promise<DocumentExtension | null> {
  const type = await fileTypeFromFile(file);
  if (!type) return null;
  if (type.ext === "pdf") return "pdf";
  if (ZIP_BASED.has(type.ext)) return type.ext as DocumentExtension;
  if (type.ext === "cfb") return compoundFileKind(file);
  return null;
}

/** Where a document waits while its type is read (outside the stored files: nothing there is ever served). */
export const stagingDirectory = () => process.env.UPLOAD_STAGING_DIR || path.join(os.tmpdir(), "echn-incoming");

/**
 * Keeps a document under `folder` (storageFolder(area)): streamed to a staging file within
 * `maxBytes` (past it, the rest is not read and nothing is kept), its type read from its
 * bytes, then stored under a new key with that type's extension. Throws DocumentRefused.
 */
export async function storeDocument(source: AsyncIterable<Uint8Array>, { folder, maxBytes = MAX_DOCUMENT_BYTES }: { folder: string; maxBytes?: number }): Promise<StoredDocument> {
  const name = randomBytes(16).toString("hex");
  const staging = stagingDirectory();
  await mkdir(staging, { recursive: true });
  const staged = path.join(staging, name);
  try {
    let bytes: number;
    try {
      bytes = await writeLimited(staged, source, maxBytes);
    } catch (e) {
      if (e instanceof StorageLimitError) throw new DocumentRefused("too-big");
      throw e;
    }
    if (bytes === 0) throw new DocumentRefused("missing");
    const extension = await documentKind(staged);
    if (!extension) throw new DocumentRefused("wrong-type");
    const key = `${folder}/${name}.${extension}`;
    const contentType = CONTENT_TYPES[extension]!;
    await fileStorage().putStream(key, createReadStream(staged), contentType, { maxBytes });
    return { key, extension, contentType, bytes };
  } finally {
    await rm(staged, { force: true });
  }
}
