import "server-only";
// The programme as iCalendar (RFC 5545) for calendar apps: date-only events as all-day
// events, timed ones in their own time zone with its VTIMEZONE, month-only ones as all-day
// over the month, marked as dates to be confirmed.
import ical, { ICalEventStatus } from "ical-generator";
import { tzlib_get_ical_block } from "timezones-ical-library";
import { countryName } from "@/lib/countries";
import type { CalendarEvent } from "@/lib/events/queries";
import { zonedDateTime } from "@/lib/events/times";
import { builtOnce, versionEtag, versionedResponse } from "@/lib/http/versioned-file";
import { SITE_NAME, siteUrl } from "@/lib/site";

const DAY = 86_400_000;
/** How often subscribed calendar apps should look again, in seconds. */
const REFRESH_SECONDS = 6 * 3600;
/** Changes whenever the feed's format changes, so that an ETag of an older format never matches. */
const FORMAT_VERSION = "2";

// A zone's rules change with a tz database release, not between requests: each is built once.
// For an alias (Europe/Amsterdam, Europe/Ljubljana, Atlantic/Reykjavik) the library gives the
// zone it points to (Europe/Brussels, …): the block is renamed to the alias, so that every
// TZID an event uses has exactly one VTIMEZONE of that name (RFC 5545 §3.2.19, §3.6.5).
const vtimezones = new Map<string, string | null>();
function vtimezone(tz: string): string | null {
  if (!vtimezones.has(tz)) {
    const block = tzlib_get_ical_block(tz)[0];
    vtimezones.set(tz, block ? block.replace(/^TZID:.*$/m, `TZID:${tz}`).replace(/^X-LIC-LOCATION:.*$/m, `X-LIC-LOCATION:${tz}`) : null);
  }
  return vtimezones.get(tz)!;
}

function when(event: CalendarEvent) {
  if (event.datePrecision === "day" && event.startTime) {
    // Without an end time the event lasts until its last day ends.
    const end = event.endTime ? zonedDateTime(event.endsOn, event.endTime, event.timeZone) : zonedDateTime(new Date(event.endsOn.getTime() + DAY), "00:00", event.timeZone);
    // A zone with no VTIMEZONE to give is written in UTC: a TZID without one is invalid.
    return { start: zonedDateTime(event.startsOn, event.startTime, event.timeZone), end, timezone: vtimezone(event.timeZone) ? event.timeZone : null, allDay: false };
  }
  // All-day: DATE values, DTEND the day after the last day (exclusive, RFC 5545 3.6.1).
  return { start: event.startsOn, end: new Date(event.endsOn.getTime() + DAY), timezone: null, allDay: true };
}

function description(event: CalendarEvent, url: string): string {
  return [
    event.status === "cancelled" ? `Cancelled. ${event.cancelMessage ?? ""}`.trim() : null,
    event.datePrecision === "month" ? "The exact dates were not published: this entry covers the whole month." : null,
    event.theme,
    event.summary,
    `Details and how to take part: ${url}`,
  ]
    .filter(Boolean)
    .join("\n\n");
}

/** An iCalendar file of `events`, named `name` in calendar apps. */
export function eventsCalendar(name: string, events: readonly CalendarEvent[]): string {
  const host = new URL(siteUrl()).hostname;
  const calendar = ical({
    name,
    description: `Creative Hubs Fora, Skills Workshops and other events of the ${SITE_NAME}.`,
    prodId: { company: SITE_NAME, product: "events", language: "EN" },
    url: siteUrl("/events"),
    ttl: REFRESH_SECONDS,
  });
  calendar.timezone({ name: null, generator: vtimezone });
  for (const event of events) {
    // No date was published: a calendar entry would invent one.
    if (event.datePrecision === "unknown") continue;
    const url = siteUrl(`/events/${event.slug}`);
    const place = [event.venueName, event.venueAddress, event.city, countryName(event.countryCode)].filter(Boolean).join(", ");
    calendar.createEvent({
      id: `${event.id}@${host}`,
      ...when(event),
      summary: event.datePrecision === "month" ? `${event.title} (exact dates not published)` : event.title,
      description: description(event, url),
      url,
      location: event.latitude !== null && event.longitude !== null ? { title: place, geo: { lat: event.latitude, lon: event.longitude } } : place,
      status: event.status === "cancelled" ? ICalEventStatus.CANCELLED : event.datePrecision === "month" ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      stamp: event.updatedAt,
      lastModified: event.updatedAt,
    });
  }
  // Every line of an iCalendar file ends with CRLF, the last one too (RFC 5545 §3.1).
  return `${calendar.toString()}\r\n`;
}

// ical-generator folds long lines measuring every character with a new TextEncoder: a
// feed of 500 events takes a few hundred milliseconds to build. Its content depends only on
// calendarVersion, checked on every request, so each instance keeps its builds (lib/http/versioned-file.ts).
export const cachedFeed = (version: string, build: () => Promise<string>) => builtOnce(`ical:${version}`, build);

/** A strong validator for a feed from what its content depends on (see calendarVersion). */
export const calendarEtag = (version: string): string => versionEtag(`ical-${FORMAT_VERSION}`, version);

/** The response for a calendar: 304 when the client already holds this version, else the file. `filename` offers it as a download. */
export const calendarResponse = (request: Request, etag: string, build: () => Promise<string> | string, filename?: string): Promise<Response> =>
  versionedResponse(request, { etag, contentType: "text/calendar; charset=utf-8", build, filename });
