import "server-only";
// The applicant's report: saved as a draft as often as they like, photos added (each with its
// description) and removed, then sent to staff through the application's workflow. Each change
// is one transaction under the application's row lock, so the photo limit holds under two tabs.
import { DEFAULT_LOCALE, type Locale } from "@/i18n/languages";
import type { Actor } from "@/lib/auth/user";
import { db, type Prisma } from "@/lib/db";
import { deliverOutboxSoon } from "@/lib/email/outbox";
import { readerLocale } from "@/lib/email/words";
import { NotFoundError, UserError } from "@/lib/errors";
import { APPLICATION_WORKFLOW } from "@/lib/p2p/applications/workflow";
import { staleRefusal } from "@/lib/p2p/grant/commands";
import { applicantEmail, reportToReadEmail } from "@/lib/p2p/grant/emails";
import { exchangeOf, lockApplication, moveWithReport, type LockedGrantApplication } from "@/lib/p2p/grant/lock";
import type { ReportInput } from "@/lib/p2p/reports/schema";
import { missingForSending, PHOTOS_MAX, sendingTooEarly } from "@/lib/p2p/reports/rules";
import { fileStorage } from "@/lib/storage";
import { takeDecision } from "@/lib/workflow/take";
import { canTake } from "@/lib/workflow/transitions";

type Tx = Prisma.TransactionClient;
type Context = { now?: Date; pageLocale?: Locale };

/** The applicant's own application, locked, while its report may change (after signing, or when staff asked for changes). */
async function lockEditable(tx: Tx, actor: Actor<"id"> | null, applicationId: string) {
  if (!actor) throw new NotFoundError();
  const a = await lockApplication(tx, { id: applicationId, applicantId: actor.id });
  const check = canTake(APPLICATION_WORKFLOW, "submitReport", a.status);
  if (!check.allowed) throw UserError.of(check.reason);
  return a;
}

/** The report row, created on first use. */
const reportOf = async (tx: Tx, a: LockedGrantApplication) =>
  a.report?.id ?? (await tx.p2PReport.upsert({ where: { applicationId: a.id }, create: { applicationId: a.id }, update: {}, select: { id: true } })).id;

/**
 * Saves the report's answers; with `send`, sends it to staff too, once every answer is given and
 * the exchange has begun. Staff are emailed that a report is to read, the applicant a receipt.
 */
export async function saveReport(actor: Actor<"id"> | null, applicationId: string, input: ReportInput, { send = false, now = new Date(), pageLocale = DEFAULT_LOCALE }: Context & { send?: boolean } = {}) {
  await db.$transaction(async (tx) => {
    const a = await lockEditable(tx, actor, applicationId);
    const fields = { whatHappened: input.whatHappened, outcomes: input.outcomes, nextSteps: input.nextSteps, publicSummary: input.publicSummary, evidence: input.evidence };
    await tx.p2PReport.upsert({ where: { applicationId: a.id }, create: { applicationId: a.id, ...fields }, update: fields });
    if (!send) return;
    const early = sendingTooEarly(a, now);
    if (early) throw UserError.of(early);
    const missing = missingForSending(fields);
    if (missing.length) throw new UserError("p2pGrant.errors.neededToSend", missing[0]);
    await takeDecision(tx, APPLICATION_WORKFLOW, {
      actorId: actor!.id,
      actorIs: ["party"],
      decision: "submitReport",
      targetId: a.id,
      status: a.status,
      move: moveWithReport(tx, a, { submittedAt: now }),
      stale: staleRefusal(a, "submitReport"),
      emails: async () => {
        const x = exchangeOf(a);
        const emails = [await applicantEmail("reportSent", a.applicant, x, readerLocale(a.applicant, pageLocale))];
        const staff = await tx.user.findMany({ where: { role: { in: ["staff", "admin"] } }, select: { name: true, email: true, locale: true }, orderBy: { createdAt: "asc" } });
        for (const person of staff) emails.push(await reportToReadEmail(person, x, readerLocale(person)));
        return emails;
      },
      data: { evidence: input.evidence },
    });
  });
  if (send) deliverOutboxSoon();
}

/** Adds a stored photo (`storageKey`, from storeImage) with its description, after the others; at most PHOTOS_MAX. */
export async function addReportPhoto(actor: Actor<"id"> | null, applicationId: string, input: { storageKey: string; alt: string }) {
  await db.$transaction(async (tx) => {
    const a = await lockEditable(tx, actor, applicationId);
    if ((a.report?._count.photos ?? 0) >= PHOTOS_MAX) throw new UserError("p2pGrant.errors.tooManyPhotos", "photo", { max: PHOTOS_MAX });
    const reportId = await reportOf(tx, a);
    const last = await tx.p2PReportPhoto.aggregate({ where: { reportId }, _max: { position: true } });
    await tx.p2PReportPhoto.create({ data: { reportId, storageKey: input.storageKey, alt: input.alt, position: (last._max.position ?? -1) + 1 } });
  });
}

/** Removes one of the report's photos, and its file once the removal is saved. */
export async function removeReportPhoto(actor: Actor<"id"> | null, applicationId: string, photoId: string) {
  const removed = await db.$transaction(async (tx) => {
    const a = await lockEditable(tx, actor, applicationId);
    const photo = a.report ? await tx.p2PReportPhoto.findFirst({ where: { id: photoId, reportId: a.report.id }, select: { id: true, storageKey: true } }) : null;
    if (!photo) throw new NotFoundError();
    await tx.p2PReportPhoto.delete({ where: { id: photo.id } });
    return photo.storageKey;
  });
  await fileStorage().remove(removed);
}
