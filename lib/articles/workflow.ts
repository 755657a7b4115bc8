// An article's life, taken by staff: draft → published → back to draft, or archived (kept, off
// the site) and published again. Shared by P2P stories and, with the news issue, by news and
// stories from hubs (which add review and scheduling to this table). Publishing needs what
// readers see (lib/articles/rules.ts publishGaps).
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { Workflow } from "@/lib/workflow/transitions";

export const ARTICLE_DECISIONS = ["publish", "unpublish", "archive"] as const;
export type ArticleDecision = (typeof ARTICLE_DECISIONS)[number];

export const ARTICLE_WORKFLOW: Workflow<ArticleStatus, ArticleDecision> = {
  target: "article",
  refusal: "staff.articles.cannot",
  transitions: {
    publish: { from: ["draft", "archived"], to: "published", by: "staff", audit: "article.published", message: "none", emails: false },
    unpublish: { from: ["published"], to: "draft", by: "staff", audit: "article.unpublished", message: "none", emails: false },
    archive: { from: ["draft", "published"], to: "archived", by: "staff", audit: "article.archived", message: "none", emails: false },
  },
};
