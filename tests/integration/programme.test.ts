// The programme as seeded: the partners and the six events with the dates the facts give,
// written idempotently, and read back in the order the site shows them. The sources are in
// /work/shared/seed; what they do not give, the pages say is not known.
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { AboutNetwork } from "@/components/site/about-network";
import { EventDetails } from "@/components/events/event-details";
import { db } from "@/lib/db";
import { PROGRAMME_ORGANISATIONS } from "@/lib/programme/partners";
import { formatEventDates } from "@/lib/events/format";
import { listProgrammeOrganisations } from "@/lib/programme/queries";
import { getPublicEvent, listPublicEvents } from "@/lib/events/queries";
import { applyState, isEventOver } from "@/lib/events/rules";
import { PROGRAMME_EVENTS, seedProgramme } from "@/prisma/seed/programme";
import { LOCALES } from "@/i18n/languages";
import { loadMessages } from "@/i18n/messages";
import { renderIn, textOf } from "@/tests/support/intl";

const orgSlugs = PROGRAMME_ORGANISATIONS.map((o) => o.slug);
const eventSlugs = PROGRAMME_EVENTS.map((e) => e.slug);
const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

const counts = async () => ({
  organisations: await db.organisation.count({ where: { slug: { in: orgSlugs } } }),
  events: await db.event.count({ where: { slug: { in: eventSlugs } } }),
});

const eventBySlug = (slug: string) => db.event.findUniqueOrThrow({ where: { slug } });

/** The event page's text as a visitor reads it at `now`. */
async function pageText(slug: string, now = new Date()): Promise<string> {
  const event = await getPublicEvent(slug);
  if (!event) throw new Error(`${slug} is not public`);
  return (await renderIn("en-GB", createElement(EventDetails, { event, now }))).replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}
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
    expect(
      rows.map((e) => [e.slug, e.kind, iso(e.startsOn), iso(e.endsOn), e.datePrecision, e.timeZone, e.city, e.countryCode, e.venueName, e.participation, e.capacity, iso(e.applicationsCloseOn), e.status]),
    ).toEqual([
      ["forum-belgrade-2016", "forum", "2016-09-22", "2016-09-24", "day", "Europe/Belgrade", "Belgrade", "RS", null, "information", null, null, "published"],
      ["forum-athens-2017", "forum", "2017-01-26", "2017-01-28", "day", "Europe/Athens", "Athens", "GR", null, "information", null, null, "published"],
      ["workshop-madrid-2017", "workshop", "2017-03-22", "2017-03-23", "day", "Europe/Madrid", "Madrid", "ES", "Factoría Cultural", "application", null, "2017-02-26", "published"],
      ["workshop-berlin-2017", "workshop", "2017-06-07", "2017-06-08", "day", "Europe/Berlin", "Berlin", "DE", null, "information", null, null, "published"],
      ["workshop-edinburgh-2017", "workshop", "2017-10-01", "2017-10-31", "month", "Europe/London", "Edinburgh", "GB", null, "information", null, null, "published"],
      ["forum-madrid-2017", "forum", "2017-12-31", "2017-12-31", "unknown", "Europe/Madrid", "Madrid", "ES", null, "information", null, null, "published"],
    ]);
    expect((await eventBySlug("forum-belgrade-2016")).theme).toBe("Collaborative spaces and organisations — How work works?");
    expect((await eventBySlug("workshop-madrid-2017")).title).toBe("How to start me up: building my creative hub");
  });
});

