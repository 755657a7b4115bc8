// A host hub's owners answer P2P requests: accept with a note (taking one of the host's
// places, never more than it offered, even when two accepts arrive at once) or decline with a
// reason; unanswered requests lapse by a job, once, however many runs sweep at the same time.
// Every answer is audited and emailed. Nobody but the host hub's owners can read or answer a
// request, and a refused answer changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { JOBS } from "@/lib/jobs/registry";
import { acceptHostRequest, declineHostRequest } from "@/lib/p2p/agreement/commands";
import { lapseHostRequests } from "@/lib/p2p/agreement/lapse";
import { countWaitingHostRequests, hostRequestFor, hostRequestsFor } from "@/lib/p2p/agreement/queries";
import { isPlacesCheckViolation } from "@/lib/p2p/hosts/rules";
import { countEmailsTo, createUser, latestEmailTo } from "./helpers";
import { createHost, createMemberHub, createOpenRound, dayFrom } from "./p2p-fixtures";

type Round = Awaited<ReturnType<typeof createOpenRound>>;
type Host = Awaited<ReturnType<typeof createHost>>;

const DAY = 86_400_000;
const ACCESSIBILITY_NEEDS = "Step-free access to the studio, please";

/** Refused with a UserError carrying this message key and, when given, some of its values. */
async function expectRefusal(promise: Promise<unknown>, key: string, values?: Record<string, unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).text).toMatchObject({ key, ...(values ? { values } : {}) });
}

/**
 * An application submitted to `host` by the owner of a Dutch member hub, written straight into
 * the database as submitting will write it (the rates copied), with its pending host request.
 */
async function submitted(round: Round, host: Host, opts: { dueAt?: Date; locale?: string; people?: number } = {}) {
  const applicant = await createUser(opts.locale ? { locale: opts.locale } : {});
  const { hub } = await createMemberHub({ ownerId: applicant.id, countryCode: "NL" });
  const people = opts.people ?? 1;
  const application = await db.p2PApplication.create({
    data: {
      roundId: round.id, applicantId: applicant.id, visitingHubId: hub.id, hostHubId: host.hub.id, status: "submitted", role: "Programme lead",
      startsOn: dayFrom(40), endsOn: dayFrom(44), people,
      ...(people > 1 ? { partnerName: "Ana Costa", partnerRole: "Producer", partnerEmail: `partner-${applicant.id}@test.invalid` } : {}),
      aim: "both", plan: ["Meet the team", "Shadow the residency", "Workshop", "Open studio", "Closing talk"],
      visitorGains: "How a residency is run.", hostGains: "A maker-space model.", sharing: "A talk at the host's closing event.", travelMode: "train",
      accessibilityNeeds: ACCESSIBILITY_NEEDS,
      travelRateCents: round.travelRateCents!, dailyRateCents: round.dailyRateCents!, maxGrantCents: round.maxGrantCents!, hostGrantCents: round.hostGrantCents!,
      grantCents: 117_500, submittedAt: new Date(),
    },
  });
  const request = await db.p2PHostRequest.create({
    data: { applicationId: application.id, hostHubId: host.hub.id, dueAt: opts.dueAt ?? new Date(Date.now() + 14 * DAY) },
  });
  return { applicant, hub, application, request };
}

/** Everything an answer could change: the request, its application, the host's offer, their audit rows and emails. */
async function snapshot(s: Awaited<ReturnType<typeof submitted>>, host: Host) {
  return {
    request: await db.p2PHostRequest.findUniqueOrThrow({ where: { id: s.request.id } }),
    application: await db.p2PApplication.findUniqueOrThrow({ where: { id: s.application.id } }),
    offer: await db.p2PHostOffer.findUniqueOrThrow({ where: { id: host.offer.id } }),
    audit: await db.auditEvent.count({ where: { targetType: "p2p-application", targetId: s.application.id } }),
    emails: await db.outboxEmail.count({ where: { to: { in: [s.applicant.email, host.owner.email] } } }),
  };
}

const placesTaken = async (host: Host) => (await db.p2PHostOffer.findUniqueOrThrow({ where: { id: host.offer.id } })).placesTaken;
const auditOf = (applicationId: string) => db.auditEvent.findMany({ where: { targetType: "p2p-application", targetId: applicationId }, orderBy: { createdAt: "asc" } });

let round: Round;

beforeAll(async () => {
  round = await createOpenRound();
});

