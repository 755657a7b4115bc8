// What a hub form and the hub filters accept. Client-safe. Complaints are catalogue keys
// (hubForms.errors.*): the form shows them in the reader's language.
import { z } from "zod";
import { DISCIPLINES, HUB_FORMATS, HUB_KINDS, MEMBER_COUNTS, SERVICES, TEAM_SIZES } from "@/lib/hubs/taxonomy";
import { EUROPE_BOUNDS } from "@/lib/geo";
import { COUNTRY_CODES } from "@/lib/countries";
import { decimalNumber } from "@/lib/decimal";
import type { MessageKey } from "@/lib/message";
import { blankToUndefined, listOf, optional, searchText, values } from "@/lib/form-fields";

/** The hub's text fields with messages of their own: missing, too short, too long (hubForms.errors.<field>.*). */
type TextField = "name" | "summary" | "story" | "address" | "city" | "imageAlt";
const error = (key: MessageKey) => key;

const text = (field: TextField, min: number, max: number) =>
  z
    .string({ error: error(`hubForms.errors.${field}.missing`) })
    .trim()
    // Only the name and the summary have a minimum above one character.
    .min(min, error(min <= 1 ? `hubForms.errors.${field}.missing` : `hubForms.errors.${field as "name" | "summary"}.tooShort`))
    .max(max, error(`hubForms.errors.${field}.tooLong`));

const webAddress = z
  .string()
  .trim()
  .max(300, error("hubForms.errors.webAddressTooLong"))
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "https:" || u.protocol === "http:") && u.hostname.includes(".");
    } catch {
      return false;
    }
  }, error("hubForms.errors.webAddress"));

const coordinate = (field: "latitude" | "longitude", min: number, max: number) =>
  z.preprocess(
    blankToUndefined,
    decimalNumber({ missing: error("hubForms.errors.noPlace"), malformed: error(`hubForms.errors.${field}Malformed`) }).refine(
      (v) => v >= min && v <= max,
      error("hubForms.errors.outsideEurope"),
    ),
  );

const FROM_THE_LIST = error("hubForms.errors.fromTheList");

export const hubSchema = z.object({
  name: text("name", 2, 120),
  kind: z.enum(values(HUB_KINDS), { error: error("hubForms.errors.kind") }),
  format: z.enum(values(HUB_FORMATS), { error: error("hubForms.errors.format") }),
  disciplines: listOf(z.enum(values(DISCIPLINES), { error: FROM_THE_LIST })).refine((list) => list.length > 0, error("hubForms.errors.disciplines")),
  services: listOf(z.enum(values(SERVICES), { error: FROM_THE_LIST })),
  summary: text("summary", 20, 280),
  story: optional(text("story", 1, 8000)),
  website: optional(webAddress),
  socialLinks: z
    .string()
    .optional()
    .transform((v) => (v ?? "").split(/\s+/).filter(Boolean))
    .pipe(z.array(webAddress).max(6, error("hubForms.errors.tooManyLinks"))),
  contactEmail: z.string().trim().toLowerCase().pipe(z.email({ error: error("hubForms.errors.email") })).pipe(z.string().max(254, error("hubForms.errors.emailTooLong"))),
  address: optional(text("address", 1, 200)),
  city: text("city", 1, 100),
  countryCode: z.enum(COUNTRY_CODES, { error: error("hubForms.errors.country") }),
  latitude: coordinate("latitude", EUROPE_BOUNDS.south, EUROPE_BOUNDS.north),
  longitude: coordinate("longitude", EUROPE_BOUNDS.west, EUROPE_BOUNDS.east),
  foundedYear: optional(
    z.coerce
      .number({ error: error("hubForms.errors.year") })
      .int(error("hubForms.errors.year"))
      .min(1800, error("hubForms.errors.yearTooEarly"))
      .refine((y) => y <= new Date().getUTCFullYear(), error("hubForms.errors.yearInFuture")),
  ),
  teamSize: optional(z.enum(values(TEAM_SIZES), { error: FROM_THE_LIST })),
  membersCount: optional(z.enum(values(MEMBER_COUNTS), { error: FROM_THE_LIST })),
  openToExchanges: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  imageAlt: optional(text("imageAlt", 1, 200)),
});

export type HubInput = z.output<typeof hubSchema>;

const idField = z.preprocess((v) => (v === "" ? undefined : v), z.string().max(40).optional());
const flag = z.preprocess((v) => [v].flat().some((x) => x === "1" || x === "on"), z.boolean());

/** The hub form as sent: the hub, and what carries it from one step to the next (preview, draft, duplicates). */
export const hubFormSchema = hubSchema.extend({
  /** An image stored when the form was previewed, carried to the next step. */
  imageKey: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(200).optional()),
  removeImage: flag,
  draftId: idField,
  hubId: idField,
  /** "No, mine is a different hub": go on despite the likely duplicates shown. */
  notDuplicate: flag,
});
export type HubFormInput = z.output<typeof hubFormSchema>;

/** A draft needs only a name, so it can be found again; everything else is kept as typed. */
export const hubDraftSchema = z.object({
  name: z
    .string({ error: error("hubForms.errors.draftName") })
    .trim()
    .min(1, error("hubForms.errors.draftName"))
    .max(120, error("hubForms.errors.name.tooLong")),
  draftId: idField,
});

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
