import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import { db, openPool } from "@/lib/db";
import { isConnectionError, markDatabaseUnavailable } from "@/lib/database-availability";
import type { HubKind } from "@/lib/generated/prisma/enums";
import { publishedHubWhere } from "@/lib/hubs/filters";
import { MapBody } from "@/lib/hubs/map-bodies";
import { MAP_DATA_CODINGS } from "@/lib/hubs/map-codings";
import { isStale } from "@/lib/hubs/rules";
import { slugify } from "@/lib/slugs";
import { hubFilterQuery, type HubFilters } from "@/lib/hubs/schema";
import { HUB_KINDS, labelOf, optionsOf, type TaxonomyWords } from "@/lib/hubs/taxonomy";
import { countryOptions } from "@/lib/countries";
import type { Locale } from "@/i18n/languages";

/**
 * One hub on the map, with short keys: the map data for 5,000 hubs has to stay under
 * 100 KB gzipped. n name, k kind, c city, cc country code; o open to hosting P2P exchanges
 * and st not confirmed recently, both present only when true. s, the slug, only when it is
 * not slugify(n): what follows slugify(n) when it starts with "-" (a slug never does),
 * else the whole slug. Read it back with `hubPointSlug`.
 */
export type HubPointProperties = { n: string; s?: string; k: HubKind; c: string; cc: string; o?: 1; st?: 1 };
export type HubPointCollection = GeoJSON.FeatureCollection<GeoJSON.Point, HubPointProperties>;

/**
 * The "stale" cut (18 months without confirmation) moves with the clock. The map data takes
 * it at the start of the UTC day, so that every instance draws the same line all day long
 * and a version can name the day it was drawn on.
 */
