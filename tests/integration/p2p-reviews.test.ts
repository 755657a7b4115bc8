// A panelist reviews the applications assigned to them: first they confirm they have no conflict
// with the two hubs (or declare one, and another panelist without a conflict takes their place
// at once), then they score each criterion with a comment; the weighted total is stored, a change
// keeps the earlier version, and nothing changes once the panel closes. "Save and next" serves
// the application with the fewest reviews. The others' reviews show only after one's own.
// Nobody else reads or writes a review: a visitor, a member off the panel, a panelist not
// assigned, a reviewer who owns a hub of the exchange, the applicant.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { confirmNoConflict, declareConflict, submitReview } from "@/lib/p2p/reviews/commands";
import { countReviewsToDo, getReviewAssignment, listReviewQueue, nextAssignmentToReview, reviewCriterionIds } from "@/lib/p2p/reviews/queries";
import { weightedTotal } from "@/lib/p2p/reviews/rubric";
import { createUser } from "./helpers";
import { createAcceptedApplication, createReviewRound, TEST_RUBRIC } from "./p2p-fixtures";

type User = Awaited<ReturnType<typeof createUser>>;
type Round = Awaited<ReturnType<typeof createReviewRound>>;

/** A round in review with `size` panelists. */
async function panel(size: number, overrides: Parameters<typeof createReviewRound>[0] = {}) {
  const round = await createReviewRound(overrides);
  const reviewers: User[] = [];
  for (let i = 0; i < size; i++) reviewers.push(await createUser());
  await db.p2PPanelist.createMany({ data: reviewers.map((r) => ({ roundId: round.id, userId: r.id })) });
  return { round, reviewers };
}

const addToPanel = (round: Round, user: { id: string }) => db.p2PPanelist.create({ data: { roundId: round.id, userId: user.id } });

/** An assignment written directly, as staff's manual assignment would (or a stale row would be). */
const assign = (round: Round, applicationId: string, reviewer: { id: string }, createdAt?: Date) =>
  db.p2PAssignment.create({ data: { roundId: round.id, applicationId, reviewerId: reviewer.id, ...(createdAt ? { createdAt } : {}) } });

const criteriaOf = (round: Round) => db.p2PCriterion.findMany({ where: { roundId: round.id }, orderBy: { position: "asc" } });

/** Scores by criterion id, from values in the rubric's order. */
async function scoresFor(round: Round, values: number[]) {
  const criteria = await criteriaOf(round);
  return Object.fromEntries(criteria.map((c, i) => [c.id, values[i]!]));
}

/** The reviewer confirms no conflict and submits `values` with a comment. */
async function review(round: Round, assignmentId: string, reviewer: User, values: number[], comment = "A clear plan with a real exchange of practice.") {
  await confirmNoConflict(reviewer.actor, assignmentId);
  return submitReview(reviewer.actor, assignmentId, { scores: await scoresFor(round, values), comment });
}

async function expectRefusal(promise: Promise<unknown>, key: string) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).text).toMatchObject({ key });
}

const expectNotFound = async (promise: Promise<unknown>) => expect(await promise.then(() => null, (e: unknown) => e)).toBeInstanceOf(NotFoundError);

/** Everything a reviewer's write could touch for an application, and what `actor` has done. */
async function snapshot(applicationId: string, actorId?: string) {
  const [assignments, reviews, revisions, audits] = await Promise.all([
    db.p2PAssignment.findMany({ where: { applicationId }, select: { id: true, reviewerId: true, status: true, conflictReason: true, confirmedAt: true, declaredAt: true }, orderBy: { id: "asc" } }),
    db.p2PReview.findMany({ where: { applicationId }, select: { id: true, comment: true, total: true, updatedAt: true, scores: { orderBy: { criterionId: "asc" } } }, orderBy: { id: "asc" } }),
    db.p2PReviewRevision.count({ where: { review: { applicationId } } }),
    actorId ? db.auditEvent.count({ where: { actorId } }) : 0,
  ]);
  return { assignments, reviews, revisions, audits };
}

