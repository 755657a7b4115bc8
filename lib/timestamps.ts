// When something happened on the site (a draft saved, a message received, a hub submitted),
// as its pages show it to people all over Europe: in one zone, Brussels time, and always saying
// so. An event's own times are in the event's zone instead (lib/events/times.ts). Client-safe.

import { TZDate } from "@date-fns/tz";

export const SITE_TIME_ZONE = "Europe/Brussels";

const timestamp = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: SITE_TIME_ZONE,
});

/** "4 Dec 2026, 14:05 Brussels time" */
export const formatTimestamp = (instant: Date): string => `${timestamp.format(instant)} Brussels time`;

/** The instant a day ("2026-12-04") begins in Brussels time, as the site's pages count days. */
export function startOfSiteDay(day: string, plusDays = 0): Date {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(new TZDate(year!, month! - 1, date! + plusDays, SITE_TIME_ZONE).getTime());
}
