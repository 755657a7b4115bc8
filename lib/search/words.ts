// What someone typed into a search box, as the word search takes it: the library's today, the
// site-wide search's later (lib/search/sql.ts turns it into SQL). Client-safe: a form can show
// the words exactly as they will be searched.

/** Longer text is cut here: a search box's words, not a document. */
export const MAX_SEARCH_CHARACTERS = 200;
/** More words than this are dropped: each one is a term PostgreSQL must match. */
export const MAX_SEARCH_WORDS = 10;

// C0 control characters and DEL: no keyboard types them, and PostgreSQL refuses NUL.
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F]/g;

/**
 * The words to search for, bounded: control characters and repeated spaces dropped, at most
 * MAX_SEARCH_WORDS words and MAX_SEARCH_CHARACTERS characters; null when nothing is left (no
 * search at all). Accepts anything an address may hold (a list, nothing).
 */
export function searchWords(typed: unknown): string | null {
  const text = Array.isArray(typed) ? typed[0] : typed;
  if (typeof text !== "string") return null;
  const words = text.replace(CONTROL_CHARACTERS, " ").split(/\s+/).filter(Boolean).slice(0, MAX_SEARCH_WORDS);
  let bounded = words.join(" ").slice(0, MAX_SEARCH_CHARACTERS);
  // Never cut a surrogate pair in two (an emoji at the limit).
  if (/[\uD800-\uDBFF]$/.test(bounded)) bounded = bounded.slice(0, -1);
  return bounded.trim() || null;
}
