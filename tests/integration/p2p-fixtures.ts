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
