import Link from "next/link";
import { ARTICLE_STATUS_LABELS } from "@/components/admin/articles/article-status";
import { pageHref } from "@/components/ui/pagination";
import { ArticleStatus } from "@/lib/generated/prisma/enums";

const FILTERS = [{ value: undefined, label: "All" }, ...Object.values(ArticleStatus).map((value) => ({ value, label: ARTICLE_STATUS_LABELS[value] }))];

/** A list of articles by status: "All", then each status, the one shown marked as current. */
export function ArticleStatusFilter({ path, status, label }: { path: string; status: ArticleStatus | undefined; label: string }) {
  return (
    <nav aria-label={label} className="mt-6 flex flex-wrap gap-2">
      {FILTERS.map((f) => (
        <Link
          key={f.label}
          href={pageHref(path, { status: f.value }, 1)}
          aria-current={f.value === status ? "page" : undefined}
          className={`rounded-md border px-3 py-1.5 no-underline ${f.value === status ? "border-brand-700 bg-brand-700 text-white" : "border-stone-300 bg-white text-stone-900 hover:bg-stone-100"}`}
        >
          {f.label}
        </Link>
      ))}
    </nav>
  );
}
