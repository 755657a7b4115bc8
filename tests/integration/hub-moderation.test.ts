// Staff moderate hubs: each decision moves the hub once, records what the moderator saw and
// said, and tells every owner — and nobody but staff can decide or even look.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import type { HubStatus } from "@/lib/generated/prisma/enums";
import { hubSnapshot } from "@/lib/hubs/rules";
import { snapshotVersion } from "@/lib/hubs/moderation/rules";
import {
  approveHub,
  approveManagementRequest,
  archiveHubAsStaff,
  declineManagementRequest,
  rejectHub,
  requestHubChanges,
} from "@/lib/hubs/moderation/commands";
import { countModerationWork, getHubForModeration, listHubsForModeration, listPendingManagementRequests } from "@/lib/hubs/moderation/queries";
import { countEmailsTo, createUser, latestEmailTo, linkIn } from "./helpers";

type TestUser = Awaited<ReturnType<typeof createUser>>;

const suffix = () => randomBytes(5).toString("hex");
/** A refusal as lib/ gives it: the catalogue key and its values, which the page puts in words. */
const refusal = (key: string, values?: Record<string, unknown>) => expect.objectContaining({ text: values ? { key, values: expect.objectContaining(values) } : { key } });

/** Part of every hub name this file creates, so searches find only ours. */
const MARK = `Mod${suffix()}`;

async function createHub(opts: { owners?: TestUser[]; status?: HubStatus; name?: string; submittedAt?: Date; reviewed?: boolean; publishedAt?: Date } = {}) {
  const name = opts.name ?? `${MARK} Hub ${suffix()}`;
  const key = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  const hub = await db.hub.create({
    data: {
      slug: `${key}-${suffix()}`,
      name,
      nameKey: key,
      kind: "coworking",
      format: "static",
      disciplines: ["music", "design"],
      services: ["desks"],
      summary: "A shared studio for musicians and designers by the river.",
      story: "Founded by five friends.",
      contactEmail: `hello-${suffix()}@test.invalid`,
      city: "Ghent",
      cityKey: "ghent",
      countryCode: "BE",
      latitude: 51.05,
      longitude: 3.72,
      status: opts.status ?? "pending",
      submittedAt: opts.submittedAt ?? new Date(),
      publishedAt: opts.publishedAt ?? null,
      owners: { create: (opts.owners ?? []).map((o) => ({ userId: o.id })) },
    },
  });
  if (opts.reviewed) await db.hub.update({ where: { id: hub.id }, data: { reviewedSnapshot: hubSnapshot(hub) as object } });
  return hub;
}

const versionOf = async (hubId: string) => snapshotVersion(hubSnapshot(await db.hub.findUniqueOrThrow({ where: { id: hubId } })));
const hubRow = (id: string) => db.hub.findUniqueOrThrow({ where: { id } });
const auditOf = (hubId: string) => db.auditEvent.findMany({ where: { targetType: "hub", targetId: hubId }, orderBy: { createdAt: "asc" } });

let staff: TestUser;
let admin: TestUser;
let member: TestUser;

beforeAll(async () => {
  [staff, admin, member] = await Promise.all([createUser({ role: "staff" }), createUser({ role: "admin" }), createUser()]);
});