describe("the host accepts", () => {
  it("with a note: the application is agreed, a place is taken, the answer is audited and the applicant and the owner are emailed", async () => {
    const host = await createHost(round.id, { places: 2 });
    const s = await submitted(round, host);
    await acceptHostRequest(host.owner.actor, s.request.id, { note: "  The second week of June suits us; you get a desk and our open evening.  " });

    expect(await db.p2PHostRequest.findUniqueOrThrow({ where: { id: s.request.id } })).toMatchObject({
      status: "accepted", message: "The second week of June suits us; you get a desk and our open evening.", answeredById: host.owner.id, answeredAt: expect.any(Date),
    });
    expect((await db.p2PApplication.findUniqueOrThrow({ where: { id: s.application.id } })).status).toBe("host_accepted");
    expect(await placesTaken(host)).toBe(1);
    const audit = await auditOf(s.application.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "p2p.application.host-accepted", actorId: host.owner.id,
      data: expect.objectContaining({ from: "submitted", to: "host_accepted", hostRequestId: s.request.id, hostHubId: host.hub.id }),
    });

    const toApplicant = await latestEmailTo(s.applicant.email);
    expect(toApplicant?.subject).toBe(`${host.hub.name} will host your P2P exchange`);
    expect(toApplicant?.text).toContain("The second week of June suits us");
    expect(toApplicant?.text).toContain(`/account/p2p/applications/${s.application.id}`);
    const toOwner = await latestEmailTo(host.owner.email);
    expect(toOwner?.subject).toBe(`You accepted ${s.applicant.name}'s request`);
    expect(toOwner?.text).toContain(`/account/p2p/requests/${s.request.id}`);
  });

  it("without a note, by a co-owner of the host hub", async () => {
    const host = await createHost(round.id);
    const coOwner = await createUser();
    await db.hubOwner.create({ data: { hubId: host.hub.id, userId: coOwner.id } });
    const s = await submitted(round, host);
    await acceptHostRequest(coOwner.actor, s.request.id, { note: "   " });
    expect(await db.p2PHostRequest.findUniqueOrThrow({ where: { id: s.request.id } })).toMatchObject({ status: "accepted", message: null, answeredById: coOwner.id });
    expect((await latestEmailTo(s.applicant.email))?.text).not.toContain("The host's note");
    expect(await countEmailsTo(coOwner.email)).toBe(1);
    expect(await countEmailsTo(host.owner.email)).toBe(0);
  });

  it("refuses when the host has no places left, changing nothing", async () => {
    const host = await createHost(round.id, { places: 1 });
    await db.p2PHostOffer.update({ where: { id: host.offer.id }, data: { placesTaken: 1 } });
    const s = await submitted(round, host);
    const before = await snapshot(s, host);
    await expectRefusal(acceptHostRequest(host.owner.actor, s.request.id, { note: "Welcome" }), "p2pHostRequests.errors.noPlacesLeft");
    expect(await snapshot(s, host)).toEqual(before);
  });

  it("writes to the applicant in their account's language", async () => {
    const host = await createHost(round.id);
    const s = await submitted(round, host, { locale: "de" });
    await acceptHostRequest(host.owner.actor, s.request.id, { note: null });
    const email = await latestEmailTo(s.applicant.email);
    expect(email?.text).toMatch(/^Hallo /);
    expect(email?.text).toContain(`/de/account/p2p/applications/${s.application.id}`);
  });
});

describe("a host's places under accepts at the same moment", () => {
  it("with one place and two requests accepted at once, exactly one is accepted and the other refused", async () => {
    const host = await createHost(round.id, { places: 1 });
    const coOwner = await createUser();
    await db.hubOwner.create({ data: { hubId: host.hub.id, userId: coOwner.id } });
    const [a, b] = await Promise.all([submitted(round, host), submitted(round, host)]);

    const outcomes = await Promise.allSettled([
      acceptHostRequest(host.owner.actor, a.request.id, { note: "Yes" }),
      acceptHostRequest(coOwner.actor, b.request.id, { note: "Yes" }),
    ]);

    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === "rejected");
    expect(refused?.reason).toBeInstanceOf(UserError);
    expect((refused?.reason as UserError).text.key).toBe("p2pHostRequests.errors.noPlacesLeft");
    expect(await placesTaken(host)).toBe(1);
    const statuses = await db.p2PHostRequest.findMany({ where: { id: { in: [a.request.id, b.request.id] } }, select: { status: true } });
    expect(statuses.map((r) => r.status).sort()).toEqual(["accepted", "pending"]);
    const applications = await db.p2PApplication.findMany({ where: { id: { in: [a.application.id, b.application.id] } }, select: { status: true } });
    expect(applications.map((r) => r.status).sort()).toEqual(["host_accepted", "submitted"]);
  });

  it("the database itself refuses a place beyond the host's number, and that refusal reads as “no places left”", async () => {
    const host = await createHost(round.id, { places: 1 });
    const error = await db.p2PHostOffer.update({ where: { id: host.offer.id }, data: { placesTaken: 2 } }).then(() => null, (e: unknown) => e);
    expect(error).not.toBeNull();
    expect(isPlacesCheckViolation(error)).toBe(true);
    expect(isPlacesCheckViolation(new Error("something else"))).toBe(false);
    expect(await placesTaken(host)).toBe(0);
  });
});

