import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { RESOURCE_FACETS, RESOURCES_PAGE_SIZE, sortOf, type ResourceFacet, type ResourceFilters } from "@/lib/resources/schema";
import { wordsMatch, wordsRank } from "@/lib/search/sql";

// What visitors read of the library: published resources only (a draft or an archived one is
// not found), and of their relations only those to published ones. A list page costs one
// statement whatever the library holds: its rows, every filter's counts and the total.

const published = { status: "published" } satisfies Prisma.ResourceWhereInput;

const cardSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  type: true,
  topics: true,
  languages: true,
  level: true,
  year: true,
  author: true,
  publishedAt: true,
} satisfies Prisma.ResourceSelect;

export type ResourceCard = Prisma.ResourceGetPayload<{ select: typeof cardSelect }>;

/** cardSelect's columns, for the statements Prisma's API cannot write (rank, facets). */
const CARD_COLUMNS = Prisma.raw(
  Object.keys(cardSelect)
    .map((column) => `"Resource"."${column}"`)
    .join(", "),
);

const newest = [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }] satisfies Prisma.ResourceOrderByWithRelationInput[];

/** Each facet's own condition; TRUE when it is not chosen. */
function facetConditions(filters: ResourceFilters): Record<ResourceFacet, Prisma.Sql> {
  return {
    type: filters.type ? Prisma.sql`"type" = ${filters.type}::"ResourceType"` : Prisma.sql`TRUE`,
    // @> rather than = ANY: the GIN indexes on the arrays answer it.
    topic: filters.topic ? Prisma.sql`"topics" @> ARRAY[${filters.topic}]::text[]` : Prisma.sql`TRUE`,
    language: filters.language ? Prisma.sql`"languages" @> ARRAY[${filters.language}]::text[]` : Prisma.sql`TRUE`,
    level: filters.level ? Prisma.sql`"level" = ${filters.level}::"ResourceLevel"` : Prisma.sql`TRUE`,
  };
}

/** Published, and holding the words when there are some: what every count starts from. */
const searched = (filters: ResourceFilters) => (filters.q ? Prisma.sql`"status" = 'published' AND ${wordsMatch("Resource", filters.q)}` : Prisma.sql`"status" = 'published'`);

function orderOf(filters: ResourceFilters): Prisma.Sql {
  const sort = sortOf(filters);
  if (sort === "relevance" && filters.q) return Prisma.sql`${wordsRank("Resource", filters.q)} DESC, "publishedAt" DESC NULLS LAST, "id" DESC`;
  // Accents aside, so that "Ágora" sorts among the A's.
  if (sort === "title") return Prisma.sql`lower(echn_search_text("title")), "id"`;
  return Prisma.sql`"publishedAt" DESC NULLS LAST, "id" DESC`;
}

/** How many resources each choice of a filter would show, the other filters applied: { type: { guide: 3 } }. */
export type FacetCounts = Record<ResourceFacet, Record<string, number>>;

type FacetRow = { facet: ResourceFacet | "total"; value: string; count: number };
/** A card as json_agg writes it: its date is a string. */
type CardJson = Omit<ResourceCard, "publishedAt"> & { publishedAt: string | null };

/**
 * One page of published resources for the filters, how many match, and every filter's counts,
 * in one statement whatever the library holds: a filtered page renders per request, and each
 * statement is a round trip and a plan.
 *
 * The counts read the matching resources once, each row marked with which filters it passes;
 * each facet counts the rows that pass all the others (its own choice would leave only itself).
 * Arrays are counted per element: the staff form stores each code once.
 */
