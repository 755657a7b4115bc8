// What owners do after submitting a hub: see their hubs and drafts, invite co-owners (and
// accept invitations), remove owners, archive, confirm the information once a year — and the
// yearly reminder. Each command is tried by people who must not use it, with nothing changed.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db, type Prisma } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { publishedHubWhere } from "@/lib/hubs/filters";
import { findInvitation, getHubStanding, listOwnDrafts, listOwnHubs, listOwnManagementRequests } from "@/lib/hubs/ownership/queries";
import {
  acceptHubInvite,
  archiveOwnHub,
  confirmHubInformation,
  deleteHubDraft,
  INVITES_PER_USER,
  inviteCoOwner,
  removeHubOwner,
  requestHubManagement,
  revokeHubInvite,
  unarchiveOwnHub,
} from "@/lib/hubs/ownership/commands";
import { sendConfirmationReminders } from "@/lib/hubs/ownership/reminders";
import { hubFilterSchema } from "@/lib/hubs/schema";
import { countEmailsTo, createUser, latestEmailTo, linkIn, secretIn, uniqueEmail } from "./helpers";

type TestUser = Awaited<ReturnType<typeof createUser>>;

/** A refusal as lib/ gives it: the catalogue key (and values) that the page puts in words. */
const refusal = (key: string, values?: Record<string, unknown>) => expect.objectContaining({ text: values ? { key, values: expect.objectContaining(values) } : { key } });

const MONTH = 30 * 24 * 60 * 60 * 1000;

async function createHub(ownerIds: string[], over: Partial<Prisma.HubUncheckedCreateInput> = {}) {
  const key = randomBytes(6).toString("hex");
  return db.hub.create({
    data: {
      slug: `owned-${key}`,
      name: `Owned Hub ${key}`,
      nameKey: `ownedhub${key}`,
      kind: "lab",
      format: "static",
      disciplines: ["design"],
      services: [],
      summary: "A hub written straight into the database for a test.",
      story: "",
      socialLinks: [],
      contactEmail: "hub@test.invalid",
      city: "Ghent",
      cityKey: "ghent",
      countryCode: "BE",
      latitude: 51.05,
      longitude: 3.72,
      status: "published",
      publishedAt: new Date(),
      owners: { create: ownerIds.map((userId) => ({ userId })) },
      ...over,
    },
    select: { id: true, name: true, slug: true },
  });
}

/** Everything an owner command could change about a hub, to compare before and after a refusal. */
async function hubState(hubId: string) {
  const [hub, owners, invites, audits] = await Promise.all([
    db.hub.findUniqueOrThrow({ where: { id: hubId }, select: { status: true, confirmedAt: true, updatedAt: true, submittedAt: true } }),
    db.hubOwner.findMany({ where: { hubId }, select: { userId: true }, orderBy: { userId: "asc" } }),
    db.hubInvite.findMany({ where: { hubId }, select: { id: true, acceptedAt: true }, orderBy: { id: "asc" } }),
    db.auditEvent.count({ where: { targetType: "hub", targetId: hubId } }),
  ]);
  return { hub, owners, invites, audits };
}

const ownersOf = async (hubId: string) => (await db.hubOwner.findMany({ where: { hubId }, select: { userId: true } })).map((o) => o.userId).sort();
const auditsOf = (hubId: string, action: string) => db.auditEvent.findMany({ where: { targetType: "hub", targetId: hubId, action } });

/** Invites `email` to the hub from an English page and returns the secret from the email it sent. */
async function invite(actor: TestUser, hubId: string, email: string) {
  await inviteCoOwner(actor.actor, { hubId, email }, "en-GB");
  const sent = await latestEmailTo(email.toLowerCase());
  expect(linkIn(sent!.text).pathname).toBe("/account/hubs/invite");
  return secretIn(sent!.text);
}

let owner: TestUser;
let other: TestUser;
let staff: TestUser;

beforeAll(async () => {
  [owner, other, staff] = await Promise.all([createUser({ name: "Olga Owner" }), createUser({ name: "Otto Other" }), createUser({ role: "staff" })]);
});