describe("the host declines", () => {
  it("with a reason: no place is taken, and the applicant may ask another host until the window closes", async () => {
    const host = await createHost(round.id);
    const s = await submitted(round, host);
    await declineHostRequest(host.owner.actor, s.request.id, { reason: "We are closed for renovation in June." });

    expect(await db.p2PHostRequest.findUniqueOrThrow({ where: { id: s.request.id } })).toMatchObject({ status: "declined", message: "We are closed for renovation in June.", answeredById: host.owner.id });
    expect((await db.p2PApplication.findUniqueOrThrow({ where: { id: s.application.id } })).status).toBe("host_declined");
    expect(await placesTaken(host)).toBe(0);
    expect((await auditOf(s.application.id))[0]).toMatchObject({ action: "p2p.application.host-declined", actorId: host.owner.id, data: expect.objectContaining({ message: "We are closed for renovation in June." }) });

    const email = await latestEmailTo(s.applicant.email);
    expect(email?.subject).toBe(`${host.hub.name} cannot host your P2P exchange`);
    expect(email?.text).toContain("We are closed for renovation in June.");
    expect(email?.text).toContain("You can ask another host with the same application until");
    expect(email?.text).toContain(`/account/p2p/applications/${s.application.id}`);
    expect((await latestEmailTo(host.owner.email))?.subject).toBe(`You declined ${s.applicant.name}'s request`);
  });

  it("after the window has closed, the applicant is told no other host can be asked", async () => {
    const closed = await createOpenRound({ opensOn: dayFrom(-30), closesOn: dayFrom(-2) });
    const host = await createHost(closed.id);
    const s = await submitted(closed, host);
    await declineHostRequest(host.owner.actor, s.request.id, { reason: "No space." });
    const email = await latestEmailTo(s.applicant.email);
    expect(email?.text).toContain("no other host can be asked in this round");
    expect(email?.text).not.toContain("You can ask another host");
  });

  it("refuses without a reason, beside the field, changing nothing", async () => {
    const host = await createHost(round.id);
    const s = await submitted(round, host);
    const before = await snapshot(s, host);
    const error = await declineHostRequest(host.owner.actor, s.request.id, { reason: "  " }).catch((e: unknown) => e);
    expect(error).toMatchObject({ field: "reason", text: { key: "p2pHostRequests.errors.reasonMissing" } });
    expect(await snapshot(s, host)).toEqual(before);
  });
});

