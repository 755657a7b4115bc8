import type { Metadata } from "next";
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