describe("the owner's lists", () => {
  it("lists only the actor's hubs, drafts and requests", async () => {
    const mine = await createHub([owner.id], { status: "changes_requested", moderatorMessage: "Please add a photo." });
    const shared = await createHub([owner.id, other.id]);
    const theirs = await createHub([other.id]);
    await db.hubDraft.createMany({ data: [{ ownerId: owner.id, name: "My draft", values: {} }, { ownerId: other.id, name: "Their draft", values: {} }] });
    await db.hubManagementRequest.create({ data: { hubId: theirs.id, userId: owner.id, message: "This is my hub too." } });

    const { hubs, total } = await listOwnHubs(owner.actor, { page: 1 });
    expect(hubs.map((h) => h.id).sort()).toEqual([mine.id, shared.id].sort());
    expect(total).toBe(2);
    expect(hubs.find((h) => h.id === mine.id)).toMatchObject({ status: "changes_requested", moderatorMessage: "Please add a photo." });
    expect(hubs.find((h) => h.id === shared.id)!.owners.map((o) => o.user.name).sort()).toEqual(["Olga Owner", "Otto Other"]);

    expect((await listOwnDrafts(owner.actor)).map((d) => d.name)).toEqual(["My draft"]);
    expect((await listOwnManagementRequests(owner.actor)).map((r) => [r.hub.name, r.status])).toEqual([[theirs.name, "pending"]]);
    expect((await listOwnManagementRequests(other.actor))).toEqual([]);
  });

  it("answers a visitor 'not found'", async () => {
    await expect(listOwnHubs(null, { page: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listOwnDrafts(null)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listOwnManagementRequests(null)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("deletes the actor's own draft only", async () => {
    const draft = await db.hubDraft.create({ data: { ownerId: owner.id, name: "Half done", values: {} } });
    await expect(deleteHubDraft(other.actor, { draftId: draft.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteHubDraft(null, { draftId: draft.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.hubDraft.count({ where: { id: draft.id } })).toBe(1);
    await deleteHubDraft(owner.actor, { draftId: draft.id });
    expect(await db.hubDraft.count({ where: { id: draft.id } })).toBe(0);
  });
});

describe("inviting a co-owner", () => {
  it("emails a link; the invited person accepts and becomes an owner, and the inviter is told", async () => {
    const hub = await createHub([owner.id]);
    const invitee = await createUser({ name: "Ines Invitee" });
    const secret = await invite(owner, hub.id, invitee.email.toUpperCase());

    const stored = await db.hubInvite.findFirstOrThrow({ where: { hubId: hub.id } });
    expect(stored.email).toBe(invitee.email);
    expect(stored.tokenHash).not.toContain(secret);
    expect(stored.expires.getTime() - Date.now()).toBeGreaterThan(13.9 * 24 * 3600_000);
    expect(await findInvitation(secret)).toMatchObject({ state: "valid", hub: { name: hub.name }, invitedBy: { name: "Olga Owner" } });
    expect(await auditsOf(hub.id, "hub.invite-sent")).toHaveLength(1);

    const result = await acceptHubInvite(invitee.actor, secret, "en-GB");
    expect(result).toEqual({ hubId: hub.id, hubName: hub.name, added: true });
    expect(await ownersOf(hub.id)).toEqual([owner.id, invitee.id].sort());
    expect((await auditsOf(hub.id, "hub.owner-added"))[0]).toMatchObject({ actorId: invitee.id, data: { userId: invitee.id } });
    expect((await latestEmailTo(owner.email))!.text).toContain("Ines Invitee accepted your invitation");
    expect((await findInvitation(secret))!.state).toBe("used");
    expect((await listOwnHubs(invitee.actor, { page: 1 })).hubs.map((h) => h.id)).toEqual([hub.id]);
  });

  it("writes the invitation in the language of the inviter's page, and the acceptance in the inviter's own", async () => {
    const inviter = await createUser({ name: "Paula Portuguesa" });
    await db.user.update({ where: { id: inviter.id }, data: { locale: "pt-PT" } });
    const hub = await createHub([inviter.id]);
    const invitee = await createUser({ name: "Eleni" });

    await inviteCoOwner(inviter.actor, { hubId: hub.id, email: invitee.email }, "el");
    const sent = (await latestEmailTo(invitee.email))!;
    expect(sent.subject).toMatch(new RegExp(`^Πρόσκληση για τη διαχείριση του κόμβου «${hub.name}» στον χάρτη του `));
    expect(linkIn(sent.text).pathname).toBe("/el/account/hubs/invite");

    await acceptHubInvite(invitee.actor, secretIn(sent.text), "el");
    expect((await latestEmailTo(inviter.email))!.subject).toBe(`Eleni passou a gerir «${hub.name}» consigo`);
  });

  it("lets a link be used once, even by several accepts at the same moment", async () => {
    const hub = await createHub([owner.id]);
    const invitee = await createUser();
    const secret = await invite(owner, hub.id, invitee.email);

    const results = await Promise.allSettled(Array.from({ length: 5 }, () => acceptHubInvite(invitee.actor, secret, "en-GB")));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(UserError);
    expect(await ownersOf(hub.id)).toEqual([owner.id, invitee.id].sort());
    expect(await auditsOf(hub.id, "hub.owner-added")).toHaveLength(1);
    await expect(acceptHubInvite(invitee.actor, secret, "en-GB")).rejects.toEqual(refusal("hubManagement.ownership.errors.inviteUsed"));
  });

  it("refuses an account with another email address, and changes nothing", async () => {
    const hub = await createHub([owner.id]);
    const invitedEmail = uniqueEmail("invited");
    const secret = await invite(owner, hub.id, invitedEmail);
    const before = await hubState(hub.id);

    await expect(acceptHubInvite(other.actor, secret, "en-GB")).rejects.toEqual(
      refusal("hubManagement.ownership.errors.inviteForSomeoneElse", { invited: invitedEmail, current: other.email }),
    );
    await expect(acceptHubInvite(null, secret, "en-GB")).rejects.toBeInstanceOf(NotFoundError);
    expect(await hubState(hub.id)).toEqual(before);
    expect((await findInvitation(secret))!.state).toBe("valid");
  });

  it("refuses an expired or unknown link", async () => {
    const hub = await createHub([owner.id]);
    const invitee = await createUser();
    const secret = await invite(owner, hub.id, invitee.email);
    await db.hubInvite.updateMany({ where: { hubId: hub.id }, data: { expires: new Date(Date.now() - 1000) } });
    await expect(acceptHubInvite(invitee.actor, secret, "en-GB")).rejects.toEqual(refusal("hubManagement.ownership.errors.inviteExpired"));
    await expect(acceptHubInvite(invitee.actor, "not-a-real-secret", "en-GB")).rejects.toBeInstanceOf(NotFoundError);
    expect(await ownersOf(hub.id)).toEqual([owner.id]);
  });

  it("replaces an open invitation to the same address, and a withdrawn link stops working", async () => {
    const hub = await createHub([owner.id]);
    const invitee = await createUser();
    const first = await invite(owner, hub.id, invitee.email);
    const second = await invite(owner, hub.id, invitee.email);
    expect(await findInvitation(first)).toBeNull();
    const open = await db.hubInvite.findFirstOrThrow({ where: { hubId: hub.id } });

    await expect(revokeHubInvite(other.actor, { hubId: hub.id, inviteId: open.id })).rejects.toBeInstanceOf(NotFoundError);
    await revokeHubInvite(owner.actor, { hubId: hub.id, inviteId: open.id });
    expect(await auditsOf(hub.id, "hub.invite-revoked")).toHaveLength(1);
    await expect(acceptHubInvite(invitee.actor, second, "en-GB")).rejects.toBeInstanceOf(NotFoundError);
    expect(await ownersOf(hub.id)).toEqual([owner.id]);
  });

  it("refuses to invite someone who already manages the hub, beside the email field", async () => {
    const hub = await createHub([owner.id, other.id]);
    const attempt = inviteCoOwner(owner.actor, { hubId: hub.id, email: other.email }, "en-GB");
    await expect(attempt).rejects.toMatchObject({ field: "email", text: { key: "hubManagement.ownership.errors.alreadyManages" } });
    expect(await db.hubInvite.count({ where: { hubId: hub.id } })).toBe(0);
  });

  it("limits how many invitations one person sends", async () => {
    const sender = await createUser();
    const hub = await createHub([sender.id]);
    for (let i = 0; i < INVITES_PER_USER.max; i++) await inviteCoOwner(sender.actor, { hubId: hub.id, email: uniqueEmail("many") }, "en-GB");
    const refused = uniqueEmail("one-too-many");
    await expect(inviteCoOwner(sender.actor, { hubId: hub.id, email: refused }, "en-GB")).rejects.toEqual(
      refusal("hubManagement.ownership.errors.tooManyInvites", { max: 10, hours: 24 }),
    );
    expect(await countEmailsTo(refused)).toBe(0);
  });
});

describe("who may change a hub", () => {
  it("refuses a member who does not own it, and a visitor, with 'not found' and nothing changed", async () => {
    const hub = await createHub([owner.id, staff.id]);
    const archived = await createHub([owner.id], { status: "archived" });
    const secret = await invite(owner, hub.id, uniqueEmail("pending"));
    const pending = await db.hubInvite.findFirstOrThrow({ where: { hubId: hub.id } });
    const before = [await hubState(hub.id), await hubState(archived.id)];

    for (const actor of [other.actor, null]) {
      const email = uniqueEmail("never");
      await expect(inviteCoOwner(actor, { hubId: hub.id, email }, "en-GB")).rejects.toBeInstanceOf(NotFoundError);
      await expect(archiveOwnHub(actor, { hubId: hub.id })).rejects.toBeInstanceOf(NotFoundError);
      await expect(unarchiveOwnHub(actor, { hubId: archived.id })).rejects.toBeInstanceOf(NotFoundError);
      await expect(confirmHubInformation(actor, { hubId: hub.id })).rejects.toBeInstanceOf(NotFoundError);
      await expect(removeHubOwner(actor, { hubId: hub.id, userId: owner.id }, "en-GB")).rejects.toBeInstanceOf(NotFoundError);
      await expect(revokeHubInvite(actor, { hubId: hub.id, inviteId: pending.id })).rejects.toBeInstanceOf(NotFoundError);
      expect(await countEmailsTo(email)).toBe(0);
    }
    expect([await hubState(hub.id), await hubState(archived.id)]).toEqual(before);
    expect((await findInvitation(secret))!.state).toBe("valid");
  });

  it("lets staff do what owners do on any hub", async () => {
    const hub = await createHub([owner.id, other.id]);
    const email = uniqueEmail("by-staff");
    await inviteCoOwner(staff.actor, { hubId: hub.id, email }, "en-GB");
    expect(await countEmailsTo(email)).toBe(1);
    await confirmHubInformation(staff.actor, { hubId: hub.id });
    await removeHubOwner(staff.actor, { hubId: hub.id, userId: other.id }, "en-GB");
    await archiveOwnHub(staff.actor, { hubId: hub.id });
    await unarchiveOwnHub(staff.actor, { hubId: hub.id });
    expect(await ownersOf(hub.id)).toEqual([owner.id]);
    const actions = (await db.auditEvent.findMany({ where: { targetId: hub.id, actorId: staff.id }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["hub.invite-sent", "hub.confirmed", "hub.owner-removed", "hub.archived", "hub.unarchived"]);
  });
});

describe("removing an owner", () => {
  it("never removes the last owner", async () => {
    const hub = await createHub([owner.id]);
    await expect(removeHubOwner(owner.actor, { hubId: hub.id, userId: owner.id }, "en-GB")).rejects.toEqual(refusal("hubManagement.ownership.errors.lastOwner"));
    await expect(removeHubOwner(staff.actor, { hubId: hub.id, userId: owner.id }, "en-GB")).rejects.toEqual(refusal("hubManagement.ownership.errors.lastOwner"));
    expect(await ownersOf(hub.id)).toEqual([owner.id]);
  });

  it("removes a co-owner, who is told by email; two owners removing each other at once leave one", async () => {
    const removed = await createUser();
    const hub = await createHub([owner.id, removed.id]);
    await removeHubOwner(owner.actor, { hubId: hub.id, userId: removed.id }, "en-GB");
    expect(await ownersOf(hub.id)).toEqual([owner.id]);
    expect((await latestEmailTo(removed.email))!.subject).toBe(`You no longer manage “${hub.name}”`);
    expect((await auditsOf(hub.id, "hub.owner-removed"))[0]).toMatchObject({ actorId: owner.id, data: { userId: removed.id } });

    const a = await createUser();
    const b = await createUser();
    const pair = await createHub([a.id, b.id]);
    const results = await Promise.allSettled([removeHubOwner(a.actor, { hubId: pair.id, userId: b.id }, "en-GB"), removeHubOwner(b.actor, { hubId: pair.id, userId: a.id }, "en-GB")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await ownersOf(pair.id)).toHaveLength(1);
  });

  it("lets an owner stop managing a hub that keeps another owner", async () => {
    const leaver = await createUser();
    const hub = await createHub([owner.id, leaver.id]);
    await removeHubOwner(leaver.actor, { hubId: hub.id, userId: leaver.id }, "en-GB");
    expect(await ownersOf(hub.id)).toEqual([owner.id]);
    expect(await countEmailsTo(leaver.email)).toBe(0);
  });
});

describe("archiving", () => {
  it("takes a published hub off the public lists; unarchiving sends it back to review", async () => {
    const hub = await createHub([owner.id]);
    const isPublic = async () => (await db.hub.count({ where: { ...publishedHubWhere(hubFilterSchema.parse({})), id: hub.id } })) === 1;
    expect(await isPublic()).toBe(true);

    await archiveOwnHub(owner.actor, { hubId: hub.id });
    expect((await hubState(hub.id)).hub.status).toBe("archived");
    expect(await isPublic()).toBe(false);
    expect((await auditsOf(hub.id, "hub.archived"))[0]).toMatchObject({ actorId: owner.id, data: { from: "published", to: "archived" } });
    await expect(archiveOwnHub(owner.actor, { hubId: hub.id })).rejects.toEqual(refusal("hubManagement.ownership.errors.alreadyArchived"));
    await expect(confirmHubInformation(owner.actor, { hubId: hub.id })).rejects.toEqual(refusal("hubManagement.ownership.errors.notPublished"));

    const before = Date.now();
    await unarchiveOwnHub(owner.actor, { hubId: hub.id });
    const { hub: after } = await hubState(hub.id);
    expect(after.status).toBe("pending");
    expect(after.submittedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await isPublic()).toBe(false);
    expect(await auditsOf(hub.id, "hub.unarchived")).toHaveLength(1);
    await expect(unarchiveOwnHub(owner.actor, { hubId: hub.id })).rejects.toEqual(refusal("hubManagement.ownership.errors.notArchived"));
  });
});

describe("confirming the information", () => {
  it("restarts the yearly clock of a published hub", async () => {
    const hub = await createHub([owner.id], { confirmedAt: new Date(Date.now() - 19 * MONTH) });
    await confirmHubInformation(owner.actor, { hubId: hub.id });
    expect(Date.now() - (await hubState(hub.id)).hub.confirmedAt.getTime()).toBeLessThan(60_000);
    expect(await auditsOf(hub.id, "hub.confirmed")).toHaveLength(1);
  });

  it("is only for published hubs", async () => {
    const hub = await createHub([owner.id], { status: "pending" });
    const before = await hubState(hub.id);
    await expect(confirmHubInformation(owner.actor, { hubId: hub.id })).rejects.toEqual(refusal("hubManagement.ownership.errors.notPublished"));
    expect(await hubState(hub.id)).toEqual(before);
  });
});

describe("asking to manage a hub", () => {
  it("records one request per person and hub, and emails staff", async () => {
    const hub = await createHub([owner.id]);
    const asker = await createUser();
    await requestHubManagement(asker.actor, { hubId: hub.id, message: "I am the hub's co-founder." });
    expect(await db.hubManagementRequest.findMany({ where: { hubId: hub.id } })).toEqual([expect.objectContaining({ userId: asker.id, status: "pending", message: "I am the hub's co-founder." })]);
    expect(await auditsOf(hub.id, "hub.management-requested")).toHaveLength(1);
    const toStaff = (await latestEmailTo(staff.email, hub.name))!;
    expect(toStaff.subject).toBe(`Request to manage ${hub.name}`);
    expect(toStaff.text).toContain("I am the hub's co-founder.");

    await expect(requestHubManagement(asker.actor, { hubId: hub.id, message: "Asking again." })).rejects.toEqual(refusal("hubManagement.askToManage.errors.alreadyAsked"));
    await expect(requestHubManagement(owner.actor, { hubId: hub.id, message: "It is mine." })).rejects.toEqual(refusal("hubManagement.askToManage.errors.alreadyOwner"));
    await expect(requestHubManagement(null, { hubId: hub.id, message: "A visitor." })).rejects.toEqual(refusal("hubManagement.askToManage.errors.signedOut"));
    await expect(requestHubManagement(asker.actor, { hubId: "no-such-hub", message: "Nothing." })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.hubManagementRequest.count({ where: { hubId: hub.id } })).toBe(1);
    expect(await auditsOf(hub.id, "hub.management-requested")).toHaveLength(1);
  });

  it("tells a hub's page where the person looking stands: manages it, has asked, was declined, or may ask", async () => {
    const hub = await createHub([owner.id], { status: "pending" });
    const asker = await createUser();
    const third = await createUser();
    expect(await getHubStanding(asker.actor, hub.id)).toBeNull(); // not published: no page to ask from
    await db.hub.update({ where: { id: hub.id }, data: { status: "published" } });
    expect(await getHubStanding(owner.actor, hub.id)).toBe("owner");
    expect(await getHubStanding(asker.actor, hub.id)).toBe("may-ask");
    await requestHubManagement(asker.actor, { hubId: hub.id, message: "I run its workshops." });
    expect(await getHubStanding(asker.actor, hub.id)).toBe("asked");
    expect(await getHubStanding(third.actor, hub.id)).toBe("may-ask");
    await db.hubManagementRequest.updateMany({ where: { hubId: hub.id, userId: asker.id }, data: { status: "declined" } });
    expect(await getHubStanding(asker.actor, hub.id)).toBe("declined");
  });
});

describe("sendConfirmationReminders", () => {
  const remindersTo = (email: string) => db.outboxEmail.count({ where: { to: email, subject: { startsWith: "Is “" } } });

  it("reminds every owner of a hub due for confirmation once, even when several sweeps run at once", async () => {
    const [a, b] = await Promise.all([createUser(), createUser()]);
    const old = new Date(Date.now() - 13 * MONTH);
    const due = await Promise.all(Array.from({ length: 5 }, () => createHub([a.id, b.id], { confirmedAt: old })));

    await Promise.all([sendConfirmationReminders(new Date(), 2), sendConfirmationReminders(new Date(), 2), sendConfirmationReminders(new Date(), 3)]);

    expect(await remindersTo(a.email)).toBe(due.length);
    expect(await remindersTo(b.email)).toBe(due.length);
    const text = (await latestEmailTo(a.email))!.text;
    expect(linkIn(text).pathname).toBe("/account/hubs");
    const marked = await db.hub.count({ where: { id: { in: due.map((h) => h.id) }, confirmReminderSentAt: { not: null } } });
    expect(marked).toBe(due.length);

    await sendConfirmationReminders();
    expect(await remindersTo(a.email)).toBe(due.length);
  });

  it("reminds each owner in their account's language, with the date in its script", async () => {
    const person = await createUser();
    await db.user.update({ where: { id: person.id }, data: { locale: "sr-Latn" } });
    const hub = await createHub([person.id], { confirmedAt: new Date("2024-03-05T12:00:00Z") });
    await sendConfirmationReminders();
    const email = (await db.outboxEmail.findFirst({ where: { to: person.email }, orderBy: { createdAt: "desc" } }))!;
    expect(email.subject).toBe(`Da li je „${hub.name}“ i dalje ažuran?`);
    expect(email.text).toContain("5. mart 2024.");
    expect(linkIn(email.text).pathname).toBe("/sr/account/hubs");
  });

  it("leaves fresh hubs and hubs that are not published alone", async () => {
    const person = await createUser();
    await createHub([person.id], { confirmedAt: new Date(Date.now() - 11 * MONTH) });
    await createHub([person.id], { confirmedAt: new Date(Date.now() - 13 * MONTH), status: "pending" });
    await createHub([person.id], { confirmedAt: new Date(Date.now() - 13 * MONTH), status: "archived" });
    await sendConfirmationReminders();
    expect(await remindersTo(person.email)).toBe(0);
  });

  it("reminds again a year after the owner's next confirmation, not before", async () => {
    const person = await createUser();
    const hub = await createHub([person.id], { confirmedAt: new Date(Date.now() - 13 * MONTH) });
    await sendConfirmationReminders();
    expect(await remindersTo(person.email)).toBe(1);

    await confirmHubInformation(person.actor, { hubId: hub.id });
    await sendConfirmationReminders();
    expect(await remindersTo(person.email)).toBe(1);

    // A year passes for this hub: the reminder and the confirmation move 13 months back.
    await db.$executeRaw`UPDATE "Hub" SET "confirmedAt" = "confirmedAt" - interval '13 months',
      "confirmReminderSentAt" = "confirmReminderSentAt" - interval '13 months' WHERE "id" = ${hub.id}`;
    await sendConfirmationReminders();
    expect(await remindersTo(person.email)).toBe(2);
  });
});
