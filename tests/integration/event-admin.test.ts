// Staff create, change, publish, unpublish and cancel events: each change is audited,
// a refused form or a refused person changes nothing, and seats given are never undercut.
// Refusals carry a catalogue key (staff.events.*), read here in English as staff see them.
import { randomBytes } from "node:crypto";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/messages";
import type { MessageKey } from "@/lib/message";
import { db } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { cancelEvent, createEvent, publishEvent, unpublishEvent, updateEvent } from "@/lib/events/commands";
import { eventSchema, type EventInput } from "@/lib/events/schema";
import { countEventsForStaff, getEventForStaff, listEventsForStaff } from "@/lib/events/admin-queries";
import { createPublishedHub, createUser, latestEmailTo } from "./helpers";

type TestUser = Awaited<ReturnType<typeof createUser>>;

const suffix = () => randomBytes(4).toString("hex");

/** A valid form, as it arrives from the page, with `over` changed. */
const input = (over: Record<string, unknown> = {}): EventInput =>
  eventSchema.parse({
    kind: "workshop",
    title: `Admin Workshop ${suffix()}`,
    summary: "Two days of practical work on telling your hub's story.",
    datePrecision: "day",
    startsOn: "2031-03-22",
    endsOn: "2031-03-23",
    timeZone: "Europe/Madrid",
    city: "Madrid",
    countryCode: "ES",
    capacity: "10",
    participation: "application",
    applicationsCloseOn: "2031-02-26",
    curators: "Ana Ribeiro",
    ...over,
  });

const auditOf = (eventId: string) => db.auditEvent.findMany({ where: { targetType: "event", targetId: eventId }, orderBy: { createdAt: "asc" } });
const eventRow = (id: string) => db.event.findUniqueOrThrow({ where: { id } });

let staff: TestUser;
let member: TestUser;

let english: (error: UserError) => string;

beforeAll(async () => {
  [staff, member] = await Promise.all([createUser({ role: "staff" }), createUser()]);
  const t = createTranslator({ locale: "en-GB", messages: await loadMessages("en-GB") });
  english = (error) => (typeof error.text === "string" ? error.text : t(error.text.key, error.text.values as never));
});

/** Refused with a UserError of this key (and values), at `field` when given, which reads `says` in English. */
async function expectRefusal(promise: Promise<unknown>, key: MessageKey, { values, field, says }: { values?: Record<string, unknown>; field?: string; says: string | RegExp }) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  const refusal = error as UserError;
  expect(refusal.text).toEqual(values ? { key, values } : { key });
  if (field) expect(refusal.field).toBe(field);
  expect(english(refusal)).toMatch(says);
}

async function addApplication(eventId: string, status: "pending" | "accepted" | "registered" | "waitlisted" | "declined" | "withdrawn") {
  const person = await createUser();
  await db.eventApplication.create({
    data: { eventId, userId: person.id, status, role: "Director", bring: "Stories", takeAway: "Ideas", ...(status === "waitlisted" ? { waitlistedAt: new Date() } : {}) },
  });
  return person;
}

describe("createEvent", () => {
  it("creates a draft with a slug from its title, and audits it", async () => {
    const event = await createEvent(staff.actor, input({ title: "Hubs and their Cities ÉTÉ" }), { coverImageKey: null });
    const row = await eventRow(event.id);
    expect(row).toMatchObject({ status: "draft", publishedAt: null, title: "Hubs and their Cities ÉTÉ", capacity: 10, curators: ["Ana Ribeiro"] });
    expect(row.slug).toMatch(/^hubs-and-their-cities-ete(-\d+)?$/);
    expect((await auditOf(event.id)).map((a) => a.action)).toEqual(["event.created"]);
  });

  it("gives clashing titles their own slugs, even when saved at the same moment", async () => {
    const title = `Same Title ${suffix()}`;
    const events = await Promise.all(Array.from({ length: 4 }, () => createEvent(staff.actor, input({ title }), { coverImageKey: null })));
    const base = title.toLowerCase().replace(/ /g, "-");
    expect(events.map((e) => e.slug).sort()).toEqual([base, `${base}-2`, `${base}-3`, `${base}-4`]);
  });

  it("links a published host hub named by its address or its name, and refuses an unknown one at the field, saving nothing", async () => {
    const hub = await createPublishedHub();
    for (const ref of [hub.slug, hub.name.toUpperCase(), `https://example.org/hubs/${hub.slug}`]) {
      const event = await createEvent(staff.actor, input({ title: `Hosted ${suffix()}`, hostHub: ref }), { coverImageKey: null });
      expect((await eventRow(event.id)).hubId, ref).toBe(hub.id);
    }
    const missing = `Missing Hub ${suffix()}`;
    await expectRefusal(createEvent(staff.actor, input({ title: missing, hostHub: `no-such-hub-${suffix()}` }), { coverImageKey: null }), "staff.events.errors.hostHubUnknown", {
      field: "hostHub",
      says: /^No published hub has that name or address/,
    });
    // Two hubs of one name (in two cities): the name alone does not say which.
    const twin = await createPublishedHub({ name: hub.name, city: "Zwolle" });
    expect(twin.name).toBe(hub.name);
    await expectRefusal(createEvent(staff.actor, input({ title: missing, hostHub: hub.name }), { coverImageKey: null }), "staff.events.errors.hostHubAmbiguous", {
      field: "hostHub",
      says: /^Several published hubs have that name/,
    });
    expect(await db.event.count({ where: { title: missing } })).toBe(0);
  });

  it("refuses a cover key that is not a stored event cover", async () => {
    const title = `Borrowed Cover ${suffix()}`;
    await expectRefusal(createEvent(staff.actor, input({ title, coverImageAlt: "x" }), { coverImageKey: "hubs/0123abcd.webp" }), "staff.events.errors.coverImageMissing", {
      field: "coverImage",
      says: "We could not find the cover image. Please choose it again.",
    });
    expect(await db.event.count({ where: { title } })).toBe(0);
  });
});

