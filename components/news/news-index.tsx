import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { useLocale, useTranslations } from "next-intl";
import { linkTo } from "@/components/i18n/rich-text";
import { NewsGrid } from "@/components/news/news-card";
import { IgnoredFiltersNotice } from "@/components/site/notice";
import { EmptyState, PageContainer, PageIntro } from "@/components/site/page";
import { FilterSelect } from "@/components/ui/filter-select";
import { PagedResults } from "@/components/ui/pagination";
import { languageAlternates } from "@/i18n/alternates";
import { isLocale, LANGUAGES, localePath } from "@/i18n/languages";
import { Link } from "@/i18n/navigation";
import { listNews } from "@/lib/news/queries";
import { isNewsFiltered, LISTED_KINDS, newsPageHref, type IgnoredNewsFilter, type NewsFilters } from "@/lib/news/schema";

/** The list's title and description in `locale`; /news and its cached twin share them. */
export async function newsIndexMetadata(locale: string): Promise<Metadata> {
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "news.meta" });
  return {
    title: t("title"),
    description: t("description"),
    alternates: { ...languageAlternates(locale, "/news"), types: { "application/rss+xml": "/news/rss.xml", "application/atom+xml": "/news/atom.xml" } },
  };
}

/** The filters as a plain GET form: they live in the address, so a filtered list can be shared and paged without JavaScript. */
function NewsFilterForm({ filters }: { filters: NewsFilters }) {
  const t = useTranslations("news");
  const locale = useLocale();
  return (
    <form method="get" action={localePath(locale, "/news")} role="search" aria-labelledby="news-filters-heading" className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <h2 id="news-filters-heading" className="text-lg font-semibold text-stone-950">
        {t("filters.heading")}
      </h2>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <FilterSelect name="kind" label={t("filters.kind")} value={filters.kind} options={LISTED_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} any={t("filters.anyKind")} />
        <FilterSelect name="language" label={t("filters.language")} value={filters.language} options={LANGUAGES.map((l) => ({ value: l.locale, label: l.name }))} any={t("filters.anyLanguage")} />
      </div>
      {/* A tag comes from an article's link: kept while the other filters change. */}
      {filters.tag ? <input type="hidden" name="tag" value={filters.tag} /> : null}
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
          {t("filters.submit")}
        </button>
        <Link href="/news">{t("filters.clear")}</Link>
      </div>
    </form>
  );
}

// The feeds are files, in no language: plain links, the same address on every page.
export function NewsFeeds({ tag }: { tag?: string }) {
  const t = useTranslations("news");
  const feeds = tag
    ? [{ href: `/news/tags/${tag}/rss.xml`, label: t("tag.feed") }]
    : [
        { href: "/news/rss.xml", label: t("feeds.rss") },
        { href: "/news/atom.xml", label: t("feeds.atom") },
        ...LISTED_KINDS.map((k) => ({ href: `/news/kinds/${k}/rss.xml`, label: t(`feeds.${k}`) })),
      ];
  return (
    <section aria-labelledby="feeds-heading" className="mt-12 rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="feeds-heading" className="text-lg font-semibold text-stone-950">
        {t("feeds.heading")}
      </h2>
      <p className="mt-2 text-stone-700">{t("feeds.body")}</p>
      <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
        {feeds.map((f) => (
          <li key={f.href}>
            <a href={f.href}>{f.label}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The news list for a set of filters and a page: /news renders it, and so does its cached twin (with nothing `ignored`). */
export async function NewsIndex({ filters, page, ignored = [] }: { filters: NewsFilters; page: number; ignored?: IgnoredNewsFilter[] }) {
  const t = await getTranslations("news");
  const { articles, total, pages } = await listNews(filters, page);
  const filtered = isNewsFiltered(filters);
  const pageLink = (p: number) => newsPageHref(filters, p);
  return (
    <PageContainer>
      <PageIntro title={t("index.title")} eyebrow={t("index.eyebrow")}>
        <p>{t("index.intro")}</p>
      </PageIntro>
      <div className="mt-10">
        <NewsFilterForm filters={filters} />
      </div>
      <div className="mt-10">
        <IgnoredFiltersNotice sentences={ignored.map(({ filter, value }) => t(`ignored.${filter}`, { value: value.length > 40 ? `${value.slice(0, 40)}…` : value }))} className="mb-6" />
        {filters.tag ? (
          <p className="mb-4 text-stone-800">
            {t("filters.tag")}: <Link href={`/news/tags/${filters.tag}`}>#{filters.tag}</Link>
          </p>
        ) : null}
        <p id="results-count" className="text-lg font-semibold text-stone-950">
          {t("index.results", { total, filtered: filtered ? "yes" : "no" })}
        </p>
        <PagedResults
          total={total}
          shown={articles.length}
          page={page}
          pages={pages}
          href={pageLink}
          label={t("index.pages")}
          empty={
            filtered ? (
              <EmptyState title={t("index.noMatch")}>
                <p>{t.rich("index.noMatchBody", { link: linkTo("/news") })}</p>
              </EmptyState>
            ) : (
              <EmptyState title={t("index.noneYet")}>
                <p>{t.rich("index.noneYetBody", { contact: linkTo("/contact?topic=press") })}</p>
              </EmptyState>
            )
          }
        >
          <NewsGrid articles={articles} as="h2" />
        </PagedResults>
      </div>
      <NewsFeeds />
    </PageContainer>
  );
}
