// How the programme's dates and places read on the site (British English).

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Date-only values are stored as midnight UTC, so their parts are read in UTC. */
const parts = (d: Date) => ({ day: d.getUTCDate(), month: MONTHS[d.getUTCMonth()]!, year: d.getUTCFullYear() });

/** "26 February 2017" */
export function formatDate(date: Date): string {
  const { day, month, year } = parts(date);
  return `${day} ${month} ${year}`;
}

/**
 * "22–23 March 2017", "30 March – 2 April 2017", "30 December 2017 – 2 January 2018",
 * or, when only the month is known, "October 2017, dates to be confirmed".
 */
export function formatEventDates(event: { startsOn: Date; endsOn: Date; datePrecision: "day" | "month" }): string {
  const a = parts(event.startsOn);
  const b = parts(event.endsOn);
  if (event.datePrecision === "month") return `${a.month} ${a.year}, dates to be confirmed`;
  if (event.startsOn.getTime() === event.endsOn.getTime()) return formatDate(event.startsOn);
  if (a.year !== b.year) return `${formatDate(event.startsOn)} – ${formatDate(event.endsOn)}`;
  if (a.month !== b.month) return `${a.day} ${a.month} – ${b.day} ${b.month} ${b.year}`;
  return `${a.day}–${b.day} ${b.month} ${b.year}`;
}

export const EVENT_KIND_LABEL = { forum: "Creative Hubs Forum", workshop: "Skills Workshop", other: "Event" } as const;
