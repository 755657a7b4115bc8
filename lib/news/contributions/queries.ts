import "server-only";
import { db, type Prisma } from "@/lib/db";
import { articleContentSelect } from "@/lib/articles/fields";
import { NotFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/user";

// A member's own stories about their hubs: only theirs, never another member's (not found).

type Member = Actor<"id">;

/** The member's stories, the one they touched last first. */
export function listOwnStories(actor: Member) {
  return db.article.findMany({
    where: { contributorId: actor.id, kind: "story" },
    select: { id: true, title: true, slug: true, status: true, updatedAt: true, hubs: { select: { hub: { select: { name: true } } } } },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 100,
  });
}

/** The published hubs the member owns: the ones they may write about. */
export const ownPublishedHubs = (actor: Member) =>
  db.hub.findMany({ where: { status: "published", owners: { some: { userId: actor.id } } }, select: { id: true, name: true }, orderBy: { name: "asc" } });

const storySelect = {
  ...articleContentSelect,
  status: true,
  scheduledFor: true,
  hubs: { select: { hub: { select: { name: true } } } },
} satisfies Prisma.ArticleSelect;

/** One of the member's stories, with the editors' message if they last sent it back. */
export async function getOwnStory(actor: Member, id: string) {
  const story = await db.article.findFirst({ where: { id, contributorId: actor.id, kind: "story" }, select: storySelect });
  if (!story) throw new NotFoundError();
  const lastMove = await db.auditEvent.findFirst({
    where: { targetType: "article", targetId: id, action: { in: ["article.returned", "article.submitted"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { action: true, data: true },
  });
  const data = lastMove?.data as { message?: string | null } | null;
  const returnedWith = story.status === "draft" && lastMove?.action === "article.returned" ? (data?.message ?? null) : null;
  return { ...story, returnedWith };
}

export type OwnStory = Awaited<ReturnType<typeof getOwnStory>>;
