// An event's local times: "09:30" on a date-only day, in the event's own time zone.
import { TZDate } from "@date-fns/tz";
import { formatDate } from "@/lib/events/format";

type Timed = { startsOn: Date; endsOn: Date; startTime: string | null; endTime: string | null; timeZone: string };

/** The instant at `time` ("HH:MM") on `day` (a date-only value, midnight UTC) where `timeZone` says so. */
export function zonedDateTime(day: Date, time: string, timeZone: string): TZDate {
  const [hours, minutes] = time.split(":").map(Number);
  return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hours ?? 0, minutes ?? 0, timeZone);
}

/** "Central European Summer Time": the zone's name on the event's first day. */
export function timeZoneName(event: Pick<Timed, "startsOn" | "timeZone">): string {
  const noon = zonedDateTime(event.startsOn, "12:00", event.timeZone);
  const part = new Intl.DateTimeFormat("en-GB", { timeZone: event.timeZone, timeZoneName: "long" }).formatToParts(noon);
  return part.find((p) => p.type === "timeZoneName")?.value ?? event.timeZone;
}

/**
 * "14:00 to 18:00, Central European Summer Time (Europe/Berlin)", or across several days
 * "From 09:30 on 22 March 2027 to 17:00 on 23 March 2027, …"; null for all-day events.
 */
export function formatEventTimes(event: Timed): string | null {
  if (!event.startTime) return null;
  const zone = `${timeZoneName(event)} (${event.timeZone})`;
  const oneDay = event.startsOn.getTime() === event.endsOn.getTime();
  if (!event.endTime) return `Starts at ${event.startTime}${oneDay ? "" : ` on ${formatDate(event.startsOn)}`}, ${zone}`;
  if (oneDay) return `${event.startTime} to ${event.endTime}, ${zone}`;
  return `From ${event.startTime} on ${formatDate(event.startsOn)} to ${event.endTime} on ${formatDate(event.endsOn)}, ${zone}`;
}
