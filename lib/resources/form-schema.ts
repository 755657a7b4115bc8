// The staff forms of the library: a new resource (a title and a type start a draft), every
// field of one (issue 15, "A resource"), and the buttons that move it through
// RESOURCE_WORKFLOW. Codes come from lib/resources/taxonomy.ts; other resources are named by
// their address. The public list's filters are lib/resources/schema.ts. Client-safe.
import { z } from "zod";
import { blankToUndefined, listOf, optional } from "@/lib/form-fields";
import type { MessageKey } from "@/lib/message";
import { RESOURCE_DECISIONS } from "@/lib/resources/workflow";
import { AUDIENCES, RESOURCE_FORMATS, RESOURCE_LANGUAGES, RESOURCE_LEVELS, RESOURCE_LICENCES, RESOURCE_TYPES, TOPICS } from "@/lib/resources/taxonomy";
import { isSlug, MAX_SLUG_LENGTH } from "@/lib/slugs";
import { webAddress } from "@/lib/net/web-address";
import { MAX_DURATION_MINUTES, MAX_RELATIONS, MAX_RESOURCE_AUTHOR, MAX_RESOURCE_DESCRIPTION, MAX_RESOURCE_SUMMARY, MAX_RESOURCE_TITLE, MAX_RESOURCE_URL, maxResourceYear, MIN_RESOURCE_YEAR } from "@/lib/resources/limits";

const key = (k: MessageKey) => k;

const title = z.preprocess(blankToUndefined, z.string({ error: key("staff.resources.errors.title") }).trim().max(MAX_RESOURCE_TITLE));
const type = z.enum(RESOURCE_TYPES, { error: key("staff.resources.errors.type") });

/** Where it lives: an http(s) address only (no javascript:, no file:, no user name or password). */
export const resourceUrl = z
  .string()
  .trim()
  .max(MAX_RESOURCE_URL)
  .refine((v) => webAddress(v) !== null, key("staff.resources.errors.url"));

/** Other resources by their addresses, one a line or separated by commas ("/tools/x" or "x"), each once. */
const relationList = z
  .preprocess((v) => (typeof v === "string" ? v : ""), z.string().max(MAX_RELATIONS * (MAX_SLUG_LENGTH + 40)))
  .transform((text) => [...new Set(text.split(/[\s,]+/).map((w) => w.trim().replace(/\/+$/, "").replace(/^.*\//, "")).filter(Boolean))])
  .pipe(z.array(z.string().refine(isSlug, key("staff.resources.errors.relationAddress"))).max(MAX_RELATIONS, key("staff.resources.errors.tooManyRelations")));

const codes = <T extends readonly [string, ...string[]]>(options: T) => listOf(z.enum(options)).pipe(z.array(z.enum(options)).max(options.length)).transform((v) => [...new Set(v)]);

const wholeNumber = (min: number, max: () => number, error: MessageKey) =>
  optional(z.coerce.number({ error }).int(error).refine((n) => n >= min && n <= max(), error));

export const newResourceSchema = z.object({
  title,
  type,
  url: optional(resourceUrl),
});

export type NewResourceInput = z.output<typeof newResourceSchema>;

/** Addresses below /tools that are pages of their own (the list's pages, the suggestion form), so never a resource's. */
export const RESERVED_RESOURCE_SLUGS: ReadonlySet<string> = new Set(["all", "suggest"]);

export const resourceSchema = z.object({
  resourceId: z.string().min(1).max(40),
  title,
  slug: z.string().trim().toLowerCase().max(MAX_SLUG_LENGTH).refine(isSlug, key("staff.resources.errors.slug")).refine((slug) => !RESERVED_RESOURCE_SLUGS.has(slug), key("staff.resources.errors.slugReserved")),
  summary: z.preprocess((v) => v ?? "", z.string().trim().max(MAX_RESOURCE_SUMMARY)),
  description: z.preprocess((v) => v ?? "", z.string().trim().max(MAX_RESOURCE_DESCRIPTION)),
  type,
  topics: codes(TOPICS),
  audience: codes(AUDIENCES),
  level: optional(z.enum(RESOURCE_LEVELS)).transform((v) => v ?? null),
  languages: codes(RESOURCE_LANGUAGES),
  licence: optional(z.enum(RESOURCE_LICENCES)).transform((v) => v ?? null),
  format: optional(z.enum(RESOURCE_FORMATS)).transform((v) => v ?? null),
  durationMinutes: wholeNumber(1, () => MAX_DURATION_MINUTES, key("staff.resources.errors.duration")).transform((v) => v ?? null),
  author: z.preprocess((v) => v ?? "", z.string().trim().max(MAX_RESOURCE_AUTHOR)),
  year: wholeNumber(MIN_RESOURCE_YEAR, () => maxResourceYear(), key("staff.resources.errors.year")).transform((v) => v ?? null),
  url: optional(resourceUrl).transform((v) => v ?? null),
  translationOf: relationList,
  adaptedFrom: relationList,
});

export type ResourceForm = z.output<typeof resourceSchema>;
/** What updateResource saves: the fields, and the related resources by address. */
export type ResourceInput = Omit<ResourceForm, "resourceId">;

export const resourceDecisionSchema = z.object({
  resourceId: z.string().min(1).max(40),
  decision: z.enum(RESOURCE_DECISIONS, { error: key("staff.resources.errors.decision") }),
});
