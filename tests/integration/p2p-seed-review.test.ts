// The P2P demo's later rounds (prisma/seed/demo-p2p-review.ts and demo-p2p-results.ts): a round
// in review with a panel and reviews in every state, and a round whose results are out with
// agreements, reports, a payment and the stories. They must be what the site itself would have
// written: never a reviewer on a hub they own, the budget's committed sum the trigger keeps,
// each review's total the rubric's, one published story linking its two hubs. Seeds the demo,
// so it runs on a database of its own.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isoDate } from "@/lib/calendar";
import { P2PApplicationStatus } from "@/lib/generated/prisma/enums";
import { conflictedWith, conflictSelect } from "@/lib/p2p/panel/fill";
import { anyDisagreement, weightedTotal } from "@/lib/p2p/reviews/rubric";
import { fileStorage } from "@/lib/storage";
import { seedProgramme } from "@/prisma/seed/programme";
import { seedDemo } from "@/prisma/seed/demo";
import { DEMO_RESULTS_ROUND_SLUG, DEMO_STORY_SLUG, seedDemoP2PResults } from "@/prisma/seed/demo-p2p-results";
import { DEMO_REVIEW_ROUND_SLUG, seedDemoP2PReview } from "@/prisma/seed/demo-p2p-review";
import { expectWithinTheScheme, onTemporaryUploads, p2pSeedRows } from "./p2p-seed-support";
import { onScratchDatabase } from "./scratch-database";
import { watchOverlappingQueries } from "./overlapping-queries";

onScratchDatabase("echn_p2p_seed_review");
onTemporaryUploads();

const DAY = 86_400_000;
const today = new Date(Math.floor(Date.now() / DAY) * DAY);
const now = new Date(today.getTime() + 10 * 3_600_000);
const todayIso = isoDate(today);

const round = (slug: string) => db.p2PRound.findUniqueOrThrow({ where: { slug } });
const overlapping = watchOverlappingQueries();

beforeAll(async () => {
  await seedProgramme(db);
  await seedDemo(db, now);
}, 60_000);

describe("the demo's later P2P rounds", () => {
  it("are written one query at a time in their transactions", async () => {
    expect(await overlapping(() => seedDemoP2PReview(db, now))).toEqual([]);
    expect(await overlapping(() => seedDemoP2PResults(db, now))).toEqual([]);
  });

  it("are written once: a second run, a later one or the whole demo again, adds and changes nothing", async () => {
    const first = await p2pSeedRows();
    expect(first.rounds.map((r) => r.slug)).toEqual(["demo-round", DEMO_RESULTS_ROUND_SLUG, DEMO_REVIEW_ROUND_SLUG, "round-1", "round-2"]);
    await seedDemoP2PReview(db, now);
    await seedDemoP2PResults(db, new Date(now.getTime() + 3 * DAY));
    await seedDemo(db, now);
    expect(await p2pSeedRows()).toEqual(first);
  }, 60_000);

  it("hold every status an application can have, across the three demo rounds", async () => {
    const statuses = await db.p2PApplication.findMany({ where: { round: { slug: { startsWith: "demo-round" } } }, distinct: ["status"], select: { status: true } });
    expect(statuses.map((s) => s.status).sort()).toEqual(Object.values(P2PApplicationStatus).sort());
  });

  it("pass the scheme's rules: member hubs of the applicants, hosts abroad, dates and people within each round, one application a person", async () => {
    for (const slug of [DEMO_REVIEW_ROUND_SLUG, DEMO_RESULTS_ROUND_SLUG]) {
      const demo = await round(slug);
      const applications = await expectWithinTheScheme(demo);
      expect(new Set(applications.map((a) => a.applicantId)).size, slug).toBe(applications.length);
      for (const a of applications) {
        expect(a.hostRequests.map((r) => r.status), a.id).toEqual(["accepted"]);
        expect(a.hostRequests[0]!.dueAt.getTime() - a.hostRequests[0]!.createdAt.getTime(), a.id).toBe(14 * DAY);
        expect(a.hostRequests[0]!.answeredAt! < a.hostRequests[0]!.dueAt, a.id).toBe(true);
      }
      for (const offer of await db.p2PHostOffer.findMany({ where: { roundId: demo.id } })) {
        const accepted = await db.p2PHostRequest.count({ where: { hostHubId: offer.hubId, status: "accepted", application: { roundId: demo.id } } });
        expect(offer.placesTaken, slug).toBe(accepted);
      }
    }
  });

  it("keep each round's committed sum equal to its selected grants, visiting and host, within the budget", async () => {
    for (const slug of [DEMO_REVIEW_ROUND_SLUG, DEMO_RESULTS_ROUND_SLUG]) {
      const demo = await round(slug);
      const selected = await db.p2PApplication.findMany({ where: { roundId: demo.id, selection: "selected" }, select: { grantCents: true, hostGrantCents: true } });
      expect(selected.length, slug).toBeGreaterThan(0);
      expect(demo.committedCents, slug).toBe(selected.reduce((sum, a) => sum + a.grantCents + a.hostGrantCents, 0));
      expect(demo.committedCents, slug).toBeLessThanOrEqual(demo.budgetCents!);
    }
  });
});

