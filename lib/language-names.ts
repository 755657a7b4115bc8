// Languages named in the reader's language by Intl, so that no language needs messages for
// them; one formatter per reader's language, made once. Client-safe.

const displayNames = new Map<string, Intl.DisplayNames>();

/** A language's name in `locale` ("de" → "German", "Deutsch" in de); the code itself for one Intl cannot read. */
export function languageName(code: string, locale: string): string {
  let names = displayNames.get(locale);
  if (!names) displayNames.set(locale, (names = new Intl.DisplayNames(locale, { type: "language" })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The language a text is written in (a site locale such as "pt-PT"), named without its region: "Portuguese". */
export const writtenIn = (locale: string, reader: string) => languageName(locale.split("-")[0]!, reader);
