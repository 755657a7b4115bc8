import "server-only";
import { db } from "@/lib/db";
import { deliverOutboxSoon } from "@/lib/email/outbox";
import { readerLocale } from "@/lib/email/words";
import { NotFoundError, UserError } from "@/lib/errors";
import { isStaff, type CurrentUser } from "@/lib/auth/user";
import { countSeats, isEventFullError, lockEvent, offerFreeSeats } from "@/lib/events/applications/seats";
import { applicationDecisionEmail } from "@/lib/events/review/emails";
import { freesSeat, REVIEW_WORKFLOW, seatsCheck, takesSeat, type ReviewDecision } from "@/lib/events/review/rules";
import { takeDecision } from "@/lib/workflow/take";
import { canTake } from "@/lib/workflow/transitions";

// Staff accept, decline or wait-list applications: one at a time or several at once, always
// all-or-nothing in one transaction under the event's row lock (the lock every seat change
// takes, so a member registering at the same moment waits its turn and the seat count is
// exact). Each decision is taken through the review workflow (./rules.ts), which records and
// emails it; the seat check and the stale-version check are this area's own.

type Actor = Pick<CurrentUser, "id" | "role">;

/** An application as the page showed it: `version` is its updatedAt then, as an ISO string. */
export type SeenApplication = { id: string; version: string };

type DecisionInput = { eventId: string; applications: readonly SeenApplication[]; message?: string | null | undefined };

type DecisionResult = { decided: number; offered: number };

/** The application changed after the page showed it: nothing is saved. */
const changedSince = (name: string) => new UserError("eventApplications.review.errors.changedSince", undefined, { name });

/**
 * Takes one decision on every application listed. Refused as a whole (nothing changes)
 * when one of them changed since the page showed it, when the decision is not allowed
 * from one's status, or when accepting them would give more seats than the event has.
 * Each person is emailed the decision with staff's message; each decision is audited.
 * Seats given back go to the waiting list (offerFreeSeats).
 */
async function decideApplications(actor: Actor | null, decision: ReviewDecision, input: DecisionInput): Promise<DecisionResult> {
  if (!isStaff(actor)) throw new NotFoundError();
  const ids = [...new Set(input.applications.map((a) => a.id))];
  if (ids.length === 0) throw new UserError("eventApplications.review.errors.chooseOne");
  const message = input.message?.trim() || null;
  const now = new Date();
  try {
    const result = await db.$transaction(async (tx) => {
      const event = await lockEvent(tx, input.eventId);
      if (!event) throw new NotFoundError();
      if (event.status === "cancelled") throw new UserError("eventApplications.review.errors.eventCancelled");
      const found = await tx.eventApplication.findMany({
        where: { id: { in: ids }, eventId: event.id },
        select: { id: true, status: true, updatedAt: true, user: { select: { name: true, email: true, locale: true } } },
      });
      if (found.length !== ids.length) throw new NotFoundError();
      // Every refusal before the first write, naming the person it is about.
      const seen = new Map(input.applications.map((a) => [a.id, a.version]));
      for (const application of found) {
        if (application.updatedAt.toISOString() !== seen.get(application.id)) throw changedSince(application.user.name);
        if (!canTake(REVIEW_WORKFLOW, decision, application.status).allowed) {
          throw new UserError("eventApplications.review.errors.cannotDecideFor", undefined, { name: application.user.name, decision, status: application.status });
        }
      }
      const needed = found.filter((a) => takesSeat(decision, a.status)).length;
      if (needed > 0) {
        const check = seatsCheck(event.capacity, await countSeats(tx, event.id), needed);
        if (!check.allowed) throw UserError.of(check.reason);
      }
      let freed = 0;
      for (const application of found) {
        if (freesSeat(decision, application.status)) freed++;
        await takeDecision(tx, REVIEW_WORKFLOW, {
          actorId: actor.id,
          actorIs: ["staff"],
          decision,
          targetId: application.id,
          status: application.status,
          message,
          move: async (to) =>
            (
              await tx.eventApplication.updateMany({
                where: { id: application.id, status: application.status, updatedAt: application.updatedAt },
                data: { status: to, decisionMessage: message, decidedAt: now, decidedById: actor.id, offerExpiresAt: null, ...(to === "waitlisted" ? { waitlistedAt: now } : {}) },
              })
            ).count,
          stale: async () => {
            throw changedSince(application.user.name);
          },
          emails: async () => [await applicationDecisionEmail(application.user, event, decision, message, readerLocale(application.user))],
          data: { eventId: event.id },
        });
      }
      const offered = freed > 0 ? await offerFreeSeats(tx, event.id, now) : 0;
      return { decided: found.length, offered };
    });
    deliverOutboxSoon();
    return result;
  } catch (e) {
    // The trigger's word, for a seat given by someone else between our count and our write.
    if (isEventFullError(e)) throw new UserError("eventApplications.review.errors.everySeatTaken");
    throw e;
  }
}

/** Accepts the applications: each takes a seat, within the event's capacity. */
export const acceptApplications = (actor: Actor | null, input: DecisionInput) => decideApplications(actor, "accept", input);

/** Declines the applications; seats they held go to the waiting list. */
export const declineApplications = (actor: Actor | null, input: DecisionInput) => decideApplications(actor, "decline", input);

/** Puts the applications on the waiting list, at its end; seats they held go to the first in line. */
export const waitlistApplications = (actor: Actor | null, input: DecisionInput) => decideApplications(actor, "waitlist", input);
