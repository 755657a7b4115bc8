import "server-only";
// The reviewer's reads: their queue, one assignment (the conflict step, then the application
// and their review, then the others' reviews), and the next application to score. Each takes
// the acting user; anything not assigned to them, or where they now own or co-own a hub of the
// exchange, is not found.
import type { Actor } from "@/lib/auth/user";
import { db, type Prisma } from "@/lib/db";
import { REVIEWABLE_STATUSES } from "@/lib/p2p/applications/workflow";
import { conflictedWith, conflictSelect } from "@/lib/p2p/panel/fill";
import { sharedAnswersSelect } from "@/lib/p2p/applications/shared-answers";

/**
 * The assignments a reviewer may open: theirs, not declared a conflict, in a round under review
 * whose panel they still sit on, for an application still in review, not their own and no hub of it theirs
 * (the conflict rule of lib/p2p/panel/fill.ts, in the query; the readers check conflictedWith
 * again, for a declaration made by another request).
 */
export const reviewerAssignments = (actor: Actor<"id">) =>
  ({
    reviewerId: actor.id,
    status: { not: "conflict" },
    round: { status: "in_review", panelists: { some: { userId: actor.id } } },
    application: {
      status: { in: [...REVIEWABLE_STATUSES] },
      applicantId: { not: actor.id },
      visitingHub: { owners: { none: { userId: actor.id } } },
      hostHub: { owners: { none: { userId: actor.id } } },
    },
  }) satisfies Prisma.P2PAssignmentWhereInput;

/** What the conflict step shows: the two hubs' names and countries, nothing else. */
const hubNames = { select: { name: true, countryCode: true } } as const;

const queueSelect = {
  id: true,
  status: true,
  createdAt: true,
  round: { select: { id: true, name: true, panelClosedAt: true } },
  application: { select: { visitingHub: hubNames, hostHub: hubNames } },
  review: { select: { total: true, updatedAt: true } },
} satisfies Prisma.P2PAssignmentSelect;

export type QueueState = "toConfirm" | "toScore" | "reviewed";

export const queueState = (a: { status: string; review: unknown }): QueueState => (a.review ? "reviewed" : a.status === "confirmed" ? "toScore" : "toConfirm");

