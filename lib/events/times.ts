// An event's local times: "09:30" on a date-only day, in the event's own time zone.
import { TZDate } from "@date-fns/tz";
import { calendarDay } from "@/lib/calendar";

type Timed = { startsOn: Date; endsOn: Date; startTime: string | null; endTime: string | null; timeZone: string };

/** The instant at `time` ("HH:MM") on `day` (a date-only value, midnight UTC) where `timeZone` says so. */
export function zonedDateTime(day: Date, time: string, timeZone: string): TZDate {
  const [hours, minutes] = time.split(":").map(Number);
  return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hours ?? 0, minutes ?? 0, timeZone);
}

/** "Central European Summer Time" (in `locale`): the zone's name on the event's first day. */
export function timeZoneName(event: Pick<Timed, "startsOn" | "timeZone">, locale: string): string {
  const noon = zonedDateTime(event.startsOn, "12:00", event.timeZone);
  const part = new Intl.DateTimeFormat(locale, { timeZone: event.timeZone, timeZoneName: "long" }).formatToParts(noon);
  return part.find((p) => p.type === "timeZoneName")?.value ?? event.timeZone;
}

/**
 * When a timed event starts and ends, for the page to word ("events.time.*"): the instants
 * (to format in the event's zone), the days they fall on (for the catalogue's dates), and
 * which form applies. Null for all-day events.
 */
type EventTimes = {
  form: "starts" | "startsOn" | "sameDay" | "days";
  start: Date;
  end: Date | null;
  startDay: Date;
  endDay: Date;
  timeZone: string;
};

export function eventTimes(event: Timed): EventTimes | null {
  if (!event.startTime) return null;
  const oneDay = event.startsOn.getTime() === event.endsOn.getTime();
  const form = !event.endTime ? (oneDay ? "starts" : "startsOn") : oneDay ? "sameDay" : "days";
  return {
    form,
    start: new Date(zonedDateTime(event.startsOn, event.startTime, event.timeZone).getTime()),
    end: event.endTime ? new Date(zonedDateTime(event.endsOn, event.endTime, event.timeZone).getTime()) : null,
    startDay: calendarDay(event.startsOn),
    endDay: calendarDay(event.endsOn),
    timeZone: event.timeZone,
  };
}
