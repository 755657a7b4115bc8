import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { deliverOutboxSoon, queueEmail } from "@/lib/email/outbox";
import { NotFoundError, UserError } from "@/lib/errors";
import { isStaff, type CurrentUser } from "@/lib/auth/user";
import { applicationDecisionEmail } from "@/lib/events/review-emails";
import { canDecide, freesSeat, REVIEW_TRANSITIONS, seatsCheck, takesSeat, type ReviewDecision } from "@/lib/events/review-rules";
import { countSeats, isEventFullError, lockEvent, offerFreeSeats } from "@/lib/events/seats";

// Staff decide about applications: one at a time or several at once, always all-or-nothing
// in one transaction under the event's row lock (the lock every seat change takes, so a
// member registering at the same moment waits its turn and the seat count is exact).

type Actor = Pick<CurrentUser, "id" | "role">;

/** An application as the page showed it: `version` is its updatedAt then, as an ISO string. */
export type SeenApplication = { id: string; version: string };

type DecideInput = { eventId: string; decision: ReviewDecision; applications: readonly SeenApplication[]; message?: string | null | undefined };

/**
 * Applies one decision to every application listed. Refused as a whole (nothing changes)
 * when one of them changed since the page showed it, when the decision is not allowed
 * from one's status, or when accepting them would give more seats than the event has.
 * Each person is emailed the decision with staff's message; each decision is audited.
 * Seats given back go to the waiting list (offerFreeSeats).
 */
export async function decideApplications(actor: Actor | null, input: DecideInput) {
  if (!isStaff(actor)) throw new NotFoundError();
  const ids = [...new Set(input.applications.map((a) => a.id))];
  if (ids.length === 0) throw new UserError("Choose at least one application.");
  const message = input.message?.trim() || null;
  const now = new Date();
  try {
    const result = await db.$transaction(async (tx) => {
      const event = await lockEvent(tx, input.eventId);
      if (!event) throw new NotFoundError();
      if (event.status === "cancelled") throw new UserError("This event is cancelled: its applications can no longer be decided.");
      const found = await tx.eventApplication.findMany({
        where: { id: { in: ids }, eventId: event.id },
        select: { id: true, status: true, updatedAt: true, user: { select: { name: true, email: true } } },
      });
      if (found.length !== ids.length) throw new NotFoundError();
      const seen = new Map(input.applications.map((a) => [a.id, a.version]));
      for (const application of found) {
        if (application.updatedAt.toISOString() !== seen.get(application.id)) {
          throw new UserError(`${application.user.name}'s application changed after you opened this page, so nothing was saved. Reload the page to see it as it is now, then decide again.`);
        }
        const check = canDecide(input.decision, application.status);
        if (!check.allowed) throw new UserError(`${application.user.name}: ${check.reason}`);
      }
      const needed = found.filter((a) => takesSeat(input.decision, a.status)).length;
      if (needed > 0) {
        const check = seatsCheck(event.capacity, await countSeats(tx, event.id), needed);
        if (!check.allowed) throw new UserError(check.reason);
      }
      const to = REVIEW_TRANSITIONS[input.decision].to;
      let freed = 0;
      for (const application of found) {
        if (freesSeat(input.decision, application.status)) freed++;
        await tx.eventApplication.update({
          where: { id: application.id },
          data: {
            status: to,
            decisionMessage: message,
            decidedAt: now,
            decidedById: actor.id,
            offerExpiresAt: null,
            ...(to === "waitlisted" ? { waitlistedAt: now } : {}),
          },
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: `event.application.${to}`,
          targetType: "EventApplication",
          targetId: application.id,
          data: { eventId: event.id, from: application.status, to, message },
        });
        await queueEmail(tx, applicationDecisionEmail(application.user, event, input.decision, message));
      }
      const offered = freed > 0 ? await offerFreeSeats(tx, event.id, now) : 0;
      return { decided: found.length, offered };
    });
    deliverOutboxSoon();
    return result;
  } catch (e) {
    // The trigger's word, for a seat given by someone else between our count and our write.
    if (isEventFullError(e)) throw new UserError("Every seat is taken: nobody more can be accepted. Nothing was changed.");
    throw e;
  }
}

export const acceptApplication = (actor: Actor | null, eventId: string, application: SeenApplication, message?: string | null) =>
  decideApplications(actor, { eventId, decision: "accept", applications: [application], message });
export const declineApplication = (actor: Actor | null, eventId: string, application: SeenApplication, message?: string | null) =>
  decideApplications(actor, { eventId, decision: "decline", applications: [application], message });
export const waitlistApplication = (actor: Actor | null, eventId: string, application: SeenApplication, message?: string | null) =>
  decideApplications(actor, { eventId, decision: "waitlist", applications: [application], message });
