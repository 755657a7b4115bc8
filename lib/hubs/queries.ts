import "server-only";
import { cache } from "react";
import { db, type Prisma } from "@/lib/db";
import { publicHubSelect, publishedHubWhere } from "@/lib/hubs/filters";
import { boxAround, distanceKm } from "@/lib/geo";
import type { HubFilters } from "@/lib/hubs/schema";

// Public reads: published hubs only (publishedHubWhere), public fields only (publicHubSelect).
// They take no acting user because everyone sees the same thing.

export const HUBS_PER_PAGE = 24;

/** The directory's orders, the first the default; their words are hubs.sorts.<sort>. */
export const HUB_SORTS = ["name", "recent"] as const;
export type HubSort = (typeof HUB_SORTS)[number];

/** What a directory card shows. */
const hubCardSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  format: true,
  disciplines: true,
  summary: true,
  city: true,
  countryCode: true,
  openToExchanges: true,
  confirmedAt: true,
} satisfies Prisma.HubSelect;

export type HubCard = Prisma.HubGetPayload<{ select: typeof hubCardSelect }>;

const ORDER: Record<HubSort, Prisma.HubOrderByWithRelationInput[]> = {
  name: [{ name: "asc" }, { id: "asc" }],
  recent: [{ publishedAt: "desc" }, { id: "desc" }],
};

/** One page of the directory and the number of matches (both queries at once, on two connections). */
export async function listPublishedHubs(filters: HubFilters, opts: { page: number; sort: HubSort }, now = new Date()) {
  const where = publishedHubWhere(filters, now);
  const [total, hubs] = await Promise.all([
    db.hub.count({ where }),
    db.hub.findMany({ where, select: hubCardSelect, orderBy: ORDER[opts.sort], skip: (opts.page - 1) * HUBS_PER_PAGE, take: HUBS_PER_PAGE }),
  ]);
  return { total, hubs, pages: Math.max(1, Math.ceil(total / HUBS_PER_PAGE)) };
}

/**
 * A published hub's page, stale or not (a hub not confirmed recently keeps its page, with a
 * notice). Cached per request: the page and its metadata ask for the same hub.
 */
export const getPublishedHub = cache(async (slug: string, now = new Date()) => {
  return db.hub.findFirst({ where: { slug, ...publishedHubWhere({ stale: "1" }, now) }, select: publicHubSelect });
});

export type PublicHub = NonNullable<Awaited<ReturnType<typeof getPublishedHub>>>;

export const NEARBY_KM = 150;

/**
 * The nearest published hubs within `km`, nearest first. The box is the indexed pre-filter
 * (latitude); the exact distance is computed on the few rows inside it.
 */
export async function listNearbyHubs(hub: Pick<PublicHub, "id" | "latitude" | "longitude">, opts: { km?: number; take?: number } = {}, now = new Date()) {
  const km = opts.km ?? NEARBY_KM;
  const box = boxAround(hub, km);
  const candidates = await db.hub.findMany({
    where: {
      ...publishedHubWhere({}, now),
      id: { not: hub.id },
      latitude: { gte: box.south, lte: box.north },
      longitude: { gte: box.west, lte: box.east },
    },
    select: { slug: true, name: true, kind: true, city: true, countryCode: true, latitude: true, longitude: true },
  });
  return candidates
    .map((c) => ({ ...c, km: distanceKm(hub, c) }))
    .filter((c) => c.km <= km)
    .sort((a, b) => a.km - b.km || a.name.localeCompare(b.name))
    .slice(0, opts.take ?? 6);
}

/** Every published hub's address, for the sitemap. */
export async function listPublishedHubSlugs(now = new Date()) {
  return db.hub.findMany({ where: publishedHubWhere({ stale: "1" }, now), select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } });
}

export type NetworkNumbers = { hubs: number; countries: number; hosts: number };

/** The map's numbers for the home page: its hubs, the countries they are in, and those open to hosting P2P exchanges (one grouped read, a row per country). */
export async function countNetwork(now = new Date()): Promise<NetworkNumbers> {
  const groups = await db.hub.groupBy({ by: ["countryCode", "openToExchanges"], where: publishedHubWhere({}, now), _count: { _all: true } });
  return {
    hubs: groups.reduce((sum, g) => sum + g._count._all, 0),
    countries: new Set(groups.map((g) => g.countryCode)).size,
    hosts: groups.reduce((sum, g) => sum + (g.openToExchanges ? g._count._all : 0), 0),
  };
}

