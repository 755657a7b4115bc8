import "server-only";
import { createTranslator } from "next-intl";
import { DEFAULT_LOCALE, isLocale, localePath, type Locale } from "@/i18n/languages";
import { loadMessages } from "@/i18n/messages";
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

async function buildWords(locale: Locale) {
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  return {
    locale,
    t,
    /** A page of the site in the reader's language, as a full address. */
    url: (path: string) => siteUrl(localePath(locale, path)),
    /** How every email ends. */
    signature: `\n\n${t("emails.signature", { site: t("common.siteName") })}\n${siteUrl(localePath(locale, "/"))}`,
  };
}

/**
 * The language to write to someone in: their account's choice; for someone without one (a
 * hub's contact address, an invitee), the language of the page the sender used.
 */
export const readerLocale = (reader: { locale?: string | null } | null | undefined, senderPageLocale: Locale = DEFAULT_LOCALE): Locale =>
  isLocale(reader?.locale) ? reader.locale : senderPageLocale;