describe("the conflict step", () => {
  it("shows only the two hubs' names and countries until the reviewer confirms no conflict, then the application without accessibility needs or email", async () => {
    const { round, reviewers: [reviewer] } = await panel(1);
    const { application, visitingHub, host } = await createAcceptedApplication(round.id);
    const assignment = await assign(round, application.id, reviewer!);

    const before = await getReviewAssignment(reviewer!.actor, assignment.id);
    expect(before).toMatchObject({ step: "conflict", editable: true, hubs: { visiting: { name: visitingHub.name, countryCode: "NL" }, host: { name: host.hub.name, countryCode: "PT" } } });
    expect(Object.keys(before!).sort()).toEqual(["editable", "hubs", "id", "round", "status", "step"]);
    expect(Object.keys(before!.hubs.visiting).sort()).toEqual(["countryCode", "name"]);
    expect(JSON.stringify(before)).not.toContain(application.plan[1]!);

    await confirmNoConflict(reviewer!.actor, assignment.id);
    const stored = await db.p2PAssignment.findUniqueOrThrow({ where: { id: assignment.id } });
    expect(stored.status).toBe("confirmed");
    expect(stored.confirmedAt).toBeInstanceOf(Date);
    expect(await db.auditEvent.count({ where: { action: "p2p.review.conflict-confirmed-none", targetId: assignment.id, actorId: reviewer!.id } })).toBe(1);

    const after = await getReviewAssignment(reviewer!.actor, assignment.id);
    expect(after?.step).toBe("review");
    if (after?.step !== "review") return;
    expect(after.application.plan).toEqual(application.plan);
    expect(after.criteria.map((c) => c.name)).toEqual(TEST_RUBRIC.map((c) => c.name));
    expect(after.application).not.toHaveProperty("accessibilityNeeds");
    expect(after.application).not.toHaveProperty("partnerEmail");
    expect(JSON.stringify(after)).not.toContain("Step-free access");
    expect(JSON.stringify(after)).not.toContain("@");

    // Confirming twice is harmless and audited once.
    await confirmNoConflict(reviewer!.actor, assignment.id);
    expect(await db.auditEvent.count({ where: { action: "p2p.review.conflict-confirmed-none", targetId: assignment.id } })).toBe(1);
  });

  it("a declared conflict stores its reason and at once gives the application another panelist, never one in conflict", async () => {
    const { round, reviewers: [declarer, other, free] } = await panel(3);
    const { application, host } = await createAcceptedApplication(round.id);
    // The host hub's owner sits on the panel too, and is the least loaded: still never picked.
    await addToPanel(round, host.owner);
    const a1 = await assign(round, application.id, declarer!);
    await assign(round, application.id, other!);
    // `free` has one assignment elsewhere; the host's owner none.
    const elsewhere = await createAcceptedApplication(round.id);
    await assign(round, elsewhere.application.id, free!);

    await declareConflict(declarer!.actor, a1.id, { reason: "  I mentored the applicant last year.  " });

    const assignments = await db.p2PAssignment.findMany({ where: { applicationId: application.id }, orderBy: { createdAt: "asc" } });
    const declared = assignments.find((a) => a.id === a1.id)!;
    expect(declared).toMatchObject({ status: "conflict", conflictReason: "I mentored the applicant last year." });
    expect(declared.declaredAt).toBeInstanceOf(Date);
    const live = assignments.filter((a) => a.status !== "conflict").map((a) => a.reviewerId);
    expect(live.sort()).toEqual([other!.id, free!.id].sort());
    expect(live).not.toContain(host.owner.id);
    const replacement = assignments.find((a) => a.reviewerId === free!.id)!;
    expect(replacement.assignedById).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "p2p.review.conflict-declared", targetId: a1.id, actorId: declarer!.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "p2p.panel.assigned", targetId: application.id, actorId: null } })).toBe(1);

    // The declarer no longer sees it, in the queue or by its address.
    expect(await getReviewAssignment(declarer!.actor, a1.id)).toBeNull();
    expect((await listReviewQueue(declarer!.actor)).items.map((i) => i.id)).not.toContain(a1.id);
  });

  it("refuses a declaration without a reason, or after confirming, changing nothing", async () => {
    const { round, reviewers: [reviewer] } = await panel(2);
    const { application } = await createAcceptedApplication(round.id);
    const assignment = await assign(round, application.id, reviewer!);
    const before = await snapshot(application.id, reviewer!.id);
    await expectRefusal(declareConflict(reviewer!.actor, assignment.id, { reason: "   " }), "p2pReview.errors.reasonMissing");
    expect(await snapshot(application.id, reviewer!.id)).toEqual(before);

    await confirmNoConflict(reviewer!.actor, assignment.id);
    const confirmed = await snapshot(application.id, reviewer!.id);
    await expectRefusal(declareConflict(reviewer!.actor, assignment.id, { reason: "Too late" }), "p2pReview.errors.alreadyConfirmed");
    expect(await snapshot(application.id, reviewer!.id)).toEqual(confirmed);
  });
});

