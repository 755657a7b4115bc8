// Components that word themselves with next-intl, rendered outside Next: inside the provider a
// page's layout would give them, with the whole catalogue of one language.
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import type { Locale } from "@/i18n/languages";
import { loadMessages } from "@/i18n/messages";

export async function renderIn(locale: Locale, element: ReactElement): Promise<string> {
  const messages = await loadMessages(locale);
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="Europe/Brussels">
      {element}
    </NextIntlClientProvider>,
  );
}
