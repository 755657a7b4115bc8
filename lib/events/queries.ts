import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EventFilters } from "@/lib/events/schema";
import type { EventKindCode } from "@/lib/events/fields";
import { seatsTaken } from "@/lib/events/applications/seats";
import { isEventOver } from "@/lib/events/rules";

/** What, when and where: the fields every public view of an event starts from. */
const eventBasicsSelect = {
  id: true,
  slug: true,
  kind: true,
  title: true,
  theme: true,
  summary: true,
  startsOn: true,
  endsOn: true,
  datePrecision: true,
  timeZone: true,
  city: true,
  countryCode: true,
  venueName: true,
  status: true,
} satisfies Prisma.EventSelect;

/** What an event card shows; the hub pages list their hosted events with it too. */
const eventCardSelect = {
  ...eventBasicsSelect,
  participation: true,
  capacity: true,
  applicationsOpenOn: true,
  applicationsCloseOn: true,
  _count: { select: seatsTaken },
} satisfies Prisma.EventSelect;

export type EventCard = Prisma.EventGetPayload<{ select: typeof eventCardSelect }>;

/** Drafts are staff-only; a cancelled event stays public, marked as cancelled. */
const PUBLIC_STATUSES = ["published", "cancelled"] as const;
const publicEvents = { status: { in: [...PUBLIC_STATUSES] } } satisfies Prisma.EventWhereInput;

const EVENTS_PER_PAGE = 12;

/** The same filters as SQL, for the list whose order needs each event's own "today". */
function publicEventSql(filters: EventFilters): Prisma.Sql {
  const conditions = [Prisma.sql`"status" IN ('published', 'cancelled')`];
  if (filters.kind) conditions.push(Prisma.sql`"kind" = ${filters.kind}::"EventKind"`);
  if (filters.country) conditions.push(Prisma.sql`"countryCode" = ${filters.country}`);
  // An event with no published date belongs to no year.
  if (filters.year) conditions.push(Prisma.sql`"startsOn" BETWEEN ${`${filters.year}-01-01`}::date AND ${`${filters.year}-12-31`}::date AND "datePrecision" <> 'unknown'`);
  return Prisma.join(conditions, " AND ");
}

type PublicEventPage = { upcoming: EventCard[]; past: EventCard[]; total: number; upcomingTotal: number; page: number; pages: number };

/**
 * One page of public events: upcoming ones soonest first, then past ones most recent first,
 * as one sequence cut into pages. An event is upcoming until its last day has ended where it
 * takes place (isEventOver in rules.ts), so the split is made per row in SQL, in the event's
 * own time zone, and only the page's rows are read in full.
 */
export async function listPublicEvents(filters: EventFilters, opts: { page?: number; perPage?: number } = {}, now = new Date()): Promise<PublicEventPage> {
  const perPage = opts.perPage ?? EVENTS_PER_PAGE;
  const page = Math.max(1, opts.page ?? 1);
  const where = publicEventSql(filters);
  const upcomingSql = Prisma.sql`("endsOn" >= (${now}::timestamptz AT TIME ZONE "timeZone")::date)`;
  const [rows, [counts]] = await Promise.all([
    db.$queryRaw<{ id: string; upcoming: boolean }[]>`
      SELECT "id", ${upcomingSql} AS "upcoming" FROM "Event" WHERE ${where}
      ORDER BY "upcoming" DESC,
        CASE WHEN ${upcomingSql} THEN "startsOn" END ASC, CASE WHEN ${upcomingSql} THEN "title" END ASC,
        "startsOn" DESC, "title" DESC, "id"
      LIMIT ${perPage} OFFSET ${(page - 1) * perPage}`,
    db.$queryRaw<{ total: number; upcoming: number }[]>`
      SELECT count(*)::int AS "total", (count(*) FILTER (WHERE ${upcomingSql}))::int AS "upcoming" FROM "Event" WHERE ${where}`,
  ]);
  const cards = rows.length ? await db.event.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: eventCardSelect }) : [];
  const byId = new Map(cards.map((c) => [c.id, c]));
  const inOrder = (upcoming: boolean) => rows.filter((r) => r.upcoming === upcoming).flatMap((r) => byId.get(r.id) ?? []);
  const total = counts?.total ?? 0;
  return { upcoming: inOrder(true), past: inOrder(false), total, upcomingTotal: counts?.upcoming ?? 0, page, pages: Math.max(1, Math.ceil(total / perPage)) };
}