describe("scoring", () => {
  it("stores each score and the weighted total, and audits the submission", async () => {
    const { round, reviewers: [reviewer] } = await panel(1);
    const { application } = await createAcceptedApplication(round.id);
    const assignment = await assign(round, application.id, reviewer!);
    expect(await review(round, assignment.id, reviewer!, [4, 3, 5])).toBe("submitted");

    const stored = await db.p2PReview.findUniqueOrThrow({ where: { assignmentId: assignment.id }, include: { scores: true } });
    expect(stored.total).toBe(weightedTotal(TEST_RUBRIC, [4, 3, 5]));
    expect(stored.total).toBe(80);
    expect(stored).toMatchObject({ reviewerId: reviewer!.id, applicationId: application.id, roundId: round.id, comment: "A clear plan with a real exchange of practice." });
    const criteria = await criteriaOf(round);
    expect(Object.fromEntries(stored.scores.map((s) => [s.criterionId, s.value]))).toEqual(Object.fromEntries(criteria.map((c, i) => [c.id, [4, 3, 5][i]])));
    expect(await db.auditEvent.count({ where: { action: "p2p.review.submitted", targetId: stored.id, actorId: reviewer!.id } })).toBe(1);
    expect((await listReviewQueue(reviewer!.actor)).items.find((i) => i.id === assignment.id)).toMatchObject({ state: "reviewed", review: { total: 80 } });
  });

  it("refuses a missing score beside its question, and scoring before confirming, saving nothing", async () => {
    const { round, reviewers: [reviewer] } = await panel(1);
    const { application } = await createAcceptedApplication(round.id);
    const assignment = await assign(round, application.id, reviewer!);
    const scores = await scoresFor(round, [4, 3, 5]);
    await expectRefusal(submitReview(reviewer!.actor, assignment.id, { scores, comment: "Fine." }), "p2pReview.errors.confirmFirst");
    await confirmNoConflict(reviewer!.actor, assignment.id);
    const before = await snapshot(application.id, reviewer!.id);
    const [first] = await criteriaOf(round);
    const error = await submitReview(reviewer!.actor, assignment.id, { scores: { ...scores, [first!.id]: 6 }, comment: "Fine." }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ field: `score-${first!.id}`, text: { key: "p2pReview.errors.scoreMissing" } });
    await expectRefusal(submitReview(reviewer!.actor, assignment.id, { scores, comment: "  " }), "p2pReview.errors.commentMissing");
    expect(await snapshot(application.id, reviewer!.id)).toEqual(before);
  });

  it("a change keeps the earlier version as a revision, and an identical save changes nothing", async () => {
    const { round, reviewers: [reviewer] } = await panel(1);
    const { application } = await createAcceptedApplication(round.id);
    const assignment = await assign(round, application.id, reviewer!);
    await review(round, assignment.id, reviewer!, [2, 2, 2], "Thin plan.");
    const first = await db.p2PReview.findUniqueOrThrow({ where: { assignmentId: assignment.id } });

    expect(await submitReview(reviewer!.actor, assignment.id, { scores: await scoresFor(round, [4, 2, 3]), comment: "Better on a second reading." })).toBe("changed");
    const changed = await db.p2PReview.findUniqueOrThrow({ where: { assignmentId: assignment.id }, include: { scores: true, revisions: true } });
    expect(changed.id).toBe(first.id);
    expect(changed.total).toBe(weightedTotal(TEST_RUBRIC, [4, 2, 3]));
    expect(changed.comment).toBe("Better on a second reading.");
    expect(changed.revisions).toHaveLength(1);
    expect(changed.revisions[0]).toMatchObject({ scores: await scoresFor(round, [2, 2, 2]), comment: "Thin plan.", total: first.total, savedAt: first.updatedAt });
    expect(await db.auditEvent.count({ where: { action: "p2p.review.changed", targetId: first.id } })).toBe(1);

    const before = await snapshot(application.id, reviewer!.id);
    expect(await submitReview(reviewer!.actor, assignment.id, { scores: await scoresFor(round, [4, 2, 3]), comment: "Better on a second reading." })).toBe("unchanged");
    expect(await snapshot(application.id, reviewer!.id)).toEqual(before);
  });

  it("two submissions of one review at the same moment make one review and at most one revision", async () => {
    const { round, reviewers: [reviewer] } = await panel(1);
    const { application } = await createAcceptedApplication(round.id);
    const assignment = await assign(round, application.id, reviewer!);
    await confirmNoConflict(reviewer!.actor, assignment.id);
    const [a, b] = await Promise.all([
      submitReview(reviewer!.actor, assignment.id, { scores: await scoresFor(round, [1, 2, 3]), comment: "First tab." }),
      submitReview(reviewer!.actor, assignment.id, { scores: await scoresFor(round, [3, 2, 1]), comment: "Second tab." }),
    ]);
    expect([a, b].sort()).toEqual(["changed", "submitted"]);
    expect(await db.p2PReview.count({ where: { assignmentId: assignment.id } })).toBe(1);
    expect(await db.p2PScore.count({ where: { review: { assignmentId: assignment.id } } })).toBe(3);
    expect(await db.p2PReviewRevision.count({ where: { review: { assignmentId: assignment.id } } })).toBe(1);
  });

  it("nothing changes once the panel has closed, and a round no longer in review is not found; its reviews stay readable while in review", async () => {
    const { round, reviewers: [reviewer, late] } = await panel(2);
    const { application } = await createAcceptedApplication(round.id);
    const assignment = await assign(round, application.id, reviewer!);
    const unconfirmed = await assign(round, application.id, late!);
    await review(round, assignment.id, reviewer!, [3, 3, 3]);
    await db.p2PRound.update({ where: { id: round.id }, data: { panelClosedAt: new Date() } });

    const before = await snapshot(application.id, reviewer!.id);
    await expectRefusal(submitReview(reviewer!.actor, assignment.id, { scores: await scoresFor(round, [5, 5, 5]), comment: "Changed my mind." }), "p2pReview.errors.panelClosed");
    await expectRefusal(confirmNoConflict(late!.actor, unconfirmed.id), "p2pReview.errors.panelClosed");
    await expectRefusal(declareConflict(late!.actor, unconfirmed.id, { reason: "A friend" }), "p2pReview.errors.panelClosed");
    expect(await snapshot(application.id, reviewer!.id)).toEqual(before);
    expect(await getReviewAssignment(reviewer!.actor, assignment.id)).toMatchObject({ step: "review", editable: false });
    expect((await listReviewQueue(reviewer!.actor)).items.find((i) => i.id === assignment.id)).toMatchObject({ editable: false });

    await db.p2PRound.update({ where: { id: round.id }, data: { status: "results_released" } });
    await expectNotFound(submitReview(reviewer!.actor, assignment.id, { scores: await scoresFor(round, [5, 5, 5]), comment: "Changed my mind." }));
    expect(await getReviewAssignment(reviewer!.actor, assignment.id)).toBeNull();
    expect(await snapshot(application.id, reviewer!.id)).toEqual(before);
  });
});

