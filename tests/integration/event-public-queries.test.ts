// The public side of events: the list (published and cancelled only, filters, upcoming
// before past, pages) and one event's page data; the viewer's own application is read in
// event-applications.test.ts. Other test files create events too, so each test puts its
// events in a year of its own and asks for it.
import { randomBytes, randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db, type Prisma } from "@/lib/db";
import { getPublicEvent, listPublicEvents, listPublicEventSlugs } from "@/lib/events/queries";
import { createUser } from "./helpers";

let nextYear = 2000 + 2 * randomInt(20, 40);
// Two years each: a test may use the year after its own too.
const ownYear = () => (nextYear += 2);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function createEvent(over: Partial<Prisma.EventUncheckedCreateInput> & { startsOn: Date }) {
  const slug = `test-event-${randomBytes(5).toString("hex")}`;
  return db.event.create({
    data: {
      slug,
      kind: "workshop",
      title: `Event ${slug}`,
      summary: "An event made for the public events tests.",
      endsOn: over.startsOn,
      timeZone: "Europe/Madrid",
      city: "Madrid",
      countryCode: "ES",
      status: "published",
      ...over,
    },
  });
}

const slugs = (events: { slug: string }[]) => events.map((e) => e.slug);

describe("the events list (listPublicEvents)", () => {
  it("lists published and cancelled events, never drafts", async () => {
    const year = ownYear();
    const published = await createEvent({ startsOn: day(`${year}-03-01`) });
    const cancelled = await createEvent({ startsOn: day(`${year}-04-01`), status: "cancelled", cancelMessage: "The venue closed." });
    await createEvent({ startsOn: day(`${year}-05-01`), status: "draft" });
    const list = await listPublicEvents({ year }, {}, new Date(`${year}-01-01T12:00:00Z`));
    expect(slugs(list.upcoming)).toEqual([published.slug, cancelled.slug]);
    expect(list.past).toEqual([]);
    expect(list.total).toBe(2);
  });

  it("puts upcoming events first, soonest first, then past ones, most recent first", async () => {
    const year = ownYear();
    const jan = await createEvent({ startsOn: day(`${year}-01-10`), title: "January" });
    const mar = await createEvent({ startsOn: day(`${year}-03-10`), endsOn: day(`${year}-03-12`), title: "March" });
    const jun = await createEvent({ startsOn: day(`${year}-06-10`), title: "June" });
    const sep = await createEvent({ startsOn: day(`${year}-09-10`), title: "September" });
    const feb = await createEvent({ startsOn: day(`${year}-02-10`), title: "February" });
    const list = await listPublicEvents({ year }, {}, new Date(`${year}-03-11T12:00:00Z`));
    expect(slugs(list.upcoming)).toEqual([mar.slug, jun.slug, sep.slug]);
    expect(slugs(list.past)).toEqual([feb.slug, jan.slug]);
    expect(list.upcomingTotal).toBe(3);
  });

  it("counts an event as upcoming until its last day has ended in its own time zone", async () => {
    const year = ownYear();
    // 31 December in Athens ends at 22:00 UTC; in the Azores at 01:00 UTC the next day.
    const athens = await createEvent({ startsOn: day(`${year}-12-31`), timeZone: "Europe/Athens" });
    const azores = await createEvent({ startsOn: day(`${year}-12-31`), timeZone: "Atlantic/Azores" });
    const list = await listPublicEvents({ year }, {}, new Date(`${year}-12-31T23:00:00Z`));
    expect(slugs(list.upcoming)).toEqual([azores.slug]);
    expect(slugs(list.past)).toEqual([athens.slug]);
  });

  it("filters by kind, country and year", async () => {
    const year = ownYear();
    const forum = await createEvent({ startsOn: day(`${year}-02-01`), kind: "forum", countryCode: "GR", city: "Athens", timeZone: "Europe/Athens" });
    const workshop = await createEvent({ startsOn: day(`${year}-03-01`), kind: "workshop" });
    const other = await createEvent({ startsOn: day(`${year}-04-01`), kind: "other", countryCode: "GR", city: "Athens", timeZone: "Europe/Athens" });
    const nextYears = await createEvent({ startsOn: day(`${year + 1}-01-05`), kind: "forum", countryCode: "GR", city: "Athens", timeZone: "Europe/Athens" });
    const now = new Date(`${year + 2}-01-01T12:00:00Z`);
    const list = (filters: Parameters<typeof listPublicEvents>[0]) => listPublicEvents(filters, { perPage: 100 }, now).then((l) => slugs(l.past).sort());
    expect(await list({ year, kind: "forum" })).toEqual([forum.slug]);
    expect(await list({ year, kind: "workshop" })).toEqual([workshop.slug]);
    expect(await list({ year, country: "GR" })).toEqual([forum.slug, other.slug].sort());
    expect(await list({ year, country: "GR", kind: "other" })).toEqual([other.slug]);
    expect(await list({ year, country: "PT" })).toEqual([]);
    expect(await list({ year: year + 1, country: "GR" })).toContain(nextYears.slug);
    expect(await list({ year: year + 1, country: "GR" })).not.toContain(forum.slug);
  });

  it("pages through one sequence, upcoming then past, and says how many pages there are", async () => {
    const year = ownYear();
    const events = [];
    for (let month = 1; month <= 12; month++) events.push(await createEvent({ startsOn: day(`${year}-${String(month).padStart(2, "0")}-15`) }));
    const now = new Date(`${year}-08-01T12:00:00Z`);
    const pageOf = (page: number) => listPublicEvents({ year }, { page, perPage: 5 }, now);
    const [one, two, three, four] = await Promise.all([pageOf(1), pageOf(2), pageOf(3), pageOf(4)]);
    expect(one.pages).toBe(3);
    expect(one.total).toBe(12);
    expect(slugs(one.upcoming)).toEqual(slugs(events.slice(7, 12)));
    expect(one.past).toEqual([]);
    expect(two.upcoming).toEqual([]);
    expect(slugs(two.past)).toEqual(slugs(events.slice(2, 7).reverse()));
    expect(slugs(three.past)).toEqual(slugs(events.slice(0, 2).reverse()));
    expect(four.upcoming.length + four.past.length).toBe(0);
    expect(four.total).toBe(12);
  });

  it("counts the seats taken on each card", async () => {
    const year = ownYear();
    const event = await createEvent({ startsOn: day(`${year}-05-05`), capacity: 10, participation: "registration" });
    for (const status of ["registered", "accepted", "waitlisted", "withdrawn"] as const) {
      const user = await createUser();
      await db.eventApplication.create({ data: { eventId: event.id, userId: user.id, status, role: "Manager", bring: "Ideas", takeAway: "Skills" } });
    }
    const [card] = (await listPublicEvents({ year }, {}, new Date(`${year}-01-01T00:00:00Z`))).upcoming;
    expect(card?._count.applications).toBe(2);
  });
});

