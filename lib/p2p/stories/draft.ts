import "server-only";
// An approved report becomes a draft P2P story (an Article of kind p2p_story), inside the
// approval's transaction: staff then edit and publish it (lib/p2p/stories). The story is written
// in the applicant's language; its body is the report's own words, under headings staff can
// rewrite. Approving a report twice (after a second report) keeps the one story.
import type { Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { DEFAULT_LOCALE } from "@/i18n/languages";
import { slugify } from "@/lib/slugs";

type Tx = Prisma.TransactionClient;

/** The draft story of `applicationId`'s approved report: created once, returned after. */
export async function draftStoryFromReport(tx: Tx, applicationId: string, actorId: string | null): Promise<{ id: string; slug: string }> {
  const existing = await tx.article.findUnique({ where: { p2pApplicationId: applicationId }, select: { id: true, slug: true } });
  if (existing) return existing;
  const application = await tx.p2PApplication.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      id: true,
      visitingHubId: true,
      hostHubId: true,
      visitingHub: { select: { name: true } },
      hostHub: { select: { name: true } },
      applicant: { select: { locale: true } },
      report: { select: { whatHappened: true, outcomes: true, nextSteps: true, publicSummary: true, hostNote: true, photos: { orderBy: { position: "asc" }, take: 1, select: { storageKey: true, alt: true } } } },
    },
  });
  const report = application.report;
  const title = `${application.visitingHub.name} × ${application.hostHub.name}`;
  const cover = report?.photos[0];
  const body = [report?.whatHappened, report?.outcomes, report?.nextSteps, report?.hostNote].filter((part) => part?.trim()).join("\n\n");
  const article = await tx.article.create({
    data: {
      kind: "p2p_story",
      slug: `${slugify(title, "p2p-story")}-${application.id.slice(-6)}`,
      title,
      standfirst: report?.publicSummary ?? "",
      body,
      language: application.applicant.locale ?? DEFAULT_LOCALE,
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
