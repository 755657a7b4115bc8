import "server-only";
// An approved report becomes a draft P2P story (an Article of kind p2p_story), inside the
// approval's transaction: staff then edit and publish it (lib/p2p/stories). The story is written
// in the applicant's language; its body is the report's own words, under headings staff can
// rewrite. Approving a report twice (after a second report) keeps the one story.
import type { Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { DEFAULT_LOCALE } from "@/i18n/languages";
import { MAX_ARTICLE_TITLE } from "@/lib/articles/limits";
import { MAX_SLUG_LENGTH, slugify } from "@/lib/slugs";

type Tx = Prisma.TransactionClient;

/** The draft story of `applicationId`'s approved report: created once, returned after. */
export async function draftStoryFromReport(tx: Tx, applicationId: string, actorId: string | null): Promise<{ id: string; slug: string }> {
  const existing = await tx.article.findUnique({ where: { p2pApplicationId: applicationId }, select: { id: true, slug: true } });
  if (existing) return existing;
  // One query at a time: with several relations in one select, Prisma sends their queries at
  // once on the transaction's single connection.
  const application = await tx.p2PApplication.findUniqueOrThrow({ where: { id: applicationId }, select: { id: true, visitingHubId: true, hostHubId: true, applicantId: true } });
  const visitingHub = await tx.hub.findUniqueOrThrow({ where: { id: application.visitingHubId }, select: { name: true } });
  const hostHub = await tx.hub.findUniqueOrThrow({ where: { id: application.hostHubId }, select: { name: true } });
  const applicant = await tx.user.findUniqueOrThrow({ where: { id: application.applicantId }, select: { locale: true } });
  const report = await tx.p2PReport.findUnique({
    where: { applicationId },
    select: { whatHappened: true, outcomes: true, nextSteps: true, publicSummary: true, hostNote: true, photos: { orderBy: { position: "asc" }, take: 1, select: { storageKey: true, alt: true } } },
  });
  // Two hubs' names may be longer together than a title staff's form accepts: cut to fit, so the draft saves as it is.
  const names = `${visitingHub.name} × ${hostHub.name}`;
  const title = names.length > MAX_ARTICLE_TITLE ? `${names.slice(0, MAX_ARTICLE_TITLE - 1).trimEnd()}…` : names;
  const cover = report?.photos[0];
  const body = [report?.whatHappened, report?.outcomes, report?.nextSteps, report?.hostNote].filter((part) => part?.trim()).join("\n\n");
  // Within the length staff's form accepts (isSlug), so the draft saves as it is; the id's end
  // tells two exchanges between the same hubs apart, and a longer end an address staff gave another article.
  const stem = (tail: string) => `${slugify(title, "p2p-story").slice(0, MAX_SLUG_LENGTH - tail.length - 1).replace(/-+$/, "")}-${tail}`;
  const candidates = [stem(application.id.slice(-6)), stem(application.id.slice(-12)), stem(application.id)];
  const taken = new Set((await tx.article.findMany({ where: { slug: { in: candidates } }, select: { slug: true } })).map((a) => a.slug));
  const article = await tx.article.create({
    data: {
      kind: "p2p_story",
      slug: candidates.find((c) => !taken.has(c)) ?? candidates.at(-1)!,
      title,
      standfirst: report?.publicSummary ?? "",
      body,
      language: applicant.locale ?? DEFAULT_LOCALE,
      coverKey: cover?.storageKey ?? null,
      coverAlt: cover?.alt ?? null,
      p2pApplicationId: application.id,
    },
    select: { id: true, slug: true },
  });
  // Apart from the create: a nested create overlaps its queries on the transaction's one connection.
  await tx.articleHub.createMany({ data: [application.visitingHubId, application.hostHubId].map((hubId) => ({ articleId: article.id, hubId })) });
  await recordAudit(tx, { actorId, action: "article.created", targetType: "article", targetId: article.id, data: { from: "p2p-report", applicationId } });
  return article;
}
