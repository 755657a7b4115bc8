// How the programme's dates and places read on the site (British English).
import type { DatePrecision } from "@/lib/generated/prisma/enums";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Date-only values are stored as midnight UTC, so their parts are read in UTC. */
const parts = (d: Date) => ({ day: d.getUTCDate(), month: MONTHS[d.getUTCMonth()]!, year: d.getUTCFullYear() });

/** "26 February 2017" */
export function formatDate(date: Date): string {
  const { day, month, year } = parts(date);
  return `${day} ${month} ${year}`;
}

/**
 * "22–23 March 2017", "30 March – 2 April 2017", "30 December 2017 – 2 January 2018";
 * when only the month was published, "October 2017 (exact dates not published)"; when no
 * date was, "Dates not published". The same words before and after the month, so a past
 * event never reads "to be confirmed" beside "has taken place".
 */
export function formatEventDates(event: { startsOn: Date; endsOn: Date; datePrecision: DatePrecision }): string {
  const a = parts(event.startsOn);
  const b = parts(event.endsOn);
  if (event.datePrecision === "unknown") return "Dates not published";
  if (event.datePrecision === "month") return `${a.month} ${a.year} (exact dates not published)`;
  if (event.startsOn.getTime() === event.endsOn.getTime()) return formatDate(event.startsOn);
  if (a.year !== b.year) return `${formatDate(event.startsOn)} – ${formatDate(event.endsOn)}`;
  if (a.month !== b.month) return `${a.day} ${a.month} – ${b.day} ${b.month} ${b.year}`;
  return `${a.day}–${b.day} ${b.month} ${b.year}`;
}

export const EVENT_KIND_LABEL = { forum: "Creative Hubs Forum", workshop: "Skills Workshop", other: "Event" } as const;
