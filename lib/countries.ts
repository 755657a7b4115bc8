// The countries the network covers, by ISO code, with their English names.

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

const regionNames = new Intl.DisplayNames("en", { type: "region" });
export const countryName = (code: string): string => regionNames.of(code) ?? code;

/** The countries as options, in alphabetical order of their English names. */
export const COUNTRIES = COUNTRY_CODES.map((value) => ({ value, label: countryName(value) })).sort((a, b) => a.label.localeCompare(b.label));

const regionNamesIn = new Map<string, Intl.DisplayNames>();

/** A country's name in one of the site's languages: ("BE", "de") → "Belgien". */
export function countryNameIn(locale: string, code: string): string {
  let names = regionNamesIn.get(locale);
  if (!names) regionNamesIn.set(locale, (names = new Intl.DisplayNames([locale], { type: "region" })));
  return names.of(code) ?? code;
}
