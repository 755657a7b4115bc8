// Owners open their published hubs to hosting in a P2P round, change what they offer and stop:
// the places never go below the exchanges agreed to (the command says why, the database's CHECK
// backs it), a host with an open request cannot stop, and a visitor, another hub's owner, an
// archived hub, a draft or closed round are refused with nothing changed.
// Rounds sit in a year of their own and every command is given its `now`, so the rounds other
// test files open today never mix with these.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { openHosting, stopHosting, updateHosting } from "@/lib/p2p/hosts/commands";
import { hostsOfRound, listOwnHosting } from "@/lib/p2p/hosts/queries";
import type { HostingInput } from "@/lib/p2p/hosts/schema";
import { createUser } from "./helpers";
import { createMemberHub, createOpenRound } from "./p2p-fixtures";

const DAY = 86_400_000;

/**
 * The tests' today, noon on 15 March of `year`; `day(n)`, the date-only value n days from it;
 * `roundAtNow`, a published round open then (from 10 days before to 20 after) unless `over`
 * says otherwise.
 */
function clock(year: number) {
  const day = (offset: number) => new Date(Date.UTC(year, 2, 15) + offset * DAY);
  const roundAtNow = (over: Partial<Prisma.P2PRoundCreateInput> = {}) =>
    createOpenRound({ opensOn: day(-10), closesOn: day(20), exchangesFrom: day(30), exchangesUntil: day(120), ...over });
  return { NOW: new Date(Date.UTC(year, 2, 15, 12)), day, roundAtNow };
}

const { NOW, day, roundAtNow } = clock(2183);

const offerInput = (hubId: string, roundId: string, over: Partial<HostingInput> = {}): HostingInput => ({
  hubId,
  roundId,
  offer: "A desk in our studio, our makers' evenings and introductions to the city's hubs.",
  availability: "June and July, weekdays",
  languages: ["en", "pt"],
  places: 3,
  ...over,
});

/** A refusal as lib/ gives it: the catalogue key (and values), beside `field` when given. */
const refusal = (key: string, values?: Record<string, unknown>, field?: string) =>
  expect.objectContaining({ text: values ? { key, values: expect.objectContaining(values) } : { key }, ...(field && { field }) });

/** Everything the hosting commands could change, to compare before and after a refusal. */
async function hostingState(hubId: string, roundId: string) {
  const [offer, hub, audits] = await Promise.all([
    db.p2PHostOffer.findUnique({ where: { roundId_hubId: { roundId, hubId } }, select: { offer: true, availability: true, languages: true, places: true, placesTaken: true, updatedAt: true } }),
    db.hub.findUniqueOrThrow({ where: { id: hubId }, select: { openToExchanges: true, updatedAt: true } }),
    db.auditEvent.count({ where: { targetType: "p2p-host-offer", action: { startsWith: "p2p.host." }, data: { path: ["hubId"], equals: hubId } } }),
  ]);
  return { offer, hub, audits };
}

/** A hub (NL) whose owner applied to visit `hostHubId` in the round, with a host request in `status`. */
async function requestTo(roundId: string, hostHubId: string, status: "pending" | "accepted" | "declined" | "lapsed" | "cancelled") {
  const { hub, owner } = await createMemberHub({ countryCode: "NL" });
  const application = await db.p2PApplication.create({
    data: {
      roundId, applicantId: owner!.id, visitingHubId: hub.id, hostHubId, role: "Director",
      status: status === "pending" ? "submitted" : status === "accepted" ? "host_accepted" : status === "declined" ? "host_declined" : status === "lapsed" ? "host_lapsed" : "withdrawn",
      startsOn: day(40), endsOn: day(44), travelRateCents: 35_000, dailyRateCents: 16_500, maxGrantCents: 117_500, hostGrantCents: 50_000, grantCents: 117_500,
    },
  });
  return db.p2PHostRequest.create({ data: { applicationId: application.id, hostHubId, status, dueAt: day(14) } });
}

