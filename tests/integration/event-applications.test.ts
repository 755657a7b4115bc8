// Members apply to and register for events: the window is enforced with its reason, one
// application per person holds under concurrent submits, seats never exceed capacity under a
// burst of registrations, and a freed seat goes to the waiting list in order, for 72 hours.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { acceptOffer, declineOffer, submitApplication, updateApplication, withdrawApplication } from "@/lib/events/applications/commands";
import { expireOffers } from "@/lib/events/applications/offers";
import { getOwnApplicationStatus, listOwnApplications } from "@/lib/events/applications/queries";
import type { ApplicationInput } from "@/lib/events/applications/schema";
import { OFFER_HOURS } from "@/lib/events/rules";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countEmailsTo, createPublishedHub, createUser, latestEmailTo } from "./helpers";

type TestUser = Awaited<ReturnType<typeof createUser>>;

const DAY = 86_400_000;
const HOUR = 3_600_000;
const suffix = () => randomBytes(5).toString("hex");
/** A date-only value `days` from today (UTC), as @db.Date stores it. */
const dateIn = (days: number) => {
  const d = new Date(Date.now() + days * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
};

/** A published registration event a month ahead, open now, unless `data` says otherwise. */
async function createEvent(data: Partial<Prisma.EventUncheckedCreateInput> = {}) {
  return db.event.create({
    data: {
      slug: `test-event-${suffix()}`,
      kind: "workshop",
      title: `Test workshop ${suffix()}`,
      summary: "A day of talks and practice.",
      startsOn: dateIn(30),
      endsOn: dateIn(31),
      timeZone: "Europe/Berlin",
      city: "Berlin",
      countryCode: "DE",
      capacity: 10,
      participation: "registration",
      status: "published",
      publishedAt: new Date(),
      ...data,
    },
  });
}

const answers = (extra: Partial<ApplicationInput> = {}): ApplicationInput => ({
  role: "Programme manager",
  bring: "Ten years of running residencies.",
  takeAway: "Ideas for our members' newsletter.",
  ...extra,
});

const rowsOf = (eventId: string) =>
  db.eventApplication.findMany({ where: { eventId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
const seatsOf = (eventId: string) => db.eventApplication.count({ where: { eventId, status: { in: ["accepted", "registered", "offered"] } } });
const auditOf = (id: string) => db.auditEvent.findMany({ where: { targetType: "EventApplication", targetId: id }, orderBy: { createdAt: "asc" } });

/** Fills `count` seats of an event with registrations by new users. */
async function takeSeats(eventId: string, count: number) {
  for (let i = 0; i < count; i++) {
    const user = await createUser();
    await db.eventApplication.create({ data: { eventId, userId: user.id, status: "registered", role: "Host", bring: "x", takeAway: "y" } });
  }
}

/** Refused with `kind`, and, when given, the message's key and some of its values. */
async function expectRefusal(promise: Promise<unknown>, kind: typeof UserError, key?: string, values?: Record<string, unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(kind);
  if (key) expect((error as UserError).text).toMatchObject({ key, ...(values ? { values } : {}) });
}

let member: TestUser;
beforeAll(async () => {
  member = await createUser();
});

describe("submitApplication", () => {
  it("registers at once while seats remain, with an email and an audit row", async () => {
    const event = await createEvent();
    const saved = await submitApplication(member.actor, event.slug, answers({ needs: "Vegetarian" }));
    expect(saved.status).toBe("registered");
    const [row] = await rowsOf(event.id);
    expect(row).toMatchObject({ status: "registered", userId: member.id, role: "Programme manager", needs: "Vegetarian", waitlistedAt: null });
    expect((await latestEmailTo(member.email))?.subject).toBe(`You are registered: ${event.title}`);
    expect((await auditOf(row!.id)).map((a) => a.action)).toEqual(["event.registration.submitted"]);
  });

  it("takes an application for review, and says when the decision comes", async () => {
    const event = await createEvent({ participation: "application", applicationsCloseOn: dateIn(20) });
    const saved = await submitApplication(member.actor, event.slug, answers());
    expect(saved.status).toBe("pending");
    const email = await latestEmailTo(member.email);
    expect(email?.subject).toBe(`We have your application: ${event.title}`);
    expect(email?.text).toContain("Applications close on");
  });

  it("puts a registration beyond capacity on the waiting list, in order, and tells the person their place", async () => {
    const event = await createEvent({ capacity: 1 });
    await takeSeats(event.id, 1);
    const [a, b] = [await createUser(), await createUser()];
    expect((await submitApplication(a.actor, event.slug, answers())).status).toBe("waitlisted");
    expect((await submitApplication(b.actor, event.slug, answers())).status).toBe("waitlisted");
    expect((await latestEmailTo(b.email))?.text).toContain("you are number 2");
    const { applications } = await listOwnApplications(b.actor, { page: 1 });
    expect(applications[0]).toMatchObject({ status: "waitlisted", position: 2 });
  });

  it("takes a hub only from the applicant's own hubs; any other id counts as a typed name", async () => {
    const owner = await createUser();
    const hub = await createPublishedHub({ ownerId: owner.id });
    const stranger = await createUser();
    const event = await createEvent();
    await submitApplication(owner.actor, event.slug, answers({ hubId: hub.id }));
    await submitApplication(stranger.actor, event.slug, answers({ hubId: hub.id, hubName: "My own collective" }));
    const rows = await rowsOf(event.id);
    expect(rows.find((r) => r.userId === owner.id)).toMatchObject({ hubId: hub.id, hubName: hub.name });
    expect(rows.find((r) => r.userId === stranger.id)).toMatchObject({ hubId: null, hubName: "My own collective" });
  });

  it("takes only the hubs the form offers: an archived or turned-down hub of one's own counts as no hub", async () => {
    const owner = await createUser();
    const archived = await createPublishedHub({ ownerId: owner.id });
    await db.hub.update({ where: { id: archived.id }, data: { status: "archived" } });
    const event = await createEvent();
    await submitApplication(owner.actor, event.slug, answers({ hubId: archived.id, hubName: "Typed instead" }));
    expect((await rowsOf(event.id)).find((r) => r.userId === owner.id)).toMatchObject({ hubId: null, hubName: "Typed instead" });
  });

  it("keeps one application per person when the same person submits twice at once", async () => {
    const person = await createUser();
    const event = await createEvent({ participation: "application" });
    const results = await Promise.allSettled([1, 2, 3].map(() => submitApplication(person.actor, event.slug, answers())));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect(r.reason).toBeInstanceOf(UserError);
      expect(r.reason.text).toEqual({ key: "eventApplications.errors.alreadyApplied" });
    }
    expect(await rowsOf(event.id)).toHaveLength(1);
    expect(await countEmailsTo(person.email)).toBe(1);
  });

  it("lets someone who withdrew apply again on the same row while the window is open", async () => {
    const person = await createUser();
    const event = await createEvent();
    const first = await submitApplication(person.actor, event.slug, answers());
    await withdrawApplication(person.actor, first.id);
    const again = await submitApplication(person.actor, event.slug, answers({ role: "Founder" }));
    expect(again.id).toBe(first.id);
    expect(await rowsOf(event.id)).toEqual([expect.objectContaining({ id: first.id, status: "registered", role: "Founder" })]);
  });

  it("lets people withdraw after staff turn the event back into a draft or stop taking applications, without offering the seat on", async () => {
    for (const change of [{ status: "draft" as const }, { participation: "information" as const }]) {
      const event = await createEvent({ capacity: 1 });
      const holder = await createUser();
      const waiting = await createUser();
      const held = await submitApplication(holder.actor, event.slug, answers());
      const next = await submitApplication(waiting.actor, event.slug, answers());
      expect(next.status).toBe("waitlisted");
      await db.event.update({ where: { id: event.id }, data: change });

      await withdrawApplication(holder.actor, held.id);
      expect((await rowsOf(event.id)).map((r) => r.status)).toEqual(["withdrawn", "waitlisted"]);
      // Editing is still refused: the event takes no applications now.
      await expect(updateApplication(waiting.actor, next.id, answers())).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("after a cancellation, neither withdraws nor takes an offered seat: the cancellation wins, nothing changes", async () => {
    const event = await createEvent({ capacity: 2 });
    const [holder, waiting] = [await createUser(), await createUser()];
    const held = await submitApplication(holder.actor, event.slug, answers());
    const next = await submitApplication(waiting.actor, event.slug, answers());
    // As if a seat had been offered from the waiting list before the cancellation.
    await db.eventApplication.update({ where: { id: next.id }, data: { status: "offered", offerExpiresAt: new Date(Date.now() + DAY) } });
    await db.event.update({ where: { id: event.id }, data: { status: "cancelled", cancelMessage: "The venue closed." } });

    await expectRefusal(withdrawApplication(holder.actor, held.id), UserError, "eventApplications.errors.withdraw.cancelled");
    await expectRefusal(acceptOffer(waiting.actor, next.id), UserError, "eventApplications.errors.cancelledNoSeat");
    expect((await rowsOf(event.id)).map((r) => r.status)).toEqual(["registered", "offered"]);
  });

  describe("outside the window: refused with the reason, nothing saved", () => {
    const cases: [string, Partial<Prisma.EventUncheckedCreateInput>, typeof UserError, string, Record<string, unknown>?][] = [
      ["not open yet", { applicationsOpenOn: dateIn(5) }, UserError, "eventApplications.window.notOpen", { participation: "registration", date: dateIn(5) }],
      ["closed", { applicationsCloseOn: dateIn(-2) }, UserError, "eventApplications.window.closedOn", { participation: "registration", date: dateIn(-2) }],
      ["closed (application)", { participation: "application", applicationsCloseOn: dateIn(-1) }, UserError, "eventApplications.window.closedOn", { participation: "application" }],
      ["cancelled", { status: "cancelled", cancelMessage: "The venue closed." }, UserError, "eventApplications.window.cancelled"],
      ["a draft", { status: "draft", publishedAt: null }, NotFoundError, "forms.errors.notFound"],
      ["information only", { participation: "information" }, NotFoundError, "forms.errors.notFound"],
    ];
    for (const [label, data, kind, key, values] of cases) {
      it(label, async () => {
        const event = await createEvent(data);
        await expectRefusal(submitApplication(member.actor, event.slug, answers()), kind, key, values);
        expect(await rowsOf(event.id)).toEqual([]);
      });
    }

    it("a visitor, and an unknown event", async () => {
      const event = await createEvent();
      await expectRefusal(submitApplication(null, event.slug, answers()), NotFoundError);
      await expectRefusal(submitApplication(member.actor, `no-such-event-${suffix()}`, answers()), NotFoundError);
      expect(await rowsOf(event.id)).toEqual([]);
    });
  });
});

describe("the capacity race", () => {
  it("gives the last seat to exactly one of 20 people registering at once, waitlists the rest, then offers freed seats in order", async () => {
    const capacity = 5;
    const event = await createEvent({ capacity });
    await takeSeats(event.id, capacity - 1);
    const people = await Promise.all(Array.from({ length: 20 }, () => createUser()));

    const results = await Promise.all(people.map((p) => submitApplication(p.actor, event.slug, answers())));
    expect(results.filter((r) => r.status === "registered")).toHaveLength(1);
    expect(results.filter((r) => r.status === "waitlisted")).toHaveLength(19);
    expect(await seatsOf(event.id)).toBe(capacity);

    const registered = people[results.findIndex((r) => r.status === "registered")]!;
    const line = await db.eventApplication.findMany({ where: { eventId: event.id, status: "waitlisted" }, orderBy: [{ waitlistedAt: "asc" }, { createdAt: "asc" }], select: { id: true, userId: true } });
    const inLine = (i: number) => people.find((p) => p.id === line[i]!.userId)!;

    // The registered person withdraws: the first in line is offered the seat for 72 hours.
    const before = Date.now();
    await withdrawApplication(registered.actor, results.find((r) => r.status === "registered")!.id);
    const offered = await db.eventApplication.findUniqueOrThrow({ where: { id: line[0]!.id } });
    expect(offered.status).toBe("offered");
    expect(offered.offerExpiresAt!.getTime()).toBeGreaterThanOrEqual(before + OFFER_HOURS * HOUR);
    expect(offered.offerExpiresAt!.getTime()).toBeLessThanOrEqual(Date.now() + OFFER_HOURS * HOUR);
    expect((await latestEmailTo(inLine(0).email))?.subject).toBe(`A seat is free for you: ${event.title}`);
    expect((await latestEmailTo(registered.email))?.subject).toBe(`Withdrawn: ${event.title}`);
    expect(await seatsOf(event.id)).toBe(capacity);

    // They take it: registered, and confirmed by email.
    await acceptOffer(inLine(0).actor, line[0]!.id);
    expect(await db.eventApplication.findUniqueOrThrow({ where: { id: line[0]!.id } })).toMatchObject({ status: "registered", offerExpiresAt: null });
    expect((await latestEmailTo(inLine(0).email))?.subject).toBe(`The seat is yours: ${event.title}`);

    // They withdraw too: the second in line is offered the seat, and lets the time pass.
    await withdrawApplication(inLine(0).actor, line[0]!.id);
    const second = await db.eventApplication.findUniqueOrThrow({ where: { id: line[1]!.id } });
    expect(second.status).toBe("offered");
    const afterDeadline = new Date(second.offerExpiresAt!.getTime() + HOUR);
    await expectRefusal(acceptOffer(inLine(1).actor, line[1]!.id, { now: afterDeadline }), UserError, "eventApplications.errors.offerPassed");
    expect((await db.eventApplication.findUniqueOrThrow({ where: { id: line[1]!.id } })).status).toBe("offered");

    // The sweep lapses the offer, tells them, and offers the seat to the third in line.
    expect(await expireOffers(afterDeadline)).toBeGreaterThanOrEqual(1);
    expect((await db.eventApplication.findUniqueOrThrow({ where: { id: line[1]!.id } })).status).toBe("lapsed");
    expect((await latestEmailTo(inLine(1).email))?.subject).toBe(`The seat offered to you has gone: ${event.title}`);
    const third = await db.eventApplication.findUniqueOrThrow({ where: { id: line[2]!.id } });
    expect(third.status).toBe("offered");
    expect(third.offerExpiresAt!.getTime()).toBe(afterDeadline.getTime() + OFFER_HOURS * HOUR);
    expect((await auditOf(line[1]!.id)).map((a) => a.action)).toEqual(["event.registration.submitted", "event.application.offered", "event.application.offer-lapsed"]);

    // A second sweep, as another instance would run it, changes nothing more.
    expect(await expireOffers(afterDeadline)).toBe(0);
    expect(await countEmailsTo(inLine(1).email)).toBe(3);
    expect(await seatsOf(event.id)).toBe(capacity);
  });

  it("letting an offered seat go withdraws the application and offers the seat to the next in line", async () => {
    const event = await createEvent({ capacity: 1 });
    const [holder, first, next] = [await createUser(), await createUser(), await createUser()];
    const held = await submitApplication(holder.actor, event.slug, answers());
    const a = await submitApplication(first.actor, event.slug, answers());
    const b = await submitApplication(next.actor, event.slug, answers());
    await withdrawApplication(holder.actor, held.id);
    await declineOffer(first.actor, a.id);
    expect((await db.eventApplication.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("withdrawn");
    expect((await db.eventApplication.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("offered");
    expect((await latestEmailTo(first.email))?.subject).toBe(`Seat released: ${event.title}`);
    await expectRefusal(acceptOffer(first.actor, a.id), UserError, "eventApplications.errors.noOffer");
  });
});

describe("updateApplication", () => {
  it("changes the answers while undecided and the window is open", async () => {
    const person = await createUser();
    const event = await createEvent({ participation: "application" });
    const saved = await submitApplication(person.actor, event.slug, answers());
    await updateApplication(person.actor, saved.id, answers({ role: "Curator", needs: "Step-free access" }));
    expect(await db.eventApplication.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({ role: "Curator", needs: "Step-free access", status: "pending" });
    expect((await auditOf(saved.id)).map((a) => a.action)).toContain("event.application.updated");
  });

  it("is refused once decided, or once the window has closed", async () => {
    const person = await createUser();
    const event = await createEvent({ participation: "application" });
    const saved = await submitApplication(person.actor, event.slug, answers());
    await db.event.update({ where: { id: event.id }, data: { applicationsCloseOn: dateIn(-1) } });
    await expectRefusal(updateApplication(person.actor, saved.id, answers({ role: "Late change" })), UserError, "eventApplications.window.closedOn", { participation: "application" });
    await db.event.update({ where: { id: event.id }, data: { applicationsCloseOn: null } });
    await db.eventApplication.update({ where: { id: saved.id }, data: { status: "accepted" } });
    await expectRefusal(updateApplication(person.actor, saved.id, answers({ role: "Late change" })), UserError, "eventApplications.errors.notEditable.confirmed");
    expect((await db.eventApplication.findUniqueOrThrow({ where: { id: saved.id } })).role).toBe("Programme manager");
  });
});

describe("another member's application", () => {
  it("cannot be read, changed, withdrawn, taken or let go: not found, and the database is unchanged", async () => {
    const owner = await createUser();
    const other = await createUser();
    const event = await createEvent({ capacity: 1 });
    await takeSeats(event.id, 1);
    const saved = await submitApplication(owner.actor, event.slug, answers());
    const seatHolder = (await rowsOf(event.id)).find((r) => r.status === "registered")!;
    await db.eventApplication.update({ where: { id: seatHolder.id }, data: { status: "withdrawn" } });
    await db.eventApplication.update({ where: { id: saved.id }, data: { status: "offered", offerExpiresAt: new Date(Date.now() + DAY) } });
    const before = await rowsOf(event.id);
    const emails = await countEmailsTo(owner.email);

    for (const actor of [other.actor, null]) {
      await expectRefusal(updateApplication(actor, saved.id, answers({ role: "Hijacked" })), NotFoundError);
      await expectRefusal(withdrawApplication(actor, saved.id), NotFoundError);
      await expectRefusal(acceptOffer(actor, saved.id), NotFoundError);
      await expectRefusal(declineOffer(actor, saved.id), NotFoundError);
    }
    expect((await listOwnApplications(other.actor, { page: 1 })).applications.map((a) => a.id)).not.toContain(saved.id);
    expect(await rowsOf(event.id)).toEqual(before);
    expect(await countEmailsTo(owner.email)).toBe(emails);
    expect((await auditOf(saved.id)).map((a) => a.action)).toEqual(["event.registration.submitted"]);
  });
});

describe("getOwnApplicationStatus", () => {
  it("reads the viewer's own status for the event page, and nobody else's", async () => {
    const event = await createEvent({ participation: "application" });
    const [applicant, other] = [await createUser(), await createUser()];
    await submitApplication(applicant.actor, event.slug, answers());
    expect(await getOwnApplicationStatus(applicant.actor, event.id)).toBe("pending");
    expect(await getOwnApplicationStatus(other.actor, event.id)).toBeNull();
  });
});

describe("the member's language", () => {
  it("writes to them in their account's language, else in the language of the page they used", async () => {
    const german = await createUser();
    await db.user.update({ where: { id: german.id }, data: { locale: "de" } });
    const event = await createEvent();
    await submitApplication(german.actor, event.slug, answers(), { pageLocale: "es" });
    const email = await latestEmailTo(german.email);
    expect(email?.subject).toBe(`Sie sind angemeldet: ${event.title}`);
    expect(email?.text).toContain("/de/account/applications");

    const withoutChoice = await createUser();
    await submitApplication(withoutChoice.actor, event.slug, answers(), { pageLocale: "sr-Latn" });
    const serbian = await latestEmailTo(withoutChoice.email);
    expect(serbian?.subject).toBe(`Registrovani ste: ${event.title}`);
    expect(serbian?.text).toContain("/sr/account/applications");
  });
});
