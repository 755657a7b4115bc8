// How an application's status reads to the applicant, and what they can do next.
import { applyState, canEditApplication, canWithdrawApplication, isEventOver, isOfferOpen, LIVE_STATUSES, OFFER_HOURS } from "@/lib/events/rules";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

export type ApplicationView = { status: ApplicationStatus; offerExpiresAt: Date | null; position: number | null };

/** "Friday, 4 December 2026 at 14:00 (UTC)": the same words as the email that offered the seat. */
export const formatOfferDeadline = (d: Date): string =>
  `${new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeStyle: "short", timeZone: "UTC" }).format(d)} (UTC)`;

/** The status in words, as the applicant's page shows it. */
export function statusInWords(application: ApplicationView, now: Date): string {
  switch (application.status) {
    case "pending":
      return "Waiting for a decision";
    case "accepted":
      return "Accepted";
    case "registered":
      return "Registered";
    case "waitlisted":
      return application.position ? `On the waiting list — number ${application.position}` : "On the waiting list";
    case "offered":
      return isOfferOpen(application, now) && application.offerExpiresAt
        ? `A seat is offered to you until ${formatOfferDeadline(application.offerExpiresAt)}`
        : "The seat offered to you was not taken in time";
    case "declined":
      return "Declined";
    case "withdrawn":
      return "Withdrawn";
    case "lapsed":
      return "Offer lapsed";
  }
}

