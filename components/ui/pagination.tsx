import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/site/page";
import { Link } from "@/i18n/navigation";

/** Previous / next links that keep the other query parameters. `href` gives addresses as English has them: the links keep the page's language. */
export function Pagination({ page, pages, href, label }: { page: number; pages: number; href: (page: number) => string; label: string }) {
  const t = useTranslations("common.pagination");
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="mt-8 flex flex-wrap items-center gap-4">
      {page > 1 ? <Link href={href(page - 1)} rel="prev">{t("previous")}</Link> : null}
      <span aria-current="page">{t("pageOf", { page, pages })}</span>
      {page < pages ? <Link href={href(page + 1)} rel="next">{t("next")}</Link> : null}
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
  const t = useTranslations("common.pagination");
  return (
    <div className="mt-6">
      <EmptyState title={t("noSuchPage", { page, pages })}>
        <p>
          <Link href={firstPage}>{t("firstPage")}</Link>
        </p>
      </EmptyState>
    </div>
  );
}

/**
 * A public list's results below its count: its empty state when nothing matches (`empty`), a
 * page past the end, or the page's items with the links to the others.
 */
export function PagedResults({ total, shown, empty, page, pages, href, label, children }: { total: number; shown: number; empty: React.ReactNode; page: number; pages: number; href: (page: number) => string; label: string; children: React.ReactNode }) {
  if (total === 0) return <div className="mt-6">{empty}</div>;
  if (shown === 0) return <NoSuchPage page={page} pages={pages} firstPage={href(1)} />;
  return (
    <div className="mt-6">
      {children}
      <Pagination page={page} pages={pages} label={label} href={href} />
    </div>
  );
}
