// Staff run a round's review panel: the rubric (locked once a review exists), the panel, the
// site's assignment (never someone in conflict, load balanced, a second run adds nothing, the
// applications it cannot fill reported), staff's own assignments and their refusals, closing
// the panel; and every staff command refused to a member and a host owner, nothing changed.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { addPanelist, assignReviewer, closePanel, fillPanel, removePanelist, saveRubric, setReviewsNeeded, unassignReviewer } from "@/lib/p2p/panel/commands";
import { getPanelSettingsForStaff, listConflictsForStaff, listPanelApplicationsForStaff, listPanelistsForStaff } from "@/lib/p2p/panel/queries";
import { createAcceptedApplication, createReviewRound, TEST_RUBRIC } from "./p2p-fixtures";
import { createUser } from "./helpers";

type TestUser = Awaited<ReturnType<typeof createUser>>;

const refusal = (key: string) => expect.objectContaining({ text: expect.objectContaining({ key }) });

let staff: TestUser;

beforeAll(async () => {
  staff = await createUser({ role: "staff" });
});

/** `count` new people on the round's panel. */
async function panelOf(roundId: string, count: number) {
  const people = await Promise.all(Array.from({ length: count }, () => createUser()));
  await db.p2PPanelist.createMany({ data: people.map((p) => ({ roundId, userId: p.id })) });
  return people;
}

const assignmentsOf = (applicationId: string) => db.p2PAssignment.findMany({ where: { applicationId }, select: { reviewerId: true, status: true, assignedById: true } });

/** A submitted review by `reviewerId` of `applicationId` (written directly: reviewers' pages are tested elsewhere). */
async function reviewBy(roundId: string, applicationId: string, reviewerId: string) {
  const assignment = await db.p2PAssignment.create({ data: { roundId, applicationId, reviewerId, status: "confirmed", confirmedAt: new Date() } });
  const criteria = await db.p2PCriterion.findMany({ where: { roundId }, select: { id: true } });
  return db.p2PReview.create({
    data: { assignmentId: assignment.id, roundId, applicationId, reviewerId, total: 60, comment: "A clear plan.", scores: { create: criteria.map((c) => ({ criterionId: c.id, value: 3 })) } },
  });
}

