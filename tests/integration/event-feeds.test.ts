// The calendar feeds, parsed back with an iCalendar parser (ical.js): what a calendar app
// reads. Other test files create events too, so each test looks for its own events by UID.
import { randomBytes } from "node:crypto";
import ICAL from "ical.js";
import { convertIcsCalendar } from "ts-ics";
import { describe, expect, it } from "vitest";
import { GET as allFeed } from "@/app/(data)/events/calendar.ics/route";
import { GET as kindFeed } from "@/app/(data)/events/calendar/[kind]/route";
import { GET as eventFile } from "@/app/(data)/events/[slug]/event.ics/route";
import { db, type Prisma } from "@/lib/db";
import { calendarEtag, calendarResponse } from "@/lib/events/ical";
import { calendarVersion } from "@/lib/events/queries";
import { siteUrl } from "@/lib/site";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const host = new URL(siteUrl()).hostname;

async function createEvent(over: Partial<Prisma.EventUncheckedCreateInput> = {}) {
  const slug = `feed-event-${randomBytes(5).toString("hex")}`;
  return db.event.create({
    data: {
      slug,
      kind: "workshop",
      title: `Feed ${slug}`,
      summary: "An event made for the calendar feed tests.",
      startsOn: day("2031-03-22"),
      endsOn: day("2031-03-23"),
      timeZone: "Europe/Madrid",
      city: "Madrid",
      countryCode: "ES",
      venueName: "Factoría Cultural",
      status: "published",
      ...over,
    },
  });
}

const request = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });
const kindParams = (kind: string) => ({ params: Promise.resolve({ kind }) });
const slugParams = (slug: string) => ({ params: Promise.resolve({ slug }) });

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const byUid = new Map(calendar.getAllSubcomponents("vevent").map((v) => [String(v.getFirstPropertyValue("uid")), v]));
  return { calendar, byUid, event: (id: string) => byUid.get(`${id}@${host}`) };
}

