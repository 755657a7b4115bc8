// Staff decide about applications: the seats never exceed the capacity however many
// decisions and registrations arrive at once, a group decision is all or nothing, a freed
// seat goes to the waiting list, a decision on a changed application is refused, and
// nobody but staff can decide.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError, UserError } from "@/lib/errors";
import { acceptApplications, declineApplications, waitlistApplications, type SeenApplication } from "@/lib/events/review/commands";
import { applicantsCsv } from "@/lib/events/review/export";
import { countApplicationsByStatus, listApplicationsForReview } from "@/lib/events/review/queries";
import { createUser, latestEmailTo } from "./helpers";

type TestUser = Awaited<ReturnType<typeof createUser>>;
type Status = "pending" | "accepted" | "registered" | "offered" | "waitlisted" | "declined" | "withdrawn";

const suffix = () => randomBytes(4).toString("hex");
const DAY = 86_400_000;
const dayFromNow = (days: number) => {
  const d = new Date(Date.now() + days * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
};

let staff: TestUser;
let member: TestUser;

beforeAll(async () => {
  [staff, member] = await Promise.all([createUser({ role: "staff" }), createUser()]);
});

async function createEvent(capacity: number | null, status: "published" | "cancelled" = "published") {
  const slug = `review-${suffix()}`;
  return db.event.create({
    data: {
      slug, kind: "workshop", title: `Review Workshop ${slug}`, summary: "A workshop for the review tests.", startsOn: dayFromNow(60), endsOn: dayFromNow(61),
      timeZone: "Europe/Lisbon", city: "Lisbon", countryCode: "PT", capacity, participation: "application", status, publishedAt: new Date(),
    },
  });
}

async function apply(eventId: string, status: Status = "pending", opts: { name?: string; hubName?: string; waitlistedAt?: Date } = {}) {
  const person = await createUser({ name: opts.name ?? `Applicant ${suffix()}` });
  const application = await db.eventApplication.create({
    data: {
      eventId, userId: person.id, status, role: "Director", hubName: opts.hubName ?? null, bring: "=HYPERLINK(\"http://evil\")", takeAway: "Ideas",
      ...(status === "waitlisted" ? { waitlistedAt: opts.waitlistedAt ?? new Date() } : {}),
      ...(status === "offered" ? { offerExpiresAt: new Date(Date.now() + DAY) } : {}),
    },
  });
  return { person, application, seen: { id: application.id, version: application.updatedAt.toISOString() } };
}

type Actor = TestUser["actor"] | null;
/** One application decided as the review page's own form sends it. */
const acceptApplication = (actor: Actor, eventId: string, seen: SeenApplication, message?: string) => acceptApplications(actor, { eventId, applications: [seen], message });
const declineApplication = (actor: Actor, eventId: string, seen: SeenApplication, message?: string) => declineApplications(actor, { eventId, applications: [seen], message });
const waitlistApplication = (actor: Actor, eventId: string, seen: SeenApplication, message?: string) => waitlistApplications(actor, { eventId, applications: [seen], message });

/** Refused with a UserError carrying this message key and, when given, some of its values. */
async function expectRefusal(promise: Promise<unknown>, key: string, values?: Record<string, unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).text).toMatchObject({ key, ...(values ? { values } : {}) });
}

const seats = (eventId: string) => db.eventApplication.count({ where: { eventId, status: { in: ["accepted", "registered", "offered"] } } });
const statusOf = async (id: string) => (await db.eventApplication.findUniqueOrThrow({ where: { id } })).status;
const snapshot = (eventId: string) => db.eventApplication.findMany({ where: { eventId }, orderBy: { id: "asc" } });