/** Where the applicant stands, in one sentence, as the event page tells them. */
export function statusSentence(status: string): string | null {
  switch (status) {
    case "pending":
      return "You have applied. Your application is waiting for a decision.";
    case "accepted":
      return "Your application has been accepted: you have a place.";
    case "registered":
      return "You are registered: your place is confirmed.";
    case "offered":
      return "A place has become free for you. Take it before the offer runs out.";
    case "waitlisted":
      return "You are on the waiting list. We will email you if a place becomes free.";
    case "declined":
      return "Your application was not accepted this time.";
    case "withdrawn":
      return "You withdrew from this event.";
    case "lapsed":
      return "The place offered to you was not taken in time.";
    default:
      return null;
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

export type ApplicationOutlook = {
  code: OutlookCode;
  /** What the person may do now; the page offers exactly these and the words name nothing else. */
  can: { edit: boolean; withdraw: boolean; answerOffer: boolean };
  /** The status in a few words, and one sentence on what happens next. */
  status: string;
  next: string;
};

/**
 * May the applicant withdraw: while the application is live and the event neither over nor
 * cancelled (a cancelled event holds no seat to give up). The withdraw page and command ask
 * the same question.
 */
export function withdrawRefusal(status: ApplicationStatus, event: Pick<OutlookEvent, "status" | "endsOn" | "timeZone">, now: Date): "closed" | "over" | "cancelled" | null {
  if (!canWithdrawApplication(status)) return "closed";
  if (event.status === "cancelled") return "cancelled";
  if (isEventOver(event, now)) return "over";
  return null;
}

/** Why withdrawing is refused, as the withdraw page and the command say it. */
export const WITHDRAW_REFUSAL: Record<NonNullable<ReturnType<typeof withdrawRefusal>>, string> = {
  closed: "This application is already closed: there is nothing to withdraw.",
  over: "This event is over, so there is nothing to withdraw from.",
  cancelled: "This event has been cancelled, so there is nothing to withdraw from.",
};

const OVER_WORDS: Record<(typeof LIVE_STATUSES)[number], { status: string; next: string }> = {
  pending: { status: "Not decided", next: "The event is over, and no decision was made on this application." },
  accepted: { status: "Accepted", next: "The event is over." },
  registered: { status: "Registered", next: "The event is over." },
  offered: { status: "Offer not taken", next: "The event is over." },
  waitlisted: { status: "Waiting list closed", next: "The event is over, and no seat became free for you." },
};

/** The one place the applicant's page learns what to say and offer for an application. */
export function applicationOutlook(application: ApplicationView, event: OutlookEvent, now: Date): ApplicationOutlook {
  const { status } = application;
  const live = (LIVE_STATUSES as readonly string[]).includes(status);
  const none = { edit: false, withdraw: false, answerOffer: false };
  if (live && event.status === "cancelled") {
    return { code: "event-cancelled", can: none, status: "Event cancelled", next: "The event has been cancelled, so nothing more is needed from you." };
  }
  if (live && isEventOver(event, now)) {
    return { code: "event-over", can: none, ...OVER_WORDS[status as (typeof LIVE_STATUSES)[number]] };
  }
  const withdraw = withdrawRefusal(status, event, now) === null;
  if (live && event.status === "draft") {
    return {
      code: "event-unpublished",
      can: { edit: false, withdraw, answerOffer: false },
      status: statusInWords(application, now),
      next: "Our team has taken this event off the site for now. Until it is back your answers stay as they are, but you can withdraw.",
    };
  }
  const edit = canEditApplication(status) && applyState(event, 0, now).state === "open";
  const words = statusInWords(application, now);
  switch (status) {
    case "pending":
      return {
        code: "pending",
        can: { edit, withdraw, answerOffer: false },
        status: words,
        next: edit
          ? "Our team reads every application once applications close, and will email you the decision. Until then you can change or withdraw it."
          : "Our team will email you the decision. Until then you can withdraw it.",
      };
    case "accepted":
    case "registered":
      return {
        code: "seat",
        can: { edit: false, withdraw, answerOffer: false },
        status: words,
        next: "Your place is confirmed. If you can no longer come, withdraw, so that someone on the waiting list gets the seat.",
      };
    case "waitlisted":
      return {
        code: "waitlisted",
        can: { edit, withdraw, answerOffer: false },
        status: words,
        next:
          `If a seat becomes free, we email the first person in line and hold the seat for them for ${OFFER_HOURS} hours. ` +
          (edit ? "Until then you can change your answers or withdraw." : "Until then you can withdraw."),
      };
    case "offered":
      // Letting the seat go is how someone offered one withdraws.
      return isOfferOpen(application, now)
        ? {
            code: "offer-open",
            can: { edit: false, withdraw: false, answerOffer: true },
            status: words,
            next: "Take the seat before then, or let it go so that the next person in line can have it. If you do nothing, it goes to them.",
          }
        : { code: "offer-expired", can: none, status: words, next: "The seat goes to the next person on the waiting list." };
    case "declined":
      return { code: "declined", can: none, status: words, next: "Thank you for applying. We hope to see you at another event." };
    case "withdrawn":
      return { code: "withdrawn", can: none, status: words, next: "Nothing more will happen with this application." };
    case "lapsed":
      return { code: "lapsed", can: none, status: words, next: "The seat went to the next person on the waiting list." };
  }
}

/**
 * The date line under the event: when the person applied, registered or joined the waiting
 * list. Someone waiting was never registered, so the line never says so.
 */
export function applicationDateLine(
  application: { status: ApplicationStatus; createdAt: Date; waitlistedAt: Date | null },
  participation: "registration" | "application" | "information",
): { label: string; date: Date } {
  if (application.status === "waitlisted") return { label: "On the waiting list since", date: application.waitlistedAt ?? application.createdAt };
  if (participation !== "registration") return { label: "Applied on", date: application.createdAt };
  if (application.status === "registered") return { label: "Registered on", date: application.createdAt };
  return { label: "Signed up on", date: application.createdAt };
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
export function notEditableReason(status: string): string {
  if (status === "withdrawn") return "You withdrew this application, so it can no longer be changed.";
  if (status === "registered" || status === "accepted") return "Your place is confirmed, so your answers can no longer be changed. Write to us if anything important has changed.";
  return "Our team has already decided about this application, so it can no longer be changed.";
}
