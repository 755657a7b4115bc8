// Components as a page in a given language shows them: their server and client parts alike
// read the catalogue through next-intl's provider (as in the browser).
import { createTranslator, NextIntlClientProvider } from "next-intl";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/languages";
import { loadMessages } from "@/i18n/messages";

/** The HTML of `element` rendered in `locale`. */
export async function renderIn(locale: Locale, element: ReactElement): Promise<string> {
  const messages = await loadMessages(locale);
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="Europe/Brussels">
      {element}
    </NextIntlClientProvider>,
  );
}

/** The text a reader reads: tags dropped, entities of quotes undone, runs of spaces as one. */
export const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

/** The whole catalogue's translator in `locale`. */
export async function translatorIn(locale: Locale = DEFAULT_LOCALE) {
  return createTranslator({ locale, messages: await loadMessages(locale) });
}