describe("save and next", () => {
  it("serves the assigned application with the fewest reviews, the oldest assignment first, never a conflict or a closed panel; then none", async () => {
    const { round, reviewers: [me, other] } = await panel(2);
    const apps = [];
    for (let i = 0; i < 4; i++) apps.push((await createAcceptedApplication(round.id)).application);
    const [a, b, c, d] = apps;
    const t = Date.now() - 60_000;
    const mine = {
      a: await assign(round, a!.id, me!, new Date(t)),
      b: await assign(round, b!.id, me!, new Date(t + 1000)),
      c: await assign(round, c!.id, me!, new Date(t + 2000)),
      d: await assign(round, d!.id, me!, new Date(t - 1000)),
    };
    // A has one review by another panelist; D, the oldest, is declared a conflict.
    await review(round, (await assign(round, a!.id, other!)).id, other!, [3, 3, 3]);
    await declareConflict(me!.actor, mine.d.id, { reason: "I sit on its board." });
    // An open assignment in a round whose panel has closed is never served.
    const closed = await panel(0, { panelClosedAt: new Date() });
    await addToPanel(closed.round, me!);
    const stale = await createAcceptedApplication(closed.round.id);
    await assign(closed.round, stale.application.id, me!, new Date(t - 5000));

    expect(await nextAssignmentToReview(me!.actor)).toBe(mine.b.id);
    expect(await countReviewsToDo(me!.actor)).toBe(3);
    await review(round, mine.b.id, me!, [4, 4, 4]);
    expect(await nextAssignmentToReview(me!.actor)).toBe(mine.c.id);
    await review(round, mine.c.id, me!, [4, 4, 4]);
    expect(await nextAssignmentToReview(me!.actor)).toBe(mine.a.id);
    await review(round, mine.a.id, me!, [4, 4, 4]);
    expect(await nextAssignmentToReview(me!.actor)).toBeNull();
    expect(await countReviewsToDo(me!.actor)).toBe(0);

    const queue = await listReviewQueue(me!.actor);
    expect(queue.counts).toEqual({ toConfirm: 1, toScore: 0, reviewed: 3 });
  });
});