describe("opening a hub to hosting", () => {
  it("lists the hub in the round, marks it open to exchanges on the map and records who did it", async () => {
    const round = await roundAtNow();
    const { hub, owner } = await createMemberHub({ countryCode: "PT" });
    expect(hub.openToExchanges).toBe(false);

    const opened = await openHosting(owner!.actor, offerInput(hub.id, round.id), { now: NOW });
    expect(opened.flagChanged).toBe(true);

    const offer = await db.p2PHostOffer.findUniqueOrThrow({ where: { id: opened.offerId } });
    expect(offer).toMatchObject({ roundId: round.id, hubId: hub.id, availability: "June and July, weekdays", languages: ["en", "pt"], places: 3, placesTaken: 0 });
    expect((await db.hub.findUniqueOrThrow({ where: { id: hub.id } })).openToExchanges).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetType: "p2p-host-offer", targetId: offer.id } });
    expect(audit).toMatchObject({ actorId: owner!.id, action: "p2p.host.opened", data: { hubId: hub.id, roundId: round.id, places: 3 } });

    expect(await hostsOfRound(round.id)).toEqual([
      expect.objectContaining({ id: hub.id, slug: hub.slug, name: hub.name, city: hub.city, countryCode: "PT", places: 3, placesTaken: 0, languages: ["en", "pt"], availability: "June and July, weekdays" }),
    ]);

    // In a second round the flag is already on: nothing on the map changes.
    const next = await roundAtNow({ opensOn: day(40), closesOn: day(60) });
    expect((await openHosting(owner!.actor, offerInput(hub.id, next.id), { now: NOW })).flagChanged).toBe(false);
  });

  it("lets a co-owner open it, before the round's window opens too", async () => {
    const round = await roundAtNow({ opensOn: day(5), closesOn: day(30) });
    const { hub } = await createMemberHub({ countryCode: "ES" });
    const coOwner = await createUser();
    await db.hubOwner.create({ data: { hubId: hub.id, userId: coOwner.id } });
    await openHosting(coOwner.actor, offerInput(hub.id, round.id), { now: NOW });
    expect(await db.p2PHostOffer.count({ where: { hubId: hub.id, roundId: round.id } })).toBe(1);
  });

  it("opens a hub once per round: a second opening says it already hosts", async () => {
    const round = await roundAtNow();
    const { hub, owner } = await createMemberHub({ countryCode: "PT" });
    await openHosting(owner!.actor, offerInput(hub.id, round.id), { now: NOW });
    const before = await hostingState(hub.id, round.id);
    await expect(openHosting(owner!.actor, offerInput(hub.id, round.id, { places: 5 }), { now: NOW })).rejects.toEqual(refusal("p2pHosting.errors.alreadyHosting"));
    expect(await hostingState(hub.id, round.id)).toEqual(before);
  });
});

describe("changing what a host offers", () => {
  it("saves the new offer and records it", async () => {
    const round = await roundAtNow();
    const { hub, owner } = await createMemberHub({ countryCode: "PT" });
    const { offerId } = await openHosting(owner!.actor, offerInput(hub.id, round.id), { now: NOW });
    await updateHosting(owner!.actor, offerInput(hub.id, round.id, { offer: "Two desks.", availability: "September", languages: ["de"], places: 5 }), { now: NOW });
    expect(await db.p2PHostOffer.findUniqueOrThrow({ where: { id: offerId } })).toMatchObject({ offer: "Two desks.", availability: "September", languages: ["de"], places: 5 });
    expect(await db.auditEvent.findFirstOrThrow({ where: { targetId: offerId, action: "p2p.host.updated" } })).toMatchObject({ actorId: owner!.id, data: { places: 5, placesBefore: 3 } });
  });

  it("never takes the places below the exchanges agreed to: refused beside the field, and the database refuses it too", async () => {
    const round = await roundAtNow();
    const { hub, owner } = await createMemberHub({ countryCode: "PT" });
    const { offerId } = await openHosting(owner!.actor, offerInput(hub.id, round.id), { now: NOW });
    await db.p2PHostOffer.update({ where: { id: offerId }, data: { placesTaken: 2 } });
    const before = await hostingState(hub.id, round.id);

    await expect(updateHosting(owner!.actor, offerInput(hub.id, round.id, { places: 1 }), { now: NOW })).rejects.toEqual(refusal("p2pHosting.errors.placesBelowTaken", { taken: 2 }, "places"));
    expect(await hostingState(hub.id, round.id)).toEqual(before);
    await expect(db.p2PHostOffer.update({ where: { id: offerId }, data: { places: 1 } })).rejects.toThrow();

    // Down to the places taken is allowed: the host is then full.
    await updateHosting(owner!.actor, offerInput(hub.id, round.id, { places: 2 }), { now: NOW });
    expect((await hostsOfRound(round.id))[0]).toMatchObject({ places: 2, placesTaken: 2 });
  });
});

