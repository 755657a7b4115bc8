import "server-only";
// The owners of a published hub open it to hosting in a round, change what they offer, or stop.
// Each command takes the acting user and finds the hub through its owners (not yours = not
// found, staff included: hosting is the owners' word), and a round anyone may see (a draft is
// not found). The offer's row is locked (FOR UPDATE) while it changes or goes: an accept
// counting a place locks that row and so waits, and so does sending an application, which
// takes the row FOR UPDATE too (lockHostOffer, lib/p2p/applications/facts.ts) and so cannot
// name a host that is stopping. The database's CHECK on placesTaken backs the places up.
import type { CurrentUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit";
import { db, type Prisma } from "@/lib/db";
import { isUniqueViolation, NotFoundError, UserError } from "@/lib/errors";
import { countOpenRequests } from "@/lib/p2p/hosts/queries";
import { changeRefusal, hostingRefusal, isPlacesCheckViolation, placesRefusal, stopRefusal } from "@/lib/p2p/hosts/rules";
import type { HostingInput, HostingTarget } from "@/lib/p2p/hosts/schema";
import { PUBLIC_ROUND_STATUSES } from "@/lib/p2p/rounds/rules";

type Tx = Prisma.TransactionClient;
type Actor = CurrentUser | null;
/** When the command runs (tests move it). */
type CommandContext = { now?: Date };

/**
 * The hub and the round, when the actor owns the published hub and the round is public (a
 * draft is not found); refused, with the reason, when the hub may not open to hosting
 * (`opening`) or its offer may not change now (a closed window, a round in review).
 */
async function hostingPair(tx: Tx, actor: Actor, { hubId, roundId }: HostingTarget, now: Date, { opening = false } = {}) {
  if (!actor) throw new NotFoundError();
  const [hub, round] = await Promise.all([
    tx.hub.findFirst({ where: { id: hubId, status: "published", owners: { some: { userId: actor.id } } }, select: { id: true, countryCode: true, openToExchanges: true } }),
    tx.p2PRound.findFirst({ where: { id: roundId, status: { in: [...PUBLIC_ROUND_STATUSES] } }, select: { id: true, status: true, opensOn: true, closesOn: true, timeZone: true, countries: true } }),
  ]);
  if (!hub || !round) throw new NotFoundError();
  const refusal = opening ? hostingRefusal(round, hub, now) : changeRefusal(round, now);
  if (refusal) throw UserError.of(refusal);
  return { actor, hub, round };
}

/** The hub's offer in the round, its row locked until the transaction ends; not found when it does not host. */
async function lockOffer(tx: Tx, { hubId, roundId }: HostingTarget) {
  const rows = await tx.$queryRaw<{ id: string; places: number; placesTaken: number }[]>`
    SELECT "id", "places", "placesTaken" FROM "P2PHostOffer" WHERE "roundId" = ${roundId} AND "hubId" = ${hubId} FOR UPDATE`;
  const offer = rows[0];
  if (!offer) throw new NotFoundError();
  return offer;
}

const offerData = (input: HostingInput) => ({ offer: input.offer, availability: input.availability, languages: input.languages, places: input.places });

/**
 * Opens the hub to hosting in the round, and marks it open to exchanges on the map (the
 * flag the map's filter reads). `flagChanged`: the map, the directory and the hub's page
 * show it differently now.
 */
export async function openHosting(actor: Actor, input: HostingInput, { now = new Date() }: CommandContext = {}): Promise<{ offerId: string; flagChanged: boolean }> {
  try {
    return await db.$transaction(async (tx) => {
      const { actor: me, hub, round } = await hostingPair(tx, actor, input, now, { opening: true });
      const created = await tx.p2PHostOffer.create({ data: { roundId: round.id, hubId: hub.id, ...offerData(input) }, select: { id: true } });
      if (!hub.openToExchanges) await tx.hub.update({ where: { id: hub.id }, data: { openToExchanges: true } });
      await recordAudit(tx, { actorId: me.id, action: "p2p.host.opened", targetType: "p2p-host-offer", targetId: created.id, data: { hubId: hub.id, roundId: round.id, places: input.places } });
      return { offerId: created.id, flagChanged: !hub.openToExchanges };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new UserError("p2pHosting.errors.alreadyHosting");
    throw e;
  }
}

/** Changes what the host offers. Its places never go below the exchanges it has agreed to. */
export async function updateHosting(actor: Actor, input: HostingInput, { now = new Date() }: CommandContext = {}): Promise<void> {
  try {
    await db.$transaction(async (tx) => {
      const { actor: me, hub, round } = await hostingPair(tx, actor, input, now);
      const offer = await lockOffer(tx, input);
      const refusal = placesRefusal(input.places, offer.placesTaken);
      if (refusal) throw UserError.of(refusal, "places");
      await tx.p2PHostOffer.update({ where: { id: offer.id }, data: offerData(input) });
      await recordAudit(tx, {
        actorId: me.id,
        action: "p2p.host.updated",
        targetType: "p2p-host-offer",
        targetId: offer.id,
        data: { hubId: hub.id, roundId: round.id, places: input.places, ...(offer.places !== input.places && { placesBefore: offer.places }) },
      });
    });
  } catch (e) {
    if (!(e instanceof UserError) && isPlacesCheckViolation(e)) throw new UserError("p2pHosting.errors.placesJustTaken", "places");
    throw e;
  }
}

/** Stops hosting in the round: only while no request for the hub in it is pending or accepted. The map's flag stays as the owners set it. */
export async function stopHosting(actor: Actor, target: HostingTarget, { now = new Date() }: CommandContext = {}): Promise<void> {
  await db.$transaction(async (tx) => {
    const { actor: me, hub, round } = await hostingPair(tx, actor, target, now);
    const offer = await lockOffer(tx, target);
    const refusal = stopRefusal(await countOpenRequests(tx, round.id, hub.id));
    if (refusal) throw UserError.of(refusal);
    await tx.p2PHostOffer.delete({ where: { id: offer.id } });
    await recordAudit(tx, { actorId: me.id, action: "p2p.host.closed", targetType: "p2p-host-offer", targetId: offer.id, data: { hubId: hub.id, roundId: round.id } });
  });
}