describe("requests nobody answers lapse", () => {
  // Requests due a thousand days ago, swept "then": other tests' requests (due now or later) are never touched.
  const then = new Date(Date.now() - 1000 * DAY);
  const oldRound = () => createOpenRound({ opensOn: dayFrom(-1010), closesOn: dayFrom(-990) });

  it("once past their deadline: the application is marked, the lapse audited as the site's, and the applicant told they may ask another host", async () => {
    const r = await oldRound();
    const host = await createHost(r.id);
    const due = await submitted(r, host, { dueAt: new Date(then.getTime() - 60_000) });
    const notYet = await submitted(r, host, { dueAt: new Date(then.getTime() + 60_000) });

    expect(await lapseHostRequests(then)).toBeGreaterThanOrEqual(1);

    expect((await db.p2PHostRequest.findUniqueOrThrow({ where: { id: due.request.id } })).status).toBe("lapsed");
    expect((await db.p2PApplication.findUniqueOrThrow({ where: { id: due.application.id } })).status).toBe("host_lapsed");
    expect(await auditOf(due.application.id)).toEqual([
      expect.objectContaining({ action: "p2p.application.host-lapsed", actorId: null, data: expect.objectContaining({ from: "submitted", to: "host_lapsed", hostRequestId: due.request.id }) }),
    ]);
    const email = await latestEmailTo(due.applicant.email);
    expect(email?.subject).toBe(`${host.hub.name} did not answer in time`);
    expect(email?.text).toContain("You can ask another host with the same application until");
    expect(email?.text).toContain(`/account/p2p/applications/${due.application.id}`);

    expect((await db.p2PHostRequest.findUniqueOrThrow({ where: { id: notYet.request.id } })).status).toBe("pending");
    expect(await countEmailsTo(notYet.applicant.email)).toBe(0);
    expect(await placesTaken(host)).toBe(0);
  });

  it("once each, when two runs sweep at the same moment, and not again on the next run", async () => {
    const r = await oldRound();
    const host = await createHost(r.id);
    const requests = await Promise.all([1, 2, 3].map(() => submitted(r, host, { dueAt: new Date(then.getTime() - 60_000) })));

    await Promise.all([lapseHostRequests(then), lapseHostRequests(then)]);
    await lapseHostRequests(then);

    for (const s of requests) {
      expect((await db.p2PHostRequest.findUniqueOrThrow({ where: { id: s.request.id } })).status).toBe("lapsed");
      expect(await auditOf(s.application.id)).toHaveLength(1);
      expect(await countEmailsTo(s.applicant.email)).toBe(1);
    }
  });

  it("is a job every five minutes", () => {
    expect(JOBS["p2p-host-request-lapse"].every).toBe(5 * 60_000);
  });
});

describe("what a host owner reads", () => {
  it("lists the requests for their hubs only, the pending ones first, and never another hub's", async () => {
    const owner = await createUser();
    const hostA = await createHost(round.id);
    await db.hubOwner.create({ data: { hubId: hostA.hub.id, userId: owner.id } });
    const other = await createHost(round.id);
    const answered = await submitted(round, hostA);
    await declineHostRequest(owner.actor, answered.request.id, { reason: "Full." });
    const pending = await submitted(round, hostA);
    const elsewhere = await submitted(round, other);

    const list = await hostRequestsFor(owner.actor, { page: 1 });
    expect(list.pending.map((r) => r.id)).toEqual([pending.request.id]);
    expect(list.answered.map((r) => r.id)).toEqual([answered.request.id]);
    expect(list.answeredTotal).toBe(1);
    expect(JSON.stringify(list)).not.toContain(elsewhere.request.id);
    expect(list.pending[0]).toMatchObject({ status: "pending", application: { applicant: { name: pending.applicant.name }, visitingHub: { name: pending.hub.name } } });

    expect((await hostRequestsFor(owner.actor, { page: 2 })).pending).toEqual([]);
    await expect(hostRequestsFor(null, { page: 1 })).rejects.toBeInstanceOf(NotFoundError);
    // What /account/p2p says waits for them: the pending one, not the answered one nor another hub's.
    expect(await countWaitingHostRequests(owner.actor)).toBe(1);
    expect(await countWaitingHostRequests(elsewhere.applicant.actor)).toBe(0);
    expect(await countWaitingHostRequests(null)).toBe(0);
  });

  it("shows one request with what deciding needs, and never an email address or the accessibility needs", async () => {
    const host = await createHost(round.id);
    const s = await submitted(round, host, { people: 2 });
    const request = await hostRequestFor(host.owner.actor, s.request.id);
    expect(request).toMatchObject({
      status: "pending",
      dueAt: s.request.dueAt,
      hostHub: { name: host.hub.name },
      application: { people: 2, applicant: { name: s.applicant.name }, visitingHub: { name: s.hub.name, countryCode: "NL" }, round: { name: round.name } },
      details: {
        role: "Programme lead", partnerName: "Ana Costa", partnerRole: "Producer", aim: "both", travelMode: "train",
        plan: ["Meet the team", "Shadow the residency", "Workshop", "Open studio", "Closing talk"], hostGrantCents: 50_000,
      },
    });
    const read = JSON.stringify(request);
    expect(read).not.toContain(s.applicant.email);
    expect(read).not.toContain("partner-");
    expect(read).not.toContain(ACCESSIBILITY_NEEDS);
    expect(read).not.toContain("accessibility");
    expect(read).not.toContain("grantCents\":117500");
  });
  it("keeps showing the whole application to a host that accepted", async () => {
    const host = await createHost(round.id);
    const s = await submitted(round, host);
    await acceptHostRequest(host.owner.actor, s.request.id, { note: "Welcome" });
    expect(await hostRequestFor(host.owner.actor, s.request.id)).toMatchObject({ status: "accepted", details: { plan: expect.arrayContaining(["Workshop"]), hostGains: "A maker-space model." } });
  });

  it("shows a host that declined only the summary, and nothing the applicant writes afterwards for another host", async () => {
    const host = await createHost(round.id);
    const s = await submitted(round, host, { people: 2 });
    await declineHostRequest(host.owner.actor, s.request.id, { reason: "Full in June." });
    // The applicant rewrites the application for the next host.
    await db.p2PApplication.update({
      where: { id: s.application.id },
      data: { plan: ["A new plan for Berlin"], visitorGains: "Something new to learn", hostGains: "A new gain for the host", sharing: "A new way to share", partnerName: "Bea Brandt" },
    });
    const request = await hostRequestFor(host.owner.actor, s.request.id);
    expect(request).toMatchObject({
      status: "declined",
      message: "Full in June.",
      details: null,
      application: { applicant: { name: s.applicant.name }, visitingHub: { name: s.hub.name }, startsOn: s.application.startsOn, endsOn: s.application.endsOn },
    });
    const read = JSON.stringify(request);
    for (const hidden of ["A new plan", "Something new", "A new gain", "A new way", "Bea Brandt", "Ana Costa", "Meet the team", "Programme lead", "plan", "hostGains"]) expect(read).not.toContain(hidden);
  });

  it("shows a lapsed or cancelled request as a summary too", async () => {
    const host = await createHost(round.id);
    for (const status of ["lapsed", "cancelled"] as const) {
      const s = await submitted(round, host);
      await db.p2PHostRequest.update({ where: { id: s.request.id }, data: { status } });
      expect(await hostRequestFor(host.owner.actor, s.request.id)).toMatchObject({ status, details: null });
    }
  });
});