describe("the other reviewers' reviews", () => {
  it("stay hidden until the reviewer has submitted their own, then show anonymised with scores, totals and comments", async () => {
    const { round, reviewers: [first, second] } = await panel(2);
    const { application } = await createAcceptedApplication(round.id);
    const a1 = await assign(round, application.id, first!);
    const a2 = await assign(round, application.id, second!);
    await review(round, a1.id, first!, [5, 4, 3], "Strong on relevance.");

    await confirmNoConflict(second!.actor, a2.id);
    const before = await getReviewAssignment(second!.actor, a2.id);
    expect(before).toMatchObject({ step: "review", review: null, others: [] });
    expect(JSON.stringify(before)).not.toContain("Strong on relevance.");

    await submitReview(second!.actor, a2.id, { scores: await scoresFor(round, [2, 2, 2]), comment: "Too vague." });
    const after = await getReviewAssignment(second!.actor, a2.id);
    if (after?.step !== "review") throw new Error("expected the review step");
    expect(after.others).toEqual([expect.objectContaining({ letter: "A", comment: "Strong on relevance.", total: weightedTotal(TEST_RUBRIC, [5, 4, 3]), scores: await scoresFor(round, [5, 4, 3]) })]);
    expect(JSON.stringify(after.others)).not.toContain(first!.id);
    expect(JSON.stringify(after.others)).not.toContain(first!.name);
    expect(after.review?.comment).toBe("Too vague.");
  });
});

