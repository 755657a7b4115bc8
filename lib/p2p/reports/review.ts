import "server-only";
// Staff's decisions on a sent report: approve it (which drafts the P2P story in the same
// transaction: lib/p2p/stories/draft.ts), or ask for changes with a message the applicant reads
// on their page and in their email. Under the application's row lock, through its workflow.
import { DEFAULT_LOCALE, type Locale } from "@/i18n/languages";
import { assertStaff, type Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { deliverOutboxSoon } from "@/lib/email/outbox";
import { readerLocale } from "@/lib/email/words";
import { APPLICATION_WORKFLOW } from "@/lib/p2p/applications/workflow";
import { staleRefusal } from "@/lib/p2p/grant/commands";
import { applicantEmail } from "@/lib/p2p/grant/emails";
import { exchangeOf, lockApplication, moveWithReport } from "@/lib/p2p/grant/lock";
import { draftStoryFromReport } from "@/lib/p2p/stories/draft";
import { takeDecision } from "@/lib/workflow/take";

type Staff = Actor<"id" | "role"> | null;
type Context = { now?: Date; pageLocale?: Locale };

/** Approves the report, with an optional note to the applicant; returns the P2P story drafted from it. */
export async function approveReport(actor: Staff, applicationId: string, input: { message?: string | null }, { now = new Date(), pageLocale = DEFAULT_LOCALE }: Context = {}) {
  assertStaff(actor);
  const story = await db.$transaction(async (tx) => {
    const a = await lockApplication(tx, { id: applicationId });
    await takeDecision(tx, APPLICATION_WORKFLOW, {
      actorId: actor.id,
      actorIs: ["staff"],
      decision: "approveReport",
      targetId: a.id,
      status: a.status,
      message: input.message,
      move: moveWithReport(tx, a, { approvedAt: now }),
      stale: staleRefusal(a, "approveReport"),
      emails: async () => [await applicantEmail("approved", a.applicant, exchangeOf(a), readerLocale(a.applicant, pageLocale), { message: input.message?.trim() || null })],
    });
    return draftStoryFromReport(tx, a.id, actor.id);
  });
  deliverOutboxSoon();
  return story;
}

/** Asks the applicant to change the report: `message` says what (required), kept on the report and emailed. */
export async function requestReportChanges(actor: Staff, applicationId: string, input: { message: string }, { pageLocale = DEFAULT_LOCALE }: Context = {}) {
  assertStaff(actor);
  const message = input.message.trim();
  await db.$transaction(async (tx) => {
    const a = await lockApplication(tx, { id: applicationId });
    await takeDecision(tx, APPLICATION_WORKFLOW, {
      actorId: actor.id,
      actorIs: ["staff"],
      decision: "requestChanges",
      targetId: a.id,
      status: a.status,
      message,
      move: moveWithReport(tx, a, { staffMessage: message }),
      stale: staleRefusal(a, "requestChanges"),
      emails: async () => [await applicantEmail("changesRequested", a.applicant, exchangeOf(a), readerLocale(a.applicant, pageLocale), { message })],
    });
  });
  deliverOutboxSoon();
}
