// The email a person on the waiting list receives when a seat becomes free for them.
import type { Email } from "@/lib/email/outbox";
import { OFFER_HOURS } from "@/lib/events/rules";
import { emailSignature, siteUrl } from "@/lib/site";

const signature = emailSignature();

const when = (d: Date) =>
  new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeStyle: "short", timeZone: "UTC" }).format(d) + " (UTC)";

export function seatOfferedEmail(to: { email: string; name: string }, event: { title: string; slug: string }, expiresAt: Date): Email {
  return {
    to: to.email,
    subject: `A seat is free for you: ${event.title}`,
    text:
      `Hello ${to.name},\n\nA seat has become free at ${event.title}, and you are next on the waiting list. ` +
      `It is yours if you take it within ${OFFER_HOURS} hours, by ${when(expiresAt)}.\n\n` +
      `Take the seat (or let it go) from your applications:\n${siteUrl("/account/applications")}\n\n` +
      `If you do nothing, the seat goes to the next person on the list.\n\nThe event: ${siteUrl(`/events/${event.slug}`)}${signature}`,
  };
}
