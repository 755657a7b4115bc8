// Staff tools over people: who may change roles, who may see the list of accounts and the
// audit log, and what those lists reveal.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { changeUserRole } from "@/lib/users/commands";
import { AUDIT_PER_PAGE, listAuditEvents, listUsersForStaff, USERS_PER_PAGE } from "@/lib/users/queries";
import { auditFilterSchema } from "@/lib/users/schema";
import { createPublishedHub, createUser } from "./helpers";

type TestUser = Awaited<ReturnType<typeof createUser>>;

const roleOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { role: true } })).role;
const roleChangesOf = (targetId: string) => db.auditEvent.findMany({ where: { action: "user.role-changed", targetId } });

let admin: TestUser;
let staff: TestUser;
let member: TestUser;

beforeAll(async () => {
  [admin, staff, member] = await Promise.all([createUser({ role: "admin" }), createUser({ role: "staff" }), createUser({ role: "member" })]);
});

describe("changeUserRole", () => {
  it("lets an admin make a member staff, and records from and to", async () => {
    const target = await createUser();

    await changeUserRole(admin.actor, { userId: target.id, role: "staff" });

    expect(await roleOf(target.id)).toBe("staff");
    const events = await roleChangesOf(target.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: admin.id, targetType: "user", data: { from: "member", to: "staff" } });
  });

  it("lets an admin take staff rights back", async () => {
    const target = await createUser({ role: "staff" });
    await changeUserRole(admin.actor, { userId: target.id, role: "member" });
    expect(await roleOf(target.id)).toBe("member");
    expect((await roleChangesOf(target.id))[0]).toMatchObject({ data: { from: "staff", to: "member" } });
  });

  it("refuses a staff member with the reason, and changes nothing", async () => {
    const target = await createUser();
    const attempt = changeUserRole(staff.actor, { userId: target.id, role: "staff" });
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.not.toBeInstanceOf(NotFoundError);
    await expect(attempt).rejects.toMatchObject({ text: { key: "account.roles.errors.onlyAdmins" } });
    expect(await roleOf(target.id)).toBe("member");
    expect(await roleChangesOf(target.id)).toHaveLength(0);
  });

  it("answers a member and a visitor 'not found', and changes nothing", async () => {
    const target = await createUser();
    await expect(changeUserRole(member.actor, { userId: target.id, role: "admin" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(changeUserRole(member.actor, { userId: member.id, role: "admin" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(changeUserRole(null, { userId: target.id, role: "admin" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await roleOf(target.id)).toBe("member");
    expect(await roleOf(member.id)).toBe("member");
    expect(await roleChangesOf(target.id)).toHaveLength(0);
  });

  it("does not let an admin change their own role", async () => {
    const attempt = changeUserRole(admin.actor, { userId: admin.id, role: "member" });
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toMatchObject({ text: { key: "account.roles.errors.notYourself" } });
    expect(await roleOf(admin.id)).toBe("admin");
  });

  it("refuses giving a role the person already has", async () => {
    const target = await createUser({ role: "staff" });
    await expect(changeUserRole(admin.actor, { userId: target.id, role: "staff" })).rejects.toMatchObject({ text: { key: "account.roles.errors.already", values: { role: "staff" } } });
    expect(await roleChangesOf(target.id)).toHaveLength(0);
  });

  it("answers 'not found' for an unknown person", async () => {
    await expect(changeUserRole(admin.actor, { userId: "no-such-user-id", role: "staff" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("listUsersForStaff", () => {
  const marker = `Qx${randomBytes(5).toString("hex")}`;
  // Six pages and a bit: enough rows sharing one createdAt for PostgreSQL's bounded sort to
  // order ties differently from one page to the next.
  const COUNT = USERS_PER_PAGE * 6 + 5;
  const ids: string[] = [];

  beforeAll(async () => {
    // One createdAt for all: pages must not depend on how the database breaks ties.
    const createdAt = new Date();
    const rows = Array.from({ length: COUNT }, (_, i) => ({
      name: `Listed ${marker} n${i}.`,
      email: `listed-${marker.toLowerCase()}-${i}@test.invalid`,
      passwordHash: "$2b$04$notarealhashnotarealhashnotarealhashnotarealhashnot",
      createdAt,
    }));
    await db.user.createMany({ data: rows });
    ids.push(...(await db.user.findMany({ where: { name: { contains: marker } }, select: { id: true } })).map((u) => u.id));
    expect(ids).toHaveLength(COUNT);
  });

  it("is open to staff and admins", async () => {
    for (const actor of [staff.actor, admin.actor]) {
      const result = await listUsersForStaff(actor, { q: marker, page: 1 });
      expect(result.total).toBe(COUNT);
    }
  });

  it("answers members and visitors 'not found'", async () => {
    await expect(listUsersForStaff(member.actor, { page: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listUsersForStaff(null, { page: 1 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("searches names and addresses regardless of case", async () => {
    const byName = await listUsersForStaff(staff.actor, { q: `listed ${marker.toUpperCase()} N7.`, page: 1 });
    expect(byName.users.map((u) => u.name)).toEqual([`Listed ${marker} n7.`]);
    const byEmail = await listUsersForStaff(staff.actor, { q: `LISTED-${marker.toUpperCase()}-12@`, page: 1 });
    expect(byEmail.users.map((u) => u.email)).toEqual([`listed-${marker.toLowerCase()}-12@test.invalid`]);
    const own = await listUsersForStaff(staff.actor, { q: member.email.toUpperCase(), page: 1 });
    expect(own.users.map((u) => u.id)).toEqual([member.id]);
    expect((await listUsersForStaff(staff.actor, { q: `${marker}-nobody`, page: 1 })).total).toBe(0);
  });

  it("splits the results into pages that together hold everyone exactly once", async () => {
    const pages = Math.ceil(COUNT / USERS_PER_PAGE);
    const first = await listUsersForStaff(admin.actor, { q: marker, page: 1 });
    expect(first).toMatchObject({ total: COUNT, pages });
    expect(first.users).toHaveLength(USERS_PER_PAGE);
    const second = await listUsersForStaff(admin.actor, { q: marker, page: 2 });
    expect(second.users).toHaveLength(USERS_PER_PAGE);
    expect(second.users.map((u) => u.id)).not.toContain(first.users[0]!.id);

    const seen: string[] = [];
    for (let page = 1; page <= pages; page++) seen.push(...(await listUsersForStaff(admin.actor, { q: marker, page })).users.map((u) => u.id));
    expect(seen).toHaveLength(COUNT);
    expect(new Set(seen).size).toBe(COUNT);
    expect([...seen].sort()).toEqual([...ids].sort());
    expect((await listUsersForStaff(admin.actor, { q: marker, page: pages + 1 })).users).toHaveLength(0);
  });

  it("lists newest first", async () => {
    const older = await createUser({ name: `Order ${marker} older` });
    await db.user.update({ where: { id: older.id }, data: { createdAt: new Date(Date.now() - 60_000) } });
    const newer = await createUser({ name: `Order ${marker} newer` });
    const { users } = await listUsersForStaff(staff.actor, { q: `Order ${marker}`, page: 1 });
    expect(users.map((u) => u.id)).toEqual([newer.id, older.id]);
  });

  it("never selects the password hash or other private columns", async () => {
    const { users } = await listUsersForStaff(staff.actor, { q: marker, page: 1 });
    for (const user of users) {
      expect(Object.keys(user).sort()).toEqual(["createdAt", "email", "emailVerified", "id", "name", "role"]);
    }
  });
});

describe("listAuditEvents", () => {
  const targetType = `test-${randomBytes(5).toString("hex")}`;
  const COUNT = AUDIT_PER_PAGE + 10;
  // Dated in the future so that events other test files write meanwhile never come
  // before these in "newest first": the first two pages are exactly ours.
  const base = Date.UTC(2100, 0, 1);

  beforeAll(async () => {
    await db.auditEvent.createMany({
      data: Array.from({ length: COUNT }, (_, i) => ({
        action: "test.listed",
        targetType,
        targetId: String(i),
        actorId: i === 0 ? admin.id : null,
        createdAt: new Date(base + i * 1000),
      })),
    });
  });
  afterAll(async () => {
    await db.auditEvent.deleteMany({ where: { targetType } });
  });

  it("is open to staff and admins", async () => {
    for (const actor of [staff.actor, admin.actor]) {
      const { events, total } = await listAuditEvents(actor, { page: 1 });
      expect(total).toBeGreaterThanOrEqual(COUNT);
      expect(events[0]).toMatchObject({ targetType, targetId: String(COUNT - 1) });
    }
  });

  it("answers members and visitors 'not found'", async () => {
    await expect(listAuditEvents(member.actor, { page: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listAuditEvents(null, { page: 1 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("pages newest first", async () => {
    const first = await listAuditEvents(staff.actor, { page: 1 });
    const second = await listAuditEvents(staff.actor, { page: 2 });
    expect(first.events).toHaveLength(AUDIT_PER_PAGE);
    expect(first.pages).toBe(Math.ceil(first.total / AUDIT_PER_PAGE));
    expect(first.pages).toBeGreaterThanOrEqual(2);
    expect(first.events.map((e) => e.targetId)).toEqual(Array.from({ length: AUDIT_PER_PAGE }, (_, i) => String(COUNT - 1 - i)));
    expect(second.events.slice(0, COUNT - AUDIT_PER_PAGE).map((e) => e.targetId)).toEqual(
      Array.from({ length: COUNT - AUDIT_PER_PAGE }, (_, i) => String(COUNT - AUDIT_PER_PAGE - 1 - i)),
    );
  });

  it("names the actor by name and address only, and keeps events whose actor is gone", async () => {
    const { events } = await listAuditEvents(staff.actor, { page: 2 });
    const byAdmin = events.find((e) => e.targetType === targetType && e.targetId === "0");
    expect(byAdmin!.actor).toEqual({ id: admin.id, name: admin.name, email: admin.email });
    const anonymous = events.find((e) => e.targetType === targetType && e.targetId === "1");
    expect(anonymous!.actor).toBeNull();
    for (const event of events) {
      expect(Object.keys(event).sort()).toEqual(["action", "actor", "createdAt", "data", "id", "requestId", "targetEmail", "targetEvent", "targetHubId", "targetId", "targetKind", "targetName", "targetType"]);
    }
  });
});

describe("the audit log names the records", () => {
  // Dated after anything other tests write now (and before the rows of "listAuditEvents"
  // above while they last), so these sit together on the first pages.
  const base = Date.UTC(2099, 0, 1);
  const tag = randomBytes(4).toString("hex");
  const ids: string[] = [];

  beforeAll(async () => {
    const hubs = await Promise.all(Array.from({ length: 5 }, () => createPublishedHub()));
    const people = await Promise.all(Array.from({ length: 5 }, () => createUser()));
    const event = await db.event.create({
      data: {
        slug: `audit-${tag}`, kind: "workshop", title: `Audit workshop ${tag}`, summary: "A workshop the audit log names.", startsOn: new Date("2030-01-01"),
        endsOn: new Date("2030-01-01"), timeZone: "Europe/Madrid", city: "Madrid", countryCode: "ES",
      },
    });
    const application = await db.eventApplication.create({ data: { status: "pending", role: "manager", bring: "x", takeAway: "y", eventId: event.id, userId: people[0]!.id } });
    const message = await db.contactMessage.create({ data: { name: `Sender ${tag}`, email: "sender@test.invalid", topic: "general", message: "Hello" } });
    const rows = [
      ...hubs.map((h) => ({ action: "hub.updated", targetType: "hub", targetId: h.id, data: { changes: [{ field: "name", before: "Old", after: h.name }] } })),
      ...people.map((p) => ({ action: "user.role-changed", targetType: "user", targetId: p.id, data: { from: "member", to: "staff" } })),
      { action: "event.updated", targetType: "event", targetId: event.id, data: { changes: ["capacity"] } },
      { action: "event.application.accepted", targetType: "EventApplication", targetId: application.id },
      { action: "contact.handled", targetType: "contact-message", targetId: message.id },
      { action: "hub.approved", targetType: "hub", targetId: "gone" },
    ];
    const created = await db.auditEvent.createManyAndReturn({
      data: rows.map((row, i) => ({ ...row, actorId: admin.id, createdAt: new Date(base + i * 1000) })),
      select: { id: true },
    });
    ids.push(...created.map((c) => c.id));
  });
  afterAll(async () => {
    await db.auditEvent.deleteMany({ where: { id: { in: ids } } });
  });

  it("resolves the names of hubs, people, events, applications and messages in the page's own query, not one query a row", async () => {
    // Count what the query asks of Prisma: a lookup per row would show as hub/user/event reads.
    const holder = globalThis as unknown as { prisma: object };
    const real = holder.prisma;
    const asked: string[] = [];
    holder.prisma = new Proxy(real, {
      get(target, property) {
        asked.push(String(property));
        const value = Reflect.get(target, property, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    let pages: Awaited<ReturnType<typeof listAuditEvents>>[];
    try {
      pages = [await listAuditEvents(staff.actor, { page: 1 }), await listAuditEvents(staff.actor, { page: 2 })];
    } finally {
      holder.prisma = real;
    }
    expect(asked.filter((p) => !p.startsWith("$") && p !== "auditEvent" && typeof p === "string")).toEqual([]);
    // Two pages, each its count and its rows: however many kinds of record they name.
    expect(asked.filter((p) => p === "$queryRaw")).toHaveLength(4);

    const ours = pages.flatMap((p) => p.events).filter((e) => ids.includes(e.id));
    expect(ours).toHaveLength(ids.length);
    const byTarget = (type: string) => ours.filter((e) => e.targetType === type);
    expect(byTarget("hub").filter((e) => e.targetName).map((e) => e.targetName!.startsWith("Canal Studios"))).toEqual([true, true, true, true, true]);
    expect(byTarget("hub").find((e) => e.targetId === "gone")).toMatchObject({ targetName: null, action: "hub.approved" });
    expect(byTarget("user").every((e) => e.targetName?.startsWith("Test member") && e.targetEmail?.endsWith("@test.invalid"))).toBe(true);
    expect(byTarget("event")[0]).toMatchObject({ targetName: `Audit workshop ${tag}`, data: { changes: ["capacity"] } });
    expect(byTarget("EventApplication")[0]).toMatchObject({ targetEvent: { title: `Audit workshop ${tag}` } });
    expect(byTarget("EventApplication")[0]!.targetName).toMatch(/^Test member/);
    expect(byTarget("contact-message")[0]).toMatchObject({ targetName: `Sender ${tag}` });
    expect(ours.every((e) => e.actor?.name === admin.name && e.createdAt instanceof Date)).toBe(true);
  });
});

describe("listAuditEvents' filters", () => {
  // A day of the year 2101 that nothing else writes to, so that the filters see only these rows.
  const at = (iso: string) => new Date(iso);
  const ids: string[] = [];
  beforeAll(async () => {
    const rows = [
      { targetType: "hub", actorId: admin.id, createdAt: at("2101-03-01T23:30:00Z") }, // 2 March, 00:30 in Brussels (winter time)
      { targetType: "job", actorId: null, createdAt: at("2101-03-02T12:00:00Z") },
      { targetType: "hub", actorId: null, createdAt: at("2101-03-02T22:59:00Z") }, // 2 March, 23:59 in Brussels
      { targetType: "hub", actorId: admin.id, createdAt: at("2101-03-02T23:30:00Z") }, // 3 March in Brussels
      { targetType: "job", actorId: admin.id, createdAt: at("2101-03-01T12:00:00Z") },
    ];
    for (const row of rows) ids.push((await db.auditEvent.create({ data: { action: "hub.approved", targetId: "filtered", ...row }, select: { id: true } })).id);
  });
  afterAll(async () => {
    await db.auditEvent.deleteMany({ where: { id: { in: ids } } });
  });
  const found = async (filters: Parameters<typeof listAuditEvents>[1]) => {
    const { events, total } = await listAuditEvents(staff.actor, filters);
    expect(total).toBe(events.length);
    return events.map((e) => ids.indexOf(e.id)).sort();
  };

  it("keeps the days asked for, as Brussels counts them, both ends included", async () => {
    expect(await found({ page: 1, from: "2101-03-02", to: "2101-03-02" })).toEqual([0, 1, 2]);
    expect(await found({ page: 1, from: "2101-03-01", to: "2101-03-01" })).toEqual([4]);
  });

  it("keeps one kind of record, and what one person did, found by name or address", async () => {
    const days = { from: "2101-03-01", to: "2101-03-03" };
    expect(await found({ page: 1, ...days, target: "job" })).toEqual([1, 4]);
    expect(await found({ page: 1, ...days, person: admin.email.slice(2, 10).toUpperCase() })).toEqual([0, 3, 4]);
    expect(await found({ page: 1, ...days, person: admin.name, target: "hub" })).toEqual([0, 3]);
    // A wildcard typed in the box is a character, not "anything".
    expect(await found({ page: 1, ...days, person: "%" })).toEqual([]);
  });

  it("reads its filters from the address, and drops what it cannot read", () => {
    expect(auditFilterSchema.parse({ target: "hub", person: " Ada ", from: "2101-03-01", to: "2101-13-45", page: "2" })).toEqual({ target: "hub", person: "Ada", from: "2101-03-01", to: undefined, page: 2 });
    expect(auditFilterSchema.parse({ target: "Hub'; --", from: "yesterday" })).toEqual({ target: undefined, person: undefined, from: undefined, to: undefined, page: 1 });
  });
});
