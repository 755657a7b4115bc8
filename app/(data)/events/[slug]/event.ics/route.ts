import { calendarEtag, calendarResponse, eventsCalendar } from "@/lib/events/ical";
import { getCalendarEvent } from "@/lib/events/queries";

export const dynamic = "force-dynamic";

/** One event as a file to open in a calendar app ("Add to calendar"); drafts are not found. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const event = await getCalendarEvent((await params).slug);
  if (!event) return new Response("There is no such event.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const etag = calendarEtag(`event:${event.id}:${event.updatedAt.getTime()}`);
  return calendarResponse(request, etag, () => eventsCalendar(event.title, [event]), `${event.slug}.ics`);
}