describe("updateEvent", () => {
  it("saves the changes with the changed fields in the audit log, the slug following the title while never published", async () => {
    const event = await createEvent(staff.actor, input(), { coverImageKey: null });
    const title = `Renamed Workshop ${suffix()}`;
    const saved = await updateEvent(staff.actor, event.id, input({ title, city: "Valencia", capacity: "" }), { coverImageKey: null });
    expect(saved.changed).toBeGreaterThan(0);
    expect(await eventRow(event.id)).toMatchObject({ title, city: "Valencia", capacity: null, slug: title.toLowerCase().replace(/ /g, "-") });
    const audit = await auditOf(event.id);
    expect(audit.map((a) => a.action)).toEqual(["event.created", "event.updated"]);
    expect((audit[1]!.data as { changes: string[] }).changes).toEqual(expect.arrayContaining(["title", "city", "capacity", "slug"]));
  });

  it("never changes the slug once the event has been published", async () => {
    const event = await createEvent(staff.actor, input(), { coverImageKey: null });
    await publishEvent(staff.actor, event.id);
    await updateEvent(staff.actor, event.id, input({ title: `Another Title ${suffix()}` }), { coverImageKey: null });
    expect((await eventRow(event.id)).slug).toBe(event.slug);
  });

  it("saves nothing and audits nothing when nothing changed", async () => {
    const form = input();
    const event = await createEvent(staff.actor, form, { coverImageKey: null });
    const saved = await updateEvent(staff.actor, event.id, form, { coverImageKey: null });
    expect(saved.changed).toBe(0);
    expect(await auditOf(event.id)).toHaveLength(1);
  });

  it("refuses a capacity below the seats already given, at the field, and changes nothing", async () => {
    const event = await createEvent(staff.actor, input({ capacity: "5" }), { coverImageKey: null });
    await addApplication(event.id, "accepted");
    await addApplication(event.id, "accepted");
    await addApplication(event.id, "registered");
    const before = await eventRow(event.id);
    const refusal = updateEvent(staff.actor, event.id, input({ title: before.title, capacity: "2" }), { coverImageKey: null });
    await expectRefusal(refusal, "staff.events.errors.capacityBelowSeats", { values: { seats: 3 }, field: "capacity", says: /^3 seats are already given: the capacity cannot be lower than that/ });
    expect(await eventRow(event.id)).toEqual(before);
    await updateEvent(staff.actor, event.id, input({ title: before.title, capacity: "3" }), { coverImageKey: null });
    expect((await eventRow(event.id)).capacity).toBe(3);
  });

  it("maps the database's own refusal of a capacity below the seats", async () => {
    const event = await createEvent(staff.actor, input({ capacity: "5" }), { coverImageKey: null });
    await addApplication(event.id, "accepted");
    await addApplication(event.id, "accepted");
    await expect(db.event.update({ where: { id: event.id }, data: { capacity: 1 } })).rejects.toThrow(/event_capacity_below_seats/);
  });

  it("offers new seats to the waiting list when the capacity of a published event goes up", async () => {
    const event = await createEvent(staff.actor, input({ capacity: "1" }), { coverImageKey: null });
    await publishEvent(staff.actor, event.id);
    await addApplication(event.id, "accepted");
    const waiting = await addApplication(event.id, "waitlisted");
    const { title } = await eventRow(event.id);
    const saved = await updateEvent(staff.actor, event.id, input({ title, capacity: "2" }), { coverImageKey: null });
    expect(saved.offered).toBe(1);
    expect(await db.eventApplication.findFirstOrThrow({ where: { eventId: event.id, userId: waiting.id } })).toMatchObject({ status: "offered" });
  });
});

