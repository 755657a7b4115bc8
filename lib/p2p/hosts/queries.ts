import "server-only";
// Reading hosts: the hubs open to hosting in a round (/p2p, the choice of host on /p2p/apply)
// and, for their owners, the hubs they may open (/account/p2p/hosting).
import type { CurrentUser } from "@/lib/auth/user";
import { db, type Prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { hostingRefusal, isHostable } from "@/lib/p2p/hosts/rules";
import { publishedNotYetClosed } from "@/lib/p2p/rounds/queries";
import { roundWindow } from "@/lib/p2p/rounds/rules";

/** More hosts than a round has ever had; a bound so a page never reads without one. */
const MAX_HOSTS = 500;

const hostOfRoundSelect = {
  places: true,
  placesTaken: true,
  languages: true,
  offer: true,
  availability: true,
  hub: { select: { id: true, slug: true, name: true, city: true, countryCode: true } },
} satisfies Prisma.P2PHostOfferSelect;

export type HostOfRound = {
  id: string;
  slug: string;
  name: string;
  city: string;
  countryCode: string;
  places: number;
  placesTaken: number;
  languages: string[];
  offer: string;
  availability: string;
};

/**
 * The published hubs hosting in a round, by country then name: what anyone may see of them
 * (never their owners or contact address). Full hosts are included, with their places taken.
 */
export async function hostsOfRound(roundId: string): Promise<HostOfRound[]> {
  const offers = await db.p2PHostOffer.findMany({
    where: { roundId, hub: { status: "published" } },
    select: hostOfRoundSelect,
    orderBy: [{ hub: { countryCode: "asc" } }, { hub: { name: "asc" } }, { hubId: "asc" }],
    take: MAX_HOSTS,
  });
  return offers.map(({ hub, ...offer }) => ({ ...hub, ...offer }));
}

/** Requests a host still owes an answer to, or has agreed to: while any is open it may not stop hosting. */
const OPEN_REQUEST_STATUSES = ["pending", "accepted"] as const;

const hostingRoundSelect = { id: true, name: true, status: true, opensOn: true, closesOn: true, timeZone: true, countries: true } satisfies Prisma.P2PRoundSelect;

const ownHostOfferSelect = { id: true, roundId: true, hubId: true, offer: true, availability: true, languages: true, places: true, placesTaken: true } satisfies Prisma.P2PHostOfferSelect;

/** More than anyone runs; a bound so the page never reads without one. */
const MAX_OWN_HUBS = 50;

/**
 * For /account/p2p/hosting: each published round that takes applications now or will, and in
 * it each published hub the actor owns or co-owns, with its offer if it hosts, how many
 * requests are open for it, and why it may not host (its country is not in the round).
 */
export async function listOwnHosting(actor: CurrentUser | null, now = new Date()) {
  if (!actor) throw new NotFoundError();
  const [hubs, rounds] = await Promise.all([
    db.hub.findMany({
      where: { status: "published", owners: { some: { userId: actor.id } } },
      select: { id: true, slug: true, name: true, city: true, countryCode: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: MAX_OWN_HUBS,
    }),
    db.p2PRound.findMany({
      where: publishedNotYetClosed(now),
      select: hostingRoundSelect,
      orderBy: [{ opensOn: "asc" }, { id: "asc" }],
      // More rounds than ever run at once.
      take: 10,
    }),
  ]);
  const hostable = rounds.filter((round) => isHostable(roundWindow(round, now)));
  if (!hubs.length || !hostable.length) return { hubs, rounds: [] };
  const hubIds = hubs.map((h) => h.id);
  const roundIds = hostable.map((r) => r.id);
  const key = (roundId: string, hubId: string) => `${roundId}:${hubId}`;
  // Counted by the database, a round at a time (a request knows its round only through its application).
  const [offers, ...counts] = await Promise.all([
    db.p2PHostOffer.findMany({ where: { hubId: { in: hubIds }, roundId: { in: roundIds } }, select: ownHostOfferSelect }),
    ...roundIds.map(async (roundId) => {
      const byHub = await db.p2PHostRequest.groupBy({
        by: ["hostHubId"],
        where: { hostHubId: { in: hubIds }, status: { in: [...OPEN_REQUEST_STATUSES] }, application: { roundId } },
        _count: { _all: true },
      });
      return byHub.map((c) => [key(roundId, c.hostHubId), c._count._all] as const);
    }),
  ]);
  const offerOf = new Map(offers.map((o) => [key(o.roundId, o.hubId), o]));
  const openRequests = new Map(counts.flat());
  return {
    hubs,
    rounds: hostable.map((round) => ({
      round,
      hubs: hubs.map((hub) => ({
        hub,
        offer: offerOf.get(key(round.id, hub.id)) ?? null,
        openRequests: openRequests.get(key(round.id, hub.id)) ?? 0,
        refusal: hostingRefusal(round, hub, now),
      })),
    })),
  };
}

export type OwnHosting = Awaited<ReturnType<typeof listOwnHosting>>;

/** Open requests for a host in a round (pending or accepted): what stopping must wait for. */
export const countOpenRequests = (client: Prisma.TransactionClient | typeof db, roundId: string, hubId: string) =>
  client.p2PHostRequest.count({ where: { hostHubId: hubId, status: { in: [...OPEN_REQUEST_STATUSES] }, application: { roundId } } });
