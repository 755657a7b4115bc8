// For the tests of the P2P demo seed: every row it writes, the scheme's rules its applications
// must pass, and a folder of its own for the pictures it stores.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import { db } from "@/lib/db";
import type { P2PRound } from "@/lib/generated/prisma/client";
import { checkDates, checkHost, checkPeople, checkVisitingHub } from "@/lib/p2p/applications/eligibility";

/** Every P2P row the seeds write, in a stable order: what a second run must leave unchanged. */
export async function p2pSeedRows() {
  return {
    rounds: await db.p2PRound.findMany({ orderBy: { slug: "asc" } }),
    offers: await db.p2PHostOffer.findMany({ orderBy: [{ roundId: "asc" }, { hubId: "asc" }] }),
    applications: await db.p2PApplication.findMany({ orderBy: { id: "asc" } }),
    requests: await db.p2PHostRequest.findMany({ orderBy: { id: "asc" } }),
    memberships: await db.hubMembership.findMany({ orderBy: { hubId: "asc" } }),
    membershipRequests: await db.hubMembershipRequest.findMany({ orderBy: { id: "asc" } }),
    criteria: await db.p2PCriterion.findMany({ orderBy: [{ roundId: "asc" }, { position: "asc" }] }),
    panelists: await db.p2PPanelist.findMany({ orderBy: { id: "asc" } }),
    assignments: await db.p2PAssignment.findMany({ orderBy: { id: "asc" } }),
    reviews: await db.p2PReview.findMany({ orderBy: { id: "asc" } }),
    scores: await db.p2PScore.findMany({ orderBy: [{ reviewId: "asc" }, { criterionId: "asc" }] }),
    revisions: await db.p2PReviewRevision.findMany({ orderBy: { id: "asc" } }),
    reports: await db.p2PReport.findMany({ orderBy: { id: "asc" } }),
    photos: await db.p2PReportPhoto.findMany({ orderBy: { id: "asc" } }),
    reminders: await db.p2PReminder.findMany({ orderBy: [{ applicationId: "asc" }, { kind: "asc" }] }),
    articles: await db.article.findMany({ orderBy: { id: "asc" } }),
    articleHubs: await db.articleHub.findMany({ orderBy: [{ articleId: "asc" }, { hubId: "asc" }] }),
    owners: await db.hubOwner.count(),
    users: await db.user.count(),
  };
}

/** The demo stores its pictures (prisma/seed/demo-images.ts): in a temporary folder, removed at the end. Call before seeding. */
export function onTemporaryUploads() {
  let uploadDir: string;
  beforeAll(async () => {
    uploadDir = await mkdtemp(path.join(tmpdir(), "echn-seed-uploads-"));
    process.env.UPLOAD_DIR = uploadDir;
  });
  afterAll(async () => {
    await rm(uploadDir, { recursive: true, force: true });
  });
}

/**
 * Checks `round`'s applications against the scheme's rules as the site applies them: the
 * applicant's own member hub, a host abroad with a place, dates and people within the round;
 * whoever answered a request owns the host hub. Returns the applications with their requests.
 */
export async function expectWithinTheScheme(round: P2PRound) {
  const applications = await db.p2PApplication.findMany({
    where: { roundId: round.id },
    include: {
      visitingHub: { select: { id: true, countryCode: true, status: true, membership: true, owners: { select: { userId: true } } } },
      hostHub: { select: { id: true, countryCode: true, owners: { select: { userId: true } }, hostOffers: { where: { roundId: round.id } } } },
      hostRequests: { orderBy: { createdAt: "asc" } },
    },
  });
  for (const a of applications) {
    const visiting = { ...a.visitingHub, owned: a.visitingHub.owners.some((o) => o.userId === a.applicantId), member: a.visitingHub.membership !== null };
    expect(checkVisitingHub(round, visiting), a.id).toBeNull();
    const offer = a.hostHub.hostOffers[0]!;
    // The places left when it was sent: its own acceptance aside.
    const placesLeft = offer.places - offer.placesTaken + (a.hostRequests.some((r) => r.status === "accepted") ? 1 : 0);
    const host = { id: a.hostHub.id, countryCode: a.hostHub.countryCode, ownedByApplicant: a.hostHub.owners.some((o) => o.userId === a.applicantId), placesLeft };
    expect(checkHost(round, visiting, host), a.id).toBeNull();
    expect(checkDates(round, a.startsOn, a.endsOn), a.id).toBeNull();
    expect(checkPeople(round, a.people), a.id).toBeNull();
    for (const r of a.hostRequests.filter((r) => r.answeredById)) expect(a.hostHub.owners.map((o) => o.userId), a.id).toContain(r.answeredById);
  }
  return applications;
}