describe("stopping hosting", () => {
  it("takes the hub off the round's hosts; its flag on the map stays as the owners set it", async () => {
    const round = await roundAtNow();
    const { hub, owner } = await createMemberHub({ countryCode: "PT" });
    const { offerId } = await openHosting(owner!.actor, offerInput(hub.id, round.id), { now: NOW });
    // Requests that are over do not hold the host.
    await requestTo(round.id, hub.id, "declined");
    await requestTo(round.id, hub.id, "cancelled");
    await stopHosting(owner!.actor, { hubId: hub.id, roundId: round.id }, { now: NOW });
    expect(await db.p2PHostOffer.count({ where: { id: offerId } })).toBe(0);
    expect(await hostsOfRound(round.id)).toEqual([]);
    expect((await db.hub.findUniqueOrThrow({ where: { id: hub.id } })).openToExchanges).toBe(true);
    expect(await db.auditEvent.findFirstOrThrow({ where: { targetId: offerId, action: "p2p.host.closed" } })).toMatchObject({ actorId: owner!.id, data: { hubId: hub.id, roundId: round.id } });
  });

  it("is refused, with the reason, while a request waits for an answer or has been agreed to", async () => {
    for (const status of ["pending", "accepted"] as const) {
      const round = await roundAtNow();
      const { hub, owner } = await createMemberHub({ countryCode: "PT" });
      await openHosting(owner!.actor, offerInput(hub.id, round.id), { now: NOW });
      await requestTo(round.id, hub.id, status);
      // A request in another round is not this round's.
      const other = await roundAtNow();
      await requestTo(other.id, hub.id, "pending");
      const before = await hostingState(hub.id, round.id);
      await expect(stopHosting(owner!.actor, { hubId: hub.id, roundId: round.id }, { now: NOW })).rejects.toEqual(refusal("p2pHosting.errors.requestsOpen", { count: 1 }));
      expect(await hostingState(hub.id, round.id), status).toEqual(before);
    }
  });
});

