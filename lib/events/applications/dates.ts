// How the applicant's pages and emails say an event's dates and an offer's deadline, in the
// reader's language, with next-intl's formatter (useFormatter, getFormatter or createFormatter).
import type { createFormatter } from "next-intl";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { msg, type Msg } from "@/lib/message";

type Formatter = ReturnType<typeof createFormatter>;

/** Date-only values are stored as midnight UTC, so their day is read in UTC: "26 February 2027". */
export const DAY = { dateStyle: "long", timeZone: "UTC" } as const;

/**
 * An offer's deadline, an instant: in UTC on a 24-hour clock, and the messages name the zone
 * beside it ("Friday, 4 December 2026 at 14:00 (UTC)"), the same in the email and on the page.
 */
export const OFFER_DEADLINE = { dateStyle: "full", timeStyle: "short", timeZone: "UTC", hourCycle: "h23" } as const;

const DAYS = { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" } as const;

/**
 * "22–23 March 2017", "30 March – 2 April 2017", "30 December 2017 – 2 January 2018"; when
 * only the month was published, "October 2017 (exact dates not published)"; when no date was,
 * "Dates not published".
 */
export function eventDates(format: Formatter, event: { startsOn: Date; endsOn: Date; datePrecision: DatePrecision }): Msg {
  if (event.datePrecision === "unknown") return msg("eventApplications.dates.unknown");
  if (event.datePrecision === "month") return msg("eventApplications.dates.monthOnly", { month: format.dateTime(event.startsOn, { month: "long", year: "numeric", timeZone: "UTC" }) });
  const dates =
    event.startsOn.getTime() === event.endsOn.getTime()
      ? format.dateTime(event.startsOn, DAYS)
      : format
          .dateTimeRange(event.startsOn, event.endsOn, DAYS)
          // ICU sets the dash between thin spaces; days of one month read "22–23 March".
          .replace(/\u2009/g, " ")
          .replace(/^(\d+) – (\d+) /, "$1–$2 ");
  return msg("eventApplications.dates.exact", { dates });
}

/**
 * A message whose `deadline` is an offer's deadline (an instant), with the deadline said as
 * OFFER_DEADLINE: the messages take it as text and name the zone beside it.
 */
export function withDeadline(message: Msg, format: Formatter): Msg {
  const deadline = message.values?.deadline;
  return deadline instanceof Date ? { ...message, values: { ...message.values, deadline: format.dateTime(deadline, OFFER_DEADLINE) } } : message;
}
