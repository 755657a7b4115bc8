// The programme as seeded: the partners and the six events with the dates the facts give,
// written idempotently, and read back in the order the site shows them.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PROGRAMME_ORGANISATIONS } from "@/lib/programme/partners";
import { formatEventDates } from "@/lib/events/format";
import { listProgrammeOrganisations } from "@/lib/programme/queries";
import { listPublicEvents } from "@/lib/events/queries";
import { applyState, isEventOver } from "@/lib/events/rules";
import { PROGRAMME_EVENTS, seedProgramme } from "@/prisma/seed/programme";

const orgSlugs = PROGRAMME_ORGANISATIONS.map((o) => o.slug);
const eventSlugs = PROGRAMME_EVENTS.map((e) => e.slug);
const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

const counts = async () => ({
  organisations: await db.organisation.count({ where: { slug: { in: orgSlugs } } }),
  events: await db.event.count({ where: { slug: { in: eventSlugs } } }),
});

const eventBySlug = (slug: string) => db.event.findUniqueOrThrow({ where: { slug } });
const ours = <T extends { slug: string }>(rows: T[]) => rows.filter((r) => eventSlugs.includes(r.slug)).map((r) => r.slug);

describe("seedProgramme", () => {
  it("is idempotent: a second run changes no count and puts edited rows back", async () => {
    await seedProgramme(db);
    expect(await counts()).toEqual({ organisations: 8, events: 6 });

    await db.event.update({ where: { slug: "forum-athens-2017" }, data: { title: "Edited by hand", status: "draft" } });
    await seedProgramme(db);
    expect(await counts()).toEqual({ organisations: 8, events: 6 });
    const athens = await eventBySlug("forum-athens-2017");
    expect(athens.title).toBe("Creative Hubs Forum Athens");
    expect(athens.status).toBe("published");
  });

  it("holds the lead organisation and the seven partners, with where they are", async () => {
    await seedProgramme(db);
    const organisations = (await listProgrammeOrganisations()).filter((o) => orgSlugs.includes(o.slug));
    expect(organisations[0]).toMatchObject({ slug: "british-council", role: "lead", city: "London", countryCode: "GB" });
    expect(organisations.filter((o) => o.role === "partner").map((o) => [o.slug, o.city, o.countryCode])).toEqual([
      ["bios", "Athens", "GR"],
      ["addict", "Porto", "PT"],
      ["betahaus", "Berlin", "DE"],
      ["nova-iskra", "Belgrade", "RS"],
      ["creative-edinburgh", "Edinburgh", "GB"],
      ["factoria-cultural", "Madrid", "ES"],
      ["ebn", "Brussels", "BE"],
    ]);
    for (const o of organisations) {
      expect(o.website).toMatch(/^https:\/\//);
      expect(o.summary.length).toBeGreaterThan(20);
    }
  });

  it("holds the three fora and the three workshops with their dates, places and time zones", async () => {
    await seedProgramme(db);
    const rows = await db.event.findMany({ where: { slug: { in: eventSlugs } }, orderBy: { startsOn: "asc" } });
    expect(rows.map((e) => [e.slug, e.kind, iso(e.startsOn), iso(e.endsOn), e.datePrecision, e.timeZone, e.city, e.countryCode, e.venueName, iso(e.applicationsCloseOn), e.status])).toEqual([
      ["forum-belgrade-2016", "forum", "2016-09-01", "2016-09-30", "month", "Europe/Belgrade", "Belgrade", "RS", null, null, "published"],
      ["forum-athens-2017", "forum", "2017-01-26", "2017-01-28", "day", "Europe/Athens", "Athens", "GR", null, null, "published"],
      ["workshop-madrid-2017", "workshop", "2017-03-22", "2017-03-23", "day", "Europe/Madrid", "Madrid", "ES", "Factoría Cultural", "2017-02-26", "published"],
      ["forum-madrid-2017", "forum", "2017-05-01", "2017-05-31", "month", "Europe/Madrid", "Madrid", "ES", null, null, "published"],
      ["workshop-berlin-2017", "workshop", "2017-06-07", "2017-06-08", "day", "Europe/Berlin", "Berlin", "DE", "betahaus", null, "published"],
      ["workshop-edinburgh-2017", "workshop", "2017-10-01", "2017-10-31", "month", "Europe/London", "Edinburgh", "GB", null, null, "published"],
    ]);
    expect((await eventBySlug("forum-belgrade-2016")).theme).toBe("Collaborative spaces and organisations — How work works?");
    expect((await eventBySlug("workshop-madrid-2017")).title).toBe("How to start me up: building my creative hub");
  });
});

describe("listPublicEvents", () => {
  it("shows every seeded event as past today, most recent first", async () => {
    await seedProgramme(db);
    const { upcoming, past } = await listPublicEvents({}, { perPage: 1000 });
    expect(ours(upcoming)).toEqual([]);
    expect(ours(past)).toEqual([
      "workshop-edinburgh-2017",
      "workshop-berlin-2017",
      "forum-madrid-2017",
      "workshop-madrid-2017",
      "forum-athens-2017",
      "forum-belgrade-2016",
    ]);
  });

  it("splits upcoming (soonest first) from past on a given day", async () => {
    await seedProgramme(db);
    const { upcoming, past } = await listPublicEvents({}, { perPage: 1000 }, new Date("2017-03-01T12:00:00Z"));
    expect(ours(upcoming)).toEqual(["workshop-madrid-2017", "forum-madrid-2017", "workshop-berlin-2017", "workshop-edinburgh-2017"]);
    expect(ours(past)).toEqual(["forum-athens-2017", "forum-belgrade-2016"]);
  });

  it("leaves drafts out", async () => {
    await seedProgramme(db);
    await db.event.update({ where: { slug: "workshop-berlin-2017" }, data: { status: "draft" } });
    try {
      const { past } = await listPublicEvents({}, { perPage: 1000 });
      expect(ours(past)).not.toContain("workshop-berlin-2017");
    } finally {
      await seedProgramme(db);
    }
  });
});

describe("event dates", () => {
  it("reads day ranges and month-only dates in British English", async () => {
    await seedProgramme(db);
    expect(formatEventDates(await eventBySlug("workshop-madrid-2017"))).toBe("22–23 March 2017");
    expect(formatEventDates(await eventBySlug("forum-athens-2017"))).toBe("26–28 January 2017");
    expect(formatEventDates(await eventBySlug("workshop-edinburgh-2017"))).toBe("October 2017, dates to be confirmed");
    const d = (s: string) => new Date(`${s}T00:00:00Z`);
    expect(formatEventDates({ startsOn: d("2017-03-30"), endsOn: d("2017-04-02"), datePrecision: "day" })).toBe("30 March – 2 April 2017");
    expect(formatEventDates({ startsOn: d("2017-12-30"), endsOn: d("2018-01-02"), datePrecision: "day" })).toBe("30 December 2017 – 2 January 2018");
    expect(formatEventDates({ startsOn: d("2017-06-07"), endsOn: d("2017-06-07"), datePrecision: "day" })).toBe("7 June 2017");
  });

  it("ends an event at midnight where it takes place, not on the server's clock", async () => {
    const athens = await eventBySlug("forum-athens-2017"); // last day 28 January 2017, UTC+2
    expect(isEventOver(athens, new Date("2017-01-28T21:59:00Z"))).toBe(false);
    expect(isEventOver(athens, new Date("2017-01-28T22:00:00Z"))).toBe(true);
  });

  it("closes applications after the apply-by day in the event's time zone", async () => {
    const madrid = await eventBySlug("workshop-madrid-2017"); // apply by 26 February 2017, UTC+1
    expect(applyState(madrid, 0, new Date("2017-02-26T22:59:00Z"))).toMatchObject({ state: "open", reason: "Applications are open until 26 February 2017." });
    expect(applyState(madrid, 0, new Date("2017-02-26T23:00:00Z"))).toMatchObject({ state: "closed", reason: "Applications closed on 26 February 2017." });
    // Without a close date, applications are taken until the day before the event starts.
    expect(applyState(await eventBySlug("workshop-berlin-2017"), 0, new Date("2017-06-06T21:59:00Z"))).toMatchObject({ state: "open" });
    expect(applyState(await eventBySlug("workshop-berlin-2017"), 0, new Date("2017-06-06T22:00:00Z"))).toMatchObject({ state: "closed" });
    expect(applyState(await eventBySlug("workshop-edinburgh-2017"), 0, new Date("2017-01-01T00:00:00Z"))).toMatchObject({ state: "information" });
  });
});
