// Date-only values (stored as midnight UTC) and "today" where something happens, for every area
// that keeps calendar days: events, P2P rounds and stays. Client-safe.

/** A date-only value (stored as midnight UTC) as "YYYY-MM-DD". */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * A date-only value (stored as midnight UTC), or the UTC day of an instant, as a value for
 * the catalogue's `{x, date, …}`: noon UTC of that day, which is the same calendar day in
 * whatever zone the formatter reads it (every zone within eleven hours of UTC, all Europe).
 */
export const calendarDay = (date: Date): Date => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12));

/** The calendar date in `timeZone` at the instant `now`, as "YYYY-MM-DD". */
export function todayIn(timeZone: string, now: Date): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}
