// What a revision keeps of an article: the fields readers see, as they were saved. Staff read
// them in the article's history and may restore one (lib/articles/commands.ts restoreRevision).
import { z } from "zod";

export const REVISED_FIELDS = ["title", "slug", "standfirst", "body", "language", "coverKey", "coverAlt", "coverCaption", "coverCredit", "tags"] as const;
export type RevisedField = (typeof REVISED_FIELDS)[number];

export const revisionContentSchema = z.object({
  title: z.string(),
  slug: z.string(),
  standfirst: z.string(),
  body: z.string(),
  language: z.string(),
  coverKey: z.string().nullable(),
  coverAlt: z.string().nullable(),
  coverCaption: z.string().nullable(),
  coverCredit: z.string().nullable(),
  tags: z.array(z.string()).default([]),
});

export type RevisionContent = z.infer<typeof revisionContentSchema>;

/** An article's revised fields, as a revision stores them. */
export const revisionContent = (article: RevisionContent): RevisionContent => ({
  title: article.title,
  slug: article.slug,
  standfirst: article.standfirst,
  body: article.body,
  language: article.language,
  coverKey: article.coverKey,
  coverAlt: article.coverAlt,
  coverCaption: article.coverCaption,
  coverCredit: article.coverCredit,
  tags: [...article.tags],
});

const same = (a: unknown, b: unknown) => (Array.isArray(a) && Array.isArray(b) ? a.join("\u0000") === b.join("\u0000") : a === b);

/** The revised fields that differ between two versions, in REVISED_FIELDS' order. */
export const changedFields = (before: RevisionContent, after: RevisionContent): RevisedField[] => REVISED_FIELDS.filter((f) => !same(before[f], after[f]));