describe("approveHub", () => {
  it("publishes a pending hub, records the snapshot and the decision, and emails every owner", async () => {
    const [a, b] = await Promise.all([createUser(), createUser()]);
    const hub = await createHub({ owners: [a, b] });
    await db.hub.update({ where: { id: hub.id }, data: { moderatorMessage: "An old message" } });

    await approveHub(staff.actor, { hubId: hub.id, version: await versionOf(hub.id) });

    const after = await hubRow(hub.id);
    expect(after).toMatchObject({ status: "published", moderatorMessage: null });
    expect(after.publishedAt).toBeInstanceOf(Date);
    expect(after.reviewedSnapshot).toEqual(JSON.parse(JSON.stringify(hubSnapshot(after))));
    const audit = await auditOf(hub.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: staff.id, action: "hub.approved", data: { from: "pending", to: "published", message: null } });
    for (const owner of [a, b]) {
      const email = await latestEmailTo(owner.email);
      expect(email?.subject).toBe(`${hub.name} is now on the map`);
      expect(linkIn(email!.text).pathname).toBe(`/hubs/${hub.slug}`);
      expect(email!.text).toContain("/account/hubs");
    }
  });

  it("writes to each owner in their account's language, English for an account that has not chosen", async () => {
    const [german, unset] = await Promise.all([createUser(), createUser()]);
    await db.user.update({ where: { id: german.id }, data: { locale: "de" } });
    const hub = await createHub({ owners: [german, unset] });

    await approveHub(staff.actor, { hubId: hub.id, version: await versionOf(hub.id) });

    const toGerman = await latestEmailTo(german.email);
    expect(toGerman?.subject).toBe(`${hub.name} ist jetzt auf der Karte`);
    expect(linkIn(toGerman!.text).pathname).toBe(`/de/hubs/${hub.slug}`);
    expect(toGerman!.text).toContain("/de/account/hubs");
    expect((await latestEmailTo(unset.email))?.subject).toBe(`${hub.name} is now on the map`);
  });

  it("keeps the first publication date of a hub published before", async () => {
    const firstPublished = new Date("2024-03-01T10:00:00Z");
    const hub = await createHub({ owners: [await createUser()], publishedAt: firstPublished, reviewed: true });
    await approveHub(admin.actor, { hubId: hub.id, version: await versionOf(hub.id) });
    expect((await hubRow(hub.id)).publishedAt).toEqual(firstPublished);
  });
});

describe("requestHubChanges, rejectHub and archiveHubAsStaff", () => {
  it("asks for changes with the moderator's message, kept on the hub and sent to the owners", async () => {
    const owner = await createUser();
    const hub = await createHub({ owners: [owner] });
    const message = "Please add a photo and say which days you are open.";

    await requestHubChanges(staff.actor, { hubId: hub.id, version: await versionOf(hub.id), message });

    const after = await hubRow(hub.id);
    expect(after).toMatchObject({ status: "changes_requested", moderatorMessage: message, publishedAt: null });
    expect(after.reviewedSnapshot).toEqual(JSON.parse(JSON.stringify(hubSnapshot(after))));
    expect(await auditOf(hub.id)).toMatchObject([{ action: "hub.changes-requested", actorId: staff.id, data: { message, to: "changes_requested" } }]);
    const email = await latestEmailTo(owner.email);
    expect(email?.subject).toBe(`${hub.name}: a few changes before we publish it`);
    expect(email!.text).toContain(message);
    expect(linkIn(email!.text).pathname).toBe("/account/hubs");
  });

  it("rejects with the reason, kept on the hub and sent to the owners", async () => {
    const owner = await createUser();
    const hub = await createHub({ owners: [owner] });
    const message = "This is a shop, not a creative hub.";

    await rejectHub(staff.actor, { hubId: hub.id, version: await versionOf(hub.id), message });

    expect(await hubRow(hub.id)).toMatchObject({ status: "rejected", moderatorMessage: message, publishedAt: null });
    expect(await auditOf(hub.id)).toMatchObject([{ action: "hub.rejected", data: { message } }]);
    const email = await latestEmailTo(owner.email);
    expect(email?.subject).toBe(`${hub.name} was not accepted`);
    expect(email!.text).toContain(message);
  });

  it("archives a published hub, with or without a reason", async () => {
    const owner = await createUser();
    const hub = await createHub({ owners: [owner], status: "published", publishedAt: new Date(), reviewed: true });
    await archiveHubAsStaff(staff.actor, { hubId: hub.id, version: await versionOf(hub.id) });
    expect(await hubRow(hub.id)).toMatchObject({ status: "archived", moderatorMessage: null });
    expect(await auditOf(hub.id)).toMatchObject([{ action: "hub.archived", data: { from: "published", to: "archived" } }]);
    expect((await latestEmailTo(owner.email))?.subject).toBe(`${hub.name} was taken off the map`);
  });
});