describe("the site's assignment", () => {
  it("never picks the visiting hub's owner, the host's co-owner or someone who declared a conflict", async () => {
    const round = await createReviewRound();
    const { application, applicant, host } = await createAcceptedApplication(round.id);
    const coOwner = await createUser();
    await db.hubOwner.create({ data: { hubId: host.hub.id, userId: coOwner.id } });
    const declared = await createUser();
    const [clean] = await panelOf(round.id, 1);
    await db.p2PPanelist.createMany({ data: [applicant, host.owner, coOwner, declared].map((p) => ({ roundId: round.id, userId: p.id })) });
    await db.p2PAssignment.create({ data: { roundId: round.id, applicationId: application.id, reviewerId: declared.id, status: "conflict", conflictReason: "I worked there last year.", declaredAt: new Date() } });

    const result = await fillPanel(staff.actor, round.id);

    expect(result).toEqual({ added: 1, short: [{ applicationId: application.id, missing: 1 }] });
    const on = await assignmentsOf(application.id);
    expect(on.filter((a) => a.status !== "conflict").map((a) => a.reviewerId)).toEqual([clean!.id]);
    expect(on.find((a) => a.reviewerId === clean!.id)).toMatchObject({ status: "assigned", assignedById: staff.id });
    expect(await db.auditEvent.count({ where: { action: "p2p.panel.assigned", targetId: application.id, actorId: staff.id } })).toBe(1);
  });

  it("never gives the applicants their own application, even once they no longer own the visiting hub", async () => {
    const round = await createReviewRound({ reviewsNeeded: 1 });
    const { application, applicant, visitingHub } = await createAcceptedApplication(round.id);
    await db.hubOwner.deleteMany({ where: { hubId: visitingHub.id, userId: applicant.id } });
    await db.p2PPanelist.create({ data: { roundId: round.id, userId: applicant.id } });

    expect(await fillPanel(staff.actor, round.id)).toEqual({ added: 0, short: [{ applicationId: application.id, missing: 1 }] });
    await expect(assignReviewer(staff.actor, { roundId: round.id, applicationId: application.id, reviewerId: applicant.id })).rejects.toMatchObject({
      field: "reviewerId",
      text: { key: "staff.p2p.panel.errors.conflicted" },
    });
    expect(await assignmentsOf(application.id)).toEqual([]);
  });

  it("balances the load (six applications, four panelists, two reviews each: three each) and a second run adds nothing", async () => {
    const round = await createReviewRound({ reviewsNeeded: 2 });
    const applications = [];
    for (let i = 0; i < 6; i++) applications.push((await createAcceptedApplication(round.id)).application);
    const panel = await panelOf(round.id, 4);

    expect(await fillPanel(staff.actor, round.id)).toEqual({ added: 12, short: [] });
    const loads = await Promise.all(panel.map((p) => db.p2PAssignment.count({ where: { roundId: round.id, reviewerId: p.id } })));
    expect(loads).toEqual([3, 3, 3, 3]);
    for (const a of applications) expect(await db.p2PAssignment.count({ where: { applicationId: a.id } })).toBe(2);

    const before = await db.auditEvent.count({ where: { action: "p2p.panel.assigned", targetId: { in: applications.map((a) => a.id) } } });
    expect(await fillPanel(staff.actor, round.id)).toEqual({ added: 0, short: [] });
    expect(await db.p2PAssignment.count({ where: { roundId: round.id } })).toBe(12);
    expect(await db.auditEvent.count({ where: { action: "p2p.panel.assigned", targetId: { in: applications.map((a) => a.id) } } })).toBe(before);

    const panelists = await listPanelistsForStaff(staff.actor, round.id);
    expect(panelists.map((p) => p.load)).toEqual([3, 3, 3, 3]);
  });

  it("two fills at the same moment run one after the other: the second adds nothing", async () => {
    const round = await createReviewRound({ reviewsNeeded: 2 });
    for (let i = 0; i < 3; i++) await createAcceptedApplication(round.id);
    await panelOf(round.id, 3);
    const results = await Promise.all([fillPanel(staff.actor, round.id), fillPanel(staff.actor, round.id)]);
    expect(results.map((r) => r.added).sort()).toEqual([0, 6]);
    expect(await db.p2PAssignment.count({ where: { roundId: round.id } })).toBe(6);
  });

  it("reports the applications it cannot fill, and staff's page lists them as short", async () => {
    const round = await createReviewRound({ reviewsNeeded: 3 });
    const { application } = await createAcceptedApplication(round.id);
    const { application: other } = await createAcceptedApplication(round.id);
    const panel = await panelOf(round.id, 2);

    const result = await fillPanel(staff.actor, round.id);
    expect(result.added).toBe(4);
    expect(result.short).toEqual(expect.arrayContaining([{ applicationId: application.id, missing: 1 }, { applicationId: other.id, missing: 1 }]));

    const listed = await listPanelApplicationsForStaff(staff.actor, round.id, { page: 1, show: "short", panel: panel.map((p) => ({ userId: p.id })) });
    expect(listed.short).toBe(2);
    expect(listed.applications.map((a) => a.id).sort()).toEqual([application.id, other.id].sort());
    expect(listed.applications[0]!.reviewers.map((r) => r.state)).toEqual(["assigned", "assigned"]);
  });

  it("is refused before the review starts and once the panel is closed", async () => {
    const round = await createReviewRound({ status: "published" });
    await createAcceptedApplication(round.id);
    await panelOf(round.id, 2);
    await expect(fillPanel(staff.actor, round.id)).rejects.toEqual(refusal("staff.p2p.panel.errors.notInReview"));
    await db.p2PRound.update({ where: { id: round.id }, data: { status: "in_review", panelClosedAt: new Date() } });
    await expect(fillPanel(staff.actor, round.id)).rejects.toEqual(refusal("staff.p2p.panel.errors.panelClosed"));
    expect(await db.p2PAssignment.count({ where: { roundId: round.id } })).toBe(0);
  });
});

