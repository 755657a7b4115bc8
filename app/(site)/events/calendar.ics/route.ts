import { calendarEtag, calendarResponse, eventsCalendar } from "@/lib/events/ical";
import { calendarVersion, listCalendarEvents } from "@/lib/events/queries";
import { SITE_NAME } from "@/lib/site";

// Read per request: the feed follows the database, and a calendar app that already holds
// this version gets a 304 without the events being read.
export const dynamic = "force-dynamic";

/** Every published event, cancelled ones marked as such: a calendar to subscribe to. */
export async function GET(request: Request) {
  const etag = calendarEtag(await calendarVersion());
  return calendarResponse(request, etag, async () => eventsCalendar(`${SITE_NAME}: events`, await listCalendarEvents()));
}