describe("publish, unpublish, cancel", () => {
  it("publishes a draft once, keeps the first publication date, and takes it back to draft", async () => {
    const event = await createEvent(staff.actor, input(), { coverImageKey: null });
    await publishEvent(staff.actor, event.id);
    const published = await eventRow(event.id);
    expect(published.status).toBe("published");
    expect(published.publishedAt).toBeInstanceOf(Date);
    await expectRefusal(publishEvent(staff.actor, event.id), "staff.events.refusals.publishNotDraft", { says: /^Only a draft can be published/ });

    await unpublishEvent(staff.actor, event.id);
    expect((await eventRow(event.id)).status).toBe("draft");
    await expectRefusal(unpublishEvent(staff.actor, event.id), "staff.events.refusals.unpublishNotPublished", { says: /^Only a published event can be unpublished/ });
    await publishEvent(staff.actor, event.id);
    expect((await eventRow(event.id)).publishedAt).toEqual(published.publishedAt);
    expect((await auditOf(event.id)).map((a) => a.action)).toEqual(["event.created", "event.published", "event.unpublished", "event.published"]);
  });

  it("cancels with a message, emails every live applicant and nobody else, and offers no seat", async () => {
    const event = await createEvent(staff.actor, input({ capacity: "2" }), { coverImageKey: null });
    await publishEvent(staff.actor, event.id);
    const accepted = await addApplication(event.id, "accepted");
    const pending = await addApplication(event.id, "pending");
    const waiting = await addApplication(event.id, "waitlisted");
    const withdrawn = await addApplication(event.id, "withdrawn");
    const declined = await addApplication(event.id, "declined");

    const result = await cancelEvent(staff.actor, event.id, "The venue has closed for repairs.");
    expect(result.emailed).toBe(3);
    expect(await eventRow(event.id)).toMatchObject({ status: "cancelled", cancelMessage: "The venue has closed for repairs." });
    for (const person of [accepted, pending, waiting]) {
      const email = await latestEmailTo(person.email);
      expect(email?.subject).toMatch(/^Cancelled: /);
      expect(email?.text).toContain("The venue has closed for repairs.");
    }
    for (const person of [withdrawn, declined]) expect(await latestEmailTo(person.email)).toBeNull();
    expect(await db.eventApplication.count({ where: { eventId: event.id, status: "offered" } })).toBe(0);
    const audit = await auditOf(event.id);
    expect(audit.at(-1)).toMatchObject({ action: "event.cancelled", actorId: staff.id });
    await expectRefusal(cancelEvent(staff.actor, event.id, "Again."), "staff.events.refusals.alreadyCancelled", { says: "This event is already cancelled." });
  });
});

describe("refused", () => {
  it("a member, or nobody, gets “not found” from every staff command, and the database is unchanged", async () => {
    const event = await createEvent(staff.actor, input(), { coverImageKey: null });
    const before = await eventRow(event.id);
    // This file's events only ("Admin Workshop …"): other test files add theirs at the same time.
    const ours = () => db.event.count({ where: { title: { startsWith: "Admin Workshop " } } });
    const events = await ours();
    for (const actor of [member.actor, null]) {
      await expect(createEvent(actor, input(), { coverImageKey: null })).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateEvent(actor, event.id, input({ title: "Taken over" }), { coverImageKey: null })).rejects.toBeInstanceOf(NotFoundError);
      await expect(publishEvent(actor, event.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(unpublishEvent(actor, event.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(cancelEvent(actor, event.id, "Not my event to cancel.")).rejects.toBeInstanceOf(NotFoundError);
      await expect(getEventForStaff(actor, event.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(listEventsForStaff(actor, { view: "drafts", page: 1 })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await eventRow(event.id)).toEqual(before);
    expect(await ours()).toBe(events);
    expect(await auditOf(event.id)).toHaveLength(1);
  });

  it("an unknown event is “not found” for staff too", async () => {
    await expect(publishEvent(staff.actor, "no-such-event")).rejects.toBeInstanceOf(UserError);
    await expect(updateEvent(staff.actor, "no-such-event", input(), { coverImageKey: null })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("staff lists", () => {
  it("puts drafts, published and cancelled events in their tabs, with seats and pending counts", async () => {
    const draft = await createEvent(staff.actor, input(), { coverImageKey: null });
    const live = await createEvent(staff.actor, input(), { coverImageKey: null });
    await publishEvent(staff.actor, live.id);
    await addApplication(live.id, "accepted");
    await addApplication(live.id, "pending");
    await addApplication(live.id, "pending");
    const counts = await countEventsForStaff(staff.actor);
    expect(counts.drafts).toBeGreaterThan(0);
    const drafts = await listEventsForStaff(staff.actor, { view: "drafts", page: 1 });
    expect(drafts.total).toBe(counts.drafts);
    let upcoming: Awaited<ReturnType<typeof listEventsForStaff>>["events"] = [];
    for (let page = 1; page <= Math.ceil(counts.upcoming / 20); page++) upcoming.push(...(await listEventsForStaff(staff.actor, { view: "upcoming", page })).events);
    upcoming = upcoming.filter((e) => e.id === live.id);
    expect(upcoming[0]).toMatchObject({ pending: 2, _count: { applications: 1 }, capacity: 10 });
    expect(upcoming.find((e) => e.id === draft.id)).toBeUndefined();
  });
});