describe("a decision that no longer fits", () => {
  it("tells the moderator someone else decided, and changes nothing", async () => {
    const owner = await createUser();
    const hub = await createHub({ owners: [owner], status: "published", reviewed: true });
    const before = await hubRow(hub.id);
    const attempt = rejectHub(staff.actor, { hubId: hub.id, version: await versionOf(hub.id), message: "No." });
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.not.toBeInstanceOf(NotFoundError);
    await expect(attempt).rejects.toEqual(refusal("hubManagement.moderation.refused", { status: "published" }));
    expect(await hubRow(hub.id)).toEqual(before);
    expect(await auditOf(hub.id)).toHaveLength(0);
    expect(await countEmailsTo(owner.email)).toBe(0);
  });

  it("refuses to decide on fields the moderator has not seen, and changes nothing", async () => {
    const owner = await createUser();
    const hub = await createHub({ owners: [owner] });
    const seen = await versionOf(hub.id);
    await db.hub.update({ where: { id: hub.id }, data: { summary: "Changed by the owner while the moderator was reading." } });
    const before = await hubRow(hub.id);

    await expect(approveHub(staff.actor, { hubId: hub.id, version: seen })).rejects.toEqual(refusal("hubManagement.moderation.errors.ownersChanged"));

    expect(await hubRow(hub.id)).toEqual(before);
    expect(await auditOf(hub.id)).toHaveLength(0);
    expect(await countEmailsTo(owner.email)).toBe(0);
  });

  it("answers 'not found' for a hub that does not exist", async () => {
    await expect(approveHub(staff.actor, { hubId: "no-such-hub", version: "0".repeat(32) })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lets exactly one of two moderators deciding at once win", async () => {
    const owner = await createUser();
    const hub = await createHub({ owners: [owner] });
    const version = await versionOf(hub.id);

    const results = await Promise.allSettled([
      approveHub(staff.actor, { hubId: hub.id, version }),
      rejectHub(admin.actor, { hubId: hub.id, version, message: "Not a creative hub." }),
    ]);

    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(UserError);
    const winner = results[0]!.status === "fulfilled" ? "published" : "rejected";
    expect(lost[0]!.reason).toEqual(refusal("hubManagement.moderation.refused", { status: winner }));
    expect((await hubRow(hub.id)).status).toBe(winner);
    const audit = await auditOf(hub.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.action).toBe(winner === "published" ? "hub.approved" : "hub.rejected");
    expect(await countEmailsTo(owner.email)).toBe(1);
  });
});

describe("requests to manage a hub", () => {
  async function createRequest(hubOwners: TestUser[] = []) {
    const requester = await createUser();
    const hub = await createHub({ owners: hubOwners, status: "published", reviewed: true });
    const request = await db.hubManagementRequest.create({ data: { hubId: hub.id, userId: requester.id, message: "I run this hub since 2019." } });
    return { requester, hub, request };
  }
  const ownersOf = async (hubId: string) => (await db.hubOwner.findMany({ where: { hubId }, select: { userId: true } })).map((o) => o.userId).sort();

  it("approving adds the requester as an owner, and tells them and the existing owners", async () => {
    const existing = await createUser();
    const { requester, hub, request } = await createRequest([existing]);

    await approveManagementRequest(staff.actor, { requestId: request.id });

    expect(await ownersOf(hub.id)).toEqual([existing.id, requester.id].sort());
    const after = await db.hubManagementRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(after).toMatchObject({ status: "approved", decidedById: staff.id });
    expect(after.decidedAt).toBeInstanceOf(Date);
    expect(await auditOf(hub.id)).toMatchObject([{ action: "hub.manager-approved", actorId: staff.id, data: { requestId: request.id, userId: requester.id } }]);
    expect((await latestEmailTo(requester.email))?.subject).toBe(`You now manage ${hub.name}`);
    expect((await latestEmailTo(existing.email))?.subject).toBe(`${requester.name} now also manages ${hub.name}`);
  });

  it("adds the owner once when two moderators approve at once", async () => {
    const { requester, hub, request } = await createRequest();
    const results = await Promise.allSettled([approveManagementRequest(staff.actor, { requestId: request.id }), approveManagementRequest(admin.actor, { requestId: request.id })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(lost?.reason).toBeInstanceOf(UserError);
    expect(lost?.reason).toEqual(refusal("hubManagement.requests.refused", { status: "approved" }));
    expect(await ownersOf(hub.id)).toEqual([requester.id]);
    expect(await auditOf(hub.id)).toHaveLength(1);
    expect(await countEmailsTo(requester.email)).toBe(1);
  });

  it("approving someone who already owns the hub keeps one ownership", async () => {
    const requester = await createUser();
    const hub = await createHub({ owners: [requester], status: "published" });
    const request = await db.hubManagementRequest.create({ data: { hubId: hub.id, userId: requester.id, message: "Me again." } });
    await approveManagementRequest(staff.actor, { requestId: request.id });
    expect(await ownersOf(hub.id)).toEqual([requester.id]);
    expect(await countEmailsTo(requester.email)).toBe(1);
  });

  it("declining tells the requester, with the message, and adds nobody", async () => {
    const { requester, hub, request } = await createRequest();
    await declineManagementRequest(staff.actor, { requestId: request.id, message: "Please write from the hub's own address." });
    expect(await db.hubManagementRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "declined", decidedById: staff.id });
    expect(await ownersOf(hub.id)).toEqual([]);
    expect(await auditOf(hub.id)).toMatchObject([{ action: "hub.manager-declined", data: { message: "Please write from the hub's own address." } }]);
    const email = await latestEmailTo(requester.email);
    expect(email?.subject).toBe(`Your request to manage ${hub.name}`);
    expect(email!.text).toContain("Please write from the hub's own address.");

    await expect(approveManagementRequest(staff.actor, { requestId: request.id })).rejects.toEqual(refusal("hubManagement.requests.refused", { status: "declined" }));
    expect(await ownersOf(hub.id)).toEqual([]);
  });

  it("answers 'not found' for a request that does not exist", async () => {
    await expect(declineManagementRequest(staff.actor, { requestId: "no-such-request" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the queue and the hub's page", () => {
  it("lists pending hubs oldest first, new or resubmitted, searchable by name", async () => {
    const owner = await createUser();
    const q = `${MARK} Queue`;
    const older = await createHub({ owners: [owner], name: `${q} Older`, submittedAt: new Date(Date.now() - 86_400_000), reviewed: true });
    const newer = await createHub({ owners: [owner], name: `${q} Newer`, submittedAt: new Date() });
    await createHub({ owners: [owner], name: `${q} Live`, status: "published" });

    const { hubs, total } = await listHubsForModeration(staff.actor, { show: "review", q: q.toUpperCase(), page: 1 });
    expect(total).toBe(2);
    expect(hubs.map((h) => [h.id, h.submission])).toEqual([
      [older.id, "resubmitted"],
      [newer.id, "new"],
    ]);
    expect(hubs[0]!.owners.map((o) => o.user.email)).toEqual([owner.email]);
    expect(hubs[0]).not.toHaveProperty("contactEmail");

    const published = await listHubsForModeration(staff.actor, { show: "published", q, page: 1 });
    expect(published.hubs.map((h) => h.name)).toEqual([`${q} Live`]);
    expect((await listHubsForModeration(staff.actor, { show: "archived", q, page: 1 })).total).toBe(0);
  });

  it("lists pending requests to manage a hub with the requester", async () => {
    const requester = await createUser();
    const hub = await createHub({ name: `${MARK} Asked`, status: "published" });
    await db.hubManagementRequest.create({ data: { hubId: hub.id, userId: requester.id, message: "It is mine." } });
    const { requests } = await listPendingManagementRequests(staff.actor, { q: `${MARK} Asked`, page: 1 });
    expect(requests).toMatchObject([{ message: "It is mine.", user: { name: requester.name, email: requester.email }, hub: { id: hub.id } }]);
    const counts = await countModerationWork(staff.actor);
    expect(counts.requests).toBeGreaterThanOrEqual(1);
    expect(counts.hubs.pending).toBeGreaterThanOrEqual(1);
  });

  it("shows staff the private fields, the snapshot as last reviewed, and the history", async () => {
    const owner = await createUser();
    const hub = await createHub({ owners: [owner] });
    await requestHubChanges(staff.actor, { hubId: hub.id, version: await versionOf(hub.id), message: "Tell us more." });
    await db.hub.update({ where: { id: hub.id }, data: { summary: "A shared studio, now with a recording room.", status: "pending" } });

    const view = await getHubForModeration(staff.actor, hub.id);
    expect(view.hub.contactEmail).toBe(hub.contactEmail);
    expect(view.hub.owners.map((o) => o.user.email)).toEqual([owner.email]);
    expect(view.reviewed?.summary).toBe(hub.summary);
    expect(view.current.summary).toBe("A shared studio, now with a recording room.");
    expect(view.version).toBe(await versionOf(hub.id));
    expect(view.history).toMatchObject([{ action: "hub.changes-requested", actor: { email: staff.email }, data: { message: "Tell us more." } }]);

    await approveHub(staff.actor, { hubId: hub.id, version: view.version });
    expect((await hubRow(hub.id)).status).toBe("published");
  });
});

describe("members and visitors", () => {
  it("are answered 'not found' by every query", async () => {
    const hub = await createHub();
    for (const actor of [member.actor, null]) {
      await expect(listHubsForModeration(actor, { show: "review", page: 1 })).rejects.toBeInstanceOf(NotFoundError);
      await expect(listPendingManagementRequests(actor, { page: 1 })).rejects.toBeInstanceOf(NotFoundError);
      await expect(countModerationWork(actor)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getHubForModeration(actor, hub.id)).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("are answered 'not found' by every command, even as the hub's owner, and nothing changes", async () => {
    const requester = await createUser();
    const pending = await createHub({ owners: [member] });
    const published = await createHub({ owners: [member], status: "published", reviewed: true });
    const request = await db.hubManagementRequest.create({ data: { hubId: published.id, userId: requester.id, message: "Mine." } });
    const before = { pending: await hubRow(pending.id), published: await hubRow(published.id), emails: await db.outboxEmail.count({ where: { to: { in: [member.email, requester.email] } } }) };

    for (const actor of [member.actor, null]) {
      const pendingInput = { hubId: pending.id, version: await versionOf(pending.id), message: "Looks fine to me." };
      await expect(approveHub(actor, pendingInput)).rejects.toBeInstanceOf(NotFoundError);
      await expect(requestHubChanges(actor, pendingInput)).rejects.toBeInstanceOf(NotFoundError);
      await expect(rejectHub(actor, pendingInput)).rejects.toBeInstanceOf(NotFoundError);
      await expect(archiveHubAsStaff(actor, { hubId: published.id, version: await versionOf(published.id) })).rejects.toBeInstanceOf(NotFoundError);
      await expect(approveManagementRequest(actor, { requestId: request.id })).rejects.toBeInstanceOf(NotFoundError);
      await expect(declineManagementRequest(actor, { requestId: request.id })).rejects.toBeInstanceOf(NotFoundError);
    }

    expect(await hubRow(pending.id)).toEqual(before.pending);
    expect(await hubRow(published.id)).toEqual(before.published);
    expect(await db.hubManagementRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "pending", decidedById: null });
    expect(await db.hubOwner.count({ where: { hubId: published.id, userId: requester.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { targetType: "hub", targetId: { in: [pending.id, published.id] } } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { to: { in: [member.email, requester.email] } } })).toBe(before.emails);
  });
});
