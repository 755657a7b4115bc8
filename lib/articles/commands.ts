import "server-only";
import { db, type Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertStaff, type Actor } from "@/lib/auth/user";
import { isUniqueViolation, NotFoundError, UserError } from "@/lib/errors";
import type { ArticleKind, ArticleStatus } from "@/lib/generated/prisma/enums";
import { log } from "@/lib/log";
import { articleContentSelect } from "@/lib/articles/fields";
import { changedFields, revisionContent, revisionContentSchema, type RevisionContent } from "@/lib/articles/revisions";
import { coverChoices, publishGaps, scheduleRefusal } from "@/lib/articles/rules";
import type { ArticleInput } from "@/lib/articles/schema";
import { ARTICLE_WORKFLOW, type ArticleDecision } from "@/lib/articles/workflow";
import { firstFreeSlug, MAX_SLUG_LENGTH, numberedSlugCandidates, slugify } from "@/lib/slugs";
import { contributionEmail, type ContributionStep } from "@/lib/articles/writer-emails";
import { takeDecision } from "@/lib/workflow/take";

// Staff write articles and move them through ARTICLE_WORKFLOW; the article-publishing job
// publishes scheduled ones on time. Each change is one transaction with its audit row, under the
// article's row lock; anyone else gets "not found" and changes nothing. Every save that changes
// what readers see keeps a revision; a changed address keeps the old one answering (a
// permanent redirect, lib/news/queries.ts). The cover is a picture the article was given (a P2P
// story: its report's photos) or one uploaded with the form, never a file the form names.
// Callers refresh the public pages when `public` says a change shows there (lib/revalidate.ts).

type StaffActor = Actor<"id" | "role">;
type Tx = Prisma.TransactionClient;

const LOCKED = {
  ...articleContentSelect,
  kind: true,
  status: true,
  scheduledFor: true,
  p2pApplicationId: true,
  contributorId: true,
} satisfies Prisma.ArticleSelect;

async function lockArticle(tx: Tx, articleId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Article" WHERE "id" = ${articleId} FOR UPDATE`;
  const article = await tx.article.findUnique({ where: { id: articleId }, select: LOCKED });
  if (!article) throw new NotFoundError();
  return article;
}

type Locked = Awaited<ReturnType<typeof lockArticle>>;

/** The report's photos a P2P story may take as its cover (read apart: one query at a time in a transaction). */
async function reportPhotos(tx: Tx, article: Locked) {
  if (!article.p2pApplicationId) return [];
  return tx.p2PReportPhoto.findMany({ where: { report: { applicationId: article.p2pApplicationId } }, select: { storageKey: true, alt: true }, orderBy: { position: "asc" } });
}

function assertPublishable(article: Parameters<typeof publishGaps>[0]) {
  const gap = publishGaps(article)[0];
  if (gap) throw UserError.of(gap.reason, gap.field);
}

/** Who wrote it and what it is about: the news editor's links (a P2P story keeps the two hubs it was made with). */
export type ArticleLinks = { hubIds: string[]; eventIds: string[]; bylines: { userId: string | null; name: string }[] };

export type ArticleChange = { id: string; kind: ArticleKind; slug: string; status: ArticleStatus; changed: boolean; published: boolean; public: boolean };

type UpdateOptions = {
  publish?: boolean;
  /** A picture staff uploaded with this very form (stored by lib/storage/uploads.ts, never named by the form): it may become the cover. */
  uploadedCover?: string | null;
  links?: ArticleLinks;
};

/** A new slug must be free among articles and among other articles' former addresses; the article's own former one it may take back. */
async function moveSlug(tx: Tx, article: Locked, slug: string) {
  const former = await tx.articleFormerSlug.findUnique({ where: { slug }, select: { articleId: true } });
  if (former && former.articleId !== article.id) throw new UserError("staff.articles.errors.slugTaken", "slug");
  if (former) await tx.articleFormerSlug.delete({ where: { slug } });
  // Only a published address was ever shared: a draft's may change freely.
  if (article.publishedAt) await tx.articleFormerSlug.upsert({ where: { slug: article.slug }, create: { slug: article.slug, articleId: article.id }, update: { articleId: article.id } });
}

