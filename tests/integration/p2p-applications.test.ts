// A hub manager applies for a P2P exchange: starts a draft from the eligibility check (the
// round's rates copied onto it), fills it in, sends it to the host (every owner of the host hub
// emailed, in their language, never the accessibility needs), chooses another host after a
// decline, withdraws (a given place goes back). One live application per person per round holds
// under two starts and two sends at the same moment. Everyone else is refused, and nothing changes.
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, endOfDayIn, todayIn } from "@/lib/calendar";
import { db } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { acceptHostRequest, declineHostRequest } from "@/lib/p2p/agreement/commands";
import { chooseAnotherHost, startApplication, submitApplication, updateApplication, withdrawApplication } from "@/lib/p2p/applications/commands";
import { getOwnP2PApplication, listOwnP2PApplications } from "@/lib/p2p/applications/queries";
import type { StartApplicationInput, UpdateApplicationInput } from "@/lib/p2p/applications/schema";
import { timeline } from "@/lib/p2p/applications/timeline";
import { decideRound } from "@/lib/p2p/rounds/commands";
import { translatorIn } from "@/tests/support/intl";
import { createOpenRound, createHost, createMemberHub, dayFrom } from "./p2p-fixtures";
import { countEmailsTo, createUser, latestEmailTo, linkIn } from "./helpers";

type Round = Awaited<ReturnType<typeof createOpenRound>>;
type Host = Awaited<ReturnType<typeof createHost>>;

const DAY = 86_400_000;

/** Refused with `kind`, and, when given, the message's key. */
async function expectRefusal(promise: Promise<unknown>, kind: typeof UserError, key?: string) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(kind);
  if (key) expect((error as UserError).text.key).toBe(key);
  return error as UserError;
}

/** An open round, an applicant with a member hub in the Netherlands, and a host in Portugal with a German-speaking co-owner. */
async function setup(round?: Round) {
  round ??= await createOpenRound();
  const { hub, owner } = await createMemberHub({ countryCode: "NL" });
  const host = await createHost(round.id);
  const coOwner = await createUser({ locale: "de" });
  await db.hubOwner.create({ data: { hubId: host.hub.id, userId: coOwner.id } });
  return { round, hub, applicant: owner!, host, coOwner };
}

type Setup = Awaited<ReturnType<typeof setup>>;

const choices = (s: Setup, extra: Partial<StartApplicationInput> = {}): StartApplicationInput => ({
  roundId: s.round.id,
  visitingHubId: s.hub.id,
  role: "Founder",
  hostHubId: s.host.hub.id,
  startsOn: dayFrom(40),
  endsOn: dayFrom(44),
  people: 1,
  ...extra,
});

const answers = (extra: Partial<UpdateApplicationInput> = {}): UpdateApplicationInput => ({
  role: "Founder",
  startsOn: dayFrom(40),
  endsOn: dayFrom(44),
  people: 1,
  partnerName: null,
  partnerRole: null,
  partnerEmail: null,
  aim: "both",
  plan: ["Meet the team", "Workshop", "Studio visits", "Joint session", "Closing event"],
  visitorGains: "How a maker space runs its membership.",
  hostGains: "Our experience of running residencies.",
  sharing: "A public talk at the host's closing event, and a story on our site.",
  travelMode: "train",
  accessibilityNeeds: "Step-free access to the rooms, please",
  ...extra,
});

/** A draft with every answer given, ready to send. */
async function readyDraft(s: Setup) {
  const { id } = await startApplication(s.applicant.actor, choices(s));
  await updateApplication(s.applicant.actor, id, answers());
  return id;
}

/** The host's owner answers the pending request on the site (lib/p2p/agreement). */
async function hostAnswers(applicationId: string, answer: "accepted" | "declined", host: Host) {
  const request = await db.p2PHostRequest.findFirstOrThrow({ where: { applicationId, status: "pending" } });
  if (answer === "accepted") await acceptHostRequest(host.owner.actor, request.id, { note: "Any weekday suits us." });
  else await declineHostRequest(host.owner.actor, request.id, { reason: "We are closed in June." });
}