describe("the round in review", () => {
  it("is in review: its window closed, its exchanges ahead, a rubric of four criteria with six labels each, two reviews needed", async () => {
    const demo = await db.p2PRound.findUniqueOrThrow({ where: { slug: DEMO_REVIEW_ROUND_SLUG }, include: { criteria: { orderBy: { position: "asc" } } } });
    expect(demo).toMatchObject({ status: "in_review", reviewsNeeded: 2, budgetCents: 500_000, travelRateCents: 35_000, dailyRateCents: 16_500, hostGrantCents: 50_000, maxGrantCents: 117_500 });
    expect(isoDate(demo.closesOn!) < todayIso && isoDate(demo.exchangesFrom!) > todayIso).toBe(true);
    expect(demo.criteria).toHaveLength(4);
    for (const c of demo.criteria) expect(c.labels).toHaveLength(6);
    const applications = await db.p2PApplication.findMany({ where: { roundId: demo.id }, select: { status: true } });
    expect(applications.map((a) => a.status)).toEqual(Array(6).fill("host_accepted"));
  });

  it("never puts a reviewer on an application of a hub they own, and gives each application the reviews it needs", async () => {
    const demo = await round(DEMO_REVIEW_ROUND_SLUG);
    const panel = await db.p2PPanelist.findMany({ where: { roundId: demo.id }, select: { user: { select: { email: true, role: true } } } });
    expect(panel.map((p) => p.user.email).sort()).toEqual(["reviewer1@echn.test", "reviewer2@echn.test", "reviewer3@echn.test"]);
    expect(panel.every((p) => p.user.role === "member")).toBe(true);
    const applications = await db.p2PApplication.findMany({ where: { roundId: demo.id }, select: { id: true, ...conflictSelect } });
    for (const a of applications) {
      const owners = new Set([...a.visitingHub.owners, ...a.hostHub.owners].map((o) => o.userId));
      const excluded = conflictedWith(a);
      const active = a.assignments.filter((x) => x.status !== "conflict");
      expect(active, a.id).toHaveLength(demo.reviewsNeeded);
      for (const x of active) {
        expect(owners.has(x.reviewerId), a.id).toBe(false);
        expect(excluded.has(x.reviewerId), a.id).toBe(false);
      }
    }
  });

  it("has a declared conflict with its reason, replaced by the site, and work for reviewer1 to confirm and to score", async () => {
    const demo = await round(DEMO_REVIEW_ROUND_SLUG);
    const conflicts = await db.p2PAssignment.findMany({ where: { roundId: demo.id, status: "conflict" } });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.conflictReason).toBeTruthy();
    expect(conflicts[0]!.declaredAt).not.toBeNull();
    const replacement = await db.p2PAssignment.findMany({ where: { applicationId: conflicts[0]!.applicationId, assignedById: null } });
    expect(replacement).toHaveLength(1);
    expect(replacement[0]!.createdAt).toEqual(conflicts[0]!.declaredAt);

    const reviewer1 = await db.p2PAssignment.findMany({ where: { roundId: demo.id, reviewer: { email: "reviewer1@echn.test" } }, include: { review: true } });
    expect(reviewer1.some((a) => a.status === "assigned")).toBe(true);
    expect(reviewer1.some((a) => a.status === "confirmed" && a.review === null)).toBe(true);
    expect(reviewer1.some((a) => a.review !== null)).toBe(true);
  });

  it("stores each review's total as the rubric computes it, keeps a changed review's earlier version, and flags a disagreement", async () => {
    const demo = await db.p2PRound.findUniqueOrThrow({ where: { slug: DEMO_REVIEW_ROUND_SLUG }, include: { criteria: { orderBy: { position: "asc" } } } });
    const reviews = await db.p2PReview.findMany({ where: { roundId: demo.id }, include: { scores: true, assignment: true, revisions: true } });
    expect(reviews.length).toBeGreaterThanOrEqual(8);
    for (const r of reviews) {
      expect(r.assignment.status, r.id).toBe("confirmed");
      expect(r.assignment.confirmedAt! < r.submittedAt, r.id).toBe(true);
      const values = demo.criteria.map((c) => r.scores.find((s) => s.criterionId === c.id)!.value);
      expect(r.total, r.id).toBe(weightedTotal(demo.criteria, values));
      for (const v of r.revisions) expect(v.savedAt < r.updatedAt && v.total !== r.total, r.id).toBe(true);
    }
    expect(reviews.filter((r) => r.revisions.length > 0)).toHaveLength(1);
    const totals = (applicationId: string) => reviews.filter((r) => r.applicationId === applicationId).map((r) => r.total);
    expect(reviews.some((r) => anyDisagreement(totals(r.applicationId)))).toBe(true);
  });

  it("holds staff's pending decisions, selected and reserve, on applications with all their reviews", async () => {
    const demo = await round(DEMO_REVIEW_ROUND_SLUG);
    const decided = await db.p2PApplication.findMany({ where: { roundId: demo.id, selection: { not: null } }, include: { _count: { select: { reviews: true } } } });
    expect(decided.map((a) => a.selection).sort()).toEqual(["reserve", "selected", "selected"]);
    for (const a of decided) expect(a._count.reviews, a.id).toBe(demo.reviewsNeeded);
  });
});

