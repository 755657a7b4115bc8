// P2P fixtures for integration tests: an open round like ECHN's Round 2, member hubs, hosts.
// Written directly with Prisma; each call makes unique data (tests run in parallel on one database).
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PROGRAMME_COUNTRIES_CURRENT } from "@/lib/p2p/rounds/countries";
import { createPublishedHub, createUser } from "./helpers";

const DAY = 86_400_000;
/** A date-only value `days` from today (UTC midnight). */
export const dayFrom = (days: number, now = new Date()) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + days * DAY);

/** A published round open today: window from 10 days ago to 20 days ahead, exchanges 30–120 days ahead, Round 2's rates. */
export function createOpenRound(overrides: Partial<Prisma.P2PRoundCreateInput> = {}) {
  const tag = randomBytes(5).toString("hex");
  return db.p2PRound.create({
    data: {
      slug: `round-${tag}`, name: `Test round ${tag}`, summary: "A round for tests.", rules: "", status: "published",
      opensOn: dayFrom(-10), closesOn: dayFrom(20), timeZone: "Europe/Brussels",
      exchangesFrom: dayFrom(30), exchangesUntil: dayFrom(120), maxStayDays: 5, peoplePerExchange: 1,
      travelRateCents: 35_000, dailyRateCents: 16_500, hostGrantCents: 50_000, maxGrantCents: 117_500, budgetCents: 2_000_000,
      hostAnswerDays: 14, membershipRequired: true, countries: [...PROGRAMME_COUNTRIES_CURRENT], publishedAt: new Date(),
      ...overrides,
    },
  });
}

/** A published hub in `countryCode`, owned by a new member (or `ownerId`), a regular member of the network unless `member: false`. */
export async function createMemberHub(opts: { countryCode?: string; ownerId?: string; member?: boolean } = {}) {
  const owner = opts.ownerId ? null : await createUser();
  const hub = await createPublishedHub({ ownerId: opts.ownerId ?? owner!.id, countryCode: opts.countryCode ?? "NL" });
  if (opts.member !== false) await db.hubMembership.create({ data: { hubId: hub.id, kind: "regular", since: dayFrom(-400) } });
  return { hub, owner };
}

/** A hub hosting in `roundId` with `places` places, in `countryCode` (Portugal by default), with a new owner. */
export async function createHost(roundId: string, opts: { countryCode?: string; places?: number } = {}) {
  const { hub, owner } = await createMemberHub({ countryCode: opts.countryCode ?? "PT" });
  const offer = await db.p2PHostOffer.create({
    data: { roundId, hubId: hub.id, offer: "A desk, our workshop and our community evenings.", availability: "Weekdays", languages: ["en", "pt"], places: opts.places ?? 2 },
  });
  return { hub, owner: owner!, offer };
}

/** Three criteria like an EU call's (relevance counts double): labels for 0–5 each. */
export const TEST_RUBRIC = [
  { name: "Relevance", weight: 2 },
  { name: "Quality of the plan", weight: 1 },
  { name: "Impact", weight: 1 },
].map((c, position) => ({ ...c, position, description: "", labels: ["None", "Poor", "Fair", "Good", "Very good", "Excellent"] }));

/** A round in review (its window closed), with TEST_RUBRIC, two reviews needed, Round 2's rates and `budgetCents`. */
export async function createReviewRound(overrides: Partial<Prisma.P2PRoundCreateInput> = {}) {
  const round = await createOpenRound({ status: "in_review", opensOn: dayFrom(-40), closesOn: dayFrom(-10), reviewsNeeded: 2, ...overrides });
  await db.p2PCriterion.createMany({ data: TEST_RUBRIC.map((c) => ({ ...c, roundId: round.id })) });
  return round;
}

/**
 * An application the host agreed to (status host_accepted), in `roundId`: a new applicant owning
 * a member hub in `countryCode` (Netherlands by default), hosted by a new host in Portugal. The
 * grant is Round 2's full one (EUR 1,175) and the host's EUR 500.
 */
export async function createAcceptedApplication(roundId: string, opts: { countryCode?: string; startsIn?: number } = {}) {
  const { hub: visitingHub, owner: applicant } = await createMemberHub({ countryCode: opts.countryCode ?? "NL" });
  const host = await createHost(roundId, { places: 3 });
  const startsOn = dayFrom(opts.startsIn ?? 40);
  const application = await db.p2PApplication.create({
    data: {
      roundId, applicantId: applicant!.id, visitingHubId: visitingHub.id, hostHubId: host.hub.id, status: "host_accepted",
      role: "Programme lead", startsOn, endsOn: new Date(startsOn.getTime() + 4 * DAY), people: 1, aim: "both",
      plan: ["Arrive, meet the team", "Workshop", "Workshop", "Open studio", "Closing event"],
      visitorGains: "How a maker space runs its membership.", hostGains: "Our way of running residencies.", sharing: "A closing talk at the host.",
      travelMode: "train", accessibilityNeeds: "Step-free access, please.",
      travelRateCents: 35_000, dailyRateCents: 16_500, maxGrantCents: 117_500, hostGrantCents: 50_000, grantCents: 117_500,
      submittedAt: new Date(),
    },
  });
  await db.p2PHostRequest.create({
    data: { applicationId: application.id, hostHubId: host.hub.id, status: "accepted", dueAt: dayFrom(14), answeredById: host.owner.id, answeredAt: new Date() },
  });
  await db.p2PHostOffer.update({ where: { id: host.offer.id }, data: { placesTaken: { increment: 1 } } });
  return { application, applicant: applicant!, visitingHub, host };
}
