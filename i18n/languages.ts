// The interface's languages, declared once: routing, the proxy, <html lang>, hreflang, the
// switcher, the sitemap and the message catalogues all read this list. Adding a language is
// one entry here, a folder of messages (messages/<locale>/) and a glossary (messages/glossary/).
// No server-only imports: proxy.ts and client components read it too.

export const LANGUAGES = [
  // `locale` is the BCP 47 tag that formats dates and numbers and names the catalogue;
  // `prefix` is the address's first segment ("" for English, at today's addresses).
  { locale: "en-GB", prefix: "", hreflang: "en", name: "English" },
  { locale: "el", prefix: "el", hreflang: "el", name: "Ελληνικά" },
  { locale: "pt-PT", prefix: "pt", hreflang: "pt-PT", name: "Português" },
  { locale: "de", prefix: "de", hreflang: "de", name: "Deutsch" },
  { locale: "es", prefix: "es", hreflang: "es", name: "Español" },
  // Serbian in Latin script: plain "sr" formats dates in Cyrillic.
  { locale: "sr-Latn", prefix: "sr", hreflang: "sr-Latn", name: "Srpski" },
] as const;

export type Language = (typeof LANGUAGES)[number];
export type Locale = Language["locale"];

export const LOCALES: readonly Locale[] = LANGUAGES.map((l) => l.locale);

/** The site's languages as a form's choices, each named in itself: what an article is written in. */
export const LANGUAGE_CHOICES = LANGUAGES.map((l) => ({ value: l.locale, label: l.name }));
export const DEFAULT_LOCALE: Locale = "en-GB";

/** The visitor's own choice of language, set only when they choose (the switcher, the account page). */
export const LANGUAGE_COOKIE = "echn-language";
/** How long the choice is kept, in seconds: a year. */
export const LANGUAGE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

export const languageOf = (locale: Locale): Language => LANGUAGES.find((l) => l.locale === locale)!;

const BY_PREFIX = new Map<string, Locale>(LANGUAGES.filter((l) => l.prefix).map((l) => [l.prefix, l.locale]));

/** Splits a public address into its language and the address as English has it: "/de/map" → de, "/map". */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const match = /^\/([a-z]{2})(\/.*)?$/.exec(pathname);
  const locale = match ? BY_PREFIX.get(match[1]!) : undefined;
  return locale ? { locale, path: match![2] || "/" } : { locale: DEFAULT_LOCALE, path: pathname };
}

/** The public address of `path` (as English has it) in `locale`: ("/map", de) → "/de/map". */
export function localePath(locale: Locale, path: string): string {
  const { prefix } = languageOf(locale);
  if (!prefix) return path;
  return path === "/" ? `/${prefix}` : `/${prefix}${path}`;
}