describe("the round whose results are out", () => {
  const byStatus = async () => {
    const demo = await round(DEMO_RESULTS_ROUND_SLUG);
    const applications = await db.p2PApplication.findMany({ where: { roundId: demo.id }, include: { report: { include: { photos: true } }, story: true, reminders: true } });
    return { demo, app: (status: string) => applications.find((a) => a.status === status)!, applications };
  };

  it("has one application in each state after the release, its selection kept", async () => {
    const { demo, applications } = await byStatus();
    expect(demo).toMatchObject({ status: "results_released" });
    expect(demo.resultsReleasedAt! < now && demo.panelClosedAt! < demo.resultsReleasedAt!).toBe(true);
    expect(applications.map((a) => a.status).sort()).toEqual(
      ["selected", "agreement_signed", "report_submitted", "report_changes_requested", "report_approved", "paid", "reserve", "not_selected"].sort(),
    );
    for (const a of applications) {
      const expected = a.status === "reserve" || a.status === "not_selected" ? a.status : "selected";
      expect(a.selection, a.id).toBe(expected);
    }
  });

  it("dates the agreement, the exchange and the report in order: the signed exchange just ended and its report is due", async () => {
    const { app, applications } = await byStatus();
    expect(app("selected").agreementSignedAt).toBeNull();
    expect(isoDate(app("selected").startsOn) > todayIso).toBe(true);
    for (const a of applications.filter((a) => a.agreementSignedAt)) {
      expect(a.agreementName && a.agreementTerms, a.id).toBeTruthy();
      expect(a.agreementSignedAt! < a.startsOn, a.id).toBe(true);
      expect(isoDate(a.endsOn) < todayIso, a.id).toBe(true);
      expect(a.reportDueOn!.getTime() - a.endsOn.getTime(), a.id).toBe(14 * DAY);
      if (a.report?.submittedAt) expect(a.report.submittedAt > a.endsOn && a.report.submittedAt < now, a.id).toBe(true);
    }
    const signed = app("agreement_signed");
    expect(signed.report).toBeNull();
    expect(isoDate(signed.reportDueOn!) >= todayIso).toBe(true);
  });

  it("has the reports in their states: changes asked with a message, approved and paid with the evidence, a photo and its alt text", async () => {
    const { app } = await byStatus();
    expect(app("report_changes_requested").report!.staffMessage).toBeTruthy();
    expect(app("report_submitted").report).toMatchObject({ approvedAt: null, staffMessage: null });
    for (const status of ["report_submitted", "report_approved", "paid"]) {
      const report = app(status).report!;
      expect(report.whatHappened && report.publicSummary && report.hostNote, status).toBeTruthy();
      expect(report.evidence, status).toContain("travel_tickets");
    }
    for (const status of ["report_approved", "paid"]) {
      const photo = app(status).report!.photos[0]!;
      expect(photo.alt, status).toBeTruthy();
      expect(await fileStorage().get(photo.storageKey), status).not.toBeNull();
    }
    const paid = app("paid");
    expect(paid.paidAt! > paid.report!.approvedAt!).toBe(true);
    expect(paid.paidCents).toBe(paid.grantCents);
    expect(paid.paymentReference).toBeTruthy();
  });

  it("publishes one P2P story linking the paid exchange's two hubs, with a stored cover, and drafts the approved report's", async () => {
    const { app } = await byStatus();
    const published = await db.article.findMany({ where: { kind: "p2p_story", status: "published" }, include: { hubs: true } });
    expect(published).toHaveLength(1);
    const story = published[0]!;
    const paid = app("paid");
    expect(story).toMatchObject({ slug: DEMO_STORY_SLUG, language: "en-GB", p2pApplicationId: paid.id });
    expect(story.title && story.standfirst && story.body && story.coverAlt).toBeTruthy();
    expect(story.publishedAt! < now).toBe(true);
    expect(story.hubs.map((h) => h.hubId).sort()).toEqual([paid.visitingHubId, paid.hostHubId].sort());
    expect(await fileStorage().get(story.coverKey!)).not.toBeNull();

    const draft = app("report_approved").story!;
    expect(draft).toMatchObject({ kind: "p2p_story", status: "draft" });
    expect(await db.articleHub.count({ where: { articleId: draft.id } })).toBe(2);
  });
});
