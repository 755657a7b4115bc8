import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/languages";
import { loadMessages } from "@/i18n/messages";

// The language of a page comes from its [locale] segment (setRequestLocale in its layout), or,
// in a server action, from the header proxy.ts sets from the address.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return { locale, messages: await loadMessages(locale), timeZone: "Europe/Brussels" };
});
