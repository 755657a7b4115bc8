import "server-only";
import { z } from "zod";
import { db, type Prisma } from "@/lib/db";
import { articleContentSelect } from "@/lib/articles/fields";
import { assertStaff, type Actor } from "@/lib/auth/user";
import { NotFoundError } from "@/lib/errors";
import { ArticleStatus } from "@/lib/generated/prisma/enums";
import { NEWS_KINDS } from "@/lib/news/schema";

// Staff read news and stories whatever their status: the list, one article with its links and
// history, and the staff who may be named as its authors. Anyone else gets "not found".

type StaffActor = Actor<"role">;

const ARTICLES_PER_PAGE = 25;
const REVISIONS_SHOWN = 20;

export const staffArticleFilterSchema = z.object({
  status: z.enum(ArticleStatus).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

const newsKinds = { kind: { in: [...NEWS_KINDS] } } satisfies Prisma.ArticleWhereInput;

/** One page of news and stories: those waiting for staff first (in review, then drafts), each newest first. */
export async function listArticlesForStaff(actor: StaffActor | null, opts: { status?: ArticleStatus; page: number }) {
  assertStaff(actor);
  const where: Prisma.ArticleWhereInput = { ...newsKinds, ...(opts.status ? { status: opts.status } : {}) };
  const [articles, total] = await Promise.all([
    db.article.findMany({
      where,
      select: { id: true, kind: true, slug: true, title: true, status: true, language: true, scheduledFor: true, publishedAt: true, publishedPrecision: true, updatedAt: true, contributor: { select: { name: true } } },
      orderBy: [{ status: "asc" }, { updatedAt: "desc" }, { id: "asc" }],
      skip: (opts.page - 1) * ARTICLES_PER_PAGE,
      take: ARTICLES_PER_PAGE,
    }),
    db.article.count({ where }),
  ]);
  return { articles, total, pages: Math.max(1, Math.ceil(total / ARTICLES_PER_PAGE)) };
}

export type StaffListedArticle = Awaited<ReturnType<typeof listArticlesForStaff>>["articles"][number];

/** An article with every field, its links, bylines and latest revisions. */
export async function getArticleForStaff(actor: StaffActor | null, id: string) {
  assertStaff(actor);
  const article = await db.article.findFirst({
    where: { id, ...newsKinds },
    select: {
      ...articleContentSelect,
      kind: true,
      status: true,
      scheduledFor: true,
      fromArchive: true,
      updatedAt: true,
      contributor: { select: { name: true } },
      hubs: { select: { hub: { select: { id: true, slug: true, name: true, city: true, countryCode: true, status: true } } } },
      events: { select: { event: { select: { id: true, slug: true, title: true, startsOn: true, endsOn: true, datePrecision: true, city: true, countryCode: true, status: true } } } },
      bylines: { orderBy: { position: "asc" }, select: { userId: true, name: true } },
      revisions: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: REVISIONS_SHOWN, select: { id: true, createdAt: true, content: true, editor: { select: { name: true } } } },
      _count: { select: { revisions: true } },
    },
  });
  if (!article) throw new NotFoundError();
  return article;
}

export type StaffArticle = Awaited<ReturnType<typeof getArticleForStaff>>;

/** The staff who may be named as authors, by name. */
export async function listStaffAuthors(actor: StaffActor | null) {
  assertStaff(actor);
  return db.user.findMany({ where: { role: { in: ["staff", "admin"] } }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}
