import "server-only";
import { localDiskStorage } from "@/lib/storage/local-disk";

// Where uploaded files live, behind one small interface so that another driver (an object
// store) can replace the local disk without touching the callers.

export type StoredFile = { bytes: Buffer; contentType: string };

export interface FileStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /**
   * Writes a stream under `key`, whole or not at all: past `maxBytes` it stops reading, keeps
   * nothing and throws StorageLimitError (lib/storage/streams.ts). Returns the bytes written.
   */
  putStream(key: string, source: AsyncIterable<Uint8Array>, contentType: string, limits: { maxBytes: number }): Promise<number>;
  /** null when there is no file under that key. */
  get(key: string): Promise<StoredFile | null>;
  remove(key: string): Promise<void>;
}

let storage: FileStorage | undefined;

/** The configured storage: the local disk under UPLOAD_DIR (default `.data/uploads`). */
export function fileStorage(): FileStorage {
  storage ??= localDiskStorage(process.env.UPLOAD_DIR || ".data/uploads");
  return storage;
}
