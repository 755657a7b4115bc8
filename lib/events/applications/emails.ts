import "server-only";
// The emails a member receives about their own application or registration, in their
// language: each says what happened and what comes next.
import type { Locale } from "@/i18n/languages";
import type { Email } from "@/lib/email/outbox";
import { emailWords } from "@/lib/email/words";
import { OFFER_DEADLINE } from "@/lib/events/applications/dates";
import { eventDates } from "@/lib/events/format";
import { OFFER_HOURS } from "@/lib/events/rules";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import type { Msg } from "@/lib/message";

type Person = { email: string; name: string };
export type EmailEvent = { title: string; slug: string; startsOn: Date; endsOn: Date; datePrecision: DatePrecision; city: string };

/** What every email about an application is written with, in the reader's language. */
export async function applicationEmailWords(locale: Locale) {
  const words = await emailWords(locale);
  const { t, url, format } = words;
  const say = (message: Msg) => t(message.key, message.values as never);
  return {
    ...words,
    deadline: (d: Date) => format.dateTime(d, OFFER_DEADLINE),
    /** "22–23 March 2027" */
    dates: (event: EmailEvent) => say(eventDates(event)),
    /** The applicant's applications page. */
    mine: url("/account/applications"),
    /** "The event: <address>" */
    eventLink: (event: Pick<EmailEvent, "slug">) => t("eventApplications.emails.eventLink", { url: url(`/events/${event.slug}`) }),
  };
}

async function writer(locale: Locale) {
  const w = await applicationEmailWords(locale);
  /** "Spring Forum, 22–23 March 2027 in Lisbon" */
  const where = (event: EmailEvent) => w.t("eventApplications.emails.where", { title: event.title, dates: w.dates(event), city: event.city });
  return { ...w, where };
}

export async function applicationReceivedEmail(to: Person, event: EmailEvent, closesOn: Date, locale: Locale): Promise<Email> {
  const { t, letter, where, day, mine, eventLink } = await writer(locale);
  return letter(
    to,
    t("eventApplications.emails.received.subject", { title: event.title }),
    t("eventApplications.emails.received.body", { where: where(event), closesOn: day(closesOn), mine, eventLink: eventLink(event) }),
  );
}

export async function registrationConfirmedEmail(to: Person, event: EmailEvent, locale: Locale): Promise<Email> {
  const { t, letter, where, mine, eventLink } = await writer(locale);
  return letter(
    to,
    t("eventApplications.emails.registered.subject", { title: event.title }),
    t("eventApplications.emails.registered.body", { where: where(event), mine, eventLink: eventLink(event) }),
  );
}

export async function waitlistedEmail(to: Person, event: EmailEvent, position: number, locale: Locale): Promise<Email> {
  const { t, letter, where, mine, eventLink } = await writer(locale);
  return letter(
    to,
    t("eventApplications.emails.waitlisted.subject", { title: event.title }),
    t("eventApplications.emails.waitlisted.body", { where: where(event), position, hours: OFFER_HOURS, mine, eventLink: eventLink(event) }),
  );
}

export async function seatTakenEmail(to: Person, event: EmailEvent, locale: Locale): Promise<Email> {
  const { t, letter, where, mine, eventLink } = await writer(locale);
  return letter(
    to,
    t("eventApplications.emails.seatTaken.subject", { title: event.title }),
    t("eventApplications.emails.seatTaken.body", { where: where(event), mine, eventLink: eventLink(event) }),
  );
}

/** After a withdrawal, or letting an offered seat go. `reapplyUntil` when the window is still open. */
export async function withdrawnEmail(to: Person, event: EmailEvent, opts: { offerDeclined: boolean; reapplyUntil: Date | null }, locale: Locale): Promise<Email> {
  const { t, letter, where, url, day, eventLink } = await writer(locale);
  const what = opts.offerDeclined ? t("eventApplications.emails.withdrawn.seatReleased", { where: where(event) }) : t("eventApplications.emails.withdrawn.withdrawn", { where: where(event) });
  const next = opts.reapplyUntil
    ? t("eventApplications.emails.withdrawn.reapply", { until: day(opts.reapplyUntil), url: url(`/events/${event.slug}/apply`) })
    : eventLink(event);
  const subject = opts.offerDeclined
    ? t("eventApplications.emails.withdrawn.seatReleasedSubject", { title: event.title })
    : t("eventApplications.emails.withdrawn.subject", { title: event.title });
  return letter(to, subject, `${what}\n\n${next}`);
}

export async function offerLapsedEmail(to: Person, event: EmailEvent, expiredAt: Date, locale: Locale): Promise<Email> {
  const { t, letter, where, url, deadline, eventLink } = await writer(locale);
  return letter(
    to,
    t("eventApplications.emails.offerLapsed.subject", { title: event.title }),
    t("eventApplications.emails.offerLapsed.body", { where: where(event), deadline: deadline(expiredAt), contact: url("/contact"), eventLink: eventLink(event) }),
  );
}

/** To the next person on the waiting list, when a seat becomes free for them. */
export async function seatOfferedEmail(to: Person, event: { title: string; slug: string }, expiresAt: Date, locale: Locale): Promise<Email> {
  const { t, letter, mine, deadline, eventLink } = await writer(locale);
  return letter(
    to,
    t("eventApplications.emails.seatOffered.subject", { title: event.title }),
    t("eventApplications.emails.seatOffered.body", { title: event.title, hours: OFFER_HOURS, deadline: deadline(expiresAt), mine, eventLink: eventLink(event) }),
  );
}
