// Where an application stands for its applicant, and what they can do next. Pure: codes and
// values that the pages and emails say in the reader's language (eventApplications.*).
import type { Messages } from "@/i18n/types";
import { applyState, canEditApplication, canWithdrawApplication, isEventOver, isOfferOpen, LIVE_STATUSES, OFFER_HOURS, type ApplyState } from "@/lib/events/rules";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { msg, type Msg } from "@/lib/message";

export type ApplicationView = { status: ApplicationStatus; offerExpiresAt: Date | null; position: number | null };

export type Participation = "registration" | "application" | "information";

/**
 * Where the event's window stands, as the apply button, the apply page and the refusal say
 * it. Dates are date-only values: the message formats them as days.
 */
/** The hubs an applicant may name as theirs: those they own that are live or on their way (the form offers these). */
export const APPLICANT_HUB_STATUSES = ["published", "pending", "changes_requested"] as const;

export function windowMessage(state: ApplyState, participation: Participation): Msg {
  switch (state.state) {
    case "cancelled":
      return msg("eventApplications.window.cancelled");
    case "unpublished":
      return msg("eventApplications.window.unpublished");
    case "information":
      return msg("eventApplications.window.information");
    case "not-open":
      return msg("eventApplications.window.notOpen", { participation, date: state.opensOn });
    case "closed":
      return state.closedOn ? msg("eventApplications.window.closedOn", { participation, date: state.closedOn }) : msg("eventApplications.window.closed", { participation });
    case "open":
      return msg(state.full ? "eventApplications.window.openFull" : "eventApplications.window.open", { participation, date: state.closesOn });
  }
}

/**
 * The status in a few words, as the applicant's pages show it. An open offer's `deadline` is an
 * instant, said in UTC (OFFER_DEADLINE in ./dates.ts).
 */
export function statusMessage(application: ApplicationView, now: Date): Msg {
  switch (application.status) {
    case "waitlisted":
      return application.position ? msg("eventApplications.outlook.status.waitlistedNumber", { position: application.position }) : msg("eventApplications.status.waitlisted");
    case "offered":
      return isOfferOpen(application, now) && application.offerExpiresAt
        ? msg("eventApplications.outlook.status.offerOpen", { deadline: application.offerExpiresAt })
        : msg("eventApplications.outlook.status.offerExpired");
    default:
      return msg(`eventApplications.status.${application.status}`);
  }
}

/** What the event is like, as an applicant's outlook needs it (the fields applyState reads). */
export type OutlookEvent = Parameters<typeof applyState>[0];

/**
 * Where an application stands for its applicant, as a code. The event's state wins over the
 * application's: a live application to a cancelled event is "event-cancelled", never a
 * confirmed place; to an event that is over, "event-over"; to one staff took off the site
 * (a draft again), "event-unpublished": it can only be withdrawn.
 */
export type OutlookCode =
  | "event-cancelled"
  | "event-over"
  | "event-unpublished"
  | "pending"
  | "seat"
  | "waitlisted"
  | "offer-open"
  | "offer-expired"
  | "declined"
  | "withdrawn"
  | "lapsed";

type ApplicationOutlook = {
  code: OutlookCode;
  /** What the person may do now; the page offers exactly these and the words name nothing else. */
  can: { edit: boolean; withdraw: boolean; answerOffer: boolean };
  /** The status in a few words, and one sentence on what happens next. */
  status: Msg;
  next: Msg;
};

type WithdrawRefusal = "closed" | "over" | "cancelled";

/**
 * May the applicant withdraw: while the application is live and the event neither over nor
 * cancelled (a cancelled event holds no seat to give up). The withdraw page and command ask
 * the same question, and say the refusal as eventApplications.errors.withdraw.<code>.
 */
export function withdrawRefusal(status: ApplicationStatus, event: Pick<OutlookEvent, "status" | "endsOn" | "timeZone">, now: Date): WithdrawRefusal | null {
  if (!canWithdrawApplication(status)) return "closed";
  if (event.status === "cancelled") return "cancelled";
  if (isEventOver(event, now)) return "over";
  return null;
}

type LiveStatus = (typeof LIVE_STATUSES)[number];

