// Next's own page cache (on disk, with its memory cache in front), except that it does not
// keep a "not found" page that was rendered while serving: any address under a cached route
// (/hubs/<any-slug>, /events/<any-slug>, the cached twins) would otherwise leave a copy on
// disk, so made-up addresses could fill it without bound. Such a page is rendered per
// request instead (one indexed lookup). Pages prerendered by `next build` are kept as before.
// Plain JavaScript: Next imports it at run time, outside its bundles (next.config.ts).
import FileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;

export default class PageCacheHandler extends FileSystemCache {
  async set(key, data, ctx) {
    const notFound = data?.kind === "APP_PAGE" && data.status === 404;
    if (notFound && process.env.NEXT_PHASE !== "phase-production-build") return;
    return super.set(key, data, ctx);
  }
}
