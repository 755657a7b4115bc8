import "server-only";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { FileStorage } from "@/lib/storage";
import { contentTypeOfKey } from "@/lib/storage/content-types";
import { isStorageKey } from "@/lib/storage/keys";
import { writeLimited } from "@/lib/storage/streams";

/**
 * Files on the local disk under `root`. The content type follows from the key's extension,
 * so `put` refuses a mismatch rather than serve a file under the wrong type later.
 */
export function localDiskStorage(root: string): FileStorage {
  const base = path.resolve(root);
  const fileFor = (key: string) => {
    const file = path.resolve(base, key);
    // isStorageKey already forbids "..", absolute paths and backslashes; this is the second lock.
    if (!isStorageKey(key) || !file.startsWith(base + path.sep)) throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
    return file;
  };
  const checkType = (key: string, contentType: string) => {
    if (contentTypeOfKey(key) !== contentType) throw new Error(`Key ${key} does not match content type ${contentType}`);
  };
  return {
    async put(key, bytes, contentType) {
      const file = fileFor(key);
      checkType(key, contentType);
      await mkdir(path.dirname(file), { recursive: true });
      // Written aside, then renamed: a reader never sees half a file.
      const partial = `${file}.${process.pid}.${Date.now()}.part`;
      await writeFile(partial, bytes);
      await rename(partial, file);
    },
    async putStream(key, source, contentType, { maxBytes }) {
      const file = fileFor(key);
      checkType(key, contentType);
      await mkdir(path.dirname(file), { recursive: true });
      return writeLimited(file, source, maxBytes);
    },
    async get(key) {
      if (!isStorageKey(key)) return null;
      try {
        return { bytes: await readFile(fileFor(key)), contentType: contentTypeOfKey(key)! };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw e;
      }
    },
    async remove(key) {
      await rm(fileFor(key), { force: true });
    },
  };
}
