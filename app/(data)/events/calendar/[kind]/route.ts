import { EVENT_KINDS, type EventKindCode } from "@/lib/events/fields";
import { cachedFeed, calendarEtag, calendarResponse, eventsCalendar } from "@/lib/events/ical";
import { calendarVersion, listCalendarEvents } from "@/lib/events/queries";
import { SITE_NAME } from "@/lib/site";

export const dynamic = "force-dynamic";

const CALENDAR_NAME: Record<EventKindCode, string> = {
  forum: "Creative Hubs Fora",
  workshop: "Skills Workshops",
  other: "other events",
};

/** /events/calendar/workshop.ics and the like: one kind of event only. */
export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const file = (await params).kind;
  const kind = EVENT_KINDS.find((k) => `${k}.ics` === file);
  if (!kind) return new Response("There is no calendar of that name. Try forum.ics, workshop.ics or other.ics.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const version = await calendarVersion(kind);
  return calendarResponse(request, calendarEtag(version), () =>
    cachedFeed(version, async () => eventsCalendar(`${SITE_NAME}: ${CALENDAR_NAME[kind]}`, await listCalendarEvents(kind))),
  );
}
