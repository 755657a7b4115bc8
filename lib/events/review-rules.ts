// Which decision staff may take on an application, from which status. Pure: the review
// page offers only what these allow, and the commands refuse the rest with the same reason.
import { isSeat } from "@/lib/events/rules";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

export const REVIEW_DECISIONS = ["accept", "decline", "waitlist"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];


/** The status each decision leads to, and the statuses it may be taken from. */
export const REVIEW_TRANSITIONS: Record<ReviewDecision, { to: Extract<ApplicationStatus, "accepted" | "declined" | "waitlisted">; from: readonly ApplicationStatus[] }> = {
  // A declined person may be accepted after all, for instance when staff change their mind.
  accept: { to: "accepted", from: ["pending", "waitlisted", "declined"] },
  decline: { to: "declined", from: ["pending", "waitlisted", "accepted", "registered", "offered"] },
  waitlist: { to: "waitlisted", from: ["pending", "accepted", "registered"] },
};

export const DECISION_LABELS: Record<ReviewDecision, { verb: string; done: string }> = {
  accept: { verb: "Accept", done: "accepted" },
  decline: { verb: "Decline", done: "declined" },
  waitlist: { verb: "Wait-list", done: "wait-listed" },
};

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  pending: "Waiting for a decision",
  accepted: "Accepted",
  registered: "Registered",
  offered: "Offered a seat",
  waitlisted: "On the waiting list",
  declined: "Declined",
  withdrawn: "Withdrawn",
  lapsed: "Offer lapsed",
};

const WHY_NOT: Record<ApplicationStatus, string> = {
  pending: "it is still waiting for a decision",
  accepted: "it has already been accepted",
  registered: "the person has registered",
  offered: "a seat is being offered to the person",
  waitlisted: "it is already on the waiting list",
  declined: "it has been declined",
  withdrawn: "the person has withdrawn it",
  lapsed: "the person did not take the seat offered in time",
};

export type DecisionCheck = { allowed: true } | { allowed: false; reason: string };

/** Whether `decision` may be taken on an application now in `status`, with the reason if not. */
export function canDecide(decision: ReviewDecision, status: string): DecisionCheck {
  if ((REVIEW_TRANSITIONS[decision].from as readonly string[]).includes(status)) return { allowed: true };
  const why = WHY_NOT[status as ApplicationStatus] ?? `its status is ${status}`;
  return { allowed: false, reason: `This application cannot be ${DECISION_LABELS[decision].done}: ${why}.` };
}

/** The decisions the review page offers for an application in `status`. */
export const decisionsFor = (status: string): ReviewDecision[] => REVIEW_DECISIONS.filter((d) => canDecide(d, status).allowed);

/** A seat is taken by this decision (the capacity check applies). */
export const takesSeat = (decision: ReviewDecision, status: string): boolean => REVIEW_TRANSITIONS[decision].to === "accepted" && !isSeat(status);

/** A seat is given back by this decision (the waiting list may be offered it). */
export const freesSeat = (decision: ReviewDecision, status: string): boolean => isSeat(status) && !isSeat(REVIEW_TRANSITIONS[decision].to);

/**
 * Whether `count` more seats fit. Null capacity: not limited. The sentence is what staff
 * read when the answer is no.
 */
export function seatsCheck(capacity: number | null, taken: number, count: number): DecisionCheck {
  if (capacity === null || taken + count <= capacity) return { allowed: true };
  const free = Math.max(0, capacity - taken);
  if (free === 0) return { allowed: false, reason: "Every seat is taken: nobody more can be accepted. Decline or wait-list someone first, or raise the capacity." };
  return {
    allowed: false,
    reason: `Only ${free} of ${capacity} seats ${free === 1 ? "is" : "are"} free, so ${count} people cannot be accepted. Nothing was changed: choose fewer, or raise the capacity.`,
  };
}

/** "Accept 5 applications?" */
export const bulkQuestion = (decision: ReviewDecision, count: number): string =>
  `${DECISION_LABELS[decision].verb} ${count} application${count === 1 ? "" : "s"}?`;
