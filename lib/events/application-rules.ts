// How an application's status reads to the applicant, and what they can do next.
import { isOfferOpen, OFFER_HOURS } from "@/lib/events/rules";
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

/** One sentence on what happens next. */
export function nextStep(application: ApplicationView, now: Date): string {
  switch (application.status) {
    case "pending":
      return "Our team reads every application once applications close, and will email you the decision. Until then you can change or withdraw it.";
    case "accepted":
    case "registered":
      return "Your place is confirmed. If you can no longer come, please withdraw, so that someone on the waiting list gets the seat.";
    case "waitlisted":
      return `If a seat becomes free, we email the first person in line and hold the seat for them for ${OFFER_HOURS} hours.`;
    case "offered":
      return isOfferOpen(application, now)
        ? "Take the seat before then, or let it go so that the next person in line can have it. If you do nothing, it goes to them."
        : "The seat goes to the next person on the waiting list.";
    case "declined":
      return "Thank you for applying. We hope to see you at another event.";
    case "withdrawn":
      return "Nothing more will happen with this application.";
    case "lapsed":
      return "The seat went to the next person on the waiting list.";
  }
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
