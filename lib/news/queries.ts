import "server-only";
import { cache } from "react";
import { db, type Prisma } from "@/lib/db";
import { articleContentSelect } from "@/lib/articles/fields";
import { NEWS_PAGE_SIZE, type NewsFilters } from "@/lib/news/schema";

// What visitors read of news and stories: published articles only (a draft, a scheduled or an
// archived one is not found), with the hubs and events they link that are still public. P2P
// stories are listed with the rest and read at their own address (/p2p/stories/<slug>).

const published = { status: "published" } satisfies Prisma.ArticleWhereInput;

/** Only public hubs and events are linked: one taken down since leaves the article without its link. */
const publicLinks = {
  hubs: { where: { hub: { status: "published" } }, select: { hub: { select: { id: true, slug: true, name: true, city: true, countryCode: true } } } },
  events: { where: { event: { status: { in: ["published", "cancelled"] } } }, select: { event: { select: { id: true, slug: true, title: true, startsOn: true, endsOn: true, datePrecision: true, city: true, countryCode: true, status: true } } } },
  bylines: { orderBy: { position: "asc" }, select: { name: true } },
} satisfies Prisma.ArticleSelect;

const cardSelect = {
  id: true,
  kind: true,
  slug: true,
  title: true,
  standfirst: true,
  language: true,
  coverKey: true,
  coverAlt: true,
  tags: true,
  publishedAt: true,
  publishedPrecision: true,
  fromArchive: true,
} satisfies Prisma.ArticleSelect;

export type NewsCard = Prisma.ArticleGetPayload<{ select: typeof cardSelect }>;

const newest = [{ publishedAt: "desc" }, { id: "desc" }] satisfies Prisma.ArticleOrderByWithRelationInput[];

const whereOf = (filters: NewsFilters): Prisma.ArticleWhereInput => ({
  ...published,
  ...(filters.kind ? { kind: filters.kind } : {}),
  ...(filters.tag ? { tags: { has: filters.tag } } : {}),
  ...(filters.language ? { language: filters.language } : {}),
});

/** One page of published articles, newest first, with how many match. */
export async function listNews(filters: NewsFilters, page: number) {
  const where = whereOf(filters);
  const [articles, total] = await Promise.all([
    db.article.findMany({ where, select: cardSelect, orderBy: newest, skip: (page - 1) * NEWS_PAGE_SIZE, take: NEWS_PAGE_SIZE }),
    db.article.count({ where }),
  ]);
  return { articles, total, pages: Math.max(1, Math.ceil(total / NEWS_PAGE_SIZE)) };
}

/** The newest published articles of any kind, for the home page. */
export const listLatestNews = (take = 3) => db.article.findMany({ where: published, select: cardSelect, orderBy: newest, take });

/** The newest published news and stories about a hub, for its page (its P2P stories are listed apart). */
export const listHubArticles = (hubId: string, take = 6) =>
  db.article.findMany({ where: { ...published, kind: { in: ["news", "story"] }, hubs: { some: { hubId } } }, select: cardSelect, orderBy: newest, take });

/** A published news article or story by its address, with its links; null for anything else. */
export const getPublishedArticle = cache(async (slug: string) =>
  db.article.findFirst({
    where: { slug, kind: { in: ["news", "story"] }, ...published },
    select: { ...articleContentSelect, kind: true, fromArchive: true, updatedAt: true, contributor: { select: { name: true } }, ...publicLinks },
  }),
);

export type PublishedArticle = NonNullable<Awaited<ReturnType<typeof getPublishedArticle>>>;

/** Where an address an article had before now leads: its current address, if it is published. */
export async function currentAddressOf(formerSlug: string): Promise<{ kind: string; slug: string } | null> {
  const former = await db.articleFormerSlug.findUnique({ where: { slug: formerSlug }, select: { article: { select: { kind: true, slug: true, status: true } } } });
  return former && former.article.status === "published" ? { kind: former.article.kind, slug: former.article.slug } : null;
}

/** Other published articles sharing most tags with this one, newest first among equals. */
export async function listRelatedArticles(article: { id: string; tags: string[] }, take = 3): Promise<NewsCard[]> {
  if (!article.tags.length) return [];
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Article"
    WHERE "status" = 'published' AND "id" <> ${article.id} AND "tags" && ${article.tags}::text[]
    ORDER BY cardinality(ARRAY(SELECT unnest("tags") INTERSECT SELECT unnest(${article.tags}::text[]))) DESC, "publishedAt" DESC, "id" DESC
    LIMIT ${take}`;
  if (!ids.length) return [];
  const cards = await db.article.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: cardSelect });
  return ids.map(({ id }) => cards.find((c) => c.id === id)!).filter(Boolean);
}

/** Every published article's address, for the sitemap. */
export const listPublishedArticleSlugs = () =>
  db.article.findMany({ where: { ...published, kind: { in: ["news", "story"] } }, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } });

// ---------------------------------------------------------------- feeds

export const FEED_SIZE = 50;

// An article whose day is not known has no date to give a feed reader: it stays on the site only.
const feedWhere = (filters: NewsFilters): Prisma.ArticleWhereInput => ({ ...whereOf(filters), publishedPrecision: "day" });

/**
 * What a feed's content depends on: the articles it may show. One added to them or changed
 * becomes their newest change; one taken out lowers their count. Changes to other articles
 * leave the feed's version (and its readers' copies) alone.
 */
export async function newsVersion(filters: NewsFilters): Promise<string> {
  const { _count, _max } = await db.article.aggregate({ where: feedWhere(filters), _count: { _all: true }, _max: { updatedAt: true } });
  return `${_count._all}:${_max.updatedAt?.getTime() ?? 0}`;
}

/** The newest published articles for a feed, with their full text and who wrote them. */
export const listFeedArticles = (filters: NewsFilters) =>
  db.article.findMany({
    where: feedWhere(filters),
    select: { ...cardSelect, body: true, coverCaption: true, coverCredit: true, revisedAt: true, bylines: publicLinks.bylines },
    orderBy: newest,
    take: FEED_SIZE,
  });

export type FeedArticle = Awaited<ReturnType<typeof listFeedArticles>>[number];
