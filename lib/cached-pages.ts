// Listing pages that every visitor sees alike are served from Next's page cache. Their
// addresses keep their query strings (/hubs?page=2&sort=recent, /events?page=3); proxy.ts
// rewrites them to a cached twin route whose path holds the same choices
// (/hubs/all/recent/2, /events/all/3, /map/all/2). Any filter, or a value outside these bounds, leaves
// the request to the page that renders per request.
//
// The home page and /about depend on nothing in the request, so every address of theirs,
// whatever its query string (the home page's account notices are read in the browser), is
// served from one cached copy: a query string can never make a new one.

/** Pages past this are rare and left uncached, so a crawler cannot fill the cache. */
export const MAX_CACHED_PAGE = 300;

/** HUB_SORTS of lib/hubs/queries.ts (a unit test holds them equal; the proxy cannot import the queries). */
export const CACHED_HUB_SORTS = new Set(["name", "recent"]);

/** A page number as the listing links write it ("2", never "02"), within the cached range. */
function cachedPage(text: string | null): number | null {
  if (text === null) return 1;
  if (!/^[1-9][0-9]{0,2}$/.test(text)) return null;
  const page = Number(text);
  return page <= MAX_CACHED_PAGE ? page : null;
}

/**
 * The cached twin for a listing's address (its path as English has it, and its query), or
 * null when the address must render per request.
 */
export function cachedPageFor(pathname: string, query: URLSearchParams): string | null {
  if (pathname === "/") return "/home/cached";
  if (pathname === "/about") return "/about/cached";
  const keys = [...query.keys()];
  if (new Set(keys).size !== keys.length) return null;
  if (pathname === "/hubs") {
    if (keys.some((key) => key !== "page" && key !== "sort")) return null;
    const sort = query.get("sort") ?? "name";
    const page = cachedPage(query.get("page"));
    return CACHED_HUB_SORTS.has(sort) && page ? `/hubs/all/${sort}/${page}` : null;
  }
  if (pathname === "/events" || pathname === "/map") {
    if (keys.some((key) => key !== "page")) return null;
    const page = cachedPage(query.get("page"));
    return page ? `${pathname}/all/${page}` : null;
  }
  return null;
}
