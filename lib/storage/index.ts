import "server-only";
import { localDiskStorage } from "@/lib/storage/local-disk";

// Where uploaded files live, behind one small interface so that another driver (an object
// store) can replace the local disk without touching the callers.

export type StoredFile = { bytes: Buffer; contentType: string };

export interface FileStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
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
