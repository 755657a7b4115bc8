// Next's own page cache (on disk, with a memory cache of bounded size in front), except that
// a "not found" page rendered while serving stays in memory only: any address under a cached
// route (/hubs/<any-slug>, /events/<any-slug>, the cached twins) would otherwise leave a copy
// on disk, so made-up addresses could fill it without bound. Kept in memory, the 404 still
// replaces the copy of a page that has gone (an archived hub), which memory is read before.
// Pages prerendered by `next build` are kept as before.
// Plain JavaScript: Next imports it at run time, outside its bundles (next.config.ts).
import FileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;

export default class PageCacheHandler extends FileSystemCache {
  set(key, data, ctx) {
    const notFound = data?.kind === "APP_PAGE" && data.status === 404;
    if (!notFound || process.env.NEXT_PHASE === "phase-production-build") return super.set(key, data, ctx);
    // The parent decides whether to write to disk before its first await, so the flag can be
    // put back as soon as the call returns.
    const flushToDisk = this.flushToDisk;
    this.flushToDisk = false;
    try {
      return super.set(key, data, ctx);
    } finally {
      this.flushToDisk = flushToDisk;
    }
  }
}
