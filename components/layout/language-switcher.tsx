"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRef } from "react";
import { usePathname } from "@/i18n/navigation";
import { LANGUAGE_COOKIE, LANGUAGE_COOKIE_MAX_AGE, LANGUAGES, languageOf, localePath, type Locale } from "@/i18n/languages";

/**
 * Remembers a choice of language: the cookie (set only when someone chooses) and, for a
 * signed-in account, its preference (emails follow it). Then opens the page in that language.
 */
export function rememberLanguage(locale: Locale) {
  document.cookie = `${LANGUAGE_COOKIE}=${locale}; path=/; max-age=${LANGUAGE_COOKIE_MAX_AGE}; samesite=lax`;
  void fetch("/api/session/language", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ locale }),
    keepalive: true,
  }).catch(() => undefined);
}

/** Remembers the choice, then opens `href` (this page in that language). */
export function chooseLanguage(locale: Locale, href: string) {
  rememberLanguage(locale);
  window.location.assign(href + window.location.search + window.location.hash);
}

/**
 * The header's list of languages: each a link to this page in that language. A disclosure
 * (<details>): Escape closes it and gives the keyboard back to its button; moving the focus
 * out of it closes it too.
 */
export function LanguageSwitcher() {
  const t = useTranslations("common.language");
  const locale = useLocale();
  const pathname = usePathname();
  const details = useRef<HTMLDetailsElement>(null);
  function close(returnFocus: boolean) {
    if (!details.current?.open) return;
    details.current.open = false;
    if (returnFocus) details.current.querySelector("summary")?.focus();
  }
  return (
    <details
      ref={details}
      className="group relative"
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !details.current?.open) return;
        // The main navigation closes on Escape too: one key press, one menu.
        event.stopPropagation();
        close(true);
      }}
      onBlur={(event) => {
        // Only when the focus goes somewhere: Safari does not focus a link that is clicked, and
        // closing on its mousedown would hide the link before the click lands.
        const next = event.relatedTarget;
        if (next && !event.currentTarget.contains(next)) close(false);
      }}
    >
      <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-1 rounded-md px-3 py-2 text-sm font-medium text-stone-800 hover:bg-stone-100 lg:min-h-0 [&::-webkit-details-marker]:hidden">
        <GlobeIcon />
        <span className="sr-only">{t("label")}: </span>
        {/* On wide screens the code ("DE") keeps the header on one row; the name is read out and shown on phones. */}
        <span lang={locale} className="lg:sr-only">
          {languageOf(locale).name}
        </span>
        <span aria-hidden="true" className="hidden uppercase lg:inline">
          {languageOf(locale).prefix || "en"}
        </span>
      </summary>
      <ul className="absolute right-0 z-50 mt-1 w-44 rounded-md border border-stone-200 bg-white py-1 shadow-lg">
        {LANGUAGES.map((language) => {
          const href = localePath(language.locale, pathname);
          const current = language.locale === locale;
          return (
            <li key={language.locale}>
              <a
                href={href}
                hrefLang={language.hreflang}
                lang={language.locale}
                aria-current={current ? "true" : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  chooseLanguage(language.locale, href);
                }}
                className={`block px-4 py-2 text-sm no-underline hover:bg-stone-100 ${current ? "font-semibold text-brand-800" : "text-stone-800"}`}
              >
                {language.name}
              </a>
            </li>
          );
        })}
      </ul>
    </details>
  );
}

function GlobeIcon() {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="7.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M2.5 10h15M10 2.5c2.2 2.3 2.2 12.7 0 15M10 2.5c-2.2 2.3-2.2 12.7 0 15" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