describe("a single decision", () => {
  it("accepts with a message: the applicant is emailed what was decided and what comes next, and it is audited", async () => {
    const event = await createEvent(10);
    const { person, application, seen } = await apply(event.id);
    await acceptApplication(staff.actor, event.id, seen, "We look forward to your story.");
    expect(await db.eventApplication.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({
      status: "accepted", decisionMessage: "We look forward to your story.", decidedById: staff.id,
    });
    const email = await latestEmailTo(person.email);
    expect(email?.subject).toBe(`You have a place: ${event.title}`);
    expect(email?.text).toContain("We look forward to your story.");
    expect(email?.text).toContain("What comes next:");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetType: "EventApplication", targetId: application.id } });
    expect(audit).toMatchObject({ action: "event.application.accepted", actorId: staff.id, data: expect.objectContaining({ from: "pending", to: "accepted" }) });
  });

  it("refuses a decision the status does not allow, with the reason", async () => {
    const event = await createEvent(10);
    const { seen } = await apply(event.id, "withdrawn");
    await expectRefusal(acceptApplication(staff.actor, event.id, seen), "eventApplications.review.errors.cannotDecideFor", { decision: "accept", status: "withdrawn" });
  });

  it("refuses accepting when every seat is taken", async () => {
    const event = await createEvent(1);
    await apply(event.id, "accepted");
    const { application, seen } = await apply(event.id);
    await expectRefusal(acceptApplication(staff.actor, event.id, seen), "eventApplications.review.errors.noSeatLeft");
    expect(await statusOf(application.id)).toBe("pending");
  });

  it("refuses a decision on an application that changed since the page showed it", async () => {
    const event = await createEvent(10);
    const { person, application, seen } = await apply(event.id);
    await db.eventApplication.update({ where: { id: application.id }, data: { bring: "Something new" } });
    await expectRefusal(declineApplication(staff.actor, event.id, seen), "eventApplications.review.errors.changedSince", { name: person.name });
    expect(await statusOf(application.id)).toBe("pending");
  });

  it("declining an accepted person offers the seat to the first on the waiting list", async () => {
    const event = await createEvent(1);
    const { seen } = await apply(event.id, "accepted");
    const first = await apply(event.id, "waitlisted", { waitlistedAt: new Date(Date.now() - 2 * DAY) });
    const second = await apply(event.id, "waitlisted", { waitlistedAt: new Date(Date.now() - DAY) });
    const result = await declineApplication(staff.actor, event.id, seen, "Sorry.");
    expect(result.offered).toBe(1);
    expect(await statusOf(first.application.id)).toBe("offered");
    expect(await statusOf(second.application.id)).toBe("waitlisted");
    expect((await latestEmailTo(first.person.email))?.subject).toMatch(/^A seat is free for you/);
  });

  it("wait-listing an accepted person puts them at the end of the list and offers their seat to the first", async () => {
    const event = await createEvent(1);
    const accepted = await apply(event.id, "accepted");
    const waiting = await apply(event.id, "waitlisted", { waitlistedAt: new Date(Date.now() - DAY) });
    await waitlistApplication(staff.actor, event.id, accepted.seen);
    expect(await statusOf(waiting.application.id)).toBe("offered");
    expect(await statusOf(accepted.application.id)).toBe("waitlisted");
  });

  it("refuses decisions on a cancelled event", async () => {
    const event = await createEvent(10, "cancelled");
    const { seen } = await apply(event.id);
    await expectRefusal(acceptApplication(staff.actor, event.id, seen), "eventApplications.review.errors.eventCancelled");
  });
});