/** Everything a refused command could have changed. */
async function snapshot(userId: string, roundId: string) {
  const applications = await db.p2PApplication.findMany({ where: { roundId }, orderBy: { id: "asc" } });
  const ids = applications.map((a) => a.id);
  return {
    applications,
    requests: await db.p2PHostRequest.findMany({ where: { applicationId: { in: ids } }, orderBy: { id: "asc" } }),
    offers: await db.p2PHostOffer.findMany({ where: { roundId }, orderBy: { id: "asc" } }),
    audit: await db.auditEvent.count({ where: { OR: [{ actorId: userId }, { targetId: { in: ids } }] } }),
  };
}

let s: Setup;
beforeAll(async () => {
  s = await setup();
});

describe("startApplication", () => {
  it("and staff unpublishing the round at the same moment: either the round stays published with the application, or it is a draft with none", async () => {
    const mine = await setup();
    const staff = await createUser({ role: "staff" });
    const [started, unpublished] = await Promise.allSettled([startApplication(mine.applicant.actor, choices(mine)), decideRound(staff.actor, mine.round.id, "unpublish")]);
    const round = await db.p2PRound.findUniqueOrThrow({ where: { id: mine.round.id }, select: { status: true } });
    const applications = await db.p2PApplication.count({ where: { roundId: mine.round.id } });
    if (round.status === "draft") expect({ applications, started: started.status }).toEqual({ applications: 0, started: "rejected" });
    else expect({ status: round.status, applications, unpublished: unpublished.status }).toEqual({ status: "published", applications: 1, unpublished: "rejected" });
  });

  it("starts a draft with the round's rates copied and the grant computed on the server", async () => {
    const mine = await setup();
    const { id } = await startApplication(mine.applicant.actor, choices(mine));
    const row = await db.p2PApplication.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      status: "draft", applicantId: mine.applicant.id, visitingHubId: mine.hub.id, hostHubId: mine.host.hub.id, role: "Founder", people: 1,
      travelRateCents: 35_000, dailyRateCents: 16_500, maxGrantCents: 117_500, hostGrantCents: 50_000, grantCents: 117_500, submittedAt: null,
    });
    const audit = await db.auditEvent.findMany({ where: { targetType: "p2p-application", targetId: id } });
    expect(audit.map((a) => a.action)).toEqual(["p2p.application.started"]);
    expect(await db.p2PHostRequest.count({ where: { applicationId: id } })).toBe(0);
  });

  it("keeps the rates it was made under when the round's rates change, and recomputes the grant with them", async () => {
    const mine = await setup();
    const { id } = await startApplication(mine.applicant.actor, choices(mine, { startsOn: dayFrom(40), endsOn: dayFrom(42) }));
    expect((await db.p2PApplication.findUniqueOrThrow({ where: { id } })).grantCents).toBe(35_000 + 3 * 16_500);
    await db.p2PRound.update({ where: { id: mine.round.id }, data: { travelRateCents: 99_900, dailyRateCents: 99_900 } });
    await updateApplication(mine.applicant.actor, id, answers({ startsOn: dayFrom(40), endsOn: dayFrom(43), plan: ["a", "b", "c", "d", "e", "f"] }));
    const row = await db.p2PApplication.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ travelRateCents: 35_000, dailyRateCents: 16_500, grantCents: 35_000 + 4 * 16_500 });
    expect(row.plan).toEqual(["a", "b", "c", "d"]);
  });

  it("lets one of two starts at the same moment through; the other hears it already has one", async () => {
    const mine = await setup();
    const results = await Promise.allSettled([startApplication(mine.applicant.actor, choices(mine)), startApplication(mine.applicant.actor, choices(mine))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(UserError);
    expect(refused.reason.text.key).toBe("p2pApply.eligibility.alreadyApplied");
    expect(await db.p2PApplication.count({ where: { roundId: mine.round.id, applicantId: mine.applicant.id } })).toBe(1);
  });

  it("refuses a round without published rates", async () => {
    const round = await createOpenRound({ dailyRateCents: null });
    const mine = await setup(round);
    await expectRefusal(startApplication(mine.applicant.actor, choices(mine)), UserError, "p2pApply.errors.roundIncomplete");
    expect(await db.p2PApplication.count({ where: { roundId: round.id } })).toBe(0);
  });

  it("refuses after the window closed", async () => {
    const mine = await setup();
    const error = await expectRefusal(startApplication(mine.applicant.actor, choices(mine), { now: new Date(Date.now() + 25 * DAY) }), UserError);
    // Whether a next round is announced depends on what else the database holds.
    expect(["p2pApply.eligibility.windowClosed", "p2pApply.eligibility.windowClosedNext"]).toContain(error.text.key);
    expect(await db.p2PApplication.count({ where: { roundId: mine.round.id } })).toBe(0);
  });
});

