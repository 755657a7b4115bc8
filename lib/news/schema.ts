// The news editor's form (an article's fields, lib/articles/schema.ts, plus its kind, tags,
// bylines and the hubs and events it is about) and the public list's filters, read from the
// URL. Client-safe.
import { z } from "zod";
import { isLocale, type Locale } from "@/i18n/languages";
import { articleSchema } from "@/lib/articles/schema";
import { blankToUndefined, listOf } from "@/lib/form-fields";
import type { MessageKey } from "@/lib/message";
import { firstValue } from "@/lib/page-number";
import { slugify } from "@/lib/slugs";
import { MAX_GUEST_NAME, MAX_LINKS, MAX_TAG_LENGTH, MAX_TAGS } from "@/lib/news/limits";

export const NEWS_KINDS = ["news", "story"] as const;
/** The kinds the public list filters by: P2P stories are listed with the rest. */
export const LISTED_KINDS = ["news", "story", "p2p_story"] as const;
export type ListedKind = (typeof LISTED_KINDS)[number];
export const isListedKind = (v: unknown): v is ListedKind => LISTED_KINDS.includes(v as ListedKind);
export type NewsKind = (typeof NEWS_KINDS)[number];
export const isNewsKind = (v: unknown): v is NewsKind => NEWS_KINDS.includes(v as NewsKind);

/** Where readers read an article: P2P stories keep their own address. */
export const articlePath = (article: { kind: string; slug: string }) => (article.kind === "p2p_story" ? `/p2p/stories/${article.slug}` : `/news/${article.slug}`);

/** Minutes to read a text at 200 words a minute; at least one. */
export const readingMinutes = (text: string) => Math.max(1, Math.round(text.split(/\s+/).filter(Boolean).length / 200));

const key = (k: MessageKey) => k;

/** A tag as its address reads: "Creative Hubs" → "creative-hubs". */
export const tagOf = (word: string) => slugify(word, "");

/** Whether an address's tag is one as tagOf writes it (what /news/tags/<tag> and its feed answer to). */
export const isTag = (tag: string) => tag.length <= MAX_TAG_LENGTH && tagOf(tag) === tag;

/** "forum, Belgrade" → ["forum", "belgrade"]: each tag once, in the order typed. */
const tagsField = z
  .preprocess((v) => (typeof v === "string" ? v : ""), z.string())
  .transform((text) => [...new Set(text.split(",").map((w) => w.trim()).filter(Boolean))])
  .pipe(z.array(z.string().max(MAX_TAG_LENGTH, key("staff.articles.errors.tagTooLong"))).max(MAX_TAGS, key("staff.articles.errors.tooManyTags")))
  .transform((words) => words.map(tagOf).filter(Boolean));

/** Addresses (slugs) typed one a line or separated by commas. */
const addressList = z
  .preprocess((v) => (typeof v === "string" ? v : ""), z.string())
  .transform((text) => [...new Set(text.split(/[\s,]+/).map((w) => w.trim().replace(/^.*\//, "")).filter(Boolean))])
  .pipe(z.array(z.string().max(200)).max(MAX_LINKS, key("staff.articles.errors.tooManyLinks")));

const guestNames = z
  .preprocess((v) => (typeof v === "string" ? v : ""), z.string())
  .transform((text) => text.split("\n").map((w) => w.trim()).filter(Boolean))
  .pipe(z.array(z.string().max(MAX_GUEST_NAME, key("staff.articles.errors.bylineGuests"))).max(MAX_LINKS, key("staff.articles.errors.tooManyLinks")));

export const newsArticleSchema = articleSchema.extend({
  kind: z.enum(NEWS_KINDS, { error: key("staff.articles.errors.kind") }),
  tags: tagsField,
  hubs: addressList,
  events: addressList,
  bylineStaff: listOf(z.string().max(40)).pipe(z.array(z.string()).max(MAX_LINKS, key("staff.articles.errors.tooManyLinks"))),
  bylineGuests: guestNames,
});

export type NewsArticleForm = z.output<typeof newsArticleSchema>;

export const newArticleSchema = z.object({
  kind: z.enum(NEWS_KINDS, { error: key("staff.articles.errors.kind") }),
  title: z.preprocess(blankToUndefined, z.string({ error: key("news.errors.title") }).trim().max(160, key("news.errors.titleTooLong"))),
  language: z.string().refine(isLocale, key("news.errors.language")).transform((v) => v as Locale),
});

// ---------------------------------------------------------------- the public list's filters

export const NEWS_PAGE_SIZE = 12;

export type NewsFilters = { kind?: ListedKind; tag?: string; language?: Locale };

/** The filters from the address; a value that is not one of the site's is ignored (the page says so). */
export type IgnoredNewsFilter = { filter: keyof NewsFilters; value: string };

export function readNewsFilters(params: Record<string, string | string[] | undefined>): { filters: NewsFilters; ignored: IgnoredNewsFilter[] } {
  const filters: NewsFilters = {};
  const ignored: IgnoredNewsFilter[] = [];
  const kind = firstValue(params.kind);
  if (kind && isListedKind(kind)) filters.kind = kind;
  else if (kind) ignored.push({ filter: "kind", value: kind });
  const tag = firstValue(params.tag);
  if (tag && isTag(tag)) filters.tag = tag;
  else if (tag) ignored.push({ filter: "tag", value: tag });
  const language = firstValue(params.language);
  if (language && isLocale(language)) filters.language = language;
  else if (language) ignored.push({ filter: "language", value: language });
  return { filters, ignored };
}

/** "/news?kind=story&tag=forum&language=de&page=2": the filters in a fixed order, empty ones left out. */
export function newsPageHref(filters: NewsFilters, page = 1): string {
  const q = new URLSearchParams();
  if (filters.kind) q.set("kind", filters.kind);
  if (filters.tag) q.set("tag", filters.tag);
  if (filters.language) q.set("language", filters.language);
  if (page > 1) q.set("page", String(page));
  const query = q.toString();
  return query ? `/news?${query}` : "/news";
}

export const isNewsFiltered = (f: NewsFilters) => Boolean(f.kind || f.tag || f.language);