describe("the capacity race", () => {
  it("with one seat left, of many staff acceptances and registrations at once exactly one gets the seat", async () => {
    const capacity = 5;
    const event = await createEvent(capacity);
    for (let i = 0; i < capacity - 1; i++) await apply(event.id, "accepted");
    const pending = await Promise.all(Array.from({ length: 8 }, () => apply(event.id)));
    const registrants = await Promise.all(Array.from({ length: 4 }, () => createUser()));

    const outcomes = await Promise.allSettled([
      ...pending.map((p) => acceptApplication(staff.actor, event.id, p.seen)),
      // Members registering at the same moment, straight into the table: the trigger guards them.
      ...registrants.map((r) =>
        db.$transaction(async (tx) => {
          await tx.$queryRaw`SELECT 1 FROM "Event" WHERE "id" = ${event.id} FOR UPDATE`;
          return tx.eventApplication.create({ data: { eventId: event.id, userId: r.id, status: "registered", role: "Member", bring: "-", takeAway: "-" } });
        }),
      ),
    ]);

    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    for (const o of outcomes.slice(0, pending.length)) {
      if (o.status === "rejected") expect(o.reason).toBeInstanceOf(UserError);
    }
    expect(await seats(event.id)).toBe(capacity);
  });

  it("without the lock, the database trigger alone still refuses the seat over capacity", async () => {
    const event = await createEvent(2);
    const people = await Promise.all(Array.from({ length: 6 }, () => createUser()));
    const outcomes = await Promise.allSettled(
      people.map((p) => db.eventApplication.create({ data: { eventId: event.id, userId: p.id, status: "registered", role: "Member", bring: "-", takeAway: "-" } })),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(2);
    expect(await seats(event.id)).toBe(2);
  });
});

describe("decisions in bulk", () => {
  it("accepts a group in one go, emailing each person", async () => {
    const event = await createEvent(5);
    const group = await Promise.all([apply(event.id), apply(event.id), apply(event.id)]);
    const result = await acceptApplications(staff.actor, { eventId: event.id, applications: group.map((g) => g.seen), message: "Welcome." });
    expect(result.decided).toBe(3);
    for (const g of group) {
      expect(await statusOf(g.application.id)).toBe("accepted");
      expect((await latestEmailTo(g.person.email))?.text).toContain("Welcome.");
    }
  });

  it("changes nothing when the group would exceed the capacity", async () => {
    const event = await createEvent(3);
    await apply(event.id, "accepted");
    const group = await Promise.all([apply(event.id), apply(event.id), apply(event.id)]);
    const before = await snapshot(event.id);
    const emails = await db.outboxEmail.count({ where: { to: { in: group.map((g) => g.person.email) } } });
    await expectRefusal(acceptApplications(staff.actor, { eventId: event.id, applications: group.map((g) => g.seen) }), "eventApplications.review.errors.tooFewSeats", { free: 2, capacity: 3, count: 3 });
    expect(await snapshot(event.id)).toEqual(before);
    expect(await db.outboxEmail.count({ where: { to: { in: group.map((g) => g.person.email) } } })).toBe(emails);
  });

  it("changes nothing when one of the group may not take the decision", async () => {
    const event = await createEvent(null);
    const group = await Promise.all([apply(event.id), apply(event.id), apply(event.id, "declined")]);
    const before = await snapshot(event.id);
    await expectRefusal(waitlistApplications(staff.actor, { eventId: event.id, applications: group.map((g) => g.seen) }), "eventApplications.review.errors.cannotDecideFor", {
      name: group[2]!.person.name,
      decision: "waitlist",
      status: "declined",
    });
    expect(await snapshot(event.id)).toEqual(before);
  });

  it("refuses an application of another event as not found", async () => {
    const [event, other] = await Promise.all([createEvent(5), createEvent(5)]);
    const mine = await apply(event.id);
    const theirs = await apply(other.id);
    await expect(acceptApplications(staff.actor, { eventId: event.id, applications: [mine.seen, theirs.seen] })).rejects.toBeInstanceOf(NotFoundError);
    expect(await statusOf(mine.application.id)).toBe("pending");
  });
});

describe("refused", () => {
  it("a member, or nobody, can neither decide nor read applications, and nothing changes", async () => {
    const event = await createEvent(5);
    const { seen } = await apply(event.id);
    const before = await snapshot(event.id);
    for (const actor of [member.actor, null]) {
      await expect(acceptApplication(actor, event.id, seen)).rejects.toBeInstanceOf(NotFoundError);
      await expect(declineApplication(actor, event.id, seen)).rejects.toBeInstanceOf(NotFoundError);
      await expect(waitlistApplication(actor, event.id, seen)).rejects.toBeInstanceOf(NotFoundError);
      await expect(listApplicationsForReview(actor, event.id, { page: 1 })).rejects.toBeInstanceOf(NotFoundError);
      await expect(countApplicationsByStatus(actor, event.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(applicantsCsv(actor, event.id, {})).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await snapshot(event.id)).toEqual(before);
  });
});

describe("review lists and the export", () => {
  it("filters by status and by name, email or hub, and counts each status", async () => {
    const event = await createEvent(10);
    const tag = suffix();
    await apply(event.id, "pending", { name: `Zora ${tag}` });
    await apply(event.id, "pending", { hubName: `Dock ${tag}` });
    await apply(event.id, "accepted");
    expect(await countApplicationsByStatus(staff.actor, event.id)).toEqual({ pending: 2, accepted: 1 });
    expect((await listApplicationsForReview(staff.actor, event.id, { status: "pending", page: 1 })).total).toBe(2);
    expect((await listApplicationsForReview(staff.actor, event.id, { q: `zora ${tag}`, page: 1 })).applications.map((a) => a.user.name)).toEqual([`Zora ${tag}`]);
    expect((await listApplicationsForReview(staff.actor, event.id, { q: `dock ${tag}`, page: 1 })).total).toBe(1);
  });

  it("exports the filtered rows as CSV with formulas neutralised", async () => {
    const event = await createEvent(10);
    const a = await apply(event.id, "pending");
    const b = await apply(event.id, "accepted");
    const { csv, filename } = await applicantsCsv(staff.actor, event.id, { status: "accepted" });
    expect(filename).toMatch(new RegExp(`^applicants-${event.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const lines = csv.trim().split("\n");
    expect(lines[0]).toBe("name,email,status,role,hub,bring,take_away,needs,applied_at,decided_at,decision_message");
    expect(lines).toHaveLength(2);
    expect(csv).toContain(b.person.email);
    expect(csv).not.toContain(a.person.email);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});