describe("the calendar of all events (/events/calendar.ics)", () => {
  it("is a named calendar of published and cancelled events, never drafts, each linking back to its page", async () => {
    const published = await createEvent();
    const cancelled = await createEvent({ status: "cancelled", cancelMessage: "The venue closed for repairs." });
    const draft = await createEvent({ status: "draft" });
    const response = await allFeed(request("/events/calendar.ics"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const { calendar, event } = parse(await response.text());
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("European Creative Hubs Network: events");
    expect(String(event(published.id)?.getFirstPropertyValue("url"))).toBe(siteUrl(`/events/${published.slug}`));
    expect(event(published.id)?.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(event(cancelled.id)?.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(String(event(cancelled.id)?.getFirstPropertyValue("description"))).toContain("The venue closed for repairs.");
    expect(event(draft.id)).toBeUndefined();
  });

  it("gives date-only events as all-day DATE values, the end the day after the last day", async () => {
    const e = await createEvent({ startsOn: day("2031-03-22"), endsOn: day("2031-03-23") });
    const vevent = parse(await (await allFeed(request("/events/calendar.ics"))).text()).event(e.id)!;
    const start = vevent.getFirstProperty("dtstart")!;
    const end = vevent.getFirstProperty("dtend")!;
    expect(start.type).toBe("date");
    expect(String(start.getFirstValue())).toBe("2031-03-22");
    expect(end.type).toBe("date");
    expect(String(end.getFirstValue())).toBe("2031-03-24");
  });

  it("gives timed events in their own time zone, with its VTIMEZONE", async () => {
    const e = await createEvent({ startsOn: day("2031-06-07"), endsOn: day("2031-06-08"), startTime: "09:30", endTime: "17:00", timeZone: "Europe/Berlin" });
    const { calendar, event } = parse(await (await allFeed(request("/events/calendar.ics"))).text());
    const vevent = event(e.id)!;
    const start = vevent.getFirstProperty("dtstart")!;
    expect(start.type).toBe("date-time");
    expect(start.getParameter("tzid")).toBe("Europe/Berlin");
    expect(String(start.getFirstValue())).toBe("2031-06-07T09:30:00");
    expect(String(vevent.getFirstProperty("dtend")!.getFirstValue())).toBe("2031-06-08T17:00:00");
    const zone = calendar.getAllSubcomponents("vtimezone").find((z) => z.getFirstPropertyValue("tzid") === "Europe/Berlin");
    expect(zone).toBeDefined();
    // 09:30 in Berlin in June (summer time, UTC+2) is 07:30 UTC.
    ICAL.TimezoneService.register(zone!);
    const time = vevent.getFirstPropertyValue("dtstart") as ICAL.Time;
    expect(time.toJSDate().toISOString()).toBe("2031-06-07T07:30:00.000Z");
  });

  it("gives month-only events as all-day over the month, marked as having no published dates", async () => {
    const e = await createEvent({ startsOn: day("2031-10-01"), endsOn: day("2031-10-31"), datePrecision: "month" });
    const vevent = parse(await (await allFeed(request("/events/calendar.ics"))).text()).event(e.id)!;
    expect(String(vevent.getFirstPropertyValue("dtstart"))).toBe("2031-10-01");
    expect(String(vevent.getFirstPropertyValue("dtend"))).toBe("2031-11-01");
    expect(String(vevent.getFirstPropertyValue("summary"))).toBe(`${e.title} (exact dates not published)`);
  });

  it("leaves out an event whose dates were not published, rather than invent them", async () => {
    const e = await createEvent({ startsOn: day("2031-12-31"), endsOn: day("2031-12-31"), datePrecision: "unknown" });
    expect(parse(await (await allFeed(request("/events/calendar.ics"))).text()).event(e.id)).toBeUndefined();
  });

  it("gives the place, and its position when known", async () => {
    const e = await createEvent({ venueAddress: "Calle de Legazpi 8", latitude: 40.39, longitude: -3.69 });
    const vevent = parse(await (await allFeed(request("/events/calendar.ics"))).text()).event(e.id)!;
    expect(String(vevent.getFirstPropertyValue("location"))).toBe("Factoría Cultural, Calle de Legazpi 8, Madrid, Spain");
    expect(vevent.getFirstPropertyValue("geo")).toEqual([40.39, -3.69]);
  });

  it("answers 304 to a client that holds the current version, and moves to a new version after any change", async () => {
    const etag = calendarEtag("a version");
    const build = () => "BEGIN:VCALENDAR";
    expect((await calendarResponse(request("/x", { "if-none-match": etag }), etag, build)).status).toBe(304);
    expect((await calendarResponse(request("/x", { "if-none-match": `W/${etag}, "other"` }), etag, build)).status).toBe(304);
    expect((await calendarResponse(request("/x", { "if-none-match": '"other"' }), etag, build)).status).toBe(200);
    const first = await allFeed(request("/events/calendar.ics"));
    expect(first.headers.get("etag")).toMatch(/^".+"$/);
    expect(first.headers.get("cache-control")).toContain("max-age");
    const before = await calendarVersion();
    const added = await createEvent();
    const afterAdding = await calendarVersion();
    expect(afterAdding).not.toBe(before);
    await db.event.update({ where: { id: added.id }, data: { title: "Renamed" } });
    expect(await calendarVersion()).not.toBe(afterAdding);
  });
});

/**
 * What a strict reader requires and lenient parsers let pass (RFC 5545): every line ends with
 * CRLF, the last one too (§3.1); every TZID an event uses has exactly one VTIMEZONE of that name
 * (§3.2.19, §3.6.5). Returns the TZIDs used.
 */
function expectStrictlyValid(text: string): string[] {
  expect(text.endsWith("\r\n"), "the file ends with CRLF").toBe(true);
  expect(text.replace(/\r\n/g, ""), "a line ends with something other than CRLF").not.toMatch(/[\r\n]/);
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  const defined = lines.filter((line, i) => line.startsWith("TZID:") && lines.slice(0, i).findLast((l) => l.startsWith("BEGIN:")) === "BEGIN:VTIMEZONE").map((line) => line.slice(5));
  expect(new Set(defined).size, `VTIMEZONEs defined more than once: ${defined}`).toBe(defined.length);
  const used = [...new Set(lines.flatMap((line) => [...line.matchAll(/^[A-Z-]+;(?:[^:]*;)?TZID=([^;:]+)/g)].map((m) => m[1]!)))];
  for (const tzid of used) expect(defined, `TZID ${tzid} is used with no VTIMEZONE`).toContain(tzid);
  return used;
}

describe("what strict calendar readers require", () => {
  // 09:30 local time on a summer day and on a winter day, and the instant each is.
  const ZONES = [
    { timeZone: "Europe/Amsterdam", summer: "07:30", winter: "08:30" }, // an alias of Europe/Brussels
    { timeZone: "Europe/Brussels", summer: "07:30", winter: "08:30" },
    { timeZone: "Europe/Ljubljana", summer: "07:30", winter: "08:30" }, // an alias of Europe/Belgrade
    { timeZone: "Europe/Belgrade", summer: "07:30", winter: "08:30" },
    { timeZone: "Atlantic/Reykjavik", summer: "09:30", winter: "09:30" }, // an alias of Africa/Abidjan
    { timeZone: "Europe/Madrid", summer: "07:30", winter: "08:30" },
    { timeZone: "Europe/Lisbon", summer: "08:30", winter: "09:30" },
  ];

  it("defines each time zone used, aliases included, exactly once, ends every line with CRLF, and places the events where a second parser (ts-ics) reads them", async () => {
    const events = await Promise.all(
      ZONES.flatMap(({ timeZone }) => [
        createEvent({ timeZone, startsOn: day("2031-07-10"), endsOn: day("2031-07-10"), startTime: "09:30", endTime: "12:00" }),
        createEvent({ timeZone, startsOn: day("2031-01-15"), endsOn: day("2031-01-15"), startTime: "09:30", endTime: "12:00" }),
      ]),
    );
    const text = await (await allFeed(request("/events/calendar.ics"))).text();
    const used = expectStrictlyValid(text);
    for (const { timeZone } of ZONES) expect(used).toContain(timeZone);

    const calendar = convertIcsCalendar(undefined, text);
    const definedZones = (calendar.timezones ?? []).map((zone) => zone.id);
    ZONES.forEach(({ timeZone, summer, winter }, i) => {
      for (const [event, utc] of [[events[2 * i]!, `2031-07-10T${summer}`], [events[2 * i + 1]!, `2031-01-15T${winter}`]] as const) {
        const parsed = calendar.events?.find((e) => e.uid === `${event.id}@${host}`);
        expect(parsed?.start.local?.timezone, timeZone).toBe(timeZone);
        expect(definedZones, timeZone).toContain(timeZone);
        expect(parsed?.start.date.toISOString(), `${timeZone} ${utc}`).toBe(`${utc}:00.000Z`);
      }
    });
  });

  it("gives one event's file in an alias zone that zone's own VTIMEZONE", async () => {
    const e = await createEvent({ timeZone: "Europe/Ljubljana", startsOn: day("2031-09-02"), endsOn: day("2031-09-02"), startTime: "18:00" });
    const text = await (await eventFile(request(`/events/${e.slug}/event.ics`), slugParams(e.slug))).text();
    expect(expectStrictlyValid(text)).toEqual(["Europe/Ljubljana"]);
    expect(convertIcsCalendar(undefined, text).events?.[0]?.start.date.toISOString()).toBe("2031-09-02T16:00:00.000Z");
  });
});

describe("the calendars per kind (/events/calendar/<kind>.ics)", () => {
  it("holds only events of its kind", async () => {
    const forum = await createEvent({ kind: "forum" });
    const workshop = await createEvent({ kind: "workshop" });
    const forumDraft = await createEvent({ kind: "forum", status: "draft" });
    const response = await kindFeed(request("/events/calendar/forum.ics"), kindParams("forum.ics"));
    expect(response.status).toBe(200);
    const { calendar, byUid, event } = parse(await response.text());
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("European Creative Hubs Network: Creative Hubs Fora");
    expect(event(forum.id)).toBeDefined();
    expect(event(workshop.id)).toBeUndefined();
    expect(event(forumDraft.id)).toBeUndefined();
    const kinds = await db.event.findMany({ where: { id: { in: [...byUid.keys()].map((uid) => uid.split("@")[0]!) } }, select: { kind: true } });
    expect(new Set(kinds.map((k) => k.kind))).toEqual(new Set(["forum"]));
  });

  it("is not found for any other name", async () => {
    for (const name of ["party.ics", "forum", "forum.ical", "FORUM.ics"]) {
      expect((await kindFeed(request(`/events/calendar/${name}`), kindParams(name))).status).toBe(404);
    }
  });
});

describe("one event's file (/events/<slug>/event.ics)", () => {
  it("holds the one event, offered as a file to download", async () => {
    const e = await createEvent({ startTime: "14:00", endTime: "18:00", timeZone: "Europe/Berlin", startsOn: day("2031-05-05"), endsOn: day("2031-05-05") });
    const response = await eventFile(request(`/events/${e.slug}/event.ics`), slugParams(e.slug));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${e.slug}.ics"`);
    const { byUid, calendar } = parse(await response.text());
    expect([...byUid.keys()]).toEqual([`${e.id}@${host}`]);
    expect(calendar.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid"))).toEqual(["Europe/Berlin"]);
    const again = await eventFile(request(`/events/${e.slug}/event.ics`, { "if-none-match": response.headers.get("etag")! }), slugParams(e.slug));
    expect(again.status).toBe(304);
  });

  it("is not found for a draft", async () => {
    const draft = await createEvent({ status: "draft" });
    expect((await eventFile(request(`/events/${draft.slug}/event.ics`), slugParams(draft.slug))).status).toBe(404);
    expect((await eventFile(request("/events/no-such-event/event.ics"), slugParams("no-such-event"))).status).toBe(404);
  });
});
