import "server-only";
import { db, type Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertStaff, type Actor } from "@/lib/auth/user";
import { isUniqueViolation, NotFoundError, UserError } from "@/lib/errors";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { articleContentSelect } from "@/lib/articles/fields";
import { coverChoices, publishGaps } from "@/lib/articles/rules";
import type { ArticleInput } from "@/lib/articles/schema";
import { ARTICLE_WORKFLOW, type ArticleDecision } from "@/lib/articles/workflow";
import { takeDecision } from "@/lib/workflow/take";

// Staff edit articles and move them through ARTICLE_WORKFLOW: each change one transaction with
// its audit row, under the article's row lock. Anyone else gets "not found" and changes nothing.
// The cover is one of the pictures the article was given (a P2P story: its report's photos),
// never a file named by the form. Callers refresh the public pages when `public` says a change
// shows there (lib/revalidate.ts).

type StaffActor = Actor<"id" | "role">;
type Tx = Prisma.TransactionClient;

const LOCKED = {
  ...articleContentSelect,
  status: true,
  p2pApplication: { select: { report: { select: { photos: { select: { storageKey: true, alt: true } } } } } },
} satisfies Prisma.ArticleSelect;

async function lockArticle(tx: Tx, articleId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Article" WHERE "id" = ${articleId} FOR UPDATE`;
  const article = await tx.article.findUnique({ where: { id: articleId }, select: LOCKED });
  if (!article) throw new NotFoundError();
  return article;
}

type Locked = Awaited<ReturnType<typeof lockArticle>>;

function assertPublishable(article: Parameters<typeof publishGaps>[0]) {
  const gap = publishGaps(article)[0];
  if (gap) throw UserError.of(gap.reason, gap.field);
}

/** Long texts are named in the audit log; the others show their value before and after. */
const NAMED_ONLY = new Set(["standfirst", "body"]);

function changes(before: Locked, after: ArticleInput) {
  return (Object.keys(after) as (keyof ArticleInput)[])
    .filter((k) => before[k] !== after[k])
    .map((field) => (NAMED_ONLY.has(field) ? field : { field, before: before[field], after: after[field] }));
}

export type ArticleChange = { id: string; slug: string; status: ArticleStatus; changed: boolean; published: boolean; public: boolean };

type UpdateOptions = {
  publish?: boolean;
  /** A picture staff uploaded with this very form (stored by lib/storage/uploads.ts, never named by the form): it may become the cover. */
  uploadedCover?: string | null;
};

/**
 * Saves staff's changes; with `publish`, publishes in the same transaction (a refusal saves
 * nothing). A published article stays publishable: an edit cannot take away its cover's
 * description. The address must be free among all articles.
 */
export async function updateArticle(actor: StaffActor | null, articleId: string, input: ArticleInput, opts: UpdateOptions = {}): Promise<ArticleChange> {
  assertStaff(actor);
  try {
    return await db.$transaction(async (tx) => {
      const article = await lockArticle(tx, articleId);
      const covers = coverChoices(article, article.p2pApplication?.report?.photos ?? []);
      if (input.coverKey && input.coverKey !== opts.uploadedCover && !covers.some((c) => c.key === input.coverKey)) throw new UserError("staff.articles.errors.cover", "coverKey");
      if (article.status === "published") assertPublishable(input);
      const changed = changes(article, input);
      if (changed.length) {
        await tx.article.update({ where: { id: article.id }, data: input });
        await recordAudit(tx, { actorId: actor.id, action: "article.updated", targetType: "article", targetId: article.id, data: { changes: changed } });
      }
      const status = opts.publish ? await decide(tx, actor, { ...article, ...input }, "publish") : article.status;
      return { id: article.id, slug: input.slug, status, changed: changed.length > 0, published: Boolean(opts.publish), public: article.status === "published" || status === "published" };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new UserError("staff.articles.errors.slugTaken", "slug");
    throw e;
  }
}

/** One move of ARTICLE_WORKFLOW on an article locked by the caller; the first publication stamps its date. */
async function decide(tx: Tx, actor: StaffActor, article: Locked, decision: ArticleDecision): Promise<ArticleStatus> {
  if (decision === "publish" && article.status !== "published") assertPublishable(article);
  return takeDecision<ArticleStatus, ArticleDecision>(tx, ARTICLE_WORKFLOW, {
    actorId: actor.id,
    actorIs: ["staff"],
    decision,
    targetId: article.id,
    status: article.status,
    move: async (to) =>
      (
        await tx.article.updateMany({
          where: { id: article.id, status: article.status },
          data: { status: to, ...(to === "published" && !article.publishedAt ? { publishedAt: new Date() } : {}) },
        })
      ).count,
    // Unreachable under the row lock; kept for the workflow's shape.
    stale: async () => {
      throw new UserError(ARTICLE_WORKFLOW.refusal, undefined, { decision, status: article.status });
    },
    data: { title: article.title, slug: article.slug },
  });
}

/** Publishes, takes back to draft or archives an article as it is stored. */
export async function decideArticle(actor: StaffActor | null, articleId: string, decision: ArticleDecision): Promise<ArticleChange> {
  assertStaff(actor);
  return db.$transaction(async (tx) => {
    const article = await lockArticle(tx, articleId);
    const status = await decide(tx, actor, article, decision);
    return { id: article.id, slug: article.slug, status, changed: true, published: status === "published", public: article.status === "published" || status === "published" };
  });
}

/** Publishes an article as it is stored, refused (beside the field) when it lacks what readers need. */
export const publishArticle = (actor: StaffActor | null, articleId: string) => decideArticle(actor, articleId, "publish");
export const unpublishArticle = (actor: StaffActor | null, articleId: string) => decideArticle(actor, articleId, "unpublish");
export const archiveArticle = (actor: StaffActor | null, articleId: string) => decideArticle(actor, articleId, "archive");
