// How the applicant's pages and emails say a day and an offer's deadline, in the
// reader's language, with next-intl's formatter (useFormatter, getFormatter or createFormatter).
import type { createFormatter } from "next-intl";
import type { Msg } from "@/lib/message";

type Formatter = ReturnType<typeof createFormatter>;

/** Date-only values are stored as midnight UTC, so their day is read in UTC: "26 February 2027". */
export const DAY = { dateStyle: "long", timeZone: "UTC" } as const;

/**
 * An offer's deadline, an instant: in UTC on a 24-hour clock, and the messages name the zone
 * beside it ("Friday, 4 December 2026 at 14:00 (UTC)"), the same in the email and on the page.
 */
export const OFFER_DEADLINE = { dateStyle: "full", timeStyle: "short", timeZone: "UTC", hourCycle: "h23" } as const;

/**
 * A message whose `deadline` is an offer's deadline (an instant), with the deadline said as
 * OFFER_DEADLINE: the messages take it as text and name the zone beside it.
 */
export function withDeadline(message: Msg, format: Formatter): Msg {
  const deadline = message.values?.deadline;
  return deadline instanceof Date ? { ...message, values: { ...message.values, deadline: format.dateTime(deadline, OFFER_DEADLINE) } } : message;
}