/** The links an article keeps, in the form the editor sends them (hubs and events in any order, bylines in theirs). */
async function keptLinks(tx: Tx, articleId: string): Promise<ArticleLinks> {
  const hubs = await tx.articleHub.findMany({ where: { articleId }, select: { hubId: true } });
  const events = await tx.articleEvent.findMany({ where: { articleId }, select: { eventId: true } });
  const bylines = await tx.articleByline.findMany({ where: { articleId }, select: { userId: true, name: true }, orderBy: { position: "asc" } });
  return { hubIds: hubs.map((h) => h.hubId), eventIds: events.map((e) => e.eventId), bylines };
}

const sameLinks = (a: ArticleLinks, b: ArticleLinks) =>
  JSON.stringify([[...a.hubIds].sort(), [...a.eventIds].sort(), a.bylines.map((l) => [l.userId, l.name])]) ===
  JSON.stringify([[...b.hubIds].sort(), [...b.eventIds].sort(), b.bylines.map((l) => [l.userId, l.name])]);

/** Writes the article's hubs, events and bylines when they differ from those it keeps; whether they did. */
async function saveLinks(tx: Tx, articleId: string, links: ArticleLinks): Promise<boolean> {
  if (sameLinks(await keptLinks(tx, articleId), links)) return false;
  await tx.articleHub.deleteMany({ where: { articleId } });
  await tx.articleEvent.deleteMany({ where: { articleId } });
  await tx.articleByline.deleteMany({ where: { articleId } });
  if (links.hubIds.length) await tx.articleHub.createMany({ data: links.hubIds.map((hubId) => ({ articleId, hubId })) });
  if (links.eventIds.length) await tx.articleEvent.createMany({ data: links.eventIds.map((eventId) => ({ articleId, eventId })) });
  if (links.bylines.length) await tx.articleByline.createMany({ data: links.bylines.map((b, position) => ({ articleId, position, ...b })) });
  return true;
}

/** Long texts are named in the audit log; the others show their value before and after. */
const NAMED_ONLY = new Set(["standfirst", "body"]);
const auditChanges = (before: Locked, after: RevisionContent, fields: readonly string[]) =>
  fields.map((field) => (NAMED_ONLY.has(field) ? field : { field, before: before[field as keyof RevisionContent] ?? null, after: after[field as keyof RevisionContent] ?? null })) as Prisma.InputJsonValue[];

/**
 * Writes the revised fields, keeps the revision, marks a published article as updated and, with
 * `audit`, records the changes under that action. Returns the fields that changed.
 */
async function revise(tx: Tx, actorId: string, article: Locked, content: RevisionContent, opts: { extra?: Prisma.ArticleUpdateInput; audit?: "article.updated" } = {}) {
  const extra = opts.extra ?? {};
  const changed = changedFields(revisionContent(article), content);
  if (!changed.length && !Object.keys(extra).length) return changed;
  if (content.slug !== article.slug) await moveSlug(tx, article, content.slug);
  await tx.article.update({ where: { id: article.id }, data: { ...content, ...extra, ...(changed.length && article.status === "published" ? { revisedAt: new Date() } : {}) } });
  if (changed.length) await tx.articleRevision.create({ data: { articleId: article.id, editorId: actorId, content } });
  if (changed.length && opts.audit) await recordAudit(tx, { actorId, action: opts.audit, targetType: "article", targetId: article.id, data: { changes: auditChanges(article, content, changed) } });
  return changed;
}

/** A new draft with its audit row and its first revision, as staff or a member start one. */
async function createDraft(tx: Tx, actorId: string, data: Prisma.ArticleUncheckedCreateInput, audit: Prisma.InputJsonObject) {
  const article = await tx.article.create({ data, select: { id: true } });
  await recordAudit(tx, { actorId, action: "article.created", targetType: "article", targetId: article.id, data: audit });
  const first = { title: data.title, slug: data.slug, standfirst: "", body: "", language: data.language, coverKey: null, coverAlt: null, coverCaption: null, coverCredit: null, tags: [] };
  await tx.articleRevision.create({ data: { articleId: article.id, editorId: actorId, content: revisionContent(first) } });
  return article;
}

