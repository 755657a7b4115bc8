// An article's life: staff write a draft, publish it now or schedule it (the article-publishing
// job publishes it at its time), take it back to draft or archive it (kept, off the site) and
// publish it again. A member's story about their hub goes to review; staff return it with a
// message (a draft again, for the member to fix) or publish or schedule it; its writer is
// emailed at each of those steps. Shared by P2P stories, news and stories. Publishing needs what readers see
// (lib/articles/rules.ts publishGaps), checked again when a scheduled article goes live.
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { Workflow } from "@/lib/workflow/transitions";

export const ARTICLE_DECISIONS = ["submit", "return", "publish", "schedule", "unschedule", "publishScheduled", "unpublish", "archive"] as const;
export type ArticleDecision = (typeof ARTICLE_DECISIONS)[number];
/** The decisions staff take with a button (the job takes publishScheduled; schedule needs a time). */
export const STAFF_ARTICLE_DECISIONS = ["publish", "unschedule", "unpublish", "archive"] as const satisfies readonly ArticleDecision[];

export const ARTICLE_WORKFLOW: Workflow<ArticleStatus, ArticleDecision> = {
  target: "article",
  refusal: "staff.articles.cannot",
  transitions: {
    submit: { from: ["draft"], to: "in_review", by: "party", audit: "article.submitted", message: "none", emails: true },
    return: { from: ["in_review"], to: "draft", by: "staff", audit: "article.returned", message: "required", emails: true },
    publish: { from: ["draft", "in_review", "scheduled", "archived"], to: "published", by: "staff", audit: "article.published", message: "none", emails: true },
    schedule: { from: ["draft", "in_review", "scheduled"], to: "scheduled", by: "staff", audit: "article.scheduled", message: "none", emails: true },
    unschedule: { from: ["scheduled"], to: "draft", by: "staff", audit: "article.unscheduled", message: "none", emails: false },
    publishScheduled: { from: ["scheduled"], to: "published", by: "system", audit: "article.published", message: "none", emails: true },
    unpublish: { from: ["published"], to: "draft", by: "staff", audit: "article.unpublished", message: "none", emails: false },
    archive: { from: ["draft", "in_review", "scheduled", "published"], to: "archived", by: "staff", audit: "article.archived", message: "none", emails: false },
  },
};
