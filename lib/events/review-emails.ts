// What an applicant reads when staff decide about their application, and when the event
// they applied to is cancelled: what happened, staff's words, and what comes next.
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import type { Email } from "@/lib/email/outbox";
import { formatEventDates } from "@/lib/events/format";
import type { ReviewDecision } from "@/lib/events/review-rules";
import { emailSignature, siteUrl } from "@/lib/site";

const signature = emailSignature();

type Person = { email: string; name: string };
type EventInfo = { title: string; slug: string; startsOn: Date; endsOn: Date; datePrecision: DatePrecision; city: string };

const NEXT: Record<ReviewDecision, { subject: string; said: string; next: string }> = {
  accept: {
    subject: "You have a place",
    said: "Good news: your application has been accepted, and a seat is kept for you.",
    next: "There is nothing more to do now. If you can no longer come, please withdraw from your applications page, so that someone on the waiting list can have your seat.",
  },
  decline: {
    subject: "Your application",
    said: "Thank you for applying. We are sorry: this time we cannot offer you a place.",
    next: "Your application is closed. We hope to see you at another event of the programme.",
  },
  waitlist: {
    subject: "You are on the waiting list",
    said: "Your application is on the waiting list: every seat is taken for now.",
    next: "If a seat becomes free, we offer it to the people on the list in the order they joined it, by email, with 72 hours to take it. You can withdraw at any time from your applications page.",
  },
};

export function applicationDecisionEmail(to: Person, event: EventInfo, decision: ReviewDecision, message: string | null): Email {
  const words = NEXT[decision];
  const note = message ? `A message from the team:\n\n${message}\n\n` : "";
  return {
    to: to.email,
    subject: `${words.subject}: ${event.title}`,
    text:
      `Hello ${to.name},\n\n${words.said}\n\n` +
      `The event: ${event.title}, ${formatEventDates(event)}, ${event.city}.\n${siteUrl(`/events/${event.slug}`)}\n\n` +
      note +
      `What comes next: ${words.next}\n\nYour applications: ${siteUrl("/account/applications")}${signature}`,
  };
}

export function eventCancelledEmail(to: Person, event: EventInfo, message: string): Email {
  return {
    to: to.email,
    subject: `Cancelled: ${event.title}`,
    text:
      `Hello ${to.name},\n\nWe are sorry to tell you that ${event.title} (${formatEventDates(event)}, ${event.city}) has been cancelled.\n\n` +
      `A message from the team:\n\n${message}\n\n` +
      `What comes next: there is nothing you need to do. Your application is closed, and no seat will be offered for this event. ` +
      `Other events of the programme are listed at ${siteUrl("/events")}${signature}`,
  };
}
