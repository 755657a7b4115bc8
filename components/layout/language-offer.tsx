"use client";
import { useLocale } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import { chooseLanguage, rememberLanguage } from "@/components/layout/language-switcher";
import { usePathname } from "@/i18n/navigation";
import { LANGUAGE_COOKIE, LANGUAGES, localePath, type Locale } from "@/i18n/languages";
import type { Messages } from "@/i18n/types";

export type Offers = Record<Locale, Messages["common"]["language"]>;

const subscribeNothing = () => () => {};

/** The language the browser prefers, when the site has it and the visitor has never chosen one. */
function preferredLocale(): Locale | null {
  if (document.cookie.split("; ").some((c) => c.startsWith(`${LANGUAGE_COOKIE}=`))) return null;
  for (const tag of navigator.languages ?? []) {
    const lower = tag.toLowerCase();
    const found = LANGUAGES.find((l) => lower === l.locale.toLowerCase() || lower.split("-")[0] === l.locale.toLowerCase().split("-")[0]);
    if (found) return found.locale;
  }
  return null;
}

/**
 * A first visit whose browser prefers another of the site's languages is offered that
 * language, in it. Decided in the browser, so that public pages stay cached for everyone;
 * it never redirects. Either answer is remembered (the cookie), so it is offered once.
 */
export function LanguageOffer({ offers }: { offers: Offers }) {
  const locale = useLocale();
  const pathname = usePathname();
  const preferred = useSyncExternalStore(subscribeNothing, preferredLocale, () => null);
  const [dismissed, setDismissed] = useState(false);
  if (!preferred || preferred === locale || dismissed) return null;
  const offer = offers[preferred];
  return (
    <aside lang={preferred} aria-label={offer.offerLabel} className="border-b border-brand-200 bg-brand-50">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 text-sm text-stone-900">
        <p>{offer.offer}</p>
        <button type="button" onClick={() => chooseLanguage(preferred, localePath(preferred, pathname))} className="font-semibold text-brand-800 underline">
          {offer.offerSwitch}
        </button>
        <button type="button" onClick={() => {
            rememberLanguage(locale);
            setDismissed(true);
          }} className="text-stone-700 underline">
          {offer.offerDismiss}
        </button>
      </div>
    </aside>
  );
}
