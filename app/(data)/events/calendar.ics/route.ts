import { cachedFeed, calendarEtag, calendarResponse, eventsCalendar } from "@/lib/events/ical";
import { calendarVersion, listCalendarEvents } from "@/lib/events/queries";
import { SITE_NAME } from "@/lib/site";

// Read per request: the feed follows the database. Its version is checked every time; the
// events are read and the file built only for a version this instance has not built yet,
// and a calendar app that already holds the version gets a 304.
export const dynamic = "force-dynamic";

/** Every published event, cancelled ones marked as such: a calendar to subscribe to. */
export async function GET(request: Request) {
  const version = await calendarVersion();
  return calendarResponse(request, calendarEtag(version), () => cachedFeed(version, async () => eventsCalendar(`${SITE_NAME}: events`, await listCalendarEvents())));
}
