import { GeistSans } from "geist/font/sans";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { FRAME_MESSAGES } from "@/components/i18n/frame-messages";
import { LanguageOffer } from "@/components/layout/language-offer";
import { SiteChrome } from "@/components/layout/site-chrome";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import type { Locale } from "@/i18n/languages";
import { languageOffers, loadMessages, pickMessages } from "@/i18n/messages";
import "@/app/globals.css";

/**
 * The page's document in its language: <html lang>, the frame and the messages its client
 * parts use. It reads nothing from the request, so public pages can be cached and served to
 * every visitor alike; pages that need the request (forms, accounts, staff) read it themselves.
 */
export async function Document({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const t = await getTranslations({ locale, namespace: "common" });
  const offers = await languageOffers();
  return (
    <html lang={locale} className={GeistSans.variable}>
      <body className="flex min-h-screen flex-col font-sans">
        <NextIntlClientProvider locale={locale} messages={pickMessages(await loadMessages(locale), FRAME_MESSAGES)}>
          <SkipLink label={t("skipToContent")} />
          <LanguageOffer offers={offers} />
          <SiteChrome header={<SiteHeader />} footer={<SiteFooter />}>
            <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
              {children}
            </main>
          </SiteChrome>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