describe("the rubric", () => {
  const rubric = [
    { name: "Relevance", description: "How the exchange serves both hubs.", weight: 3, labels: ["Not shown", "Weak", "Fair", "Good", "Very good", "Excellent"] },
    { name: "Sharing", description: "", weight: 1, labels: ["Not shown", "Weak", "Fair", "Good", "Very good", "Excellent"] },
  ];

  it("is replaced whole and audited; the reviews needed change on their own", async () => {
    const round = await createReviewRound();
    await saveRubric(staff.actor, round.id, rubric);
    const settings = await getPanelSettingsForStaff(staff.actor, round.id);
    expect(settings.criteria).toEqual(rubric);
    expect(settings.reviews).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "p2p.panel.rubric-updated", targetId: round.id } });
    expect(audit).toMatchObject({ actorId: staff.id, data: { before: TEST_RUBRIC.map((c) => ({ name: c.name, weight: c.weight })), after: [{ name: "Relevance", weight: 3 }, { name: "Sharing", weight: 1 }] } });

    expect(await setReviewsNeeded(staff.actor, round.id, 3)).toEqual({ changed: true });
    expect(await setReviewsNeeded(staff.actor, round.id, 3)).toEqual({ changed: false });
    expect((await db.p2PRound.findUniqueOrThrow({ where: { id: round.id } })).reviewsNeeded).toBe(3);
  });

  it("is locked once a review exists: refused, the criteria and their scores unchanged", async () => {
    const round = await createReviewRound();
    const { application } = await createAcceptedApplication(round.id);
    const [reviewer] = await panelOf(round.id, 1);
    await reviewBy(round.id, application.id, reviewer!.id);
    const before = await db.p2PCriterion.findMany({ where: { roundId: round.id }, orderBy: { position: "asc" } });

    await expect(saveRubric(staff.actor, round.id, rubric)).rejects.toEqual(refusal("staff.p2p.panel.errors.rubricLocked"));

    expect(await db.p2PCriterion.findMany({ where: { roundId: round.id }, orderBy: { position: "asc" } })).toEqual(before);
    expect(await db.p2PScore.count({ where: { review: { roundId: round.id } } })).toBe(TEST_RUBRIC.length);
    expect(await db.auditEvent.count({ where: { action: "p2p.panel.rubric-updated", targetId: round.id } })).toBe(0);
  });
});

describe("the panel", () => {
  it("adds a person with an account, whatever their role, and refuses an unknown address or someone already on it", async () => {
    const round = await createReviewRound();
    const member = await createUser();
    const added = await addPanelist(staff.actor, round.id, `  ${member.email.toUpperCase()} `);
    expect(added.id).toBe(member.id);
    expect(await db.p2PPanelist.findFirst({ where: { roundId: round.id, userId: member.id } })).toMatchObject({ addedById: staff.id });
    expect(await db.auditEvent.count({ where: { action: "p2p.panel.reviewer-added", targetId: round.id, data: { path: ["userId"], equals: member.id } } })).toBe(1);

    await expect(addPanelist(staff.actor, round.id, member.email)).rejects.toMatchObject({ field: "email", text: { key: "staff.p2p.panel.errors.alreadyPanelist" } });
    await expect(addPanelist(staff.actor, round.id, "nobody-here@test.invalid")).rejects.toMatchObject({ field: "email", text: { key: "staff.p2p.panel.errors.noAccount" } });
    expect(await db.p2PPanelist.count({ where: { roundId: round.id } })).toBe(1);
  });

  it("removes a panelist and their unreviewed assignments, keeping declared conflicts; refused once they submitted a review", async () => {
    const round = await createReviewRound({ reviewsNeeded: 1 });
    const { application: first } = await createAcceptedApplication(round.id);
    const { application: second } = await createAcceptedApplication(round.id);
    const { application: third } = await createAcceptedApplication(round.id);
    const [leaving, reviewer] = await panelOf(round.id, 2);
    await db.p2PAssignment.create({ data: { roundId: round.id, applicationId: first.id, reviewerId: leaving!.id } });
    await db.p2PAssignment.create({ data: { roundId: round.id, applicationId: second.id, reviewerId: leaving!.id, status: "conflict", conflictReason: "A former colleague.", declaredAt: new Date() } });
    await reviewBy(round.id, third.id, reviewer!.id);

    await expect(removePanelist(staff.actor, round.id, reviewer!.id)).rejects.toEqual(refusal("staff.p2p.panel.errors.hasReviews"));
    expect(await db.p2PPanelist.count({ where: { roundId: round.id } })).toBe(2);

    expect(await removePanelist(staff.actor, round.id, leaving!.id)).toEqual({ assignmentsDropped: 1 });
    expect(await db.p2PPanelist.count({ where: { roundId: round.id, userId: leaving!.id } })).toBe(0);
    expect(await assignmentsOf(first.id)).toEqual([]);
    expect(await assignmentsOf(second.id)).toEqual([expect.objectContaining({ reviewerId: leaving!.id, status: "conflict" })]);
    await expect(removePanelist(staff.actor, round.id, leaving!.id)).rejects.toEqual(refusal("staff.p2p.panel.errors.notPanelist"));
  });
});

