// What a hub form and the hub filters accept. Client-safe.
import { z } from "zod";
import { DISCIPLINES, HUB_FORMATS, HUB_KINDS, MEMBER_COUNTS, SERVICES, TEAM_SIZES } from "@/lib/hubs/taxonomy";
import { EUROPE_BOUNDS } from "@/lib/geo";
import { COUNTRY_CODES } from "@/lib/countries";
import { decimalNumber } from "@/lib/decimal";
import { blankToUndefined, listOf, optional, searchText, values } from "@/lib/form-fields";


const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(min, min <= 1 ? `Enter ${label}.` : `${label[0]!.toUpperCase()}${label.slice(1)} needs at least ${min} characters.`)
    .max(max, `Keep ${label} to ${max} characters or fewer.`);

const webAddress = z
  .string()
  .trim()
  .max(300, "Keep the address to 300 characters or fewer.")
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "https:" || u.protocol === "http:") && u.hostname.includes(".");
    } catch {
      return false;
    }
  }, "Enter a full web address starting with https://, for example https://example.org.");

const OUTSIDE_EUROPE = "That point is outside Europe. Place the pin where the hub is, or pick a place from the list.";
const NO_PLACE = "Pick the hub's town or place the pin on the map, so we know where the hub is.";
const coordinate = (label: string, example: string, min: number, max: number) =>
  z.preprocess(
    blankToUndefined,
    decimalNumber({ missing: NO_PLACE, malformed: `Enter the ${label} in decimal degrees, like ${example}.` }).refine((v) => v >= min && v <= max, OUTSIDE_EUROPE),
  );

export const hubSchema = z.object({
  name: text("the hub's name", 2, 120),
  kind: z.enum(values(HUB_KINDS), { error: "Choose the kind of hub." }),
  format: z.enum(values(HUB_FORMATS), { error: "Choose whether the hub is in one place, mobile or online." }),
  disciplines: listOf(z.enum(values(DISCIPLINES), { error: "Choose from the list." })).refine((list) => list.length > 0, "Choose at least one discipline."),
  services: listOf(z.enum(values(SERVICES), { error: "Choose from the list." })),
  summary: text("a short description", 20, 280),
  story: optional(text("the story", 1, 8000)),
  website: optional(webAddress),
  socialLinks: z
    .string()
    .optional()
    .transform((v) => (v ?? "").split(/\s+/).filter(Boolean))
    .pipe(z.array(webAddress).max(6, "List at most 6 links.")),
  contactEmail: z.string().trim().toLowerCase().pipe(z.email({ error: "Enter an email address like name@example.org." })).pipe(z.string().max(254, "That email address is too long.")),
  address: optional(text("the address", 1, 200)),
  city: text("the town or city", 1, 100),
  countryCode: z.enum(COUNTRY_CODES, { error: "Choose the country." }),
  latitude: coordinate("latitude", "46.05108", EUROPE_BOUNDS.south, EUROPE_BOUNDS.north),
  longitude: coordinate("longitude", "14.50513", EUROPE_BOUNDS.west, EUROPE_BOUNDS.east),
  foundedYear: optional(
    z.coerce
      .number({ error: "Enter a year like 2014." })
      .int("Enter a year like 2014.")
      .min(1800, "Enter a year after 1800.")
      .refine((y) => y <= new Date().getUTCFullYear(), "The founding year cannot be in the future."),
  ),
  teamSize: optional(z.enum(values(TEAM_SIZES), { error: "Choose from the list." })),
  membersCount: optional(z.enum(values(MEMBER_COUNTS), { error: "Choose from the list." })),
  openToExchanges: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  imageAlt: optional(text("the image description", 1, 200)),
});

export type HubInput = z.output<typeof hubSchema>;

/** The map's, the directory's and the exports' filters, read from the URL. Unknown values are dropped, not errors. */
export const hubFilterSchema = z.object({
  q: searchText,
  country: z.enum(COUNTRY_CODES).optional().catch(undefined),
  kind: z.enum(values(HUB_KINDS)).optional().catch(undefined),
  format: z.enum(values(HUB_FORMATS)).optional().catch(undefined),
  discipline: z.enum(values(DISCIPLINES)).optional().catch(undefined),
  service: z.enum(values(SERVICES)).optional().catch(undefined),
  /** "1": only hubs open to hosting P2P exchanges. */
  open: z.literal("1").optional().catch(undefined),
  /** "1": include hubs not confirmed for 18 months (left out by default). */
  stale: z.literal("1").optional().catch(undefined),
});

export type HubFilters = z.output<typeof hubFilterSchema>;

/** A filter value in the address that names nothing the filter knows, left out of the view. */
export type IgnoredHubFilter = { filter: keyof HubFilters; value: string };

/** Next's searchParams (values may be lists) → filters, and the values left out because no filter knows them. */
export function readHubFilters(params: Record<string, string | string[] | undefined> | URLSearchParams): { filters: HubFilters; ignored: IgnoredHubFilter[] } {
  const flat: Record<string, string | undefined> = {};
  const entries = params instanceof URLSearchParams ? params.entries() : Object.entries(params);
  for (const [k, v] of entries) flat[k] = Array.isArray(v) ? v[0] : (v ?? undefined);
  for (const k of Object.keys(flat)) if (flat[k] === "") delete flat[k];
  const filters = hubFilterSchema.parse(flat);
  const ignored: IgnoredHubFilter[] = [];
  for (const filter of Object.keys(hubFilterSchema.shape) as (keyof HubFilters)[]) {
    const value = flat[filter];
    if (value !== undefined && filters[filter] === undefined) ignored.push({ filter, value });
  }
  return { filters, ignored };
}

/** Next's searchParams (values may be lists) → filters. */
export const parseHubFilters = (params: Record<string, string | string[] | undefined> | URLSearchParams): HubFilters => readHubFilters(params).filters;

/** Filters → query string (stable key order), for links, the map data URL and the ETag. */
export function hubFilterQuery(filters: HubFilters, extra: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(hubFilterSchema.shape).sort() as (keyof HubFilters)[]) {
    const v = filters[key];
    if (v) params.set(key, v);
  }
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== "") params.set(k, String(v));
  return params.toString();
}