export async function listResources(filters: ResourceFilters, page: number) {
  const c = facetConditions(filters);
  const [row] = await db.$queryRaw<[{ resources: CardJson[]; facets: FacetRow[] }]>`
    WITH base AS MATERIALIZED (
      SELECT "type", "topics", "languages", "level",
        (${c.type}) AS "byType", (${c.topic}) AS "byTopic", (${c.language}) AS "byLanguage", (${c.level}) AS "byLevel"
      FROM "Resource" WHERE ${searched(filters)}
    ),
    facets AS (
      SELECT 'type' AS "facet", "type"::text AS "value", count(*)::int AS "count" FROM base
        WHERE "byTopic" AND "byLanguage" AND "byLevel" GROUP BY "type"
      UNION ALL
      SELECT 'topic', topic, count(*)::int FROM base CROSS JOIN LATERAL unnest(base."topics") AS topic
        WHERE "byType" AND "byLanguage" AND "byLevel" GROUP BY topic
      UNION ALL
      SELECT 'language', language, count(*)::int FROM base CROSS JOIN LATERAL unnest(base."languages") AS language
        WHERE "byType" AND "byTopic" AND "byLevel" GROUP BY language
      UNION ALL
      SELECT 'level', "level"::text, count(*)::int FROM base
        WHERE "byType" AND "byTopic" AND "byLanguage" AND "level" IS NOT NULL GROUP BY "level"
      UNION ALL
      SELECT 'total', '', count(*)::int FROM base WHERE "byType" AND "byTopic" AND "byLanguage" AND "byLevel"
    ),
    shown AS (
      SELECT ${CARD_COLUMNS}, row_number() OVER (ORDER BY ${orderOf(filters)}) AS "position" FROM "Resource"
      WHERE ${searched(filters)} AND ${c.type} AND ${c.topic} AND ${c.language} AND ${c.level}
      ORDER BY ${orderOf(filters)}
      LIMIT ${RESOURCES_PAGE_SIZE} OFFSET ${(page - 1) * RESOURCES_PAGE_SIZE}
    )
    SELECT (SELECT coalesce(json_agg(to_jsonb(shown) - 'position' ORDER BY "position"), '[]') FROM shown) AS "resources",
      (SELECT coalesce(json_agg(facets), '[]') FROM facets) AS "facets"`;
  const counts = Object.fromEntries(RESOURCE_FACETS.map((facet) => [facet, {}])) as FacetCounts;
  let total = 0;
  for (const facet of row.facets) {
    if (facet.facet === "total") total = facet.count;
    else counts[facet.facet][facet.value] = facet.count;
  }
  const resources: ResourceCard[] = row.resources.map((r) => ({ ...r, publishedAt: r.publishedAt === null ? null : new Date(r.publishedAt) }));
  return { resources, total, counts, pages: Math.max(1, Math.ceil(total / RESOURCES_PAGE_SIZE)) };
}

/** The newest published resources, for the home page. */
export const listLatestResources = (take = 3) => db.resource.findMany({ where: published, select: cardSelect, orderBy: newest, take });

const relatedSelect = { slug: true, title: true, languages: true } satisfies Prisma.ResourceSelect;

/** A published resource by its address, with its relations to other published ones (both ways); null for anything else. */
export const getPublishedResource = cache(async (slug: string) =>
  db.resource.findFirst({
    where: { slug, ...published },
    select: {
      ...cardSelect,
      description: true,
      audience: true,
      licence: true,
      format: true,
      durationMinutes: true,
      url: true,
      fileKey: true,
      fileName: true,
      fileType: true,
      fileBytes: true,
      fromArchive: true,
      updatedAt: true,
      // "This is a translation of / adapted from that one."
      relations: { where: { to: published }, select: { kind: true, to: { select: relatedSelect } }, orderBy: { to: { title: "asc" } } },
      // "That one is a translation of / adapted from this one."
      relatedFrom: { where: { from: published }, select: { kind: true, from: { select: relatedSelect } }, orderBy: { from: { title: "asc" } } },
    },
  }),
);

/** Where an address a resource had before now leads: its current address, if it is published. */
export async function currentResourceSlugOf(formerSlug: string): Promise<string | null> {
  const former = await db.resourceFormerSlug.findUnique({ where: { slug: formerSlug }, select: { resource: { select: { slug: true, status: true } } } });
  return former?.resource.status === "published" ? former.resource.slug : null;
}

export type PublishedResource = NonNullable<Awaited<ReturnType<typeof getPublishedResource>>>;

/**
 * Other published resources to read next: those related to it (a translation, an adaptation,
 * either way) first, then those sharing most of its topics, newest first among equals. One statement.
 */
export async function listRelatedResources(resource: { id: string; topics: string[] }, take = 3): Promise<ResourceCard[]> {
  return db.$queryRaw<ResourceCard[]>`
    SELECT ${CARD_COLUMNS} FROM "Resource"
    LEFT JOIN LATERAL (
      SELECT TRUE AS "linked" FROM "ResourceRelation" r
      WHERE (r."fromId" = ${resource.id} AND r."toId" = "Resource"."id") OR (r."toId" = ${resource.id} AND r."fromId" = "Resource"."id")
      LIMIT 1
    ) relation ON TRUE
    WHERE "Resource"."status" = 'published' AND "Resource"."id" <> ${resource.id}
      AND (relation."linked" OR "Resource"."topics" && ${resource.topics}::text[])
    ORDER BY relation."linked" IS NOT NULL DESC,
      cardinality(ARRAY(SELECT unnest("Resource"."topics") INTERSECT SELECT unnest(${resource.topics}::text[]))) DESC,
      "Resource"."publishedAt" DESC NULLS LAST, "Resource"."id" DESC
    LIMIT ${take}`;
}

/** Every published resource's address, for the sitemap. */
export const listPublishedResourceSlugs = () => db.resource.findMany({ where: published, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } });
