// Network membership: a hub's owners ask to join (one pending request per hub, held by the
// database), staff accept or decline with the four criteria in view, every step audited and
// emailed in its reader's language; staff mark, change and end membership by hand, the hub's
// owners emailed each time. Nobody else may, and a refusal changes nothing.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { todayIn } from "@/lib/calendar";
import { db } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { acceptMembershipRequest, declineMembershipRequest, endHubMembership, requestMembership, setHubMembership } from "@/lib/p2p/membership/commands";
import { findHubsToMark, listMembersForStaff, listPendingMembershipRequests } from "@/lib/p2p/membership/admin-queries";
import { listOwnHubsForMembership } from "@/lib/p2p/membership/queries";
import { createPublishedHub, createUser, latestEmailTo, linkIn } from "./helpers";
import { dayFrom } from "./p2p-fixtures";

type TestUser = Awaited<ReturnType<typeof createUser>>;

const suffix = () => randomBytes(4).toString("hex");
const refusal = (key: string, values?: Record<string, unknown>) => expect.objectContaining({ text: values ? { key, values: expect.objectContaining(values) } : { key } });

const MESSAGE = "We are a shared studio of twelve design businesses in an old warehouse, with open evenings and mentoring for our members.";

/** A published hub that is not a member, owned by a new member (in `locale`) and any `coOwners`. */
async function ownedHub(opts: { locale?: string; coOwners?: TestUser[]; name?: string } = {}) {
  const owner = await createUser({ locale: opts.locale });
  const hub = await createPublishedHub({ ownerId: owner.id, name: opts.name ?? `Member Hub ${suffix()}`, countryCode: "PT", city: "Porto" });
  for (const co of opts.coOwners ?? []) await db.hubOwner.create({ data: { hubId: hub.id, userId: co.id } });
  return { hub, owner };
}

const requestsOf = (hubId: string) => db.hubMembershipRequest.findMany({ where: { hubId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
const auditOf = (targetId: string) => db.auditEvent.findMany({ where: { targetId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
const todayBrussels = () => new Date(`${todayIn("Europe/Brussels", new Date())}T00:00:00Z`);

let staff: TestUser;
let germanStaff: TestUser;
let member: TestUser;

beforeAll(async () => {
  [staff, germanStaff, member] = await Promise.all([createUser({ role: "staff" }), createUser({ role: "admin", locale: "de" }), createUser()]);
});

describe("requestMembership", () => {
  it("records a pending request from an owner, audits it, and emails every member of staff in their language", async () => {
    const { hub, owner } = await ownedHub();
    const { requestId } = await requestMembership(owner.actor, { hubId: hub.id, kind: "regular", message: MESSAGE });
    expect(await requestsOf(hub.id)).toEqual([expect.objectContaining({ id: requestId, userId: owner.id, kind: "regular", message: MESSAGE, status: "pending", decidedAt: null })]);
    expect(await auditOf(requestId)).toEqual([
      expect.objectContaining({ actorId: owner.id, action: "hub.membership-requested", targetType: "hub-membership-request", data: { hubId: hub.id, kind: "regular" } }),
    ]);
    const english = await latestEmailTo(staff.email, hub.name);
    expect(english?.subject).toBe(`${hub.name} asks to join the network`);
    expect(english?.text).toContain(`${owner.name} <${owner.email}>, who manages ${hub.name} (Porto, Portugal), asks for the hub to join the network as a regular member.`);
    expect(english?.text).toContain(MESSAGE);
    expect(linkIn(english!.text).pathname).toBe("/admin/p2p/members");
    const german = await latestEmailTo(germanStaff.email, hub.name);
    expect(german?.subject).toBe(`${hub.name} möchte dem Netzwerk beitreten`);
    expect(german?.text).toContain("als ordentliches Mitglied");
  });

  it("lets a co-owner ask too, for an associate membership", async () => {
    const co = await createUser();
    const { hub } = await ownedHub({ coOwners: [co] });
    await requestMembership(co.actor, { hubId: hub.id, kind: "associate", message: MESSAGE });
    expect(await requestsOf(hub.id)).toEqual([expect.objectContaining({ userId: co.id, kind: "associate" })]);
  });

  it("keeps one pending request per hub, even when two owners send at the same moment", async () => {
    const co = await createUser();
    const { hub, owner } = await ownedHub({ coOwners: [co] });
    const results = await Promise.allSettled([
      requestMembership(owner.actor, { hubId: hub.id, kind: "regular", message: MESSAGE }),
      requestMembership(co.actor, { hubId: hub.id, kind: "associate", message: MESSAGE }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toEqual(refusal("p2pMembership.errors.alreadyPending"));
    expect(await requestsOf(hub.id)).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { action: "hub.membership-requested", data: { path: ["hubId"], equals: hub.id } } })).toBe(1);

    await expect(requestMembership(owner.actor, { hubId: hub.id, kind: "regular", message: MESSAGE })).rejects.toEqual(refusal("p2pMembership.errors.alreadyPending"));
    expect(await requestsOf(hub.id)).toHaveLength(1);
  });

  it("is refused to a visitor, a member who does not own the hub, for an unpublished hub and for a member hub, nothing recorded", async () => {
    const { hub, owner } = await ownedHub();
    const before = await db.outboxEmail.count({ where: { to: staff.email, subject: { contains: hub.name } } });
    for (const actor of [null, member.actor]) {
      await expect(requestMembership(actor, { hubId: hub.id, kind: "regular", message: MESSAGE })).rejects.toBeInstanceOf(NotFoundError);
    }
    const pending = await createPublishedHub({ ownerId: owner.id });
    await db.hub.update({ where: { id: pending.id }, data: { status: "pending" } });
    await expect(requestMembership(owner.actor, { hubId: pending.id, kind: "regular", message: MESSAGE })).rejects.toBeInstanceOf(NotFoundError);
    await db.hubMembership.create({ data: { hubId: hub.id, kind: "associate", since: dayFrom(-30) } });
    await expect(requestMembership(owner.actor, { hubId: hub.id, kind: "regular", message: MESSAGE })).rejects.toEqual(refusal("p2pMembership.errors.alreadyMember"));
    expect(await db.hubMembershipRequest.count({ where: { hubId: { in: [hub.id, pending.id] } } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { to: staff.email, subject: { contains: hub.name } } })).toBe(before);
    expect(await db.outboxEmail.count({ where: { to: staff.email, subject: { contains: pending.name } } })).toBe(0);
  });
});

describe("accepting and declining a request", () => {
  it("accepts: the hub becomes a member of the kind asked for from today, audited, and the person who asked is emailed in their language", async () => {
    const { hub, owner } = await ownedHub({ locale: "pt-PT" });
    const { requestId } = await requestMembership(owner.actor, { hubId: hub.id, kind: "associate", message: MESSAGE });
    await acceptMembershipRequest(staff.actor, { requestId, message: "Welcome! The fee is on its way." });
    expect(await db.hubMembershipRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ status: "approved", decidedById: staff.id, decisionMessage: "Welcome! The fee is on its way." });
    expect(await db.hubMembership.findUniqueOrThrow({ where: { hubId: hub.id } })).toMatchObject({ kind: "associate", since: todayBrussels() });
    expect((await auditOf(requestId)).map((a) => [a.action, a.actorId, a.data])).toEqual([
      ["hub.membership-requested", owner.id, expect.anything()],
      ["hub.membership-accepted", staff.id, { from: "pending", to: "approved", message: "Welcome! The fee is on its way.", hubId: hub.id, kind: "associate" }],
    ]);
    const email = await latestEmailTo(owner.email);
    expect(email?.subject).toBe(`${hub.name} é agora membro da rede`);
    expect(email?.text).toContain("membro associado");
    expect(email?.text).toContain("Welcome! The fee is on its way.");
    expect(email?.text).toContain("/pt/account/p2p/membership");
  });

  it("declines with the reason, which the owner reads; they may then ask again", async () => {
    const { hub, owner } = await ownedHub();
    const { requestId } = await requestMembership(owner.actor, { hubId: hub.id, kind: "regular", message: MESSAGE });
    await expect(declineMembershipRequest(staff.actor, { requestId, message: "  " })).rejects.toEqual(expect.objectContaining({ field: "message", text: { key: "forms.errors.required" } }));
    expect((await db.hubMembershipRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("pending");

    await declineMembershipRequest(staff.actor, { requestId, message: "We could not see the shared space yet." });
    expect(await db.hubMembershipRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ status: "declined", decisionMessage: "We could not see the shared space yet." });
    expect(await db.hubMembership.findUnique({ where: { hubId: hub.id } })).toBeNull();
    const email = await latestEmailTo(owner.email);
    expect(email?.subject).toBe(`Your request for ${hub.name} to join the network`);
    expect(email?.text).toContain("We could not see the shared space yet.");
    expect((await auditOf(requestId)).at(-1)).toMatchObject({ action: "hub.membership-declined", targetType: "hub-membership-request" });

    const [standing] = (await listOwnHubsForMembership(owner.actor)).filter((h) => h.id === hub.id);
    expect(standing?.standing).toEqual({ state: "may-ask", declined: { on: expect.any(Date), message: "We could not see the shared space yet." } });
    await requestMembership(owner.actor, { hubId: hub.id, kind: "regular", message: MESSAGE });
    expect((await requestsOf(hub.id)).map((r) => r.status)).toEqual(["declined", "pending"]);
  });

  it("keeps the day a hub joined when it was made a member meanwhile", async () => {
    const { hub, owner } = await ownedHub();
    const { requestId } = await requestMembership(owner.actor, { hubId: hub.id, kind: "regular", message: MESSAGE });
    await setHubMembership(staff.actor, { hubId: hub.id, kind: "associate", since: new Date("2016-09-22T00:00:00Z") });
    await acceptMembershipRequest(staff.actor, { requestId });
    expect(await db.hubMembership.findUniqueOrThrow({ where: { hubId: hub.id } })).toMatchObject({ kind: "regular", since: new Date("2016-09-22T00:00:00Z") });
  });

  it("decides a request once: a second decision, or two at the same moment, is refused with what was decided", async () => {
    const { hub, owner } = await ownedHub();
    const { requestId } = await requestMembership(owner.actor, { hubId: hub.id, kind: "regular", message: MESSAGE });
    const results = await Promise.allSettled([
      acceptMembershipRequest(staff.actor, { requestId }),
      declineMembershipRequest(germanStaff.actor, { requestId, message: "No." }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(UserError);
    expect(refused.reason.text.key).toBe("p2p.membership.cannot");
    await expect(acceptMembershipRequest(staff.actor, { requestId })).rejects.toEqual(refusal("p2p.membership.cannot", { decision: "accept" }));
    const decisions = (await auditOf(requestId)).filter((a) => a.action !== "hub.membership-requested");
    expect(decisions).toHaveLength(1);
  });

  it("is refused to a visitor, a member, the owner deciding their own request, and staff who own the hub, the database unchanged", async () => {
    const staffOwner = await createUser({ role: "staff" });
    const { hub, owner } = await ownedHub({ coOwners: [staffOwner] });
    const { requestId } = await requestMembership(owner.actor, { hubId: hub.id, kind: "regular", message: MESSAGE });
    const emails = await db.outboxEmail.count({ where: { to: owner.email } });
    for (const actor of [null, member.actor, owner.actor]) {
      await expect(acceptMembershipRequest(actor, { requestId })).rejects.toBeInstanceOf(NotFoundError);
      await expect(declineMembershipRequest(actor, { requestId, message: "No." })).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(acceptMembershipRequest(staffOwner.actor, { requestId })).rejects.toEqual(refusal("staff.p2p.members.errors.ownHub"));
    expect(await db.hubMembershipRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ status: "pending", decidedById: null, decidedAt: null });
    expect(await db.hubMembership.findUnique({ where: { hubId: hub.id } })).toBeNull();
    expect((await auditOf(requestId)).map((a) => a.action)).toEqual(["hub.membership-requested"]);
    expect(await db.outboxEmail.count({ where: { to: owner.email } })).toBe(emails);
  });
});

describe("staff mark, change and end membership", () => {
  it("marks a published hub as a member, changes it, and ends it, each audited on the hub", async () => {
    const { hub } = await ownedHub();
    await setHubMembership(staff.actor, { hubId: hub.id, kind: "regular", since: new Date("2016-09-22T00:00:00Z") });
    await setHubMembership(staff.actor, { hubId: hub.id, kind: "associate", since: new Date("2016-09-22T00:00:00Z") });
    await setHubMembership(staff.actor, { hubId: hub.id, kind: "associate", since: new Date("2016-09-22T00:00:00Z") });
    expect(await db.hubMembership.findUniqueOrThrow({ where: { hubId: hub.id } })).toMatchObject({ kind: "associate" });
    await endHubMembership(staff.actor, { hubId: hub.id });
    expect(await db.hubMembership.findUnique({ where: { hubId: hub.id } })).toBeNull();
    expect((await auditOf(hub.id)).map((a) => [a.action, a.targetType, a.data])).toEqual([
      ["hub.membership-set", "hub", { changes: [{ field: "kind", before: null, after: "regular" }, { field: "since", before: null, after: "2016-09-22" }] }],
      ["hub.membership-set", "hub", { changes: [{ field: "kind", before: "regular", after: "associate" }] }],
      ["hub.membership-ended", "hub", { kind: "associate", since: "2016-09-22" }],
    ]);
    await expect(endHubMembership(staff.actor, { hubId: hub.id })).rejects.toEqual(refusal("staff.p2p.members.errors.notMember"));
  });

  it("emails every owner of the hub, each in their language, when staff mark, change and end its membership", async () => {
    const coOwner = await createUser({ locale: "de" });
    const { hub, owner } = await ownedHub({ locale: "pt-PT", coOwners: [coOwner] });
    const emailsTo = (email: string) => db.outboxEmail.findMany({ where: { to: email }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

    await setHubMembership(staff.actor, { hubId: hub.id, kind: "regular", since: new Date("2016-09-22T00:00:00Z") });
    expect(await latestEmailTo(owner.email)).toMatchObject({ subject: `${hub.name} é agora membro da rede`, text: expect.stringContaining("membro efetivo") });
    expect((await latestEmailTo(owner.email))?.text).toContain("22 de setembro de 2016");
    expect(await latestEmailTo(coOwner.email)).toMatchObject({ subject: `${hub.name} ist jetzt Mitglied des Netzwerks`, text: expect.stringContaining("22. September 2016") });

    await setHubMembership(staff.actor, { hubId: hub.id, kind: "associate", since: new Date("2016-09-22T00:00:00Z") });
    expect(await latestEmailTo(coOwner.email)).toMatchObject({ subject: `Die Mitgliedschaft von ${hub.name} wurde geändert`, text: expect.stringContaining("assoziiertes Mitglied") });
    // Saving what is already there changes nothing, and tells nobody.
    await setHubMembership(staff.actor, { hubId: hub.id, kind: "associate", since: new Date("2016-09-22T00:00:00Z") });

    await endHubMembership(staff.actor, { hubId: hub.id });
    expect(await latestEmailTo(owner.email)).toMatchObject({ subject: `${hub.name} deixou de ser membro da rede`, text: expect.stringContaining("/pt/account/p2p/membership") });
    expect((await emailsTo(owner.email)).map((e) => e.subject)).toEqual([`${hub.name} é agora membro da rede`, `A adesão de ${hub.name} à rede foi alterada`, `${hub.name} deixou de ser membro da rede`]);
    expect((await emailsTo(coOwner.email)).map((e) => e.subject)).toEqual([
      `${hub.name} ist jetzt Mitglied des Netzwerks`,
      `Die Mitgliedschaft von ${hub.name} wurde geändert`,
      `${hub.name} ist nicht mehr Mitglied des Netzwerks`,
    ]);
  });

  it("marks only a published hub, and is refused to a visitor and a member, nothing changed", async () => {
    const { hub, owner } = await ownedHub();
    await db.hub.update({ where: { id: hub.id }, data: { status: "archived" } });
    await expect(setHubMembership(staff.actor, { hubId: hub.id, kind: "regular", since: dayFrom(0) })).rejects.toEqual(refusal("staff.p2p.members.errors.notPublished"));
    await db.hub.update({ where: { id: hub.id }, data: { status: "published" } });
    for (const actor of [null, member.actor, owner.actor]) {
      await expect(setHubMembership(actor, { hubId: hub.id, kind: "regular", since: dayFrom(0) })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await db.hubMembership.findUnique({ where: { hubId: hub.id } })).toBeNull();
    await db.hubMembership.create({ data: { hubId: hub.id, kind: "regular", since: dayFrom(-10) } });
    for (const actor of [null, member.actor, owner.actor]) await expect(endHubMembership(actor, { hubId: hub.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.hubMembership.findUnique({ where: { hubId: hub.id } })).not.toBeNull();
    expect(await auditOf(hub.id)).toEqual([]);
    expect(await db.outboxEmail.count({ where: { to: owner.email } })).toBe(0);
  });
});

describe("reads", () => {
  it("shows an owner their own published hubs only, each with where it stands", async () => {
    const owner = await createUser();
    const [member1, asked, free] = await Promise.all(["A", "B", "C"].map((l) => createPublishedHub({ ownerId: owner.id, name: `${l} Own Hub ${suffix()}` })));
    await db.hubMembership.create({ data: { hubId: member1!.id, kind: "regular", since: new Date("2017-01-01T00:00:00Z") } });
    await requestMembership(owner.actor, { hubId: asked!.id, kind: "associate", message: MESSAGE });
    const someoneElses = await ownedHub();
    const archived = await createPublishedHub({ ownerId: owner.id });
    await db.hub.update({ where: { id: archived.id }, data: { status: "archived" } });

    const hubs = await listOwnHubsForMembership(owner.actor);
    expect(hubs.map((h) => [h.id, h.standing.state])).toEqual([
      [member1!.id, "member"],
      [asked!.id, "pending"],
      [free!.id, "may-ask"],
    ]);
    expect(hubs.some((h) => h.id === someoneElses.hub.id)).toBe(false);
    await expect(listOwnHubsForMembership(null)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists for staff the pending requests, the members, and published hubs to mark by name (bounded)", async () => {
    const mark = `Findable${suffix()}`;
    const { hub, owner } = await ownedHub({ name: `${mark} One` });
    const other = await ownedHub({ name: `${mark} Two` });
    await db.hubMembership.create({ data: { hubId: other.hub.id, kind: "regular", since: dayFrom(-5) } });
    const { requestId } = await requestMembership(owner.actor, { hubId: hub.id, kind: "regular", message: MESSAGE });

    let page = 1;
    let found = false;
    for (; !found; page++) {
      const { requests, pages } = await listPendingMembershipRequests(staff.actor, { page });
      found = requests.some((r) => r.id === requestId && r.message === MESSAGE && r.user?.email === owner.email);
      if (page >= pages) break;
    }
    expect(found).toBe(true);
    expect((await findHubsToMark(staff.actor, mark.toLowerCase())).map((h) => h.id)).toEqual([hub.id]);
    expect(await findHubsToMark(staff.actor, undefined)).toEqual([]);
    const { total } = await listMembersForStaff(staff.actor, { page: 1 });
    expect(total).toBeGreaterThan(0);

    for (const actor of [null, member.actor]) {
      await expect(listPendingMembershipRequests(actor, { page: 1 })).rejects.toBeInstanceOf(NotFoundError);
      await expect(listMembersForStaff(actor, { page: 1 })).rejects.toBeInstanceOf(NotFoundError);
      await expect(findHubsToMark(actor, mark)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