describe("one event (getPublicEvent)", () => {
  it("finds published and cancelled events by slug, and drafts never", async () => {
    const year = ownYear();
    const published = await createEvent({ startsOn: day(`${year}-05-05`), programme: "## Day one" });
    const cancelled = await createEvent({ startsOn: day(`${year}-05-06`), status: "cancelled" });
    const draft = await createEvent({ startsOn: day(`${year}-05-07`), status: "draft" });
    expect((await getPublicEvent(published.slug))?.programme).toBe("## Day one");
    expect((await getPublicEvent(cancelled.slug))?.status).toBe("cancelled");
    expect(await getPublicEvent(draft.slug)).toBeNull();
    expect(await getPublicEvent("no-such-event")).toBeNull();
    const inSitemap = slugs(await listPublicEventSlugs());
    expect(inSitemap).toEqual(expect.arrayContaining([published.slug, cancelled.slug]));
    expect(inSitemap).not.toContain(draft.slug);
  });

  it("names the host hub only while the hub's own page is public", async () => {
    const year = ownYear();
    const hub = await db.hub.create({
      data: {
        slug: `host-${randomBytes(4).toString("hex")}`, name: "Host Hub", nameKey: "hosthub", kind: "lab", format: "static", disciplines: [], services: [],
        summary: "A hub that hosts events.", story: "", contactEmail: "host@test.invalid", city: "Madrid", cityKey: "madrid", countryCode: "ES",
        latitude: 40.4, longitude: -3.7, status: "published",
      },
    });
    const event = await createEvent({ startsOn: day(`${year}-05-05`), hubId: hub.id });
    expect((await getPublicEvent(event.slug))?.hub).toEqual({ slug: hub.slug, name: "Host Hub" });
    await db.hub.update({ where: { id: hub.id }, data: { status: "archived" } });
    const fresh = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    // getPublicEvent is cached per request (React cache); outside a request every call reads afresh.
    expect((await getPublicEvent(fresh.slug))?.hub).toBeNull();
  });
});
