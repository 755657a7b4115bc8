// When an event counts as upcoming or past. Events are all-day, date-only, in their own
// time zone: "today" is the calendar date where the event happens, not on the server.

import { calendarDay, isoDate, todayIn } from "@/lib/calendar";
import { msg, type Msg } from "@/lib/message";

type Dated = { endsOn: Date; timeZone: string };

/** Over once its last day has ended where it takes place. */
export const isEventOver = (event: Dated, now: Date): boolean => isoDate(event.endsOn) < todayIn(event.timeZone, now);

// ---------------------------------------------------------------- taking part

/** The statuses that hold one of the event's seats (the database trigger counts the same). */
export const SEAT_STATUSES = ["accepted", "registered", "offered"] as const;
export const isSeat = (status: string): boolean => (SEAT_STATUSES as readonly string[]).includes(status);

/** Applications still in play: waiting, on the list, or holding a seat. Their people may withdraw, and hear of a cancellation. */
export const LIVE_STATUSES = ["pending", "waitlisted", ...SEAT_STATUSES] as const;

/** How long a seat offered from the waiting list is held for the person it is offered to. */
export const OFFER_HOURS = 72;

type Windowed = {
  status: "draft" | "published" | "cancelled";
  participation: "registration" | "application" | "information";
  startsOn: Date;
  endsOn: Date;
  timeZone: string;
  applicationsOpenOn: Date | null;
  applicationsCloseOn: Date | null;
};

/** The last day applications are taken: the close date, or the day before the event starts. */
export function lastApplicationDay(event: Pick<Windowed, "startsOn" | "applicationsCloseOn">): Date {
  return event.applicationsCloseOn ?? new Date(event.startsOn.getTime() - 86_400_000);
}

/**
 * Where an event stands for someone who wants to take part, with the reason the page and
 * the refusal both show (a catalogue key, "events.apply.*", worded for registration or for
 * applications). The window is in the event's own time zone: it opens at the start of
 * applicationsOpenOn (or at publication) and closes at the end of the last day.
 */
export type ApplyState =
  | { state: "information"; reason: Msg }
  | { state: "cancelled"; reason: Msg }
  | { state: "unpublished"; reason: Msg }
  | { state: "not-open"; opensOn: Date; reason: Msg }
  | { state: "open"; closesOn: Date; full: boolean; reason: Msg }
  /** closedOn is null when no close date was set: the page then names no date it was not given. */
  | { state: "closed"; closedOn: Date | null; reason: Msg };

export function applyState(event: Windowed & { capacity: number | null }, seatsTaken: number, now: Date): ApplyState {
  if (event.status === "cancelled") return { state: "cancelled", reason: msg("events.apply.cancelled") };
  if (event.status !== "published") return { state: "unpublished", reason: msg("events.apply.unpublished") };
  if (event.participation === "information") return { state: "information", reason: msg("events.apply.information") };
  const { participation } = event;
  const today = todayIn(event.timeZone, now);
  const closesOn = lastApplicationDay(event);
  if (event.applicationsOpenOn && today < isoDate(event.applicationsOpenOn)) {
    return { state: "not-open", opensOn: event.applicationsOpenOn, reason: msg("events.apply.notOpen", { participation, opensOn: calendarDay(event.applicationsOpenOn) }) };
  }
  if (today > isoDate(closesOn)) {
    const closedOn = event.applicationsCloseOn;
    return {
      state: "closed",
      closedOn,
      reason: closedOn ? msg("events.apply.closedOn", { participation, closedOn: calendarDay(closedOn) }) : msg("events.apply.closed", { participation }),
    };
  }
  const full = event.capacity !== null && seatsTaken >= event.capacity;
  return { state: "open", closesOn, full, reason: msg(full ? "events.apply.openFull" : "events.apply.open", { participation, closesOn: calendarDay(closesOn) }) };
}

/** What a new application or registration becomes when it is accepted into the system. */
export function initialStatus(participation: "registration" | "application", full: boolean): "registered" | "waitlisted" | "pending" {
  if (participation === "application") return "pending";
  return full ? "waitlisted" : "registered";
}

/** The applicant may change what they wrote until staff have decided. */
export const canEditApplication = (status: string): boolean => status === "pending" || status === "waitlisted";

/** The applicant may withdraw until the event is over, whatever was decided, except after a refusal or lapse. */
export const canWithdrawApplication = (status: string): boolean => (LIVE_STATUSES as readonly string[]).includes(status);

/** An offered seat is taken by its holder before offerExpiresAt. */
export const isOfferOpen = (application: { status: string; offerExpiresAt: Date | null }, now: Date): boolean =>
  application.status === "offered" && application.offerExpiresAt !== null && application.offerExpiresAt > now;
