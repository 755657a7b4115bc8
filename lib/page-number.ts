// A list's page and one value of a query string, as the public lists read them from the
// address (events, news). Client-safe.

/** The first of a query key's values: `?tag=a&tag=b` reads "a". */
export const firstValue = <T,>(v: T | T[]): T | undefined => (Array.isArray(v) ? v[0] : v);

/** The page number from `?page=`, 1 when missing or malformed. */
export function parsePage(value: string | string[] | undefined): number {
  const n = Number.parseInt(String(firstValue(value) ?? "1"), 10);
  return Number.isFinite(n) ? Math.max(1, Math.min(10_000, n)) : 1;
}
