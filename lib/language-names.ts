// Languages named in the reader's language by Intl, so that no language needs messages for
// them; one formatter per reader's language, made once, and each name asked once. Client-safe.

const named = new Map<string, Map<string, string>>();

/** A language's name in `locale` ("de" → "German", "Deutsch" in de); the code itself for one Intl cannot read. */
export function languageName(code: string, locale: string): string {
  let names = named.get(locale);
  if (!names) named.set(locale, (names = new Map()));
  let name = names.get(code);
  if (name === undefined) names.set(code, (name = nameOf(code, locale)));
  return name;
}

// Intl.DisplayNames is slow to ask (a list page asks for dozens of names), so each name is kept:
// there are a few hundred language codes at most.
const displayNames = new Map<string, Intl.DisplayNames>();

function nameOf(code: string, locale: string): string {
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