/**
 * Saves staff's changes; with `publish`, publishes in the same transaction (a refusal saves
 * nothing). A published or scheduled article stays publishable: an edit cannot take away its
 * cover's description. The address must be free among all articles, current and former.
 */
export async function updateArticle(actor: StaffActor | null, articleId: string, input: ArticleInput, opts: UpdateOptions = {}): Promise<ArticleChange> {
  assertStaff(actor);
  try {
    return await db.$transaction(async (tx) => {
      const article = await lockArticle(tx, articleId);
      const covers = coverChoices(article, await reportPhotos(tx, article));
      if (input.coverKey && input.coverKey !== opts.uploadedCover && !covers.some((c) => c.key === input.coverKey)) throw new UserError("news.errors.cover", "coverKey");
      const { kind, ...fields } = input;
      const content: RevisionContent = { ...fields, tags: fields.tags ?? article.tags };
      if (article.status === "published" || article.status === "scheduled") assertPublishable(content);
      const changed = await revise(tx, actor.id, article, content, { extra: kind && kind !== article.kind && article.kind !== "p2p_story" ? { kind } : {}, audit: "article.updated" });
      const linksChanged = opts.links ? await saveLinks(tx, article.id, opts.links) : false;
      const anyChange = changed.length > 0 || linksChanged || (kind !== undefined && kind !== article.kind);
      const status = opts.publish ? await decide(tx, actor, { ...article, ...content }, "publish") : article.status;
      return { id: article.id, kind: article.kind, slug: content.slug, status, changed: anyChange, published: Boolean(opts.publish), public: article.status === "published" || status === "published" };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new UserError("staff.articles.errors.slugTaken", "slug");
    throw e;
  }
}

const STEP_EMAILED: Partial<Record<ArticleDecision, ContributionStep>> = { submit: "submitted", return: "returned", schedule: "scheduled", publish: "published", publishScheduled: "published" };

/** The email to the member who wrote the article, at the steps they hear of; none for staff's own articles. */
async function writerEmails(tx: Tx, article: Locked, decision: ArticleDecision, message: string | null, scheduledFor?: Date) {
  const step = STEP_EMAILED[decision];
  if (!step || !article.contributorId) return [];
  const writer = await tx.user.findUnique({ where: { id: article.contributorId }, select: { email: true, name: true, locale: true } });
  return writer ? [await contributionEmail(writer, step, { id: article.id, title: article.title, slug: article.slug, message, scheduledFor: scheduledFor ?? null })] : [];
}

/** One move of ARTICLE_WORKFLOW on an article locked by the caller. The first publication stamps its date: a scheduled one, the time it was scheduled for. */
async function decide(tx: Tx, actor: Actor<"id"> | null, article: Locked, decision: ArticleDecision, scheduledFor?: Date, opts: { message?: string; as?: "staff" | "party" } = {}): Promise<ArticleStatus> {
  if (["publish", "schedule", "publishScheduled", "submit"].includes(decision) && article.status !== "published") assertPublishable(article);
  const publishedAt = decision === "publishScheduled" ? (article.scheduledFor ?? new Date()) : new Date();
  return takeDecision<ArticleStatus, ArticleDecision>(tx, ARTICLE_WORKFLOW, {
    actorId: actor?.id ?? null,
    actorIs: [opts.as ?? (actor ? "staff" : "system")],
    decision,
    message: opts.message,
    emails: () => writerEmails(tx, article, decision, opts.message?.trim() || null, scheduledFor),
    targetId: article.id,
    status: article.status,
    move: async (to) =>
      (
        await tx.article.updateMany({
          where: { id: article.id, status: article.status },
          data: {
            status: to,
            scheduledFor: to === "scheduled" ? scheduledFor : null,
            ...(to === "published" && !article.publishedAt ? { publishedAt } : {}),
          },
        })
      ).count,
    // Unreachable under the row lock; kept for the workflow's shape.
    stale: async () => {
      throw new UserError(ARTICLE_WORKFLOW.refusal, undefined, { decision, status: article.status });
    },
    data: { title: article.title, slug: article.slug, ...(scheduledFor ? { scheduledFor: scheduledFor.toISOString() } : {}) },
  });
}

const changeOf = (article: Locked, status: ArticleStatus): ArticleChange => ({
  id: article.id,
  kind: article.kind,
  slug: article.slug,
  status,
  changed: true,
  published: status === "published",
  public: article.status === "published" || status === "published",
});

/** Publishes, unschedules, takes back to draft or archives an article as it is stored. */
export async function decideArticle(actor: StaffActor | null, articleId: string, decision: Exclude<ArticleDecision, "schedule" | "publishScheduled" | "submit" | "return">): Promise<ArticleChange> {
  assertStaff(actor);
  return db.$transaction(async (tx) => {
    const article = await lockArticle(tx, articleId);
    return changeOf(article, await decide(tx, actor, article, decision));
  });
}

/** Publishes an article as it is stored, refused (beside the field) when it lacks what readers need. */
export const publishArticle = (actor: StaffActor | null, articleId: string) => decideArticle(actor, articleId, "publish");
export const unpublishArticle = (actor: StaffActor | null, articleId: string) => decideArticle(actor, articleId, "unpublish");
export const archiveArticle = (actor: StaffActor | null, articleId: string) => decideArticle(actor, articleId, "archive");

/** Schedules an article to go live at `at` (or moves its time), refused when it lacks what readers need or the time is not ahead. */
export async function scheduleArticle(actor: StaffActor | null, articleId: string, at: Date, now = new Date()): Promise<ArticleChange> {
  assertStaff(actor);
  const refusal = scheduleRefusal(at, now);
  if (refusal) throw UserError.of(refusal, "scheduledFor");
  return db.$transaction(async (tx) => {
    const article = await lockArticle(tx, articleId);
    return changeOf(article, await decide(tx, actor, article, "schedule", at));
  });
}

/**
 * The article-publishing job: publishes every scheduled article whose time has come, each in
 * its own transaction, once whichever instance runs it (the conditional move under the row
 * lock). One that no longer has what readers need (a failed check cannot happen through the
 * editor, which keeps a scheduled article publishable) stays scheduled and is logged.
 */
export async function publishDueArticles(now: Date): Promise<number> {
  const due = await db.article.findMany({ where: { status: "scheduled", scheduledFor: { lte: now } }, select: { id: true }, orderBy: { scheduledFor: "asc" }, take: 200 });
  let published = 0;
  for (const { id } of due) {
    try {
      const moved = await db.$transaction(async (tx) => {
        const article = await lockArticle(tx, id);
        if (article.status !== "scheduled" || !article.scheduledFor || article.scheduledFor > now) return false;
        await decide(tx, null, article, "publishScheduled");
        return true;
      });
      if (moved) published++;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      log.error("a scheduled article could not be published", { articleId: id, error: error.message });
    }
  }
  return published;
}

/** Puts an earlier revision's content back (as a new revision): the article keeps its status, and a published one must stay publishable. */
export async function restoreRevision(actor: StaffActor | null, articleId: string, revisionId: string): Promise<ArticleChange> {
  assertStaff(actor);
  try {
    return await db.$transaction(async (tx) => {
      const article = await lockArticle(tx, articleId);
      const revision = await tx.articleRevision.findFirst({ where: { id: revisionId, articleId }, select: { id: true, createdAt: true, content: true } });
      if (!revision) throw new NotFoundError();
      const content = revisionContentSchema.parse(revision.content);
      if (article.status === "published" || article.status === "scheduled") assertPublishable(content);
      const changed = await revise(tx, actor.id, article, content);
      await recordAudit(tx, { actorId: actor.id, action: "article.restored", targetType: "article", targetId: article.id, data: { revisionId, savedAt: revision.createdAt.toISOString(), changes: auditChanges(article, content, changed) } });
      return { ...changeOf(article, article.status), slug: content.slug, changed: changed.length > 0, published: false };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new UserError("staff.articles.errors.slugTaken", "slug");
    throw e;
  }
}

/** Starts a news article or a story as an untitled-looking draft staff then fill in: its address from the title, made unique. */
export async function createArticle(actor: StaffActor | null, input: { kind: Extract<ArticleKind, "news" | "story">; title: string; language: string }): Promise<{ id: string }> {
  assertStaff(actor);
  const candidates = numberedSlugCandidates(input.title, "article");
  return db.$transaction(async (tx) => {
    const takenNow = await tx.article.findMany({ where: { slug: { in: candidates } }, select: { slug: true } });
    const takenBefore = await tx.articleFormerSlug.findMany({ where: { slug: { in: candidates } }, select: { slug: true } });
    const taken = new Set([...takenNow, ...takenBefore].map((a) => a.slug));
    const slug = firstFreeSlug(candidates, taken, candidates[0]);
    return createDraft(tx, actor.id, { kind: input.kind, title: input.title, slug, language: input.language }, { kind: input.kind, title: input.title, slug });
  });
}

/** Sends a member's story in review back to its writer, with staff's message (emailed to them): a draft again, for them to fix. */
export async function returnArticle(actor: StaffActor | null, articleId: string, message: string): Promise<ArticleChange> {
  assertStaff(actor);
  return db.$transaction(async (tx) => {
    const article = await lockArticle(tx, articleId);
    return changeOf(article, await decide(tx, actor, article, "return", undefined, { message }));
  });
}

// ---------------------------------------------------------------- a member's story about their hub

type Member = Actor<"id">;
export type ContributionInput = Pick<ArticleInput, "title" | "standfirst" | "body" | "language" | "coverKey" | "coverAlt" | "coverCaption" | "coverCredit">;

/** The member's own story, locked; anyone else's (or staff's own articles) is not found. */
async function lockOwnStory(tx: Tx, actor: Member | null, articleId: string) {
  if (!actor) throw new NotFoundError();
  const article = await lockArticle(tx, articleId);
  if (article.contributorId !== actor.id || article.kind !== "story") throw new NotFoundError();
  return article;
}

/** A member starts a story about a published hub they own: a draft only they and staff see, its address made from the title. */
export async function startContribution(actor: Member | null, input: { hubId: string; title: string; language: string }): Promise<{ id: string }> {
  if (!actor) throw new NotFoundError();
  const owns = await db.hubOwner.findFirst({ where: { userId: actor.id, hubId: input.hubId, hub: { status: "published" } }, select: { hubId: true } });
  if (!owns) throw new UserError("news.contribute.errors.hub", "hubId");
  const base = `${slugify(input.title, "story").slice(0, MAX_SLUG_LENGTH - 9).replace(/-+$/, "")}`;
  return db.$transaction(async (tx) => {
    const slug = `${base}-${Date.now().toString(36).slice(-7)}`;
    const article = await createDraft(tx, actor.id, { kind: "story", title: input.title, slug, language: input.language, contributorId: actor.id }, { kind: "story", title: input.title, hubId: input.hubId });
    await tx.articleHub.create({ data: { articleId: article.id, hubId: input.hubId } });
    return article;
  });
}

/** The writer saves their draft (a story in review or published is staff's to change); its address and tags stay staff's. */
export async function updateContribution(actor: Member | null, articleId: string, input: ContributionInput, uploadedCover: string | null = null): Promise<{ id: string; changed: boolean }> {
  return db.$transaction(async (tx) => {
    const article = await lockOwnStory(tx, actor, articleId);
    if (article.status !== "draft") throw new UserError("news.contribute.errors.notDraft");
    if (input.coverKey && input.coverKey !== uploadedCover && input.coverKey !== article.coverKey) throw new UserError("news.errors.cover", "coverKey");
    const changed = await revise(tx, actor!.id, article, { ...input, slug: article.slug, tags: article.tags }, { audit: "article.updated" });
    return { id: article.id, changed: changed.length > 0 };
  });
}

/** The writer sends their draft to staff, refused (beside the field) while it lacks what readers need. */
export async function submitContribution(actor: Member | null, articleId: string): Promise<ArticleChange> {
  return db.$transaction(async (tx) => {
    const article = await lockOwnStory(tx, actor, articleId);
    return changeOf(article, await decide(tx, actor, article, "submit", undefined, { as: "party" }));
  });
}
