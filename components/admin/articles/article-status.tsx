import type { ArticleStatus } from "@/lib/generated/prisma/enums";

export const ARTICLE_STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  scheduled: "Scheduled",
  published: "Published",
  archived: "Archived",
};

const COLOURS: Record<ArticleStatus, string> = {
  draft: "bg-stone-200 text-stone-900",
  in_review: "bg-amber-100 text-amber-950",
  scheduled: "bg-sky-100 text-sky-950",
  published: "bg-green-100 text-green-900",
  archived: "bg-stone-100 text-stone-800",
};

export function ArticleStatusBadge({ status }: { status: ArticleStatus }) {
  return <span className={`rounded px-2 py-0.5 text-sm font-semibold ${COLOURS[status]}`}>{ARTICLE_STATUS_LABELS[status]}</span>;
}
