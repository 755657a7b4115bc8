// The countries the network covers, by ISO code. Their names come from Intl in the reader's
// language: lib keeps the codes. Client-safe.
import { DEFAULT_LOCALE } from "@/i18n/languages";

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

type CountryCode = (typeof COUNTRY_CODES)[number];

const regionNames = new Map<string, Intl.DisplayNames>();

/**
 * A country's name in `locale` ("RS" → "Serbia", "Srbija" in sr-Latn). Without a locale, the
 * English name: for data (exports, iCal), not for a page.
 */
export function countryName(code: string, locale: string = DEFAULT_LOCALE): string {
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames(locale, { type: "region" })));
  return names.of(code) ?? code;
}

const options = new Map<string, { value: CountryCode; label: string }[]>();

/** The countries as options, in the alphabetical order of their names in `locale`. */
export function countryOptions(locale: string): { value: CountryCode; label: string }[] {
  let list = options.get(locale);
  if (!list) {
    list = COUNTRY_CODES.map((value) => ({ value, label: countryName(value, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale));
    options.set(locale, list);
  }
  return list;
}