/** The actor's assignments in every round under review, oldest first, with how many are in each state. */
export async function listReviewQueue(actor: Actor<"id">) {
  const assignments = await db.p2PAssignment.findMany({
    where: reviewerAssignments(actor),
    select: queueSelect,
    orderBy: [{ round: { name: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
    take: 500,
  });
  const items = assignments.map((a) => ({ ...a, state: queueState(a), editable: a.round.panelClosedAt === null }));
  const counts = { toConfirm: 0, toScore: 0, reviewed: 0 } satisfies Record<QueueState, number>;
  for (const item of items) counts[item.state] += 1;
  return { items, counts };
}

export type ReviewQueue = Awaited<ReturnType<typeof listReviewQueue>>;

/** The answers a reviewer reads: never the accessibility needs, never an email address. */
const applicationForReviewer = {
  id: true,
  ...sharedAnswersSelect,
  startsOn: true,
  endsOn: true,
  people: true,
  travelRateCents: true,
  dailyRateCents: true,
  maxGrantCents: true,
  grantCents: true,
  visitingHub: { select: { name: true, city: true, countryCode: true } },
  hostHub: { select: { name: true, city: true, countryCode: true } },
} satisfies Prisma.P2PApplicationSelect;

const scoresSelect = { select: { criterionId: true, value: true } } as const;

/**
 * One of the actor's assignments: null when not theirs (or conflicted). Before they confirm no
 * conflict, only the hubs' names and countries; then the application, the rubric and their own
 * review; once they have submitted theirs, the other reviewers' too.
 */
export async function getReviewAssignment(actor: Actor<"id">, assignmentId: string) {
  const assignment = await db.p2PAssignment.findFirst({
    where: { id: assignmentId, ...reviewerAssignments(actor) },
    select: {
      id: true,
      status: true,
      applicationId: true,
      round: { select: { id: true, name: true, panelClosedAt: true } },
      application: {
        select: {
          ...conflictSelect,
          visitingHub: { select: { ...hubNames.select, ...conflictSelect.visitingHub.select } },
          hostHub: { select: { ...hubNames.select, ...conflictSelect.hostHub.select } },
        },
      },
    },
  });
  if (!assignment || conflictedWith(assignment.application).has(actor.id)) return null;
  const { visitingHub, hostHub } = assignment.application;
  const hub = (h: { name: string; countryCode: string }) => ({ name: h.name, countryCode: h.countryCode });
  const base = { id: assignment.id, status: assignment.status, round: assignment.round, editable: assignment.round.panelClosedAt === null, hubs: { visiting: hub(visitingHub), host: hub(hostHub) } };
  if (assignment.status !== "confirmed") return { ...base, step: "conflict" as const };

  const [application, criteria, review] = await Promise.all([
    db.p2PApplication.findUniqueOrThrow({ where: { id: assignment.applicationId }, select: applicationForReviewer }),
    db.p2PCriterion.findMany({ where: { roundId: assignment.round.id }, select: { id: true, position: true, name: true, description: true, weight: true, labels: true }, orderBy: { position: "asc" } }),
    db.p2PReview.findUnique({ where: { assignmentId: assignment.id }, select: { id: true, comment: true, total: true, submittedAt: true, updatedAt: true, scores: scoresSelect, _count: { select: { revisions: true } } } }),
  ]);
  // Shown only once the reviewer has committed to their own view, so the others' cannot anchor it.
  const others = review ? await othersReviews(actor, assignment.applicationId) : [];
  return { ...base, step: "review" as const, application, criteria, review, others };
}

export type ReviewAssignment = NonNullable<Awaited<ReturnType<typeof getReviewAssignment>>>;
export type ReviewStep = Extract<ReviewAssignment, { step: "review" }>;

/**
 * The other reviewers' reviews of an application, as "Reviewer A", "Reviewer B" in the order
 * they were submitted. Anonymised: panelists are peers in a small network who may know each
 * other; a name invites deference to a well-known colleague (or a grudge) rather than a reading
 * of the application. Staff, who weigh the reviews, see the names.
 */
async function othersReviews(actor: Actor<"id">, applicationId: string) {
  const reviews = await db.p2PReview.findMany({
    where: { applicationId, reviewerId: { not: actor.id }, assignment: { status: "confirmed" } },
    select: { id: true, comment: true, total: true, scores: scoresSelect },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
  });
  return reviews.map(({ id, ...review }, i) => ({ id, letter: String.fromCharCode(65 + (i % 26)), ...review, scores: Object.fromEntries(review.scores.map((s) => [s.criterionId, s.value])) }));
}

/** The ids of the rubric an assignment is scored on, for the review form's schema; null when not the actor's to score. */
export async function reviewCriterionIds(actor: Actor<"id">, assignmentId: string): Promise<string[] | null> {
  const assignment = await db.p2PAssignment.findFirst({
    where: { id: assignmentId, ...reviewerAssignments(actor) },
    select: { round: { select: { criteria: { select: { id: true }, orderBy: { position: "asc" } } } } },
  });
  return assignment ? assignment.round.criteria.map((c) => c.id) : null;
}

/** Assignments still to review (not declared a conflict, no review yet) in panels still open. */
const toReview = (actor: Actor<"id">) => {
  const mine = reviewerAssignments(actor);
  return { ...mine, review: { is: null }, round: { ...mine.round, panelClosedAt: null } } satisfies Prisma.P2PAssignmentWhereInput;
};

/** The actor's assignments still to review in panels still open (none: they sit on no panel, or are done), for a link to /review. */
export const countReviewsToDo = (actor: Actor<"id">) => db.p2PAssignment.count({ where: toReview(actor) });

/** Whether the actor sits on any round's panel (their account page then links to /review). */
export const sitsOnAPanel = async (actor: Actor<"id">) => (await db.p2PPanelist.count({ where: { userId: actor.id }, take: 1 })) > 0;

/**
 * "Save and next": the actor's assignment still to review (not declared a conflict, no review of
 * theirs yet) whose application has the fewest submitted reviews overall, oldest assignment
 * first among equals, in a panel still open. Null when none is left.
 */
export async function nextAssignmentToReview(actor: Actor<"id">): Promise<string | null> {
  const next = await db.p2PAssignment.findFirst({
    where: toReview(actor),
    select: { id: true },
    orderBy: [{ application: { reviews: { _count: "asc" } } }, { createdAt: "asc" }, { id: "asc" }],
  });
  return next?.id ?? null;
}
