import "server-only";
// What the eligibility rules (./eligibility.ts) need to know about a person, read from the
// database: never from ids or facts the browser sends. The commands read them inside their
// transaction (after locking what they change); /p2p/apply reads them to explain each step.
import { db, type Prisma } from "@/lib/db";
import type { EligibilityInput, HostHub, VisitingHub } from "@/lib/p2p/applications/eligibility";
import { nextRoundOpensOn } from "@/lib/p2p/rounds/queries";
import { LIVE_APPLICATION_STATUSES } from "@/lib/p2p/applications/workflow";
import type { HostOfRound } from "@/lib/p2p/hosts/queries";

type Client = Prisma.TransactionClient | typeof db;

const ownHubSelect = { id: true, name: true, countryCode: true, status: true, membership: { select: { kind: true } } } satisfies Prisma.HubSelect;

const asVisiting = (hub: Prisma.HubGetPayload<{ select: typeof ownHubSelect }>): VisitingHub & { name: string } => ({
  id: hub.id,
  name: hub.name,
  countryCode: hub.countryCode,
  status: hub.status,
  owned: true,
  member: hub.membership !== null,
});

/** Every hub the person owns or co-owns, in any state, as the rules see it: the first step's choices. */
export async function ownHubFacts(client: Client, actorId: string) {
  const hubs = await client.hub.findMany({
    where: { owners: { some: { userId: actorId } }, status: { notIn: ["rejected", "archived"] } },
    select: ownHubSelect,
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return hubs.map(asVisiting);
}

/** The hub the person would visit from, if it is theirs (null otherwise: "hubNotYours"). */
export async function visitingHubFact(client: Client, actorId: string, hubId: string): Promise<VisitingHub | null> {
  const hub = await client.hub.findFirst({ where: { id: hubId, owners: { some: { userId: actorId } } }, select: ownHubSelect });
  return hub ? asVisiting(hub) : null;
}

/** A hosting hub is one that is published and has an offer in the round (as lib/p2p/hosts/queries.ts lists them). */
const hostingWhere = (roundId: string): Prisma.P2PHostOfferWhereInput => ({ roundId, hub: { status: "published" } });

/**
 * The hub they would visit, with its places left in the round (placesLeft null: it is not
 * hosting in the round). Read after locking the offer's row when places matter (./sending.ts).
 */
export async function hostHubFact(client: Client, actorId: string, roundId: string, hubId: string): Promise<HostHub | null> {
  const hub = await client.hub.findUnique({ where: { id: hubId }, select: { id: true, countryCode: true, owners: { where: { userId: actorId }, select: { userId: true } } } });
  if (!hub) return null;
  const offer = await client.p2PHostOffer.findFirst({ where: { ...hostingWhere(roundId), hubId }, select: { places: true, placesTaken: true } });
  return { id: hub.id, countryCode: hub.countryCode, ownedByApplicant: hub.owners.length > 0, placesLeft: offer ? offer.places - offer.placesTaken : null };
}

/** A host of the round as the rules see it for this person, from what hostsOfRound lists. */
export const hostFact = (host: HostOfRound, ownHubIds: ReadonlySet<string>) => ({
  id: host.id,
  name: host.name,
  city: host.city,
  countryCode: host.countryCode,
  ownedByApplicant: ownHubIds.has(host.id),
  placesLeft: host.places - host.placesTaken,
});

/** Whether the person holds a live application in the round, other than `exceptId` (the one being submitted). */
export async function hasLiveApplication(client: Client, actorId: string, roundId: string, exceptId?: string): Promise<boolean> {
  const found = await client.p2PApplication.findFirst({
    where: { roundId, applicantId: actorId, status: { in: [...LIVE_APPLICATION_STATUSES] }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  return found !== null;
}

/** Locks a host's offer in a round for the rest of the transaction: places are decided one at a time. */
export async function lockHostOffer(tx: Prisma.TransactionClient, roundId: string, hubId: string) {
  await tx.$queryRaw`SELECT 1 FROM "P2PHostOffer" WHERE "roundId" = ${roundId} AND "hubId" = ${hubId} FOR UPDATE`;
}

/** The owners of a hub, to write to about a request: each in their own language. */
export function hubOwners(client: Client, hubId: string) {
  return client.user.findMany({ where: { hubs: { some: { hubId } } }, select: { name: true, email: true, locale: true }, orderBy: { id: "asc" } });
}

/**
 * Everything firstRefusal needs besides the stay itself, for one choice of hubs. `exceptId`: the
 * application being submitted or sent to another host, which does not count against itself.
 */
export async function eligibilityFacts(
  client: Client,
  actorId: string,
  choice: { roundId: string; visitingHubId: string; hostHubId: string; exceptId?: string },
  now: Date,
): Promise<Omit<EligibilityInput, "startsOn" | "endsOn" | "people">> {
  const visiting = await visitingHubFact(client, actorId, choice.visitingHubId);
  const host = await hostHubFact(client, actorId, choice.roundId, choice.hostHubId);
  const live = await hasLiveApplication(client, actorId, choice.roundId, choice.exceptId);
  return { now, nextOpensOn: await nextRoundOpensOn(now), hasLiveApplication: live, visiting, host };
}