describe("refused", () => {
  it("a visitor, a member without a host hub, staff, the applicant and another host's owner can neither read nor answer the request, and nothing changes", async () => {
    const host = await createHost(round.id);
    const otherHost = await createHost(round.id);
    const [member, staff] = await Promise.all([createUser(), createUser({ role: "staff" })]);
    const s = await submitted(round, host);
    const before = await snapshot(s, host);

    for (const actor of [null, member.actor, staff.actor, s.applicant.actor, otherHost.owner.actor]) {
      expect(await hostRequestFor(actor, s.request.id)).toBeNull();
      await expect(acceptHostRequest(actor, s.request.id, { note: "Yes" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(declineHostRequest(actor, s.request.id, { reason: "No" })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect((await hostRequestsFor(otherHost.owner.actor, { page: 1 })).pending.map((r) => r.id)).not.toContain(s.request.id);
    expect(await snapshot(s, host)).toEqual(before);
    expect(await placesTaken(otherHost)).toBe(0);
  });

  it("an answer after the deadline (before the job has run) is refused, and nothing changes", async () => {
    const host = await createHost(round.id);
    const s = await submitted(round, host, { dueAt: new Date(Date.now() + 60_000) });
    const before = await snapshot(s, host);
    const later = { now: new Date(Date.now() + 120_000) };
    await expectRefusal(acceptHostRequest(host.owner.actor, s.request.id, { note: "Yes" }, later), "p2pHostRequests.errors.pastDue");
    await expectRefusal(declineHostRequest(host.owner.actor, s.request.id, { reason: "No" }, later), "p2pHostRequests.errors.pastDue");
    expect(await snapshot(s, host)).toEqual(before);
  });

  it("a second answer is refused, whichever it is, and the first stands", async () => {
    const host = await createHost(round.id);
    const coOwner = await createUser();
    await db.hubOwner.create({ data: { hubId: host.hub.id, userId: coOwner.id } });
    const s = await submitted(round, host);
    await acceptHostRequest(host.owner.actor, s.request.id, { note: "Welcome" });
    const before = await snapshot(s, host);
    await expectRefusal(acceptHostRequest(host.owner.actor, s.request.id, { note: "Again" }), "p2pHostRequests.errors.answered", { status: "accepted" });
    await expectRefusal(declineHostRequest(coOwner.actor, s.request.id, { reason: "Changed our mind" }), "p2pHostRequests.errors.answered", { status: "accepted" });
    expect(await snapshot(s, host)).toEqual(before);
    expect(await placesTaken(host)).toBe(1);
  });
});
