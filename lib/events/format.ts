// How the programme's dates read: lib says which form applies (a catalogue key with the dates),
// the catalogue words it in each language (messages/<locale>/events.json, "dates.*"). Client-safe.
import { createTranslator } from "next-intl";
import { calendarDay } from "@/lib/calendar";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { msg, type Msg } from "@/lib/message";
import englishEvents from "@/messages/en-GB/events.json";

type Dated = { startsOn: Date; endsOn: Date; datePrecision: DatePrecision };

/**
 * "22–23 March 2017", "30 March – 2 April 2017", "30 December 2017 – 2 January 2018";
 * when only the month was published, "October 2017 (exact dates not published)"; when no
 * date was, "Dates not published". The same words before and after the month, so a past
 * event never reads "to be confirmed" beside "has taken place".
 */
export function eventDates(event: Dated): Msg {
  const { startsOn: a, endsOn: b } = event;
  if (event.datePrecision === "unknown") return msg("events.dates.unknown");
  if (event.datePrecision === "month") return msg("events.dates.month", { month: calendarDay(a) });
  if (a.getTime() === b.getTime()) return msg("events.dates.day", { date: calendarDay(a) });
  const range = { start: calendarDay(a), end: calendarDay(b) };
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return msg("events.dates.otherYears", range);
  if (a.getUTCMonth() !== b.getUTCMonth()) return msg("events.dates.sameYear", range);
  return msg("events.dates.sameMonth", range);
}

/** A single day: "26 February 2017". */
const eventDay = (date: Date): Msg => msg("events.dates.day", { date: calendarDay(date) });

// English, from the English catalogue, for the staff pages (which stay in English) and for
// callers that do not yet have the reader's language. Pages and emails for the public word
// `eventDates`/`eventDay` with the reader's translator instead.
const english = createTranslator({ locale: "en-GB", messages: { events: englishEvents }, timeZone: "UTC" });
const inEnglish = (m: Msg): string => english(m.key as Parameters<typeof english>[0], m.values as never);

/** "26 February 2017", in English (see above). */
export const formatDate = (date: Date): string => inEnglish(eventDay(date));

/** The event's dates in English (see above and `eventDates`). */
export const formatEventDates = (event: Dated): string => inEnglish(eventDates(event));
