import "server-only";
// A host hub's owners answer a P2P request: accept (with a note: the dates that suit, what they
// will offer) or decline (with a reason). Each answer is one transaction that takes the host's
// offer row first, so answers to one host come one at a time and its places are counted
// exactly; the CHECK constraint on placesTaken holds even for a writer that forgets. The
// decision goes through the application's workflow (lib/p2p/applications/workflow.ts), which
// refuses, moves, audits and queues the emails.
import type { Locale } from "@/i18n/languages";
import type { CurrentUser } from "@/lib/auth/user";
import { db, type Prisma } from "@/lib/db";
import { deliverOutboxSoon } from "@/lib/email/outbox";
import { readerLocale } from "@/lib/email/words";
import { NotFoundError, UserError } from "@/lib/errors";
import { answerConfirmationEmail, hostAcceptedEmail, hostDeclinedEmail } from "@/lib/p2p/agreement/emails";
import { forHubsOf } from "@/lib/p2p/agreement/queries";
import { answerRefusal } from "@/lib/p2p/agreement/rules";
import { openUntil } from "@/lib/p2p/rounds/rules";
import { APPLICATION_WORKFLOW } from "@/lib/p2p/applications/workflow";
import { isPlacesCheckViolation } from "@/lib/p2p/hosts/rules";
import { takeDecision } from "@/lib/workflow/take";

type Actor = Pick<CurrentUser, "id" | "name" | "email" | "locale"> | null;
type Tx = Prisma.TransactionClient;
type Answer = "accept" | "decline";

/** `pageLocale`: the language of the page the owner answered from, for their confirmation when their account has none. */
type Options = { pageLocale?: Locale; now?: Date };

/** The request, when it names a hub the actor owns or co-owns: anything else is not found. */
const ownedRequest = (actor: { id: string }, requestId: string) => ({ id: requestId, ...forHubsOf(actor) }) satisfies Prisma.P2PHostRequestWhereInput;

/** What an answer, or a lapse (./lapse.ts), needs of a request: to refuse it, move it, and write the emails. */
export const answeringSelect = {
  id: true,
  status: true,
  dueAt: true,
  hostHubId: true,
  hostHub: { select: { name: true } },
  application: {
    select: {
      id: true,
      status: true,
      applicant: { select: { name: true, email: true, locale: true } },
      round: { select: { name: true, status: true, opensOn: true, closesOn: true, timeZone: true } },
    },
  },
} satisfies Prisma.P2PHostRequestSelect;

const noPlacesLeft = () => new UserError("p2pHostRequests.errors.noPlacesLeft");

/** Takes one of the host's places, under the offer's lock: none left, nothing taken. */
async function takePlace(tx: Tx, offerId: string | undefined) {
  if (!offerId) throw new UserError("p2pHostRequests.errors.notHosting");
  const taken = await tx.$executeRaw`
    UPDATE "P2PHostOffer" SET "placesTaken" = "placesTaken" + 1, "updatedAt" = NOW()
    WHERE "id" = ${offerId} AND "placesTaken" < "places"`;
  if (taken === 0) throw noPlacesLeft();
}

async function answerHostRequest(actor: Actor, requestId: string, decision: Answer, message: string | null, opts: Options): Promise<void> {
  if (!actor) throw new NotFoundError();
  const now = opts.now ?? new Date();
  const text = message?.trim() || null;
  try {
    await db.$transaction(async (tx) => {
      const found = await tx.p2PHostRequest.findFirst({ where: ownedRequest(actor, requestId), select: { hostHubId: true, application: { select: { roundId: true } } } });
      if (!found) throw new NotFoundError();
      // The host's offer row first, as every answer to this host takes it (the places' lock);
      // then the request and its application, which the lapse job claims with SKIP LOCKED.
      const offers = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "P2PHostOffer" WHERE "roundId" = ${found.application.roundId} AND "hubId" = ${found.hostHubId} FOR UPDATE`;
      await tx.$executeRaw`
        SELECT 1 FROM "P2PHostRequest" r JOIN "P2PApplication" a ON a."id" = r."applicationId"
        WHERE r."id" = ${requestId} FOR UPDATE OF r, a`;
      // Read again under the locks: an owner removed, or an answer given, while we waited.
      const request = await tx.p2PHostRequest.findFirst({ where: ownedRequest(actor, requestId), select: answeringSelect });
      if (!request) throw new NotFoundError();
      const refusal = answerRefusal(request, now);
      if (refusal) throw UserError.of(refusal);
      // The workflow requires it too; said here beside the form's own field.
      if (decision === "decline" && !text) throw new UserError("p2pHostRequests.errors.reasonMissing", "reason");
      if (decision === "accept") await takePlace(tx, offers[0]?.id);
      const { application } = request;
      const outcome = { hostName: request.hostHub.name, roundName: application.round.name, applicationId: application.id, rehostUntil: openUntil(application.round, now) };
      await takeDecision(tx, APPLICATION_WORKFLOW, {
        actorId: actor.id,
        actorIs: ["host"],
        decision,
        targetId: application.id,
        status: application.status,
        message: text,
        move: async (to) => {
          const moved = await tx.p2PApplication.updateMany({ where: { id: application.id, status: application.status }, data: { status: to } });
          if (moved.count === 0) return 0;
          const answered = await tx.p2PHostRequest.updateMany({
            where: { id: request.id, status: "pending" },
            data: { status: decision === "accept" ? "accepted" : "declined", message: text, answeredById: actor.id, answeredAt: now },
          });
          return answered.count;
        },
        stale: async () => {
          throw new UserError("p2pHostRequests.errors.changed");
        },
        emails: async () => [
          decision === "accept"
            ? await hostAcceptedEmail(application.applicant, outcome, text, readerLocale(application.applicant))
            : await hostDeclinedEmail(application.applicant, outcome, text ?? "", readerLocale(application.applicant)),
          await answerConfirmationEmail(
            actor,
            { decision, hostName: request.hostHub.name, roundName: application.round.name, applicantName: application.applicant.name, requestId: request.id, message: text },
            readerLocale(actor, opts.pageLocale),
          ),
        ],
        data: { hostRequestId: request.id, hostHubId: request.hostHubId },
      });
    });
  } catch (e) {
    if (isPlacesCheckViolation(e)) throw noPlacesLeft();
    throw e;
  }
  deliverOutboxSoon();
}

/** The host agrees to the exchange, taking one of its places; `note`: the dates that suit, what it will offer. */
export const acceptHostRequest = (actor: Actor, requestId: string, input: { note?: string | null }, opts: Options = {}) =>
  answerHostRequest(actor, requestId, "accept", input.note ?? null, opts);

/** The host declines, with a reason the applicant reads; the applicant may ask another host while the window is open. */
export const declineHostRequest = (actor: Actor, requestId: string, input: { reason: string }, opts: Options = {}) =>
  answerHostRequest(actor, requestId, "decline", input.reason, opts);
