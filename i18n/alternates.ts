import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { MessageKey } from "@/i18n/types";
import { LANGUAGES, localePath, type Locale } from "@/i18n/languages";

/**
 * A page's own address and its addresses in the other languages, for its metadata
 * (<link rel="alternate" hreflang>, with x-default: the English page). `path` is the
 * address as English has it ("/hubs/some-hub").
 */
export function languageAlternates(locale: Locale, path: string): Metadata["alternates"] {
  return {
    canonical: localePath(locale, path),
    languages: { ...Object.fromEntries(LANGUAGES.map((l) => [l.hreflang, localePath(l.locale, path)])), "x-default": path },
  };
}

type PageWords = {
  /** The catalogue keys of the page's title and, for a public page, its description. */
  title: MessageKey;
  description?: MessageKey;
  /** The page's address as English has it, or how to build it from the route's params. */
  path: string | ((params: Record<string, string>) => string);
  /** Pages of one person (signing in, the account): kept out of search engines. */
  personal?: boolean;
};

/**
 * A page's `generateMetadata` from its catalogue: its title (and description) in the page's
 * language and its addresses in the other languages.
 */
export function pageMetadata({ title, description, path, personal }: PageWords) {
  return async ({ params }: { params: Promise<Record<string, string>> }): Promise<Metadata> => {
    const values = await params;
    const locale = values.locale as Locale;
    const t = await getTranslations({ locale });
    return {
      title: t(title),
      ...(description && { description: t(description) }),
      ...(personal && { robots: { index: false } }),
      alternates: languageAlternates(locale, typeof path === "string" ? path : path(values)),
    };
  };
}
