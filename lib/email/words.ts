import "server-only";
import { createFormatter, createTranslator } from "next-intl";
import { DEFAULT_LOCALE, isLocale, localePath, type Locale } from "@/i18n/languages";
import { loadMessages } from "@/i18n/messages";
import type { Email } from "@/lib/email/outbox";
import { siteUrl } from "@/lib/site";

/**
 * An email's words in its reader's language: the whole catalogue's translator (emails live
 * with their area: "auth.emails.verify.subject"), and the site's addresses in that language.
 */
export function emailWords(locale: Locale): ReturnType<typeof buildWords> {
  // One translator per language for the process: its parsed messages are reused by every email.
  let words = built.get(locale);
  if (!words) built.set(locale, (words = buildWords(locale)));
  return words;
}

const built = new Map<Locale, ReturnType<typeof buildWords>>();

export type EmailWords = Awaited<ReturnType<typeof buildWords>>;

async function buildWords(locale: Locale) {
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  // Emails say days and deadlines in UTC: date-only values are stored as midnight UTC.
  const format = createFormatter({ locale, timeZone: "UTC" });
  const signature = `\n\n${t("emails.signature", { site: t("common.siteName") })}\n${siteUrl(localePath(locale, "/"))}`;
  return {
    locale,
    t,
    format,
    /** A page of the site in the reader's language, as a full address. */
    url: (path: string) => siteUrl(localePath(locale, path)),
    /** How every email ends. */
    signature,
    /** A date-only value (or an instant) as its UTC day: "23 April 2027". */
    day: (date: Date) => format.dateTime(date, { dateStyle: "long", timeZone: "UTC" }),
    /** An email to one person: the greeting with their name, the body and the signature. */
    letter: (to: { email: string; name: string }, subject: string, body: string): Email => ({
      to: to.email,
      subject,
      text: `${t("emails.greeting", { name: to.name })}\n\n${body}${signature}`,
    }),
  };
}

/**
 * The language to write to someone in: their account's choice; for someone without one (a
 * hub's contact address, an invitee), the language of the page the sender used.
 */
export const readerLocale = (reader: { locale?: string | null } | null | undefined, senderPageLocale: Locale = DEFAULT_LOCALE): Locale =>
  isLocale(reader?.locale) ? reader.locale : senderPageLocale;