describe("refused: nothing changes", () => {
  it("a visitor, another hub's owner, staff who do not own it: not found from every command", async () => {
    const round = await roundAtNow();
    const { hub, owner } = await createMemberHub({ countryCode: "PT" });
    const { hub: unopened } = await createMemberHub({ countryCode: "PT" });
    await openHosting(owner!.actor, offerInput(hub.id, round.id), { now: NOW });
    const stranger = await createUser();
    const staff = await createUser({ role: "staff" });
    const before = [await hostingState(hub.id, round.id), await hostingState(unopened.id, round.id)];
    for (const actor of [null, stranger.actor, staff.actor]) {
      await expect(openHosting(actor, offerInput(unopened.id, round.id), { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateHosting(actor, offerInput(hub.id, round.id, { places: 9 }), { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
      await expect(stopHosting(actor, { hubId: hub.id, roundId: round.id }, { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect([await hostingState(hub.id, round.id), await hostingState(unopened.id, round.id)]).toEqual(before);
    await expect(listOwnHosting(null, NOW)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("an archived hub, a draft round: not found; a closed round, one in review, or a hub whose country the round leaves out: the reason", async () => {
    const round = await roundAtNow();
    const { hub, owner } = await createMemberHub({ countryCode: "PT" });
    const archived = await createMemberHub({ countryCode: "PT", ownerId: owner!.id });
    await db.hub.update({ where: { id: archived.hub.id }, data: { status: "archived" } });
    const draft = await roundAtNow({ status: "draft", publishedAt: null });
    const closed = await roundAtNow({ opensOn: day(-40), closesOn: day(-1) });
    const reviewing = await roundAtNow({ status: "in_review" });
    const withoutPortugal = await roundAtNow({ countries: ["NL", "DE"] });
    const me = owner!.actor;
    const cases: [string, string, unknown][] = [
      [archived.hub.id, round.id, expect.any(NotFoundError)],
      [hub.id, draft.id, expect.any(NotFoundError)],
      [hub.id, reviewing.id, refusal("p2pHosting.errors.roundClosed")],
      [hub.id, closed.id, refusal("p2pHosting.errors.roundClosed")],
      [hub.id, withoutPortugal.id, refusal("p2pHosting.errors.countryNotInRound")],
    ];
    for (const [hubId, roundId, expected] of cases) {
      const before = await hostingState(hubId, roundId);
      await expect(openHosting(me, offerInput(hubId, roundId), { now: NOW }), `${hubId} ${roundId}`).rejects.toEqual(expected);
      expect(await hostingState(hubId, roundId)).toEqual(before);
    }

    // A hub already hosting when its round closes, or when it is archived, can no longer change.
    const { offerId } = await openHosting(me, offerInput(hub.id, round.id), { now: NOW });
    const later = new Date(day(21).getTime() + 12 * 3_600_000);
    const before = await hostingState(hub.id, round.id);
    await expect(updateHosting(me, offerInput(hub.id, round.id, { places: 6 }), { now: later })).rejects.toEqual(refusal("p2pHosting.errors.roundClosed"));
    await expect(stopHosting(me, { hubId: hub.id, roundId: round.id }, { now: later })).rejects.toEqual(refusal("p2pHosting.errors.roundClosed"));
    await db.hub.update({ where: { id: hub.id }, data: { status: "archived" } });
    await expect(stopHosting(me, { hubId: hub.id, roundId: round.id }, { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.p2PHostOffer.count({ where: { id: offerId } })).toBe(1);
    expect(await hostingState(hub.id, round.id)).toMatchObject({ offer: before.offer, audits: before.audits });
  });
});

describe("the owner's hosting page", () => {
  it("lists each hostable round with each of the person's published hubs, its offer, its open requests and why it may not host", async () => {
    // A year of its own: the other tests' rounds are all closed by then, and the page reads at most ten.
    const { NOW, day, roundAtNow } = clock(2184);
    const round = await roundAtNow({ countries: ["PT", "NL", "ES"] });
    const upcoming = await roundAtNow({ opensOn: day(30), closesOn: day(50) });
    await roundAtNow({ status: "draft", publishedAt: null });
    const closed = await roundAtNow({ opensOn: day(-40), closesOn: day(-1) });
    const me = await createUser();
    const { hub: lisbon } = await createMemberHub({ countryCode: "PT", ownerId: me.id });
    const { hub: berlin } = await createMemberHub({ countryCode: "DE", ownerId: me.id });
    const { hub: gone } = await createMemberHub({ countryCode: "PT", ownerId: me.id });
    await db.hub.update({ where: { id: gone.id }, data: { status: "archived" } });
    const { hub: notMine } = await createMemberHub({ countryCode: "PT" });
    await openHosting(me.actor, offerInput(lisbon.id, round.id), { now: NOW });
    await requestTo(round.id, lisbon.id, "pending");
    await requestTo(round.id, lisbon.id, "accepted");
    await requestTo(round.id, lisbon.id, "declined");

    const { hubs, rounds } = await listOwnHosting(me.actor, NOW);
    expect(hubs.map((h) => h.id).sort()).toEqual([lisbon.id, berlin.id].sort());
    const ids = rounds.map((r) => r.round.id);
    expect(ids).toEqual(expect.arrayContaining([round.id, upcoming.id]));
    expect(ids).not.toContain(closed.id);
    const inRound = rounds.find((r) => r.round.id === round.id)!.hubs;
    const ofHub = (id: string) => inRound.find((e) => e.hub.id === id)!;
    expect(inRound.map((e) => e.hub.id)).not.toContain(notMine.id);
    expect(ofHub(lisbon.id)).toMatchObject({ offer: expect.objectContaining({ places: 3, placesTaken: 0 }), openRequests: 2, refusal: null });
    expect(ofHub(berlin.id)).toMatchObject({ offer: null, openRequests: 0, refusal: { key: "p2pHosting.errors.countryNotInRound" } });
  });
});
