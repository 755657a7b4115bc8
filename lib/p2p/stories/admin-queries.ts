import "server-only";
import { z } from "zod";
import { db, type Prisma } from "@/lib/db";
import { articleContentSelect } from "@/lib/articles/fields";
import { assertStaff, type Actor } from "@/lib/auth/user";
import { NotFoundError } from "@/lib/errors";
import { ArticleStatus } from "@/lib/generated/prisma/enums";

// Staff read P2P stories whatever their status: the list, and one story with the exchange it
// came from and the report's photos it may take as its cover. Anyone else gets "not found".

type StaffActor = Actor<"role">;

const STORIES_PER_PAGE = 25;

export const staffStoryFilterSchema = z.object({
  status: z.enum(ArticleStatus).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

const exchangeSelect = {
  id: true,
  round: { select: { id: true, name: true } },
  visitingHub: { select: { id: true, name: true } },
  hostHub: { select: { id: true, name: true } },
} satisfies Prisma.P2PApplicationSelect;

/** One page of the stories, drafts first (they wait for staff), each newest first. */
export async function listStoriesForStaff(actor: StaffActor | null, opts: { status?: ArticleStatus; page: number }) {
  assertStaff(actor);
  const where: Prisma.ArticleWhereInput = { kind: "p2p_story", ...(opts.status ? { status: opts.status } : {}) };
  const [stories, total] = await Promise.all([
    db.article.findMany({
      where,
      select: { id: true, slug: true, title: true, status: true, language: true, publishedAt: true, updatedAt: true, p2pApplication: { select: exchangeSelect } },
      orderBy: [{ status: "asc" }, { updatedAt: "desc" }, { id: "asc" }],
      skip: (opts.page - 1) * STORIES_PER_PAGE,
      take: STORIES_PER_PAGE,
    }),
    db.article.count({ where }),
  ]);
  return { stories, total, pages: Math.max(1, Math.ceil(total / STORIES_PER_PAGE)) };
}

export type StaffListedStory = Awaited<ReturnType<typeof listStoriesForStaff>>["stories"][number];

/** A story with every field, its hubs, the exchange it came from and the report's photos (the covers it may take). */
export async function getStoryForStaff(actor: StaffActor | null, id: string) {
  assertStaff(actor);
  const story = await db.article.findFirst({
    where: { id, kind: "p2p_story" },
    select: {
      ...articleContentSelect,
      status: true,
      scheduledFor: true,
      updatedAt: true,
      hubs: { select: { hub: { select: { id: true, slug: true, name: true, city: true, countryCode: true, latitude: true, longitude: true, status: true } } } },
      p2pApplication: { select: { ...exchangeSelect, report: { select: { photos: { orderBy: { position: "asc" }, select: { storageKey: true, alt: true } } } } } },
    },
  });
  if (!story) throw new NotFoundError();
  return story;
}

export type StaffStory = Awaited<ReturnType<typeof getStoryForStaff>>;
