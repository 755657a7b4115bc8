// Every P2P part 2 command runs its transaction's queries one after the other. A transaction is
// one connection; a select with several relations makes Prisma send their queries at once on it,
// which pg queues with a deprecation warning today and will refuse in pg 9. The connection is
// watched while each command runs: no query may arrive while another is still running.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addPanelist, assignReviewer, closePanel, fillPanel, removePanelist, saveRubric, setReviewsNeeded, unassignReviewer } from "@/lib/p2p/panel/commands";
import { confirmNoConflict, declareConflict, submitReview } from "@/lib/p2p/reviews/commands";
import { promoteReserve, releaseResults, setSelection, swapSelection } from "@/lib/p2p/selection/commands";
import { recordPayment, signGrantAgreement } from "@/lib/p2p/grant/commands";
import { addReportPhoto, removeReportPhoto, saveReport } from "@/lib/p2p/reports/commands";
import { saveHostNote } from "@/lib/p2p/reports/host-note";
import { sendReportReminders } from "@/lib/p2p/reports/reminders";
import { decideArticle, updateArticle } from "@/lib/articles/commands";
import { approveReport, requestReportChanges } from "@/lib/p2p/reports/review";
import { createUser } from "./helpers";
import { createAcceptedApplication, createReviewRound, dayFrom, TEST_RUBRIC } from "./p2p-fixtures";
import { watchOverlappingQueries } from "./overlapping-queries";

const overlapping = watchOverlappingQueries();

const GRANTS = 167_500;

