// Event review as a workflow (lib/workflow): which decision staff may take on an application,
// from which status, and what it records. Pure: the review page offers only what the table
// allows, and the commands refuse the rest with the same reason.
import { isSeat } from "@/lib/events/rules";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/message";
import type { Check, Workflow } from "@/lib/workflow/transitions";

export const REVIEW_DECISIONS = ["accept", "decline", "waitlist"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** The status each decision leads to, and the statuses it may be taken from. */
export const REVIEW_WORKFLOW: Workflow<ApplicationStatus, ReviewDecision> = {
  target: "EventApplication",
  refusal: "eventApplications.review.cannotDecide",
  transitions: {
    // A declined person may be accepted after all, for instance when staff change their mind.
    accept: { from: ["pending", "waitlisted", "declined"], to: "accepted", by: "staff", audit: "event.application.accepted", message: "optional", emails: true },
    decline: {
      from: ["pending", "waitlisted", "accepted", "registered", "offered"],
      to: "declined",
      by: "staff",
      audit: "event.application.declined",
      message: "optional",
      emails: true,
    },
    waitlist: { from: ["pending", "accepted", "registered"], to: "waitlisted", by: "staff", audit: "event.application.waitlisted", message: "optional", emails: true },
  },
};

/** A seat is taken by this decision (the capacity check applies). */
export const takesSeat = (decision: ReviewDecision, status: string): boolean => REVIEW_WORKFLOW.transitions[decision].to === "accepted" && !isSeat(status);

/** A seat is given back by this decision (the waiting list may be offered it). */
export const freesSeat = (decision: ReviewDecision, status: string): boolean => isSeat(status) && !isSeat(REVIEW_WORKFLOW.transitions[decision].to);

/** Whether `count` more seats fit. Null capacity: not limited. The reason is what staff read when the answer is no. */
export function seatsCheck(capacity: number | null, taken: number, count: number): Check {
  if (capacity === null || taken + count <= capacity) return { allowed: true };
  const free = Math.max(0, capacity - taken);
  if (free === 0) return { allowed: false, reason: msg("eventApplications.review.errors.noSeatLeft") };
  return { allowed: false, reason: msg("eventApplications.review.errors.tooFewSeats", { free, capacity, count }) };
}
