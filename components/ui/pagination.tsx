import Link from "next/link";
import { EmptyState } from "@/components/site/page";

/** Previous / next links that keep the other query parameters. */
export function Pagination({ page, pages, href, label }: { page: number; pages: number; href: (page: number) => string; label: string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="mt-8 flex flex-wrap items-center gap-4">
      {page > 1 ? <Link href={href(page - 1)} rel="prev">← Previous</Link> : null}
      <span aria-current="page">Page {page} of {pages}</span>
      {page < pages ? <Link href={href(page + 1)} rel="next">Next →</Link> : null}
    </nav>
  );
}

/** "?a=1&page=2" from the current filters. */
export function pageHref(path: string, params: Record<string, string | undefined>, page: number): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  if (page > 1) q.set("page", String(page));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** A page past the end of a list (an old link, a hand-typed address): says so, and leads to the first page. */
export function NoSuchPage({ page, pages, firstPage }: { page: number; pages: number; firstPage: string }) {
  return (
    <div className="mt-6">
      <EmptyState title={`There is no page ${page}: the list has ${pages} page${pages === 1 ? "" : "s"}.`}>
        <p>
          <Link href={firstPage}>Go to the first page</Link>
        </p>
      </EmptyState>
    </div>
  );
}
