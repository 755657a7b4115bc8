// What the staff article form accepts, with a message beside each field (catalogue keys:
// staff.articles.errors.*), and the staff decisions on an article. The address is typed as it
// will read (lib/slugs.ts isSlug): nothing is rewritten behind staff's back. Client-safe.
import { z } from "zod";
import { isLocale, type Locale } from "@/i18n/languages";
import { blankToUndefined, optional } from "@/lib/form-fields";
import type { MessageKey } from "@/lib/message";
import { isSlug, MAX_SLUG_LENGTH } from "@/lib/slugs";
import { STAFF_ARTICLE_DECISIONS } from "@/lib/articles/workflow";
import { MAX_ARTICLE_BODY, MAX_ARTICLE_STANDFIRST, MAX_ARTICLE_TITLE, MAX_COVER_ALT, MAX_COVER_CAPTION, MAX_COVER_CREDIT } from "@/lib/articles/limits";

const key = (k: MessageKey) => k;

const longText = (max: number, tooLong: MessageKey) => optional(z.string().trim().max(max, tooLong)).transform((v) => v ?? "");
/** An optional short text: null when left empty. */
const nullable = (max: number, tooLong: MessageKey) => optional(z.string().trim().max(max, tooLong)).transform((v) => v ?? null);

export const articleSchema = z.object({
  articleId: z.string().min(1),
  title: z.preprocess(
    blankToUndefined,
    z.string({ error: key("news.errors.title") }).trim().max(MAX_ARTICLE_TITLE, key("news.errors.titleTooLong")),
  ),
  slug: z.preprocess(
    blankToUndefined,
    z
      .string({ error: key("staff.articles.errors.slug") })
      .trim()
      .max(MAX_SLUG_LENGTH, key("staff.articles.errors.slugTooLong"))
      .refine(isSlug, key("staff.articles.errors.slug")),
  ),
  language: z.string().refine(isLocale, key("news.errors.language")).transform((v) => v as Locale),
  standfirst: longText(MAX_ARTICLE_STANDFIRST, key("news.errors.standfirstTooLong")),
  body: longText(MAX_ARTICLE_BODY, key("news.errors.bodyTooLong")),
  /** One of the pictures offered (lib/articles/commands.ts checks it), or none. */
  coverKey: optional(z.string()).transform((v) => v ?? null),
  coverAlt: nullable(MAX_COVER_ALT, key("news.errors.coverAltTooLong")),
  coverCaption: nullable(MAX_COVER_CAPTION, key("news.errors.coverCaptionTooLong")),
  coverCredit: nullable(MAX_COVER_CREDIT, key("news.errors.coverCreditTooLong")),
});

type ArticleFields = Omit<z.output<typeof articleSchema>, "articleId">;
/** What a save writes: the form's fields; the news editor's form also sets the kind and the tags. */
export type ArticleInput = ArticleFields & { kind?: "news" | "story"; tags?: string[] };

type StoredArticle = { [K in keyof ArticleFields]: string | null };

/** The form's fields for an article as it is stored: what the edit page starts with. */
export const articleFormValues = (article: StoredArticle): Record<keyof ArticleFields, string> => ({
  title: article.title ?? "",
  slug: article.slug ?? "",
  language: article.language ?? "",
  standfirst: article.standfirst ?? "",
  body: article.body ?? "",
  coverKey: article.coverKey ?? "",
  coverAlt: article.coverAlt ?? "",
  coverCaption: article.coverCaption ?? "",
  coverCredit: article.coverCredit ?? "",
});

export const articleDecisionSchema = z.object({
  articleId: z.string().min(1),
  decision: z.enum(STAFF_ARTICLE_DECISIONS, { error: key("staff.articles.errors.decision") }),
});

/** The time staff schedule an article for, typed in the staff form's zone (Europe/Brussels, lib/articles/rules.ts). */
export const articleScheduleSchema = z.object({
  articleId: z.string().min(1),
  scheduledFor: z.preprocess(blankToUndefined, z.string({ error: key("staff.articles.errors.scheduledFor") }).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, key("staff.articles.errors.scheduledFor"))),
});

/** Staff's message when they send a member's story back: required, and emailed to the writer. */
export const articleReturnSchema = z.object({
  articleId: z.string().min(1),
  message: z.preprocess(blankToUndefined, z.string({ error: key("forms.errors.required") }).trim().max(2000, key("forms.errors.tooLong"))),
});

export const articleRestoreSchema = z.object({ articleId: z.string().min(1), revisionId: z.string().min(1) });
