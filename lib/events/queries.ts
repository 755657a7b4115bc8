import "server-only";
import { db, type Prisma } from "@/lib/db";
import { SEAT_STATUSES, splitEventsByDate } from "@/lib/events/rules";

/** What an event card shows; the hub pages list their hosted events with it too. */
export const eventCardSelect = {
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
  participation: true,
  capacity: true,
  applicationsOpenOn: true,
  applicationsCloseOn: true,
  _count: { select: { applications: { where: { status: { in: [...SEAT_STATUSES] } } } } },
} satisfies Prisma.EventSelect;

export type EventCard = Prisma.EventGetPayload<{ select: typeof eventCardSelect }>;

/** Drafts are staff-only; a cancelled event stays listed, marked as cancelled. */
const publicEvents = { status: { in: ["published", "cancelled"] } } satisfies Prisma.EventWhereInput;

// The programme is a handful of events a year: one bounded read of the latest ones, split
// in code because "today" depends on each event's own time zone.
const MAX_LISTED_EVENTS = 200;

/** Public events: upcoming soonest first, then past most recent first. */
export async function listPublicEvents(now = new Date()): Promise<{ upcoming: EventCard[]; past: EventCard[] }> {
  const events = await db.event.findMany({
    where: publicEvents,
    select: eventCardSelect,
    orderBy: [{ startsOn: "desc" }, { title: "desc" }],
    take: MAX_LISTED_EVENTS,
  });
  return splitEventsByDate(events.reverse(), now);
}

/** For the home page: the next few events or, when none is planned, the latest ones. */
export async function listProgrammeHighlights(count = 3, now = new Date()): Promise<{ when: "upcoming" | "past"; events: EventCard[] }> {
  const { upcoming, past } = await listPublicEvents(now);
  return upcoming.length ? { when: "upcoming", events: upcoming.slice(0, count) } : { when: "past", events: past.slice(0, count) };
}