describe("P2P part 2 transactions", () => {
  it("the panel, the reviews, the selection, the agreement, the report and the payment send one query at a time", async () => {
    const staff = await createUser({ role: "staff" });
    const round = await createReviewRound({ budgetCents: 2 * GRANTS, reviewsNeeded: 1 });
    const first = await createAcceptedApplication(round.id, { startsIn: -10 });
    const second = await createAcceptedApplication(round.id);
    const [r1, r2, r3] = [await createUser(), await createUser(), await createUser()];
    await db.p2PPanelist.createMany({ data: [r1, r2, r3].map((r) => ({ roundId: round.id, userId: r.id })) });

    expect(await overlapping(() => fillPanel(staff.actor, round.id))).toEqual([]);
    const onFirst = await db.p2PAssignment.findFirstOrThrow({ where: { applicationId: first.application.id } });
    const reviewer = [r1, r2, r3].find((r) => r.id === onFirst.reviewerId)!;
    const other = [r1, r2, r3].find((r) => r.id !== onFirst.reviewerId && r.id !== reviewer.id)!;
    expect(await overlapping(() => assignReviewer(staff.actor, { roundId: round.id, applicationId: first.application.id, reviewerId: other.id }))).toEqual([]);
    expect(await overlapping(() => confirmNoConflict(reviewer.actor, onFirst.id))).toEqual([]);
    const criteria = await db.p2PCriterion.findMany({ where: { roundId: round.id } });
    const scores = Object.fromEntries(criteria.map((c) => [c.id, 4]));
    expect(await overlapping(() => submitReview(reviewer.actor, onFirst.id, { scores, comment: "A clear plan." }))).toEqual([]);
    const otherAssignment = await db.p2PAssignment.findFirstOrThrow({ where: { applicationId: first.application.id, reviewerId: other.id } });
    expect(await overlapping(() => declareConflict(other.actor, otherAssignment.id, { reason: "I know the host well." }))).toEqual([]);

    expect(await overlapping(() => setSelection(staff.actor, { roundId: round.id, applicationId: first.application.id, selection: "selected" }))).toEqual([]);
    await setSelection(staff.actor, { roundId: round.id, applicationId: second.application.id, selection: "reserve" });
    expect(await overlapping(() => releaseResults(staff.actor, { roundId: round.id, withComments: true }))).toEqual([]);
    expect(await overlapping(() => promoteReserve(staff.actor, { roundId: round.id, applicationId: second.application.id }))).toEqual([]);

    const id = first.application.id;
    expect(await overlapping(() => signGrantAgreement(first.applicant, id, { name: "Ana Martins" }))).toEqual([]);
    const report = { applicationId: id, whatHappened: "A workshop a day.", outcomes: "A format.", nextSteps: "An open call.", publicSummary: "Two hubs.", evidence: ["travel_tickets" as const], intent: "send" as const };
    expect(await overlapping(() => saveReport(first.applicant, id, report, { send: true }))).toEqual([]);
    expect(await overlapping(() => requestReportChanges(staff.actor, id, { message: "Add the outcomes, please." }))).toEqual([]);
    await saveReport(first.applicant, id, report, { send: true });
    expect(await overlapping(() => approveReport(staff.actor, id, { message: null }))).toEqual([]);
    expect(await overlapping(() => recordPayment(staff.actor, id, { paidOn: dayFrom(0) }))).toEqual([]);
    expect(await db.p2PApplication.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({ status: "paid" });
    expect(await db.article.count({ where: { p2pApplicationId: id } })).toBe(1);
  });

  it("so do the rubric, the panel's other commands, a swap, the photos, the host's note, the reminders and the story's edits", async () => {
    const staff = await createUser({ role: "staff" });
    const round = await createReviewRound({ budgetCents: 2 * GRANTS });
    const a = await createAcceptedApplication(round.id);
    const b = await createAcceptedApplication(round.id);
    const person = await createUser();
    const rubric = TEST_RUBRIC.map(({ name, description, weight, labels }) => ({ name, description, weight, labels }));
    expect(await overlapping(() => saveRubric(staff.actor, round.id, rubric))).toEqual([]);
    expect(await overlapping(() => setReviewsNeeded(staff.actor, round.id, 3))).toEqual([]);
    expect(await overlapping(() => addPanelist(staff.actor, round.id, person.email))).toEqual([]);
    await fillPanel(staff.actor, round.id);
    const assignment = await db.p2PAssignment.findFirstOrThrow({ where: { reviewerId: person.id, roundId: round.id } });
    expect(await overlapping(() => unassignReviewer(staff.actor, round.id, assignment.id))).toEqual([]);
    expect(await overlapping(() => removePanelist(staff.actor, round.id, person.id))).toEqual([]);
    await setSelection(staff.actor, { roundId: round.id, applicationId: a.application.id, selection: "selected" });
    await setSelection(staff.actor, { roundId: round.id, applicationId: b.application.id, selection: "reserve" });
    expect(await overlapping(() => swapSelection(staff.actor, { roundId: round.id, selectedId: a.application.id, reserveId: b.application.id }))).toEqual([]);
    expect(await overlapping(() => closePanel(staff.actor, round.id))).toEqual([]);

    // After the release: an exchange that ended yesterday, its agreement signed.
    const done = await createReviewRound({ status: "results_released", resultsReleasedAt: new Date() });
    const x = await createAcceptedApplication(done.id, { startsIn: -10 });
    await db.p2PApplication.update({ where: { id: x.application.id }, data: { status: "selected", selection: "selected" } });
    await signGrantAgreement(x.applicant, x.application.id, { name: "Ana Martins" });
    const id = x.application.id;
    expect(await overlapping(() => addReportPhoto(x.applicant, id, { storageKey: `p2p/${id.slice(-8)}bb.webp`, alt: "The workshop." }))).toEqual([]);
    const photo = await db.p2PReportPhoto.findFirstOrThrow({ where: { report: { applicationId: id } } });
    expect(await overlapping(() => removeReportPhoto(x.applicant, id, photo.id).catch(() => undefined))).toEqual([]);
    const request = await db.p2PHostRequest.findFirstOrThrow({ where: { applicationId: id } });
    expect(await overlapping(() => saveHostNote(x.host.owner, request.id, { hostNote: "A week well spent." }))).toEqual([]);
    expect(await overlapping(() => sendReportReminders(new Date(x.application.endsOn.getTime() + 2 * 86_400_000)))).toEqual([]);
    const report = { applicationId: id, whatHappened: "A workshop a day.", outcomes: "A format.", nextSteps: "An open call.", publicSummary: "Two hubs.", evidence: [], intent: "send" as const };
    await saveReport(x.applicant, id, report, { send: true });
    const story = await approveReport(staff.actor, id, { message: null });
    const row = await db.article.findUniqueOrThrow({ where: { id: story.id } });
    const input = { title: row.title, slug: row.slug, language: "en-GB" as const, standfirst: row.standfirst, body: row.body, coverKey: null, coverAlt: null, coverCaption: null, coverCredit: null };
    expect(await overlapping(() => updateArticle(staff.actor, story.id, input))).toEqual([]);
    expect(await overlapping(() => decideArticle(staff.actor, story.id, "archive"))).toEqual([]);
  });
});