function mapDay(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

type HubMapVersion = { etag: string; lastModified: Date; filters: HubFilters; day: Date };

const VERSION_SQL = `
  SELECT max(latest.at) AS at, max(latest.at) FILTER (WHERE s.status = 'published') AS published
  FROM unnest(enum_range(NULL::"HubStatus")) AS s(status)
  CROSS JOIN LATERAL (SELECT max("updatedAt") AS at FROM "Hub" WHERE "status" = s.status) AS latest`;

// Every request for the map data reads the version. On a small pool of its own, as a
// prepared statement (planned once per connection), it costs the database a tenth of a
// millisecond and this process little; through Prisma, several times as much of each
// (measured: revalidations went from 58 % to 60–77 % of a static file's throughput).
const globalForVersion = globalThis as unknown as { hubMapVersionPool?: pg.Pool };
function versionPool(): pg.Pool {
  return (globalForVersion.hubMapVersionPool ??= openPool(process.env.DATABASE_URL ?? "", { max: 2, allowExitOnIdle: true }));
}

type LatestChange = { at: Date | null; published: Date | null } | undefined;
let inFlight: Promise<LatestChange> | null = null;

/**
 * The latest change to any hub. Requests that arrive while one read is on its way share it
 * (each answer is at most one round trip old): under load, one query serves many requests.
 */
function latestHubChange(): Promise<LatestChange> {
  inFlight ??= versionPool()
    .query<{ at: Date | null; published: Date | null }>({ name: "hub-map-version", text: VERSION_SQL })
    .then(
      (r) => r.rows[0],
      (error: unknown) => {
        // As lib/db.ts does for Prisma's queries: server.ts then answers 503, not 500.
        if (isConnectionError(error)) markDatabaseUnavailable();
        throw error;
      },
    )
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

/**
 * What the map data for these filters looks like, read from the database so that every
 * instance agrees: the time of the latest change to any hub. A hub that is edited, published,
 * archived or rejected moves it (Prisma sets "updatedAt" on every update; hubs are archived,
 * never deleted). One probe of the (status, updatedAt) index per status: a few pages read,
 * however many hubs there are, where a count would read them all.
 */
export async function hubMapVersion(filters: HubFilters, now = new Date()): Promise<HubMapVersion> {
  const row = await latestHubChange();
  const day = mapDay(now);
  const hash = createHash("sha256")
    .update(`${row?.at?.toISOString() ?? "-"}|${day.toISOString()}|${hubFilterQuery(filters)}`)
    .digest("base64url")
    .slice(0, 24);
  // Only published hubs' changes are anyone's business; the hash hides the rest.
  const changed = row?.published && row.published > day ? row.published : day;
  // Weak: the gzipped and the plain body are the same data.
  return { etag: `W/"${hash}"`, lastModified: changed, filters, day };
}

/** Whether an If-None-Match header names this version (weak comparison, as RFC 9110 asks for it). */
export function matchesVersion(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((tag) => bare(tag) === bare(etag));
}

/**
 * Which encoding of the map data to send: brotli (a fifth smaller; browsers ask for it), else
 * gzip, else the plain JSON. Next drops a route's own Content-Encoding, so next.config.ts
 * sets it on the same tests (MAP_DATA_CODINGS); a test holds the two together.
 */
export function mapDataEncoding(acceptEncoding: string | null): "br" | "gzip" | null {
  const header = acceptEncoding ?? "";
  return MAP_DATA_CODINGS.find((c) => new RegExp(`^${c.accepts}$`).test(header))?.coding ?? null;
}

type RenderedHubMap = { etag: string; lastModified: Date; body: MapBody; count: number };

// A slug is a third of the data once gzipped, and nearly always slugify(name), maybe with "-2".
function slugProperty(name: string, slug: string): { s?: string } {
  const derived = slugify(name);
  if (slug === derived) return {};
  return { s: slug.startsWith(`${derived}-`) ? slug.slice(derived.length) : slug };
}

/**
 * The GeoJSON of the published hubs matching the version's filters, to be sent plain or
 * compressed; with `upgrade`, compressed at the best level once a fast encoding is out.
 */
export async function renderHubMap(version: HubMapVersion, options: { upgrade: boolean }): Promise<RenderedHubMap> {
  const hubs = await db.hub.findMany({
    where: publishedHubWhere(version.filters, version.day),
    select: { slug: true, name: true, kind: true, city: true, countryCode: true, latitude: true, longitude: true, openToExchanges: true, confirmedAt: true },
    // Neighbours next to each other: their coordinates, cities and countries repeat, and gzip notices.
    orderBy: [{ countryCode: "asc" }, { city: "asc" }, { name: "asc" }],
  });
  // About 11 m: enough to tell two buildings apart, and two fewer digits to send per number.
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  const collection: HubPointCollection = {
    type: "FeatureCollection",
    features: hubs.map((h) => ({
      type: "Feature",
      properties: {
        n: h.name,
        ...slugProperty(h.name, h.slug),
        k: h.kind,
        c: h.city,
        cc: h.countryCode,
        ...(h.openToExchanges ? { o: 1 as const } : {}),
        ...(isStale(h.confirmedAt, version.day) ? { st: 1 as const } : {}),
      },
      geometry: { type: "Point", coordinates: [round(h.longitude), round(h.latitude)] },
    })),
  };
  const body = new MapBody(Buffer.from(JSON.stringify(collection)), options);
  return { etag: version.etag, lastModified: version.lastModified, body, count: hubs.length };
}

// Rendered views by their filters, each at its latest version: a cache, not state. A view is
// served only while its version, read from the database, is the one asked for, so a stale
// body is never sent, and every instance would render the same data for a version. Keeping
// the promise lets concurrent requests for a new version share one render.
const CACHE_SIZE = 24;
type CachedView = { etag: string; map: Promise<RenderedHubMap> };
const views = new Map<string, CachedView>();

const retire = (view: CachedView) => void view.map.then((m) => m.body.retire(), () => {});

/**
 * The map data for a version. The views everyone shares (all hubs, or the filters' fixed
 * choices) are kept, and made smaller in the background; a search is the visitor's own free
 * text, so it is rendered for its request and kept nowhere: searches never evict the shared
 * views, nor make work that outlives them.
 */
export function hubMapFor(version: HubMapVersion): Promise<RenderedHubMap> {
  if (version.filters.q) return renderHubMap(version, { upgrade: false });
  const key = hubFilterQuery(version.filters);
  const known = views.get(key);
  // Most recently used last: Map keeps insertion order.
  views.delete(key);
  if (known?.etag === version.etag) {
    views.set(key, known);
    return known.map;
  }
  if (known) retire(known);
  const view = { etag: version.etag, map: renderHubMap(version, { upgrade: true }) };
  views.set(key, view);
  view.map.catch(() => {
    if (views.get(key) === view) views.delete(key);
  });
  while (views.size > CACHE_SIZE) {
    const [oldestKey, oldest] = views.entries().next().value!;
    views.delete(oldestKey);
    retire(oldest);
  }
  return view.map;
}

/** How many views this process keeps (for tests). */
export const cachedHubMapViews = () => views.size;

const MAP_LIST_PER_PAGE = 24;

/** The list beside the map for visitors without JavaScript: the same hubs as the map data, a page at a time. */
export async function listMapHubs(filters: HubFilters, page: number, now = new Date()) {
  const day = mapDay(now);
  const where = publishedHubWhere(filters, day);
  const [total, hubs] = await db.$transaction([
    db.hub.count({ where }),
    db.hub.findMany({
      where,
      select: { slug: true, name: true, kind: true, city: true, countryCode: true, openToExchanges: true, confirmedAt: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * MAP_LIST_PER_PAGE,
      take: MAP_LIST_PER_PAGE,
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / MAP_LIST_PER_PAGE)),
    hubs: hubs.map(({ confirmedAt, openToExchanges, ...hub }) => ({ ...hub, open: openToExchanges, stale: isStale(confirmedAt, day) })),
  };
}

/**
 * The words the map's browser code shows, worked out here: Intl's region names take the
 * browser 50 to 200 ms to load, on the way to the first markers. Countries are named in the
 * page's language.
 */
export type HubLabels = { kinds: Record<string, string>; countries: Record<string, string> };
export const hubLabels = (words: TaxonomyWords, locale: Locale): HubLabels => ({
  kinds: Object.fromEntries(HUB_KINDS.map(({ value }) => [value, labelOf(words, "kinds", value)])),
  countries: Object.fromEntries(countryOptions(locale).map((c) => [c.value, c.label])),
});

/** The map's filter selects: their names (the address's keys, and the catalogue's map.filters.*) and options. */
export type FilterSelect = { name: "country" | "kind" | "format" | "discipline" | "service"; options: { value: string; label: string }[] };
export const hubFilterSelects = (words: TaxonomyWords, locale: Locale): FilterSelect[] => [
  { name: "country", options: countryOptions(locale) },
  { name: "kind", options: optionsOf(words, "kinds") },
  { name: "format", options: optionsOf(words, "formats") },
  { name: "discipline", options: optionsOf(words, "disciplines") },
  { name: "service", options: optionsOf(words, "services") },
];