describe("refused, with the database unchanged", () => {
  async function scene() {
    const { round, reviewers: [reviewer, unassigned] } = await panel(2);
    const s = await createAcceptedApplication(round.id);
    const assignment = await assign(round, s.application.id, reviewer!);
    await confirmNoConflict(reviewer!.actor, assignment.id);
    const scores = await scoresFor(round, [3, 3, 3]);
    return { round, reviewer: reviewer!, unassigned: unassigned!, assignment, scores, ...s };
  }

  /** Every way in: the queue, the page, the rubric, and the three writes. */
  async function expectShutOut(actor: User["actor"] | null, s: Awaited<ReturnType<typeof scene>>, assignmentId: string) {
    const before = await snapshot(s.application.id, actor?.id);
    if (actor) {
      expect((await listReviewQueue(actor)).items.map((i) => i.id)).not.toContain(assignmentId);
      expect(await getReviewAssignment(actor, assignmentId)).toBeNull();
      expect(await reviewCriterionIds(actor, assignmentId)).toBeNull();
    }
    await expectNotFound(confirmNoConflict(actor, assignmentId));
    await expectNotFound(declareConflict(actor, assignmentId, { reason: "Let me out" }));
    await expectNotFound(submitReview(actor, assignmentId, { scores: s.scores, comment: "Let me in" }));
    expect(await snapshot(s.application.id, actor?.id)).toEqual(before);
  }

  it("a visitor, and a member who is not on the panel", async () => {
    const s = await scene();
    await expectShutOut(null, s, s.assignment.id);
    await expectShutOut((await createUser()).actor, s, s.assignment.id);
  });

  it("a panelist not assigned to the application, with another reviewer's assignment", async () => {
    const s = await scene();
    await expectShutOut(s.unassigned.actor, s, s.assignment.id);
  });

  it("a reviewer who owns the host hub, even with an assignment row inserted directly", async () => {
    const s = await scene();
    await addToPanel(s.round, s.host.owner);
    const user = await db.user.findUniqueOrThrow({ where: { id: s.host.owner.id }, select: { id: true, name: true, email: true, role: true, locale: true } });
    const inserted = await assign(s.round, s.application.id, user);
    await expectShutOut(user, s, inserted.id);
  });

  it("a reviewer who became a co-owner of the visiting hub after confirming", async () => {
    const s = await scene();
    await db.hubOwner.create({ data: { hubId: s.visitingHub.id, userId: s.reviewer.id } });
    await expectShutOut(s.reviewer.actor, s, s.assignment.id);
  });

  it("the applicant, opening the reviews of their own application", async () => {
    const s = await scene();
    await submitReview(s.reviewer.actor, s.assignment.id, { scores: s.scores, comment: "Solid." });
    const applicant = await db.user.findUniqueOrThrow({ where: { id: s.applicant.id }, select: { id: true, name: true, email: true, role: true, locale: true } });
    await expectShutOut(applicant, s, s.assignment.id);
    // Even put on the panel with an assignment of their own.
    await addToPanel(s.round, applicant);
    const own = await assign(s.round, s.application.id, applicant);
    await expectShutOut(applicant, s, own.id);
  });

  it("the applicant on the panel with their own application, after leaving the visiting hub's owners", async () => {
    const s = await scene();
    await db.hubOwner.deleteMany({ where: { hubId: s.visitingHub.id, userId: s.applicant.id } });
    const applicant = await db.user.findUniqueOrThrow({ where: { id: s.applicant.id }, select: { id: true, name: true, email: true, role: true, locale: true } });
    await addToPanel(s.round, applicant);
    const own = await assign(s.round, s.application.id, applicant);
    await expectShutOut(applicant, s, own.id);
  });

  it("a reviewer taken off the panel", async () => {
    const s = await scene();
    await db.p2PPanelist.deleteMany({ where: { roundId: s.round.id, userId: s.reviewer.id } });
    await expectShutOut(s.reviewer.actor, s, s.assignment.id);
  });
});
