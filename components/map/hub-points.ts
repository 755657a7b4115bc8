// The map data, read on the client: hubs with their place, for the map and the list beside it.
import type { HubKind } from "@/lib/generated/prisma/enums";
import type { HubLabels, HubPointCollection, HubPointProperties } from "@/lib/hubs/map-data";
import { slugify } from "@/lib/slugs";

/** What a list of hubs shows of each: the server's list and the map's list alike. */
export type HubEntry = { slug: string; name: string; kind: HubKind; city: string; countryCode: string; open: boolean; stale: boolean };
export type HubPoint = HubEntry & { lat: number; lng: number };

/** The slug, as lib/hubs/map-data.ts packs it. */
export function hubPointSlug(p: HubPointProperties): string {
  if (p.s === undefined) return slugify(p.n);
  return p.s.startsWith("-") ? slugify(p.n) + p.s : p.s;
}

/** A name as the list sorts it: lower case, accents set aside. Cheap enough for 5,000 names, where a collator is not. */
const sortKey = (name: string) => name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

/**
 * The map data's hubs, in the list's order (by name), so that the hubs in a view are a
 * filter away and never need sorting again. Run in a worker (hub-index.worker.ts): the
 * slugs and the sort keys of 5,000 names are worked out there, off the page's thread.
 */
export function toHubPoints(data: HubPointCollection): HubPoint[] {
  const keyed = data.features.map(({ properties: p, geometry }) => ({
    key: sortKey(p.n),
    point: {
      slug: hubPointSlug(p),
      name: p.n,
      kind: p.k,
      city: p.c,
      countryCode: p.cc,
      open: p.o === 1,
      stale: p.st === 1,
      lng: geometry.coordinates[0]!,
      lat: geometry.coordinates[1]!,
    },
  }));
  return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((k) => k.point);
}

/** "Lab · Ljubljana, Slovenia". */
export const describeHub = (hub: HubEntry, labels: HubLabels) =>
  `${labels.kinds[hub.kind] ?? hub.kind} · ${hub.city}, ${labels.countries[hub.countryCode] ?? hub.countryCode}`;

/** The map data's address for a filter query string. */
export const hubMapDataUrl = (query: string) => `/api/hubs/geojson${query ? `?${query}` : ""}`;

/**
 * The filters of an address as lib/hubs/schema.ts's hubFilterQuery() writes them (its keys, in
 * order, those that are set), for the browser, which does not load the schema. The map data
 * checks the values; tests/unit/hub-index.test.ts holds the keys equal to the schema's.
 */
export const HUB_FILTER_KEYS = ["country", "discipline", "format", "kind", "open", "q", "service", "stale"] as const;
export function filterQueryOf(params: URLSearchParams): string {
  const query = new URLSearchParams();
  for (const key of HUB_FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) query.set(key, value);
  }
  return query.toString();
}
