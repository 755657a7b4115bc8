// Listing pages that every visitor sees alike are served from Next's page cache. Their
// addresses keep their query strings (/hubs?page=2&sort=recent); proxy.ts rewrites them to
// a cached twin route whose path holds the same choices (/hubs/all/recent/2). Any filter,
// or a value outside these bounds, leaves the request to the page that renders per request.

/** Pages past this are rare and left uncached, so a crawler cannot fill the cache. */
export const MAX_CACHED_PAGE = 300;

/** HUB_SORTS of lib/hubs/queries.ts (a unit test holds them equal; the proxy cannot import the queries). */
export const CACHED_HUB_SORTS = new Set(["name", "recent"]);

/** The cached twin for a listing address, or null when the address must render per request. */
export function cachedPageFor(url: URL): string | null {
  if (url.pathname !== "/hubs") return null;
  const params = [...url.searchParams.entries()];
  if (params.some(([key]) => key !== "page" && key !== "sort")) return null;
  if (new Set(params.map(([key]) => key)).size !== params.length) return null;
  const sort = url.searchParams.get("sort") ?? "name";
  const pageText = url.searchParams.get("page") ?? "1";
  if (!CACHED_HUB_SORTS.has(sort) || !/^[1-9][0-9]{0,2}$/.test(pageText)) return null;
  const page = Number(pageText);
  return page <= MAX_CACHED_PAGE ? `/hubs/all/${sort}/${page}` : null;
}