/** The choices the filter form offers: the countries and years that have public events. */
export async function listEventFilterOptions(): Promise<{ countries: string[]; years: number[] }> {
  const [row] = await db.$queryRaw<{ countries: string[] | null; first: number | null; last: number | null }[]>`
    SELECT array_agg(DISTINCT "countryCode") AS "countries",
      extract(year FROM min("startsOn"))::int AS "first", extract(year FROM max("startsOn"))::int AS "last"
    FROM "Event" WHERE "status" IN ('published', 'cancelled')`;
  const years = row?.first && row.last ? Array.from({ length: row.last - row.first + 1 }, (_, i) => row.last! - i) : [];
  return { countries: row?.countries ?? [], years };
}

/** For the home page: the next few events or, when none is planned, the latest ones. */
export async function listProgrammeHighlights(count = 3, now = new Date()): Promise<{ when: "upcoming" | "past"; events: EventCard[] }> {
  const { upcoming, past } = await listPublicEvents({}, { perPage: count }, now);
  return upcoming.length ? { when: "upcoming", events: upcoming } : { when: "past", events: past };
}

/** For a hub's page: the published events it hosts that are not over yet, soonest first. */
export async function listUpcomingHubEvents(hubId: string, now = new Date()) {
  // A day's margin: "over" depends on the event's own time zone, decided in code below.
  const yesterday = new Date(now.getTime() - 86_400_000);
  const events = await db.event.findMany({
    where: { hubId, status: "published", endsOn: { gte: new Date(yesterday.toISOString().slice(0, 10)) } },
    select: eventCardSelect,
    orderBy: [{ startsOn: "asc" }, { title: "asc" }],
    take: 20,
  });
  return events.filter((e) => !isEventOver(e, now));
}

// ---------------------------------------------------------------- one event

const publicEventSelect = {
  ...eventCardSelect,
  programme: true,
  startTime: true,
  endTime: true,
  venueAddress: true,
  latitude: true,
  longitude: true,
  cancelMessage: true,
  coverImageKey: true,
  coverImageAlt: true,
  curators: true,
  publishedAt: true,
  updatedAt: true,
  hub: { select: { slug: true, name: true, status: true } },
} satisfies Prisma.EventSelect;

type EventRow = Prisma.EventGetPayload<{ select: typeof publicEventSelect }>;
/** An event as its page shows it; the host hub only when its own page is public. */
export type PublicEvent = Omit<EventRow, "hub"> & { hub: { slug: string; name: string } | null };

export const toPublicEvent = ({ hub, ...event }: EventRow): PublicEvent => ({
  ...event,
  hub: hub?.status === "published" ? { slug: hub.slug, name: hub.name } : null,
});

/** A published or cancelled event by its address; null for drafts, whoever asks. Once per request. */
export const getPublicEvent = cache(async (slug: string): Promise<PublicEvent | null> => {
  const event = await db.event.findFirst({ where: { slug, ...publicEvents }, select: publicEventSelect });
  return event ? toPublicEvent(event) : null;
});

/** Every public event's address, for the sitemap; drafts never. */
export function listPublicEventSlugs() {
  return db.event.findMany({ where: publicEvents, select: { slug: true, updatedAt: true }, orderBy: { startsOn: "desc" } });
}

// ---------------------------------------------------------------- calendar feeds

export const calendarEventSelect = {
  ...eventBasicsSelect,
  startTime: true,
  endTime: true,
  venueAddress: true,
  latitude: true,
  longitude: true,
  cancelMessage: true,
  updatedAt: true,
} satisfies Prisma.EventSelect;

export type CalendarEvent = Prisma.EventGetPayload<{ select: typeof calendarEventSelect }>;

const feedWhere = (kind?: EventKindCode): Prisma.EventWhereInput => ({ ...publicEvents, ...(kind ? { kind } : {}) });

/**
 * What a feed's content depends on, read without reading the events: any edit moves the
 * latest updatedAt, any deletion or unpublishing lowers the count.
 */
export async function calendarVersion(kind?: EventKindCode): Promise<string> {
  const { _count, _max } = await db.event.aggregate({ where: feedWhere(kind), _count: { _all: true }, _max: { updatedAt: true } });
  return `${kind ?? "all"}:${_count._all}:${_max.updatedAt?.getTime() ?? 0}`;
}

/** The events of a feed: published and cancelled ones, oldest first. */
export function listCalendarEvents(kind?: EventKindCode): Promise<CalendarEvent[]> {
  return db.event.findMany({ where: feedWhere(kind), select: calendarEventSelect, orderBy: [{ startsOn: "asc" }, { id: "asc" }] });
}

/** One public event for its own .ics; null for drafts. */
export function getCalendarEvent(slug: string): Promise<CalendarEvent | null> {
  return db.event.findFirst({ where: { slug, ...publicEvents }, select: calendarEventSelect });
}
