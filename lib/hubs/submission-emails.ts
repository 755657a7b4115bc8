import "server-only";
import type { Locale } from "@/i18n/languages";
import type { Email } from "@/lib/email/outbox";
import { emailWords } from "@/lib/email/words";
import { countryName } from "@/lib/countries";
import { siteUrl } from "@/lib/site";

// Plain-text emails about a hub entering review, each in its reader's language (readerLocale of
// lib/email/words.ts). Staff pages are not localised: their links go to /admin as it is.

type HubRef = { id: string; name: string; city: string; countryCode: string };
type Person = { name: string; email: string };

const place = (hub: HubRef, locale: Locale) => `${hub.city}, ${countryName(hub.countryCode, locale)}`;
const person = (p: Person) => `${p.name} <${p.email}>`;

/** To the person who submitted the hub: received, and what happens next. */
export async function hubSubmittedEmail(locale: Locale, to: Person, hub: HubRef): Promise<Email> {
  const { t, url, letter } = await emailWords(locale);
  return letter(to, t("hubForms.emails.submitted.subject", { hub: hub.name }), t("hubForms.emails.submitted.body", { hub: hub.name, place: place(hub, locale), url: url("/account/hubs") }));
}

/** To staff: a new hub waits in the moderation queue. */
export async function hubToReviewEmail(locale: Locale, to: string, hub: HubRef, submitter: Person): Promise<Email> {
  const { t } = await emailWords(locale);
  return {
    to,
    subject: t("hubForms.emails.toReview.subject", { hub: hub.name }),
    text: t("hubForms.emails.toReview.body", { person: person(submitter), hub: hub.name, place: place(hub, locale), url: siteUrl("/admin/hubs") }),
  };
}

/** To staff: the owners made the changes asked for. */
export async function hubResubmittedEmail(locale: Locale, to: string, hub: HubRef): Promise<Email> {
  const { t } = await emailWords(locale);
  return {
    to,
    subject: t("hubForms.emails.resubmitted.subject", { hub: hub.name }),
    text: t("hubForms.emails.resubmitted.body", { hub: hub.name, place: place(hub, locale), url: siteUrl("/admin/hubs") }),
  };
}