describe("updateApplication", () => {
  it("saves a half-written draft, keeps the second person only when two travel, and checks new dates", async () => {
    const round = await createOpenRound({ peoplePerExchange: 2, maxGrantCents: 300_000 });
    const mine = await setup(round);
    const { id } = await startApplication(mine.applicant.actor, choices(mine));
    await updateApplication(mine.applicant.actor, id, answers({ people: 2, partnerName: "Ana", partnerRole: "Producer", partnerEmail: "ana@test.invalid", aim: null, plan: [] }));
    expect(await db.p2PApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({ people: 2, partnerName: "Ana", aim: null, grantCents: 2 * 35_000 + 5 * 2 * 16_500, plan: ["", "", "", "", ""] });
    await updateApplication(mine.applicant.actor, id, answers({ people: 1, partnerName: "Ana", partnerRole: "Producer", partnerEmail: "ana@test.invalid" }));
    expect(await db.p2PApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({ people: 1, partnerName: null, partnerRole: null, partnerEmail: null });
    const error = await expectRefusal(updateApplication(mine.applicant.actor, id, answers({ endsOn: dayFrom(46) })), UserError, "p2pApply.eligibility.stayTooLong");
    expect(error.field).toBe("startsOn");
    await expectRefusal(updateApplication(mine.applicant.actor, id, answers({ people: 3 })), UserError, "p2pApply.eligibility.peopleTooMany");
  });

  it("refuses a stay starting before today in the round's zone, beside the first day", async () => {
    const mine = await setup(await createOpenRound({ exchangesFrom: null }));
    const { id } = await startApplication(mine.applicant.actor, choices(mine));
    const error = await expectRefusal(updateApplication(mine.applicant.actor, id, answers({ startsOn: dayFrom(-2), endsOn: dayFrom(1) })), UserError, "p2pApply.eligibility.datesPast");
    expect(error.field).toBe("startsOn");
    expect(await db.p2PApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({ startsOn: dayFrom(40) });
  });
});

describe("submitApplication", () => {
  it("refuses an application with answers missing, beside the first one", async () => {
    const mine = await setup();
    const { id } = await startApplication(mine.applicant.actor, choices(mine));
    const error = await expectRefusal(submitApplication(mine.applicant.actor, id), UserError, "p2pApply.errors.neededToSend");
    expect(error.field).toBe("aim");
    expect(await db.p2PApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "draft", submittedAt: null });
  });

  it("sends it to the host: a request due in the round's days, every owner emailed in their language, and a receipt", async () => {
    const mine = await setup();
    const id = await readyDraft(mine);
    const before = Date.now();
    await submitApplication(mine.applicant.actor, id);
    const row = await db.p2PApplication.findUniqueOrThrow({ where: { id }, include: { hostRequests: true } });
    expect(row.status).toBe("submitted");
    expect(row.submittedAt).not.toBeNull();
    expect(row.hostRequests).toHaveLength(1);
    const [request] = row.hostRequests;
    expect(request).toMatchObject({ status: "pending", hostHubId: mine.host.hub.id });
    // The end of the day 14 days on, in the round's zone (Brussels): the day the emails name.
    expect(request!.dueAt).toEqual(endOfDayIn("Europe/Brussels", addDays(todayIn("Europe/Brussels", new Date(before)), 14)));

    const toOwner = await latestEmailTo(mine.host.owner.email);
    expect(toOwner?.subject).toBe(`A request to visit ${mine.host.hub.name}`);
    expect(linkIn(toOwner!.text).pathname).toBe(`/account/p2p/requests/${request!.id}`);
    expect(toOwner!.text).toContain(mine.hub.name);
    expect(toOwner!.text).not.toContain("Step-free");
    const de = await translatorIn("de");
    const toCoOwner = await latestEmailTo(mine.coOwner.email);
    expect(toCoOwner?.subject).toBe(de("p2pApply.emails.hostRequest.subject", { host: mine.host.hub.name }));
    expect(linkIn(toCoOwner!.text).pathname).toBe(`/de/account/p2p/requests/${request!.id}`);
    expect(toCoOwner!.text).not.toContain("Step-free");

    const receipt = await latestEmailTo(mine.applicant.email);
    expect(receipt?.subject).toBe(`Sent to ${mine.host.hub.name}: your P2P application`);
    expect(receipt!.text).toContain("What happens next");
    expect(linkIn(receipt!.text).pathname).toBe(`/account/p2p/applications/${id}`);
    const audit = await db.auditEvent.findMany({ where: { targetType: "p2p-application", targetId: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["p2p.application.started", "p2p.application.updated", "p2p.application.submitted"]);
  });

  it("sends once when sent twice at the same moment", async () => {
    const mine = await setup();
    const id = await readyDraft(mine);
    const results = await Promise.allSettled([submitApplication(mine.applicant.actor, id), submitApplication(mine.applicant.actor, id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason.text.key).toBe("p2pApply.workflow.cannot");
    expect(await db.p2PHostRequest.count({ where: { applicationId: id } })).toBe(1);
    expect(await countEmailsTo(mine.host.owner.email)).toBe(1);
    expect(await countEmailsTo(mine.applicant.email)).toBe(1);
  });

  it("runs the rules again at send: a host that filled its places in the meantime is refused", async () => {
    const mine = await setup();
    const id = await readyDraft(mine);
    await db.p2PHostOffer.update({ where: { id: mine.host.offer.id }, data: { placesTaken: mine.host.offer.places } });
    const error = await expectRefusal(submitApplication(mine.applicant.actor, id), UserError, "p2pApply.eligibility.hostFull");
    // The application form has no host field: the refusal goes above the form.
    expect(error.field).toBeUndefined();
    expect(await db.p2PApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "draft" });
    expect(await db.p2PHostRequest.count({ where: { applicationId: id } })).toBe(0);
  });

  it("refuses a draft whose first day has passed since it was saved, beside the first day", async () => {
    const mine = await setup(await createOpenRound({ exchangesFrom: null }));
    const id = await readyDraft(mine);
    await db.p2PApplication.update({ where: { id }, data: { startsOn: dayFrom(-2), endsOn: dayFrom(1), plan: ["a", "b", "c", "d"] } });
    const error = await expectRefusal(submitApplication(mine.applicant.actor, id), UserError, "p2pApply.eligibility.datesPast");
    expect(error.field).toBe("startsOn");
    expect(await db.p2PApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "draft" });
  });

  it("lets the applicant change the answers while the host decides, and not after", async () => {
    const mine = await setup();
    const id = await readyDraft(mine);
    await submitApplication(mine.applicant.actor, id);
    await updateApplication(mine.applicant.actor, id, answers({ sharing: "A talk and a zine." }));
    expect((await db.p2PApplication.findUniqueOrThrow({ where: { id } })).sharing).toBe("A talk and a zine.");
    // The dates and people the host is deciding on are fixed: refused beside the field, nothing saved.
    const moved = await expectRefusal(updateApplication(mine.applicant.actor, id, answers({ startsOn: dayFrom(41), endsOn: dayFrom(45), sharing: "Changed" })), UserError, "p2pApply.errors.fixedOnceSent");
    expect(moved.field).toBe("startsOn");
    const more = await expectRefusal(updateApplication(mine.applicant.actor, id, answers({ people: 2 })), UserError, "p2pApply.errors.fixedOnceSent");
    expect(more.field).toBe("people");
    expect(await db.p2PApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({ startsOn: dayFrom(40), endsOn: dayFrom(44), people: 1, sharing: "A talk and a zine." });
    await hostAnswers(id, "accepted", mine.host);
    await expectRefusal(updateApplication(mine.applicant.actor, id, answers()), UserError, "p2pApply.workflow.cannot");
  });
});

describe("the host's answer", () => {
  it("is refused once the round's applications are with the panel, or later, with nothing changed", async () => {
    const mine = await setup();
    const id = await readyDraft(mine);
    await submitApplication(mine.applicant.actor, id);
    const request = await db.p2PHostRequest.findFirstOrThrow({ where: { applicationId: id } });
    for (const status of ["in_review", "results_released", "closed"] as const) {
      await db.p2PRound.update({ where: { id: mine.round.id }, data: { status } });
      const before = await snapshot(mine.host.owner.id, mine.round.id);
      await expectRefusal(acceptHostRequest(mine.host.owner.actor, request.id, { note: null }), UserError, "p2pHostRequests.errors.roundInReview");
      await expectRefusal(declineHostRequest(mine.host.owner.actor, request.id, { reason: "Too late." }), UserError, "p2pHostRequests.errors.roundInReview");
      expect(await snapshot(mine.host.owner.id, mine.round.id)).toEqual(before);
    }
  });
});

describe("chooseAnotherHost", () => {
  it("after a decline, sends the same application to a host that has not had it, never back to the one that declined", async () => {
    const mine = await setup();
    const id = await readyDraft(mine);
    await submitApplication(mine.applicant.actor, id);
    await hostAnswers(id, "declined", mine.host);
    await expectRefusal(chooseAnotherHost(mine.applicant.actor, id, mine.host.hub.id), UserError, "p2pApply.errors.hostAlreadyAsked");
    const sameCountry = await createHost(mine.round.id, { countryCode: "NL" });
    const sameCountryError = await expectRefusal(chooseAnotherHost(mine.applicant.actor, id, sameCountry.hub.id), UserError, "p2pApply.eligibility.hostSameCountry");
    expect(sameCountryError.field).toBe("hostHubId");

    const other = await createHost(mine.round.id, { countryCode: "DE" });
    await chooseAnotherHost(mine.applicant.actor, id, other.hub.id);
    const row = await db.p2PApplication.findUniqueOrThrow({ where: { id }, include: { hostRequests: { orderBy: { createdAt: "asc" } } } });
    expect(row).toMatchObject({ status: "submitted", hostHubId: other.hub.id });
    expect(row.hostRequests.map((r) => [r.hostHubId, r.status])).toEqual([[mine.host.hub.id, "declined"], [other.hub.id, "pending"]]);
    expect((await latestEmailTo(other.owner.email))?.subject).toBe(`A request to visit ${other.hub.name}`);
    expect((await latestEmailTo(mine.applicant.email))?.text).toContain("Your application now goes to another host");
  });

  it("is refused once the window has closed", async () => {
    const mine = await setup();
    const id = await readyDraft(mine);
    await submitApplication(mine.applicant.actor, id);
    await hostAnswers(id, "declined", mine.host);
    const other = await createHost(mine.round.id, { countryCode: "DE" });
    await expectRefusal(chooseAnotherHost(mine.applicant.actor, id, other.hub.id, { now: new Date(Date.now() + 25 * DAY) }), UserError);
    expect(await db.p2PApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "host_declined", hostHubId: mine.host.hub.id });
  });

  it("is refused when the person started another application since the decline", async () => {
    const mine = await setup();
    const id = await readyDraft(mine);
    await submitApplication(mine.applicant.actor, id);
    await hostAnswers(id, "declined", mine.host);
    const other = await createHost(mine.round.id, { countryCode: "DE" });
    await startApplication(mine.applicant.actor, choices(mine, { hostHubId: other.hub.id }));
    const third = await createHost(mine.round.id, { countryCode: "FR" });
    await expectRefusal(chooseAnotherHost(mine.applicant.actor, id, third.hub.id), UserError, "p2pApply.eligibility.alreadyApplied");
  });
});

describe("withdrawApplication", () => {
  it("cancels the open request and tells the applicant and the host's owners", async () => {
    const mine = await setup();
    const id = await readyDraft(mine);
    await submitApplication(mine.applicant.actor, id);
    const ownerEmails = await countEmailsTo(mine.host.owner.email);
    const result = await withdrawApplication(mine.applicant.actor, id);
    expect(result).toEqual({ placeFreed: false });
    expect(await db.p2PApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "withdrawn" });
    expect((await db.p2PHostRequest.findFirstOrThrow({ where: { applicationId: id } })).status).toBe("cancelled");
    expect((await latestEmailTo(mine.applicant.email))?.subject).toBe(`Withdrawn: your P2P application to visit ${mine.host.hub.name}`);
    expect(await countEmailsTo(mine.host.owner.email)).toBe(ownerEmails + 1);
    expect((await latestEmailTo(mine.host.owner.email))?.text).toContain("You no longer need to answer");
    // Withdrawn is not live: the person may start again.
    await startApplication(mine.applicant.actor, choices(mine));
  });

  it("gives a place the host had given back to its offer", async () => {
    const mine = await setup();
    const id = await readyDraft(mine);
    await submitApplication(mine.applicant.actor, id);
    await hostAnswers(id, "accepted", mine.host);
    expect((await db.p2PHostOffer.findUniqueOrThrow({ where: { id: mine.host.offer.id } })).placesTaken).toBe(1);
    expect(await withdrawApplication(mine.applicant.actor, id)).toEqual({ placeFreed: true });
    expect((await db.p2PHostOffer.findUniqueOrThrow({ where: { id: mine.host.offer.id } })).placesTaken).toBe(0);
    expect((await db.p2PHostRequest.findFirstOrThrow({ where: { applicationId: id } })).status).toBe("accepted");
    expect((await latestEmailTo(mine.host.owner.email))?.text).toContain("free again");
  });

  it("gives the place back exactly once when the applicant withdraws as the host accepts", async () => {
    const mine = await setup();
    const id = await readyDraft(mine);
    await submitApplication(mine.applicant.actor, id);
    const request = await db.p2PHostRequest.findFirstOrThrow({ where: { applicationId: id } });
    const results = await Promise.allSettled([withdrawApplication(mine.applicant.actor, id), acceptHostRequest(mine.host.owner.actor, request.id, { note: null })]);
    expect(results[0].status).toBe("fulfilled");
    if (results[1].status === "rejected") expect(results[1].reason).toBeInstanceOf(UserError);
    expect(await db.p2PApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "withdrawn" });
    expect((await db.p2PHostOffer.findUniqueOrThrow({ where: { id: mine.host.offer.id } })).placesTaken).toBe(0);
  });

  it("is refused once the round's results are released or the round is closed, with nothing changed", async () => {
    const mine = await setup();
    const id = await readyDraft(mine);
    await submitApplication(mine.applicant.actor, id);
    const request = await db.p2PHostRequest.findFirstOrThrow({ where: { applicationId: id } });
    await acceptHostRequest(mine.host.owner.actor, request.id, { note: null });
    for (const status of ["results_released", "closed"] as const) {
      await db.p2PRound.update({ where: { id: mine.round.id }, data: { status } });
      await expectRefusal(withdrawApplication(mine.applicant.actor, id), UserError, "p2pApply.errors.withdrawAfterResults");
    }
    expect(await db.p2PApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "host_accepted", withdrawnAt: null });
    expect((await db.p2PHostOffer.findUniqueOrThrow({ where: { id: mine.host.offer.id } })).placesTaken).toBe(1);
  });

  it("withdraws a draft without writing to the host", async () => {
    const mine = await setup();
    const { id } = await startApplication(mine.applicant.actor, choices(mine));
    await withdrawApplication(mine.applicant.actor, id);
    expect(await countEmailsTo(mine.host.owner.email)).toBe(0);
    await expectRefusal(withdrawApplication(mine.applicant.actor, id), UserError, "p2pApply.workflow.cannot");
  });
});

describe("the journey", () => {
  it("sent, declined with a reason, sent to another host, accepted: every step in the timeline, every email out", async () => {
    const mine = await setup();
    const id = await readyDraft(mine);
    await submitApplication(mine.applicant.actor, id);
    await hostAnswers(id, "declined", mine.host);
    const other = await createHost(mine.round.id, { countryCode: "DE" });
    await chooseAnotherHost(mine.applicant.actor, id, other.hub.id);
    await hostAnswers(id, "accepted", other);
    const [listed] = await listOwnP2PApplications(mine.applicant.actor);
    expect(listed).toMatchObject({ id, status: "host_accepted" });
    const steps = timeline(listed!).map((step) => [step.code, step.host ?? null, step.message ?? null]);
    expect(steps).toEqual([
      ["started", null, null],
      ["sent", mine.host.hub.name, null],
      ["declined", mine.host.hub.name, "We are closed in June."],
      ["sent", other.hub.name, null],
      ["accepted", other.hub.name, "Any weekday suits us."],
    ]);
    expect((await db.p2PHostOffer.findUniqueOrThrow({ where: { id: other.offer.id } })).placesTaken).toBe(1);
    expect(await countEmailsTo(mine.host.owner.email)).toBeGreaterThanOrEqual(1);
    expect(await countEmailsTo(other.owner.email)).toBeGreaterThanOrEqual(1);
    // Two receipts, the decline and the acceptance.
    expect(await countEmailsTo(mine.applicant.email)).toBe(4);
  });
});

describe("the applicant's reads", () => {
  it("list and open only one's own applications, with every host request", async () => {
    const mine = await setup();
    const id = await readyDraft(mine);
    await submitApplication(mine.applicant.actor, id);
    const listed = await listOwnP2PApplications(mine.applicant.actor);
    expect(listed.map((a) => a.id)).toEqual([id]);
    expect(listed[0]!.hostRequests).toHaveLength(1);
    expect(await getOwnP2PApplication(mine.applicant.actor, id)).toMatchObject({ id, accessibilityNeeds: "Step-free access to the rooms, please" });
    expect(await getOwnP2PApplication(mine.host.owner.actor, id)).toBeNull();
    expect(await listOwnP2PApplications(mine.host.owner.actor)).toEqual([]);
    await expectRefusal(listOwnP2PApplications(null), NotFoundError);
  });
});

describe("refused access, with the database unchanged", () => {
  it("refuses a visitor every command", async () => {
    const id = await readyDraft(s);
    const before = await snapshot(s.applicant.id, s.round.id);
    await expectRefusal(startApplication(null, choices(s)), NotFoundError);
    await expectRefusal(updateApplication(null, id, answers({ role: "Intruder" })), NotFoundError);
    await expectRefusal(submitApplication(null, id), NotFoundError);
    await expectRefusal(chooseAnotherHost(null, id, s.host.hub.id), NotFoundError);
    await expectRefusal(withdrawApplication(null, id), NotFoundError);
    expect(await snapshot(s.applicant.id, s.round.id)).toEqual(before);
    await withdrawApplication(s.applicant.actor, id);
  });

  it("refuses a member applying from a hub they do not own", async () => {
    const member = await createUser();
    const before = await snapshot(member.id, s.round.id);
    await expectRefusal(startApplication(member.actor, choices(s)), UserError, "p2pApply.eligibility.hubNotYours");
    expect(await snapshot(member.id, s.round.id)).toEqual(before);
  });

  it("refuses a host in the applicant's own country posted straight to the command", async () => {
    const mine = await setup();
    const dutch = await createHost(mine.round.id, { countryCode: "NL" });
    const before = await snapshot(mine.applicant.id, mine.round.id);
    await expectRefusal(startApplication(mine.applicant.actor, choices(mine, { hostHubId: dutch.hub.id })), UserError, "p2pApply.eligibility.hostSameCountry");
    await expectRefusal(startApplication(mine.applicant.actor, choices(mine, { hostHubId: mine.hub.id })), UserError, "p2pApply.eligibility.hostNotInRound");
    expect(await snapshot(mine.applicant.id, mine.round.id)).toEqual(before);
  });

  it("refuses another person, and the host's own owner, anything on someone's application", async () => {
    const mine = await setup();
    const id = await readyDraft(mine);
    await submitApplication(mine.applicant.actor, id);
    const stranger = await createUser();
    const before = await snapshot(mine.applicant.id, mine.round.id);
    for (const actor of [stranger.actor, mine.host.owner.actor, mine.coOwner.actor]) {
      await expectRefusal(updateApplication(actor, id, answers({ sharing: "Changed by someone else" })), NotFoundError);
      await expectRefusal(submitApplication(actor, id), NotFoundError);
      await expectRefusal(chooseAnotherHost(actor, id, mine.host.hub.id), NotFoundError);
      await expectRefusal(withdrawApplication(actor, id), NotFoundError);
    }
    expect(await snapshot(mine.applicant.id, mine.round.id)).toEqual(before);
  });
});