describe("facts no source gives", () => {
  // What the first seed wrote: a deadline the day before each start, the Madrid forum in May
  // 2017, Belgrade as the whole of September, 100 seats per forum, a venue for Berlin.
  const firstSeed = {
    "forum-belgrade-2016": { startsOn: new Date("2016-09-01"), endsOn: new Date("2016-09-30"), datePrecision: "month", participation: "application", capacity: 100 },
    "forum-athens-2017": { participation: "application", capacity: 100 },
    "forum-madrid-2017": { startsOn: new Date("2017-05-01"), endsOn: new Date("2017-05-31"), datePrecision: "month", participation: "application", capacity: 100 },
    "workshop-berlin-2017": { venueName: "betahaus", participation: "application" },
  } as const;

  it("re-seeding a database seeded with them corrects every one", async () => {
    for (const [slug, data] of Object.entries(firstSeed)) await db.event.update({ where: { slug }, data });
    await seedProgramme(db);
    for (const slug of Object.keys(firstSeed)) {
      expect(await eventBySlug(slug)).toMatchObject({ participation: "information", capacity: null, applicationsCloseOn: null, venueName: null });
    }
    expect(await eventBySlug("forum-madrid-2017")).toMatchObject({ datePrecision: "unknown" });
    expect(await eventBySlug("forum-belgrade-2016")).toMatchObject({ datePrecision: "day", startsOn: new Date("2016-09-22"), endsOn: new Date("2016-09-24") });
  });

  it.each([
    ["forum-belgrade-2016", "31 August 2016"],
    ["workshop-berlin-2017", "6 June 2017"],
    ["forum-athens-2017", "25 January 2017"],
    ["forum-madrid-2017", "30 April 2017"],
  ])("%s shows no application deadline (none was published; the first seed said %s)", async (slug, invented) => {
    await seedProgramme(db);
    for (const now of [new Date("2016-01-01T12:00:00Z"), new Date("2017-02-01T12:00:00Z"), new Date()]) {
      const text = await pageText(slug, now);
      expect(text).not.toContain(invented);
      expect(text).not.toMatch(/closed on|open until|opens on|open on/i);
      expect(text).toContain("This event takes no applications through the site.");
    }
  });

  it("gives the one deadline that was published: Madrid's workshop, apply before 26 February 2017", async () => {
    await seedProgramme(db);
    expect(await pageText("workshop-madrid-2017")).toContain("Applications closed on 26 February 2017.");
  });

  it("says the Madrid forum's dates were not published, and names no month", async () => {
    await seedProgramme(db);
    const madrid = await eventBySlug("forum-madrid-2017");
    expect(formatEventDates(madrid)).toBe("Dates not published");
    const text = await pageText("forum-madrid-2017");
    expect(text).toContain("The dates of this event were not published.");
    expect(text).not.toMatch(/January|February|March|April|May|June|July|August|September|October|November|December/);
    expect(text).not.toContain("has taken place");
    expect(text).not.toContain("Add to calendar");
    // A year filter would say which year it was in.
    expect(ours((await listPublicEvents({ year: 2017 }, { perPage: 1000 })).past)).not.toContain("forum-madrid-2017");
  });

  it("gives Edinburgh one state: October 2017, dates and venue not published; never both “taken place” and “to be confirmed”", async () => {
    await seedProgramme(db);
    const text = await pageText("workshop-edinburgh-2017");
    expect(text).toContain("October 2017 (exact dates not published)");
    expect(text).toContain("The exact dates and the venue of this event were not published.");
    expect(text).not.toContain("has taken place");
    expect(text).not.toContain("to be confirmed");
  });

  it("says plainly that the venues of Belgrade and Athens were not published", async () => {
    await seedProgramme(db);
    for (const slug of ["forum-belgrade-2016", "forum-athens-2017"]) {
      const text = await pageText(slug);
      expect(text).toContain("The venue was not published.");
      expect(text).toContain("This event has taken place.");
    }
  });

  it("the about page asks no “Based in France?” question: the programme text gives no reason and no address for it", async () => {
    await seedProgramme(db);
    const about = await renderIn("en-GB", createElement(AboutNetwork, { organisations: await listProgrammeOrganisations() }));
    expect(about).not.toMatch(/France/);
    expect(about).toContain("Write to us");
  });

  it("names no host or outcome the programme text does not give in the partners' summaries", () => {
    const summaries = PROGRAMME_ORGANISATIONS.map((o) => o.summary).join("\n");
    expect(summaries).not.toMatch(/hosted the (June|first skills|second)/);
  });

  it("shows the partners' summaries in the reader's language, with the same facts (every number) as the English; names stay names", async () => {
    await seedProgramme(db);
    const organisations = await listProgrammeOrganisations();
    const english = await loadMessages("en-GB");
    const numbers = (text: string) => text.match(/\d+/g) ?? [];
    for (const locale of LOCALES) {
      const about = await loadMessages(locale);
      for (const key of Object.keys(english.about.organisations) as (keyof typeof english.about.organisations)[]) {
        expect(numbers(about.about.organisations[key]), `${locale} ${key}`).toEqual(numbers(english.about.organisations[key]));
      }
    }
    const german = textOf(await renderIn("de", createElement(AboutNetwork, { organisations })));
    expect(german).toContain("Nova Iskra / Kulturni Kod");
    expect(german).toContain((await loadMessages("de")).about.organisations.novaIskra);
    expect(german).not.toContain(english.about.organisations.novaIskra);
    expect(german).toContain("Belgrade, Serbien");
  });
});

describe("listPublicEvents", () => {
  it("shows every seeded event as past today, most recent first", async () => {
    await seedProgramme(db);
    const { upcoming, past } = await listPublicEvents({}, { perPage: 1000 });
    expect(ours(upcoming)).toEqual([]);
    expect(ours(past)).toEqual([
      "forum-madrid-2017",
      "workshop-edinburgh-2017",
      "workshop-berlin-2017",
      "workshop-madrid-2017",
      "forum-athens-2017",
      "forum-belgrade-2016",
    ]);
  });

  it("splits upcoming (soonest first) from past on a given day", async () => {
    await seedProgramme(db);
    const { upcoming, past } = await listPublicEvents({}, { perPage: 1000 }, new Date("2017-03-01T12:00:00Z"));
    // The Madrid forum has no published date: it stays among the upcoming ones, last, until the programme's years are over.
    expect(ours(upcoming)).toEqual(["workshop-madrid-2017", "workshop-berlin-2017", "workshop-edinburgh-2017", "forum-madrid-2017"]);
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
    expect(formatEventDates(await eventBySlug("workshop-edinburgh-2017"))).toBe("October 2017 (exact dates not published)");
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
    const noon = new Date("2017-02-26T12:00:00Z");
    expect(applyState(madrid, 0, new Date("2017-02-26T22:59:00Z"))).toMatchObject({ state: "open", reason: { key: "events.apply.open", values: { participation: "application", closesOn: noon } } });
    expect(applyState(madrid, 0, new Date("2017-02-26T23:00:00Z"))).toMatchObject({ state: "closed", reason: { key: "events.apply.closedOn", values: { participation: "application", closedOn: noon } } });
    // No source says how to take part in Berlin: the site takes no applications for it.
    expect(applyState(await eventBySlug("workshop-berlin-2017"), 0, new Date("2017-06-06T21:59:00Z"))).toMatchObject({ state: "information" });
    expect(applyState(await eventBySlug("workshop-edinburgh-2017"), 0, new Date("2017-01-01T00:00:00Z"))).toMatchObject({ state: "information" });
  });
});
