import "server-only";
// What an applicant reads, in their language, when staff decide about their application, and
// when the event they applied to is cancelled: what happened, staff's words, and what comes next.
import type { Locale } from "@/i18n/languages";
import type { Email } from "@/lib/email/outbox";
import { applicationEmailWords, type EmailEvent } from "@/lib/events/applications/emails";
import type { ReviewDecision } from "@/lib/events/review/rules";
import { OFFER_HOURS } from "@/lib/events/rules";

type Person = { email: string; name: string };

export async function applicationDecisionEmail(to: Person, event: EmailEvent, decision: ReviewDecision, message: string | null, locale: Locale): Promise<Email> {
  const { t, letter, dates, url, mine } = await applicationEmailWords(locale);
  const note = message ? `${t("eventApplications.emails.teamMessage", { message })}\n\n` : "";
  return letter(
    to,
    t(`eventApplications.emails.decision.${decision}.subject`, { title: event.title }),
    `${t(`eventApplications.emails.decision.${decision}.said`)}\n\n` +
      `${t("eventApplications.emails.decision.event", { title: event.title, dates: dates(event), city: event.city, url: url(`/events/${event.slug}`) })}\n\n` +
      note +
      `${t("eventApplications.emails.decision.whatNext", { next: t(`eventApplications.emails.decision.${decision}.next`, { hours: OFFER_HOURS }) })}\n\n` +
      t("eventApplications.emails.decision.yours", { url: mine }),
  );
}

export async function eventCancelledEmail(to: Person, event: EmailEvent, message: string, locale: Locale): Promise<Email> {
  const { t, letter, dates, url } = await applicationEmailWords(locale);
  return letter(
    to,
    t("eventApplications.emails.cancelled.subject", { title: event.title }),
    `${t("eventApplications.emails.cancelled.said", { title: event.title, dates: dates(event), city: event.city })}\n\n` +
      `${t("eventApplications.emails.teamMessage", { message })}\n\n` +
      t("eventApplications.emails.cancelled.next", { url: url("/events") }),
  );
}
