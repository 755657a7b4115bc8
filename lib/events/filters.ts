// The events list's filters, read from the URL: kind, country and year. Client-safe.
import { z } from "zod";
import { COUNTRY_CODES } from "@/lib/countries";

export const EVENT_KINDS = ["forum", "workshop", "other"] as const;
export type EventKindCode = (typeof EVENT_KINDS)[number];

const first = <T,>(v: T | T[]): T | undefined => (Array.isArray(v) ? v[0] : v);

/** Unknown values are dropped, not errors: a hand-edited address still shows a list. */
export const eventFilterSchema = z.object({
  kind: z.preprocess(first, z.enum(EVENT_KINDS).optional()).catch(undefined),
  country: z.preprocess(first, z.enum(COUNTRY_CODES).optional()).catch(undefined),
  year: z.preprocess(first, z.coerce.number().int().min(2000).max(2100).optional()).catch(undefined),
});

export type EventFilters = z.output<typeof eventFilterSchema>;

/** A filter value in the address that names nothing the filter knows, left out of the list. */
export type IgnoredEventFilter = { filter: keyof EventFilters; value: string };

/** The filters from the address, and the values left out because no filter knows them. */
export function readEventFilters(params: Record<string, string | string[] | undefined>): { filters: EventFilters; ignored: IgnoredEventFilter[] } {
  const sent = { kind: first(params.kind) || undefined, country: first(params.country) || undefined, year: first(params.year) || undefined };
  const filters = eventFilterSchema.parse(sent);
  const ignored: IgnoredEventFilter[] = [];
  for (const filter of ["kind", "country", "year"] as const) {
    const value = sent[filter];
    if (value !== undefined && filters[filter] === undefined) ignored.push({ filter, value });
  }
  return { filters, ignored };
}

/** The page number from `?page=`, 1 when missing or malformed. */
export function parsePage(value: string | string[] | undefined): number {
  const n = Number.parseInt(String(first(value) ?? "1"), 10);
  return Number.isFinite(n) ? Math.max(1, Math.min(10_000, n)) : 1;
}

/** "kind=workshop&country=ES&year=2017&page=2", in a fixed order, empty values left out. */
function eventFilterQuery(filters: EventFilters, page = 1): string {
  const q = new URLSearchParams();
  if (filters.kind) q.set("kind", filters.kind);
  if (filters.country) q.set("country", filters.country);
  if (filters.year) q.set("year", String(filters.year));
  if (page > 1) q.set("page", String(page));
  return q.toString();
}

/** The address of a page of the events list with these filters. */
export function eventsPageHref(filters: EventFilters, page: number): string {
  const q = eventFilterQuery(filters, page);
  return q ? `/events?${q}` : "/events";
}

export const isFiltered = (filters: EventFilters): boolean => Boolean(filters.kind || filters.country || filters.year);
