import "server-only";
// A panelist's writes: confirming no conflict, declaring one (the application is reassigned in
// the same transaction), and submitting or changing a review. Each takes the round's row first
// (FOR SHARE; FOR UPDATE when declaring, as the fill that follows does), then the assignment's,
// so a review cannot slip in after staff close the panel, and two submissions of one review
// run one after the other. Refusals of what is not the actor's are "not found".
import type { Actor } from "@/lib/auth/user";
import { db, type Prisma } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { conflictedWith, conflictFacts, fillAssignments } from "@/lib/p2p/panel/fill";
import { reviewerAssignments } from "@/lib/p2p/reviews/queries";
import { weightedTotal } from "@/lib/p2p/reviews/rubric";
import { scoreField } from "@/lib/p2p/reviews/rules";

type Tx = Prisma.TransactionClient;
type Options = { now?: Date };

/** The actor's assignment, read under the round's and its own row locks; refused when not theirs, conflicted, or the panel is closed. */
async function lockAssignment(tx: Tx, actor: Actor<"id"> | null, assignmentId: string, roundLock: "share" | "update") {
  if (!actor) throw new NotFoundError();
  const found = await tx.p2PAssignment.findFirst({ where: { id: assignmentId, reviewerId: actor.id }, select: { roundId: true } });
  if (!found) throw new NotFoundError();
  if (roundLock === "update") await tx.$executeRaw`SELECT 1 FROM "P2PRound" WHERE "id" = ${found.roundId} FOR UPDATE`;
  else await tx.$executeRaw`SELECT 1 FROM "P2PRound" WHERE "id" = ${found.roundId} FOR SHARE`;
  await tx.$executeRaw`SELECT 1 FROM "P2PAssignment" WHERE "id" = ${assignmentId} FOR UPDATE`;
  // Its round and application one query after the other (conflictFacts): the transaction's one connection runs one at a time.
  const assignment = await tx.p2PAssignment.findFirst({ where: { id: assignmentId, ...reviewerAssignments(actor) }, select: { id: true, status: true, roundId: true, applicationId: true } });
  if (!assignment) throw new NotFoundError();
  const [application] = await conflictFacts(tx, [assignment.applicationId]);
  if (!application || conflictedWith(application).has(actor.id)) throw new NotFoundError();
  const round = await tx.p2PRound.findUniqueOrThrow({ where: { id: assignment.roundId }, select: { panelClosedAt: true } });
  if (round.panelClosedAt) throw new UserError("p2pReview.errors.panelClosed");
  return { ...assignment, actorId: actor.id };
}

/** The reviewer has no conflict with the two hubs: the application opens to them. Confirming twice is harmless. */
export async function confirmNoConflict(actor: Actor<"id"> | null, assignmentId: string, opts: Options = {}): Promise<void> {
  await db.$transaction(async (tx) => {
    const assignment = await lockAssignment(tx, actor, assignmentId, "share");
    if (assignment.status !== "assigned") return;
    await tx.p2PAssignment.update({ where: { id: assignment.id }, data: { status: "confirmed", confirmedAt: opts.now ?? new Date() } });
    await recordAudit(tx, { actorId: assignment.actorId, action: "p2p.review.conflict-confirmed-none", targetType: "p2p-assignment", targetId: assignment.id, data: { applicationId: assignment.applicationId } });
  });
}

/**
 * The reviewer has a conflict: they never see the application, staff read the reason, and the
 * site assigns another panelist without a conflict at once (none may be free: staff's page
 * shows the application short of reviewers). Only before confirming: after that, they have read it.
 */
export async function declareConflict(actor: Actor<"id"> | null, assignmentId: string, input: { reason: string }, opts: Options = {}): Promise<void> {
  const reason = input.reason.trim();
  if (!reason) throw new UserError("p2pReview.errors.reasonMissing", "reason");
  await db.$transaction(async (tx) => {
    const assignment = await lockAssignment(tx, actor, assignmentId, "update");
    if (assignment.status !== "assigned") throw new UserError("p2pReview.errors.alreadyConfirmed");
    await tx.p2PAssignment.update({ where: { id: assignment.id }, data: { status: "conflict", conflictReason: reason, declaredAt: opts.now ?? new Date() } });
    await recordAudit(tx, { actorId: assignment.actorId, action: "p2p.review.conflict-declared", targetType: "p2p-assignment", targetId: assignment.id, data: { applicationId: assignment.applicationId } });
    await fillAssignments(tx, assignment.roundId, { actorId: null, applicationIds: [assignment.applicationId] });
  });
}

export type ReviewInput = { scores: Readonly<Record<string, number>>; comment: string };

/** "submitted" the first time, "changed" when it differs from the last one, "unchanged" otherwise. */
export type ReviewOutcome = "submitted" | "changed" | "unchanged";

const isScore = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 5;

/**
 * Saves the reviewer's scores (one per criterion of the round's rubric) and comment, with their
 * weighted total. Changing a review keeps the previous one as a revision, as long as the panel is open.
 */
export async function submitReview(actor: Actor<"id"> | null, assignmentId: string, input: ReviewInput): Promise<ReviewOutcome> {
  const comment = input.comment.trim();
  return db.$transaction(async (tx) => {
    const assignment = await lockAssignment(tx, actor, assignmentId, "share");
    if (assignment.status !== "confirmed") throw new UserError("p2pReview.errors.confirmFirst");
    const criteria = await tx.p2PCriterion.findMany({ where: { roundId: assignment.roundId }, select: { id: true, weight: true }, orderBy: { position: "asc" } });
    if (!criteria.length) throw new UserError("p2pReview.errors.noRubric");
    for (const c of criteria) if (!isScore(input.scores[c.id])) throw new UserError("p2pReview.errors.scoreMissing", scoreField(c.id));
    if (!comment) throw new UserError("p2pReview.errors.commentMissing", "comment");
    const values = criteria.map((c) => input.scores[c.id]!);
    const total = weightedTotal(criteria, values);
    const scores = criteria.map((c, i) => ({ criterionId: c.id, value: values[i]! }));

    const previous = await tx.p2PReview.findUnique({ where: { assignmentId }, select: { id: true, comment: true, total: true, updatedAt: true, scores: { select: { criterionId: true, value: true } } } });
    if (!previous) {
      const review = await tx.p2PReview.create({
        data: { assignmentId, roundId: assignment.roundId, applicationId: assignment.applicationId, reviewerId: assignment.actorId, comment, total, scores: { createMany: { data: scores } } },
        select: { id: true },
      });
      await recordAudit(tx, { actorId: assignment.actorId, action: "p2p.review.submitted", targetType: "p2p-review", targetId: review.id, data: { applicationId: assignment.applicationId, total } });
      return "submitted";
    }
    const before = Object.fromEntries(previous.scores.map((s) => [s.criterionId, s.value]));
    if (previous.comment === comment && scores.every((s) => before[s.criterionId] === s.value) && previous.scores.length === scores.length) return "unchanged";
    const revision = await tx.p2PReviewRevision.create({
      data: { reviewId: previous.id, scores: before, comment: previous.comment, total: previous.total, savedAt: previous.updatedAt },
      select: { id: true },
    });
    await tx.p2PScore.deleteMany({ where: { reviewId: previous.id } });
    await tx.p2PReview.update({ where: { id: previous.id }, data: { comment, total, scores: { createMany: { data: scores } } } });
    await recordAudit(tx, { actorId: assignment.actorId, action: "p2p.review.changed", targetType: "p2p-review", targetId: previous.id, data: { applicationId: assignment.applicationId, total, before: previous.total, revisionId: revision.id } });
    return "changed";
  });
}
