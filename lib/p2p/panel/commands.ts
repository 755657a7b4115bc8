import "server-only";
import { db, type Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertStaff, type Actor } from "@/lib/auth/user";
import { isUniqueViolation, NotFoundError, UserError } from "@/lib/errors";
import { REVIEWABLE_STATUSES } from "@/lib/p2p/applications/workflow";
import { conflictedWith, conflictFacts, fillAssignments } from "@/lib/p2p/panel/fill";
import type { CriterionInput } from "@/lib/p2p/panel/rubric-fields";

// Staff run a round's review panel: the rubric and the reviews each application needs, who is
// on the panel, who reviews what, and closing the panel. Each command is one transaction under
// the round's row lock (the lock fillAssignments and a reviewer's declared conflict take too),
// so two members of staff, or staff and a reviewer, change a panel one after the other. Anyone
// but staff gets "not found".

type StaffActor = Actor<"id" | "role">;
type Tx = Prisma.TransactionClient;

const roundColumns = { id: true, status: true, panelClosedAt: true, reviewsNeeded: true } satisfies Prisma.P2PRoundSelect;

/** The round, its row locked until the transaction ends. */
async function lockRound(tx: Tx, roundId: string) {
  await tx.$queryRaw`SELECT 1 FROM "P2PRound" WHERE "id" = ${roundId} FOR UPDATE`;
  const round = await tx.p2PRound.findUnique({ where: { id: roundId }, select: roundColumns });
  if (!round) throw new NotFoundError();
  return round;
}

type LockedRound = Awaited<ReturnType<typeof lockRound>>;

function assertPanelOpen(round: LockedRound) {
  if (round.panelClosedAt) throw new UserError("staff.p2p.panel.errors.panelClosed");
}

/** Reviewers are assigned only while the round is in review and its panel open. */
function assertAssigning(round: LockedRound) {
  assertPanelOpen(round);
  if (round.status !== "in_review") throw new UserError("staff.p2p.panel.errors.notInReview");
}

/** Runs `work` for staff on the locked round, in one transaction. */
async function onRound<T>(actor: StaffActor | null, roundId: string, work: (tx: Tx, round: LockedRound, actor: StaffActor) => Promise<T>): Promise<T> {
  assertStaff(actor);
  return db.$transaction(async (tx) => work(tx, await lockRound(tx, roundId), actor));
}

/**
 * Replaces the round's criteria. Refused once any review exists: a review's scores are kept
 * against the criteria they were given on. The criteria rows are locked before reviews are
 * counted, so a review saved at the same moment either lands first (and is counted) or waits
 * and then finds its criteria gone.
 */
export async function saveRubric(actor: StaffActor | null, roundId: string, criteria: readonly CriterionInput[]) {
  return onRound(actor, roundId, async (tx, round, staff) => {
    assertPanelOpen(round);
    await tx.$queryRaw`SELECT 1 FROM "P2PCriterion" WHERE "roundId" = ${round.id} FOR UPDATE`;
    if ((await tx.p2PReview.count({ where: { roundId: round.id } })) > 0) throw new UserError("staff.p2p.panel.errors.rubricLocked");
    const before = await tx.p2PCriterion.findMany({ where: { roundId: round.id }, select: { name: true, weight: true }, orderBy: { position: "asc" } });
    await tx.p2PCriterion.deleteMany({ where: { roundId: round.id } });
    await tx.p2PCriterion.createMany({ data: criteria.map((c, position) => ({ roundId: round.id, position, ...c })) });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "p2p.panel.rubric-updated",
      targetType: "p2p-round",
      targetId: round.id,
      data: { before, after: criteria.map((c) => ({ name: c.name, weight: c.weight })) },
    });
  });
}

/** How many reviews each application needs; "assign for me" fills up to it. */
export async function setReviewsNeeded(actor: StaffActor | null, roundId: string, reviewsNeeded: number) {
  return onRound(actor, roundId, async (tx, round, staff) => {
    assertPanelOpen(round);
    if (round.reviewsNeeded === reviewsNeeded) return { changed: false };
    await tx.p2PRound.update({ where: { id: round.id }, data: { reviewsNeeded } });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "p2p.panel.rubric-updated",
      targetType: "p2p-round",
      targetId: round.id,
      data: { reviewsNeeded: { before: round.reviewsNeeded, after: reviewsNeeded } },
    });
    return { changed: true };
  });
}

/** Adds someone with an account (any role) to the panel, by their email address. */
export async function addPanelist(actor: StaffActor | null, roundId: string, email: string) {
  return onRound(actor, roundId, async (tx, round, staff) => {
    assertPanelOpen(round);
    const user = await tx.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, name: true } });
    if (!user) throw new UserError("staff.p2p.panel.errors.noAccount", "email");
    if (await tx.p2PPanelist.findUnique({ where: { roundId_userId: { roundId: round.id, userId: user.id } }, select: { id: true } })) {
      throw new UserError("staff.p2p.panel.errors.alreadyPanelist", "email", { name: user.name });
    }
    await tx.p2PPanelist.create({ data: { roundId: round.id, userId: user.id, addedById: staff.id } });
    await recordAudit(tx, { actorId: staff.id, action: "p2p.panel.reviewer-added", targetType: "p2p-round", targetId: round.id, data: { userId: user.id } });
    return user;
  });
}

