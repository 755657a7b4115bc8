import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LANGUAGES, LOCALES } from "@/i18n/languages";

// next-intl's view of i18n/languages.ts, for its navigation helpers. proxy.ts does the
// routing itself (lib/public-areas.ts): English is never prefixed, an address without a
// prefix never redirects, and only a choice (the switcher, the account page) sets the language cookie.
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: {
    mode: "as-needed",
    prefixes: Object.fromEntries(LANGUAGES.filter((l) => l.prefix).map((l) => [l.locale, `/${l.prefix}`])),
  },
  localeDetection: false,
  localeCookie: false,
  alternateLinks: false,
});
