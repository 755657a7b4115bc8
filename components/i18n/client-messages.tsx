import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { FRAME_MESSAGES } from "@/components/i18n/frame-messages";
import { loadMessages, pickMessages } from "@/i18n/messages";

/**
 * Gives the client components inside it the parts of the catalogue they use ("hubForms",
 * "map.filters"), with the frame's: a page sends the browser only the messages it needs.
 */
export async function ClientMessages({ only, children }: { only: readonly string[]; children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <NextIntlClientProvider locale={locale} messages={pickMessages(await loadMessages(locale), [...FRAME_MESSAGES, ...only])}>
      {children}
    </NextIntlClientProvider>
  );
}
