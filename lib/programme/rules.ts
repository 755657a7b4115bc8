// When an event counts as upcoming or past. Events are all-day, date-only, in their own
// time zone: "today" is the calendar date where the event happens, not on the server.

type Dated = { endsOn: Date; timeZone: string };

/** A date-only value (stored as midnight UTC) as "YYYY-MM-DD". */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** The calendar date in `timeZone` at the instant `now`, as "YYYY-MM-DD". */
export function todayIn(timeZone: string, now: Date): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** Over once its last day has ended where it takes place. */
export const isEventOver = (event: Dated, now: Date): boolean => isoDate(event.endsOn) < todayIn(event.timeZone, now);

/** Applications close at the end of the apply-by day, in the event's time zone. */
export const isApplicationOpen = (event: { applyBy: Date | null; timeZone: string }, now: Date): boolean =>
  event.applyBy !== null && isoDate(event.applyBy) >= todayIn(event.timeZone, now);

/**
 * Upcoming events soonest first, then past events most recent first. Expects `events`
 * ordered by start date.
 */
export function splitEventsByDate<T extends Dated>(events: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const upcoming = events.filter((e) => !isEventOver(e, now));
  const past = events.filter((e) => isEventOver(e, now)).reverse();
  return { upcoming, past };
}