/** The one place the applicant's page learns what to say and offer for an application. */
export function applicationOutlook(application: ApplicationView, event: OutlookEvent, now: Date): ApplicationOutlook {
  const { status } = application;
  const live = (LIVE_STATUSES as readonly string[]).includes(status);
  const none = { edit: false, withdraw: false, answerOffer: false };
  const next = (key: keyof Messages["eventApplications"]["outlook"]["next"], values?: Record<string, number>) => msg(`eventApplications.outlook.next.${key}`, values);
  if (live && event.status === "cancelled") {
    return { code: "event-cancelled", can: none, status: msg("eventApplications.outlook.status.eventCancelled"), next: next("eventCancelled") };
  }
  if (live && isEventOver(event, now)) {
    const over = status as LiveStatus;
    return { code: "event-over", can: none, status: msg(`eventApplications.outlook.over.status.${over}`), next: msg(`eventApplications.outlook.over.next.${over}`) };
  }
  const withdraw = withdrawRefusal(status, event, now) === null;
  const words = statusMessage(application, now);
  if (live && event.status === "draft") {
    return { code: "event-unpublished", can: { edit: false, withdraw, answerOffer: false }, status: words, next: next("eventUnpublished") };
  }
  const edit = canEditApplication(status) && applyState(event, 0, now).state === "open";
  switch (status) {
    case "pending":
      return { code: "pending", can: { edit, withdraw, answerOffer: false }, status: words, next: next(edit ? "pendingEditable" : "pending") };
    case "accepted":
    case "registered":
      return { code: "seat", can: { edit: false, withdraw, answerOffer: false }, status: words, next: next("seat") };
    case "waitlisted":
      return { code: "waitlisted", can: { edit, withdraw, answerOffer: false }, status: words, next: next(edit ? "waitlistedEditable" : "waitlisted", { hours: OFFER_HOURS }) };
    case "offered":
      // Letting the seat go is how someone offered one withdraws.
      return isOfferOpen(application, now)
        ? { code: "offer-open", can: { edit: false, withdraw: false, answerOffer: true }, status: words, next: next("offerOpen") }
        : { code: "offer-expired", can: none, status: words, next: next("offerExpired") };
    case "declined":
      return { code: "declined", can: none, status: words, next: next("declined") };
    case "withdrawn":
      return { code: "withdrawn", can: none, status: words, next: next("withdrawn") };
    case "lapsed":
      return { code: "lapsed", can: none, status: words, next: next("lapsed") };
  }
}

type DateLineKind = "waitlistedSince" | "appliedOn" | "registeredOn" | "signedUpOn";

/**
 * The date line under the event: when the person applied, registered or joined the waiting
 * list (eventApplications.mine.dateLine.<kind>). Someone waiting was never registered, so the
 * line never says so.
 */
export function applicationDateLine(
  application: { status: ApplicationStatus; createdAt: Date; waitlistedAt: Date | null },
  participation: Participation,
): { kind: DateLineKind; date: Date } {
  if (application.status === "waitlisted") return { kind: "waitlistedSince", date: application.waitlistedAt ?? application.createdAt };
  if (participation !== "registration") return { kind: "appliedOn", date: application.createdAt };
  if (application.status === "registered") return { kind: "registeredOn", date: application.createdAt };
  return { kind: "signedUpOn", date: application.createdAt };
}

/**
 * An application's answers as the form's values: a hub picked from the member's hubs selects
 * it; a typed one, or one they no longer manage, fills in the name.
 */
export function applicationFormValues(
  application: { role: string; hubId: string | null; hubName: string | null; bring: string; takeAway: string; needs: string | null },
  hubChoices: readonly { id: string }[],
): Record<string, string> {
  const picked = application.hubId !== null && hubChoices.some((h) => h.id === application.hubId);
  return {
    role: application.role,
    hubId: picked ? application.hubId! : "",
    hubName: picked ? "" : (application.hubName ?? ""),
    bring: application.bring,
    takeAway: application.takeAway,
    needs: application.needs ?? "",
  };
}

/** Why an application's answers can no longer be changed (canEditApplication said no). */
export function notEditableReason(status: string): Msg {
  if (status === "withdrawn") return msg("eventApplications.errors.notEditable.withdrawn");
  if (status === "registered" || status === "accepted") return msg("eventApplications.errors.notEditable.confirmed");
  return msg("eventApplications.errors.notEditable.decided");
}

/** Why an offered seat cannot be taken now (isOfferOpen said no). */
export function closedOfferReason(application: { status: string; offerExpiresAt: Date | null }): Msg {
  if (application.status === "offered" && application.offerExpiresAt) return msg("eventApplications.errors.offerPassed", { deadline: application.offerExpiresAt });
  if (application.status === "lapsed") return msg("eventApplications.errors.offerLapsed");
  if (application.status === "registered" || application.status === "accepted") return msg("eventApplications.errors.seatAlreadyTaken");
  return msg("eventApplications.errors.noOffer");
}
