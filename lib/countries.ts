// The countries the network covers, by ISO code, with their names in each language.

/**
 * Countries a hub or an event can be in: the EU, the EEA, the United Kingdom and Switzerland, and the
 * other countries taking part in Creative Europe or its neighbourhood (ISO 3166-1 alpha-2;
 * XK is Kosovo's user-assigned code).
 */
export const COUNTRY_CODES = [
  "AL", "AD", "AM", "AT", "AZ", "BA", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES",
  "FI", "FR", "GB", "GE", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MC",
  "MD", "ME", "MK", "MT", "NL", "NO", "PL", "PT", "RO", "RS", "SE", "SI", "SK", "SM", "TR",
  "UA", "VA", "XK",
] as const;

const regionNames = new Map<string, Intl.DisplayNames>();

/** A country's name in `locale` (a locale of i18n/languages.ts; English by default). */
export function countryName(code: string, locale = "en"): string {
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames(locale, { type: "region" })));
  return names.of(code) ?? code;
}

/** The countries as options, in alphabetical order of their names in `locale`. */
export const countryOptions = (locale: string) =>
  COUNTRY_CODES.map((value) => ({ value, label: countryName(value, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale));

/** The countries as options, in alphabetical order of their English names. */
export const COUNTRIES = countryOptions("en");
