// A list's page and one value of a query string, as the public lists read them from the
// address (hubs, events, news, the library). Client-safe.

/** The first of a query key's values: `?tag=a&tag=b` reads "a". */
export const firstValue = <T,>(v: T | T[]): T | undefined => (Array.isArray(v) ? v[0] : v);

/** The page number from `?page=`, 1 when missing or malformed. */
export function parsePage(value: string | string[] | undefined): number {
  const n = Number.parseInt(String(firstValue(value) ?? "1"), 10);
  return Number.isFinite(n) ? Math.max(1, Math.min(10_000, n)) : 1;
}

/**
 * Whether a filter form sent an empty field (it sends every field, chosen or not): the list then
 * redirects to its tidy address, so that the address can be shared as it reads.
 */
export const hasEmptyField = (query: Record<string, string | string[] | undefined>): boolean =>
  Object.values(query).some((v) => v === "" || (Array.isArray(v) && v.includes("")));
