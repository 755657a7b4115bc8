import "server-only";
import { cache } from "react";
import { db, type Prisma } from "@/lib/db";
import { articleContentSelect } from "@/lib/articles/fields";

// What visitors read of P2P stories: published ones only (a draft or an archived story is not
// found), each with the two hubs it links that are still public, the visiting hub first.

/** Only hubs on the public site are linked: a hub taken down since leaves the story without its link. */
const publicHubs = {
  where: { hub: { status: "published" } },
  select: { hub: { select: { id: true, slug: true, name: true, city: true, countryCode: true, latitude: true, longitude: true } } },
} satisfies Prisma.Article$hubsArgs;

const published = { kind: "p2p_story", status: "published" } satisfies Prisma.ArticleWhereInput;

const storySelect = {
  ...articleContentSelect,
  updatedAt: true,
  p2pApplication: { select: { visitingHubId: true } },
  hubs: publicHubs,
} satisfies Prisma.ArticleSelect;

type StoryRow = Prisma.ArticleGetPayload<{ select: typeof storySelect }>;
/** A hub's part in the exchange the story tells: null when the exchange has since been deleted. */
type HubRole = "visiting" | "host" | null;
export type StoryHub = StoryRow["hubs"][number]["hub"] & { role: HubRole };

/** The linked hubs, the visiting one first, each with its part in the exchange (null when the exchange is gone). */
export function storyHubs<H extends { id: string; name: string }>(hubs: H[], visitingHubId: string | undefined): (H & { role: HubRole })[] {
  return hubs
    .map((hub) => ({ ...hub, role: visitingHubId ? (hub.id === visitingHubId ? ("visiting" as const) : ("host" as const)) : null }))
    .sort((a, b) => (a.role === "visiting" ? -1 : b.role === "visiting" ? 1 : a.name.localeCompare(b.name)));
}

const hubsOf = (story: { hubs: { hub: Omit<StoryHub, "role"> }[]; p2pApplication: { visitingHubId: string } | null }): StoryHub[] =>
  storyHubs(story.hubs.map(({ hub }) => hub), story.p2pApplication?.visitingHubId);

/** A published P2P story by its address, with its hubs; null for anything else (drafts included). */
export const getPublishedStory = cache(async (slug: string) => {
  const story = await db.article.findFirst({ where: { slug, ...published }, select: storySelect });
  if (!story) return null;
  const { hubs, p2pApplication, ...rest } = story;
  return { ...rest, hubs: hubsOf({ hubs, p2pApplication }) };
});

export type PublishedStory = NonNullable<Awaited<ReturnType<typeof getPublishedStory>>>;

const cardSelect = {
  id: true,
  slug: true,
  title: true,
  standfirst: true,
  language: true,
  coverKey: true,
  coverAlt: true,
  publishedAt: true,
  p2pApplication: { select: { visitingHubId: true } },
  hubs: publicHubs,
} satisfies Prisma.ArticleSelect;

export type StoryCard = Omit<Prisma.ArticleGetPayload<{ select: typeof cardSelect }>, "hubs" | "p2pApplication"> & { hubs: StoryHub[] };

async function storyCards(where: Prisma.ArticleWhereInput, take: number): Promise<StoryCard[]> {
  const rows = await db.article.findMany({ where: { ...where, ...published }, select: cardSelect, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], take });
  return rows.map(({ hubs, p2pApplication, ...rest }) => ({ ...rest, hubs: hubsOf({ hubs, p2pApplication }) }));
}

/** The newest published stories, for /p2p. */
export const listPublishedStories = (take = 6) => storyCards({}, take);

/** The published stories that link a hub, newest first, for its page. */
export const listHubStories = (hubId: string, take = 12) => storyCards({ hubs: { some: { hubId } } }, take);

/** Every published story's address, for the sitemap. */
export const listPublishedStorySlugs = () => db.article.findMany({ where: published, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } });
