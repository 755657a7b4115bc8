// Date-only values (stored as midnight UTC) and "today" where something happens, for every area
// that keeps calendar days: events, P2P rounds and stays. Client-safe.
import { TZDate } from "@date-fns/tz";

/** One calendar day in milliseconds: between date-only values (midnight UTC), never across a zone's clock change. */
export const DAY_MS = 86_400_000;

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

/**
 * A calendar day as typed or sent by a date field ("2027-03-27", spaces around ignored), as a
 * date-only value (midnight UTC); null for "2027-02-30", another shape, or a year outside 2000–2100.
 */
export function parseIsoDay(text: string | null | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text?.trim() ?? "");
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 2000 && y <= 2100 ? date : null;
}

/** The calendar day `days` days after `isoDay` ("YYYY-MM-DD"), as "YYYY-MM-DD". */
export const addDays = (isoDay: string, days: number): string => isoDate(new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * DAY_MS));

/**
 * The last instant (23:59:59.999) of `isoDay` where `timeZone` says so: a deadline that pages
 * and emails name as a day holds until that day is over there, whatever the clock change.
 */
export function endOfDayIn(timeZone: string, isoDay: string): Date {
  const [y, m, d] = isoDay.split("-").map(Number);
  return new Date(new TZDate(y!, m! - 1, d!, 23, 59, 59, 999, timeZone).getTime());
}
