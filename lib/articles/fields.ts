// An article's own fields, as every reader of it selects them (staff's form, visitors' pages, the commands).
import type { Prisma } from "@/lib/db";

export const articleContentSelect = {
  id: true,
  slug: true,
  title: true,
  standfirst: true,
  body: true,
  language: true,
  coverKey: true,
  coverAlt: true,
  coverCaption: true,
  coverCredit: true,
  tags: true,
  publishedAt: true,
  publishedPrecision: true,
  revisedAt: true,
} satisfies Prisma.ArticleSelect;