describe("staff's own assignments", () => {
  it("assigns a panelist, a third one too, and refuses one in conflict, one already on it, and someone not on the panel", async () => {
    const round = await createReviewRound();
    const { application, applicant, host } = await createAcceptedApplication(round.id);
    const coOwner = await createUser();
    await db.hubOwner.create({ data: { hubId: host.hub.id, userId: coOwner.id } });
    const [a, b, c, declared] = await panelOf(round.id, 4);
    await db.p2PPanelist.createMany({ data: [applicant, coOwner].map((p) => ({ roundId: round.id, userId: p.id })) });
    await db.p2PAssignment.create({ data: { roundId: round.id, applicationId: application.id, reviewerId: declared!.id, status: "conflict", conflictReason: "Family.", declaredAt: new Date() } });
    const outsider = await createUser();
    const assign = (reviewerId: string) => assignReviewer(staff.actor, { roundId: round.id, applicationId: application.id, reviewerId });

    for (const p of [a!, b!, c!]) await assign(p.id);
    expect((await assignmentsOf(application.id)).filter((x) => x.status === "assigned")).toHaveLength(3);

    for (const [who, key] of [
      [applicant.id, "conflicted"],
      [coOwner.id, "conflicted"],
      [declared!.id, "conflicted"],
      [a!.id, "alreadyAssigned"],
      [outsider.id, "notPanelist"],
    ] as const) {
      await expect(assign(who)).rejects.toMatchObject({ field: "reviewerId", text: { key: `staff.p2p.panel.errors.${key}` } });
    }
    expect(await assignmentsOf(application.id)).toHaveLength(4);
    expect(await db.auditEvent.count({ where: { action: "p2p.panel.assigned", targetId: application.id } })).toBe(3);
  });

  it("refuses an application of another round, and unassigns only what is not reviewed", async () => {
    const round = await createReviewRound();
    const other = await createReviewRound();
    const { application: elsewhere } = await createAcceptedApplication(other.id);
    const { application } = await createAcceptedApplication(round.id);
    const [a, b] = await panelOf(round.id, 2);
    await expect(assignReviewer(staff.actor, { roundId: round.id, applicationId: elsewhere.id, reviewerId: a!.id })).rejects.toBeInstanceOf(NotFoundError);

    await assignReviewer(staff.actor, { roundId: round.id, applicationId: application.id, reviewerId: a!.id });
    const review = await reviewBy(round.id, application.id, b!.id);
    const [open] = await db.p2PAssignment.findMany({ where: { applicationId: application.id, reviewerId: a!.id } });
    await expect(unassignReviewer(staff.actor, round.id, review.assignmentId)).rejects.toEqual(refusal("staff.p2p.panel.errors.reviewed"));
    await expect(unassignReviewer(staff.actor, other.id, open!.id)).rejects.toBeInstanceOf(NotFoundError);
    await unassignReviewer(staff.actor, round.id, open!.id);
    expect(await assignmentsOf(application.id)).toEqual([expect.objectContaining({ reviewerId: b!.id })]);
    expect(await db.auditEvent.count({ where: { action: "p2p.panel.unassigned", targetId: application.id } })).toBe(1);
  });
});