/**
 * Takes someone off the panel, refused once they have submitted a review in the round (their
 * reviews count in the ranking). Their assignments not yet reviewed go; declared conflicts stay
 * on record.
 */
export async function removePanelist(actor: StaffActor | null, roundId: string, userId: string) {
  return onRound(actor, roundId, async (tx, round, staff) => {
    assertPanelOpen(round);
    const panelist = await tx.p2PPanelist.findUnique({ where: { roundId_userId: { roundId: round.id, userId } }, select: { id: true } });
    if (!panelist) throw new UserError("staff.p2p.panel.errors.notPanelist");
    if ((await tx.p2PReview.count({ where: { roundId: round.id, reviewerId: userId } })) > 0) throw new UserError("staff.p2p.panel.errors.hasReviews");
    const dropped = await tx.p2PAssignment.deleteMany({ where: { roundId: round.id, reviewerId: userId, status: { not: "conflict" }, review: { is: null } } });
    await tx.p2PPanelist.delete({ where: { id: panelist.id } });
    await recordAudit(tx, { actorId: staff.id, action: "p2p.panel.reviewer-removed", targetType: "p2p-round", targetId: round.id, data: { userId, assignmentsDropped: dropped.count } });
    return { assignmentsDropped: dropped.count };
  });
}

/** "Assign for me": every reviewable application gets the reviewers it lacks (fill.ts decides who). */
export async function fillPanel(actor: StaffActor | null, roundId: string) {
  assertStaff(actor);
  return db.$transaction(async (tx) => {
    // fillAssignments takes the same lock again: a lock held is taken again at once.
    assertAssigning(await lockRound(tx, roundId));
    return fillAssignments(tx, roundId, { actorId: actor.id });
  });
}

/**
 * Staff's own choice of a reviewer for an application, beyond what it needs if they wish (a
 * third reviewer when two disagree). Refused for someone not on the panel, in conflict (the
 * rule of fill.ts), or already on it.
 */
export async function assignReviewer(actor: StaffActor | null, input: { roundId: string; applicationId: string; reviewerId: string }) {
  return onRound(actor, input.roundId, async (tx, round, staff) => {
    assertAssigning(round);
    const found = await tx.p2PApplication.findFirst({ where: { id: input.applicationId, roundId: round.id, status: { in: [...REVIEWABLE_STATUSES] } }, select: { id: true } });
    const [application] = found ? await conflictFacts(tx, [found.id]) : [];
    if (!application) throw new NotFoundError();
    if (!(await tx.p2PPanelist.findUnique({ where: { roundId_userId: { roundId: round.id, userId: input.reviewerId } }, select: { id: true } }))) {
      throw new UserError("staff.p2p.panel.errors.notPanelist", "reviewerId");
    }
    if (conflictedWith(application).has(input.reviewerId)) throw new UserError("staff.p2p.panel.errors.conflicted", "reviewerId");
    if (application.assignments.some((a) => a.reviewerId === input.reviewerId)) throw new UserError("staff.p2p.panel.errors.alreadyAssigned", "reviewerId");
    try {
      await tx.p2PAssignment.create({ data: { roundId: round.id, applicationId: application.id, reviewerId: input.reviewerId, assignedById: staff.id } });
    } catch (e) {
      if (isUniqueViolation(e)) throw new UserError("staff.p2p.panel.errors.alreadyAssigned", "reviewerId");
      throw e;
    }
    await recordAudit(tx, { actorId: staff.id, action: "p2p.panel.assigned", targetType: "p2p-application", targetId: application.id, data: { reviewerId: input.reviewerId, by: "staff" } });
  });
}

/** Takes a reviewer off an application, refused once they have reviewed it or declared a conflict (kept on record). */
export async function unassignReviewer(actor: StaffActor | null, roundId: string, assignmentId: string) {
  return onRound(actor, roundId, async (tx, round, staff) => {
    assertAssigning(round);
    const assignment = await tx.p2PAssignment.findFirst({
      where: { id: assignmentId, roundId: round.id },
      select: { id: true, applicationId: true, reviewerId: true, status: true, review: { select: { id: true } } },
    });
    if (!assignment) throw new NotFoundError();
    if (assignment.review) throw new UserError("staff.p2p.panel.errors.reviewed");
    if (assignment.status === "conflict") throw new UserError("staff.p2p.panel.errors.conflictKept");
    await tx.p2PAssignment.delete({ where: { id: assignment.id } });
    await recordAudit(tx, { actorId: staff.id, action: "p2p.panel.unassigned", targetType: "p2p-application", targetId: assignment.applicationId, data: { reviewerId: assignment.reviewerId } });
  });
}

/** Closes the panel: reviews can no longer be changed. Only while the round is in review. */
export async function closePanel(actor: StaffActor | null, roundId: string) {
  return onRound(actor, roundId, async (tx, round, staff) => {
    assertAssigning(round);
    const unreviewed = await tx.p2PAssignment.count({ where: { roundId: round.id, status: { not: "conflict" }, review: { is: null } } });
    await tx.p2PRound.update({ where: { id: round.id }, data: { panelClosedAt: new Date() } });
    await recordAudit(tx, { actorId: staff.id, action: "p2p.panel.closed", targetType: "p2p-round", targetId: round.id, data: { unreviewed } });
  });
}
