// Listing pages that every visitor sees alike are served from Next's page cache. Their
// addresses keep their query strings (/hubs?page=2&sort=recent, /events?page=3); proxy.ts
// rewrites them to a cached twin route whose path holds the same choices
// (/hubs/all/recent/2, /events/all/3, /map/all/2). Any filter, or a value outside these bounds,
// leaves the request to the page that renders per request. Each area declares its twin in
// lib/public-areas.ts with one of these.
//
// The home page, /about and /p2p depend on nothing in the request, so every address of theirs,
// whatever its query string (notices are read in the browser), is served from one cached
// copy: a query string can never make a new one.

/** From an address's query to its cached twin's path, or null when it renders per request. */
export type CachedTwin = (query: URLSearchParams) => string | null;

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

/** Only these query keys, each at most once. */
const onlyKeys = (query: URLSearchParams, allowed: readonly string[]) => {
  const keys = [...query.keys()];
  return new Set(keys).size === keys.length && keys.every((key) => allowed.includes(key));
};

/** One cached copy whatever the query string: `twin` ("/home/cached"). */
export const oneCopy =
  (twin: string): CachedTwin =>
  () =>
    twin;

/** A list with pages only: "/events?page=3" → "/events/all/3". */
export const pagedList =
  (path: string): CachedTwin =>
  (query) => {
    const page = onlyKeys(query, ["page"]) ? cachedPage(query.get("page")) : null;
    return page ? `${path}/all/${page}` : null;
  };

/** A list with pages and a sort: "/hubs?sort=recent&page=2" → "/hubs/all/recent/2". */
export const sortedList =
  (path: string, sorts: ReadonlySet<string>, byDefault: string): CachedTwin =>
  (query) => {
    if (!onlyKeys(query, ["page", "sort"])) return null;
    const sort = query.get("sort") ?? byDefault;
    const page = cachedPage(query.get("page"));
    return sorts.has(sort) && page ? `${path}/all/${sort}/${page}` : null;
  };