describe("conflicts and closing", () => {
  it("lists each declared conflict with its reason and the replacement assigned since", async () => {
    const round = await createReviewRound({ reviewsNeeded: 1 });
    const { application } = await createAcceptedApplication(round.id);
    const [first] = await panelOf(round.id, 1);
    await fillPanel(staff.actor, round.id);
    await db.p2PAssignment.updateMany({ where: { applicationId: application.id, reviewerId: first!.id }, data: { status: "conflict", conflictReason: "I mentor its founder.", declaredAt: new Date() } });
    const [second] = await panelOf(round.id, 1);
    await fillPanel(staff.actor, round.id);

    const conflicts = await listConflictsForStaff(staff.actor, round.id);
    expect(conflicts).toEqual([
      expect.objectContaining({ reviewer: first!.name, reason: "I mentor its founder.", application: expect.objectContaining({ id: application.id }), replacements: [{ name: second!.name, bySite: false }] }),
    ]);
  });

  it("closes the panel while the round is in review, once", async () => {
    const round = await createReviewRound();
    await closePanel(staff.actor, round.id);
    const closed = await db.p2PRound.findUniqueOrThrow({ where: { id: round.id } });
    expect(closed.panelClosedAt).toBeInstanceOf(Date);
    expect(await db.auditEvent.count({ where: { action: "p2p.panel.closed", targetId: round.id } })).toBe(1);
    await expect(closePanel(staff.actor, round.id)).rejects.toEqual(refusal("staff.p2p.panel.errors.panelClosed"));

    const published = await createReviewRound({ status: "published" });
    await expect(closePanel(staff.actor, published.id)).rejects.toEqual(refusal("staff.p2p.panel.errors.notInReview"));
    expect((await db.p2PRound.findUniqueOrThrow({ where: { id: published.id } })).panelClosedAt).toBeNull();
  });
});

describe("refused access", () => {
  it("refuses every staff command and read to a member and to a host owner, the database unchanged", async () => {
    const round = await createReviewRound();
    const { application, host } = await createAcceptedApplication(round.id);
    const [onPanel, other] = await panelOf(round.id, 2);
    await db.p2PAssignment.create({ data: { roundId: round.id, applicationId: application.id, reviewerId: onPanel!.id } });
    const assignment = await db.p2PAssignment.findFirstOrThrow({ where: { applicationId: application.id } });
    const member = await createUser();
    const tables = () =>
      Promise.all([
        db.p2PCriterion.findMany({ where: { roundId: round.id }, orderBy: { position: "asc" } }),
        db.p2PPanelist.count({ where: { roundId: round.id } }),
        db.p2PAssignment.findMany({ where: { roundId: round.id }, orderBy: { id: "asc" } }),
        db.p2PRound.findUniqueOrThrow({ where: { id: round.id } }),
        db.auditEvent.count({ where: { OR: [{ targetId: round.id }, { targetId: application.id }] } }),
      ]);
    const before = await tables();

    for (const actor of [member.actor, { id: host.owner.id, role: host.owner.role }, null]) {
      const attempts = [
        saveRubric(actor, round.id, [{ name: "Anything", description: "", weight: 1, labels: ["0", "1", "2", "3", "4", "5"] }]),
        setReviewsNeeded(actor, round.id, 5),
        addPanelist(actor, round.id, member.email),
        removePanelist(actor, round.id, onPanel!.id),
        fillPanel(actor, round.id),
        assignReviewer(actor, { roundId: round.id, applicationId: application.id, reviewerId: other!.id }),
        unassignReviewer(actor, round.id, assignment.id),
        closePanel(actor, round.id),
        getPanelSettingsForStaff(actor, round.id),
        listPanelistsForStaff(actor, round.id),
        listPanelApplicationsForStaff(actor, round.id, { page: 1, show: "all", panel: [] }),
        listConflictsForStaff(actor, round.id),
      ];
      for (const attempt of attempts) await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
    }

    expect(await tables()).toEqual(before);
  });
});
