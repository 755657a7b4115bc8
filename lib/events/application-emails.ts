// The emails a member receives about their own application or registration: each says what
// happened and what comes next.
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import type { Email } from "@/lib/email/outbox";
import { formatOfferDeadline } from "@/lib/events/application-rules";
import { formatDate, formatEventDates } from "@/lib/events/format";
import { OFFER_HOURS } from "@/lib/events/rules";
import { emailSignature, siteUrl } from "@/lib/site";

type Person = { email: string; name: string };
export type EmailEvent = { title: string; slug: string; startsOn: Date; endsOn: Date; datePrecision: DatePrecision; city: string };

const signature = emailSignature();
const yours = () => siteUrl("/account/applications");
const where = (e: EmailEvent) => `${e.title}, ${formatEventDates(e)} in ${e.city}`;
const eventLink = (e: EmailEvent) => `The event: ${siteUrl(`/events/${e.slug}`)}`;

export function applicationReceivedEmail(to: Person, event: EmailEvent, closesOn: Date): Email {
  return {
    to: to.email,
    subject: `We have your application: ${event.title}`,
    text:
      `Hello ${to.name},\n\nThank you for applying to ${where(event)}.\n\n` +
      `Applications close on ${formatDate(closesOn)}; our team then reads every one and emails you the decision. ` +
      `Until they decide, you can change or withdraw your application from your applications:\n${yours()}\n\n${eventLink(event)}${signature}`,
  };
}

export function registrationConfirmedEmail(to: Person, event: EmailEvent): Email {
  return {
    to: to.email,
    subject: `You are registered: ${event.title}`,
    text:
      `Hello ${to.name},\n\nYour place at ${where(event)} is confirmed. We look forward to seeing you there.\n\n` +
      `If you can no longer come, please withdraw from your applications, so that the seat goes to someone on the waiting list:\n${yours()}\n\n` +
      `${eventLink(event)}${signature}`,
  };
}

export function waitlistedEmail(to: Person, event: EmailEvent, position: number): Email {
  return {
    to: to.email,
    subject: `You are on the waiting list: ${event.title}`,
    text:
      `Hello ${to.name},\n\nEvery seat at ${where(event)} is taken, so we have put you on the waiting list: you are number ${position}.\n\n` +
      `If a seat becomes free, we email the next person on the list and hold the seat for them for ${OFFER_HOURS} hours. ` +
      `You can see where you stand, or leave the list, from your applications:\n${yours()}\n\n${eventLink(event)}${signature}`,
  };
}

export function seatTakenEmail(to: Person, event: EmailEvent): Email {
  return {
    to: to.email,
    subject: `The seat is yours: ${event.title}`,
    text:
      `Hello ${to.name},\n\nYou have taken the seat offered to you at ${where(event)}: your place is confirmed.\n\n` +
      `If your plans change, please withdraw from your applications, so that the seat goes to the next person:\n${yours()}\n\n${eventLink(event)}${signature}`,
  };
}

/** After a withdrawal, or letting an offered seat go. `reapplyUntil` when the window is still open. */
export function withdrawnEmail(to: Person, event: EmailEvent, opts: { offerDeclined: boolean; reapplyUntil: Date | null }): Email {
  const what = opts.offerDeclined
    ? `You let the seat offered to you at ${where(event)} go, so it goes to the next person on the waiting list.`
    : `You have withdrawn from ${where(event)}. Nothing more will happen with your application.`;
  const next = opts.reapplyUntil
    ? `If you change your mind, you can apply again until ${formatDate(opts.reapplyUntil)}:\n${siteUrl(`/events/${event.slug}/apply`)}`
    : `${eventLink(event)}`;
  return { to: to.email, subject: `${opts.offerDeclined ? "Seat released" : "Withdrawn"}: ${event.title}`, text: `Hello ${to.name},\n\n${what}\n\n${next}${signature}` };
}

export function offerLapsedEmail(to: Person, event: EmailEvent, expiredAt: Date): Email {
  return {
    to: to.email,
    subject: `The seat offered to you has gone: ${event.title}`,
    text:
      `Hello ${to.name},\n\nA seat at ${where(event)} was held for you until ${formatOfferDeadline(expiredAt)}. It was not taken in time, ` +
      `so it has gone to the next person on the waiting list, and your application is closed.\n\n` +
      `If you would still like to come, write to us through the contact page and we will see what we can do:\n${siteUrl("/contact")}\n\n${eventLink(event)}${signature}`,
  };
}
