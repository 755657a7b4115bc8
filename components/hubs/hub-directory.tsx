import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HubCard } from "@/components/hubs/hub-card";
import { HubFilterForm } from "@/components/hubs/hub-filters";
import { IgnoredHubFilters } from "@/components/hubs/ignored-hub-filters";
import { EmptyState, PageContainer, PageIntro } from "@/components/site/page";
import { NoSuchPage, Pagination } from "@/components/ui/pagination";
import { languageAlternates } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { Link } from "@/i18n/navigation";
import { listPublishedHubs, type HubSort } from "@/lib/hubs/queries";
import { hubFilterQuery, type HubFilters, type IgnoredHubFilter } from "@/lib/hubs/schema";
import { linkTo } from "@/components/i18n/rich-text";

export async function hubDirectoryMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "hubs.directory" });
  return { title: t("title"), description: t("description"), alternates: languageAlternates(locale, "/hubs") };
}

/** The address of a page of the directory with these filters and this order (as English has it: links add the language). */
export function directoryPageHref(filters: HubFilters, sort: HubSort, page: number): string {
  const q = hubFilterQuery(filters, { sort: sort === "name" ? undefined : sort, page: page > 1 ? page : undefined });
  return q ? `/hubs?${q}` : "/hubs";
}

/**
 * The directory's content for a set of filters, a sort and a page: /hubs renders it, and so
 * does its cached twin (which has no filters, so nothing `ignored`).
 */
export async function HubDirectory({ filters, sort, page, ignored = [] }: { filters: HubFilters; sort: HubSort; page: number; ignored?: IgnoredHubFilter[] }) {
  const t = await getTranslations("hubs.directory");
  const withQuery = (path: string, extra: Record<string, string | number | undefined> = {}) => {
    const q = hubFilterQuery(filters, extra);
    return q ? `${path}?${q}` : path;
  };
  const pageLink = (p: number) => directoryPageHref(filters, sort, p);
  const now = new Date();
  const { hubs, total, pages } = await listPublishedHubs(filters, { page, sort }, now);
  const filtered = hubFilterQuery(filters) !== "";

  return (
    <PageContainer>
      <PageIntro title={t("title")} eyebrow={t("eyebrow")}>
        <p>{t("intro")}</p>
      </PageIntro>

      <div className="mt-10 grid gap-8 lg:grid-cols-[18rem_1fr]">
        <div>
          {/* On a phone the filters come first: a way past them to the list. */}
          <p className="mb-4 lg:hidden">
            <a href="#results-heading">{t("skipToList")}</a>
          </p>
          <HubFilterForm filters={filters} sort={sort} />
        </div>

        <div className="min-w-0">
          <IgnoredHubFilters ignored={ignored} className="mb-6" />
          <section aria-labelledby="results-heading">
            <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
              <h2 id="results-heading" tabIndex={-1} className="text-2xl font-bold tracking-tight text-stone-950">
                {filtered ? t("countFiltered", { count: total }) : t("count", { count: total })}
              </h2>
              <p>
                <Link href={withQuery("/map")}>{filtered ? t("showTheseOnMap") : t("showAllOnMap")}</Link>
              </p>
            </div>

            {hubs.length ? (
              <>
                <ul className="mt-6 grid gap-6 sm:grid-cols-2">
                  {hubs.map((hub) => (
                    <li key={hub.id}>
                      <HubCard hub={hub} now={now} />
                    </li>
                  ))}
                </ul>
                <Pagination page={Math.min(page, pages)} pages={pages} label={t("pages")} href={pageLink} />
              </>
            ) : total > 0 ? (
              <NoSuchPage page={page} pages={pages} firstPage={pageLink(1)} />
            ) : (
              <div className="mt-6">
                <EmptyState title={t("noMatch")}>
                  <p>
                    {t.rich("widen", { link: linkTo("/hubs") })}
                    {filters.stale ? null : ` ${t("staleLeftOut")}`}
                  </p>
                </EmptyState>
              </div>
            )}
          </section>

          {/* The exports are data, at one address in every language. */}
          <section aria-labelledby="open-data-heading" className="mt-12 rounded-lg border border-stone-200 bg-white p-5">
            <h2 id="open-data-heading" className="text-lg font-semibold text-stone-950">
              {filtered ? t("openData.titleFiltered") : t("openData.title")}
            </h2>
            <p className="mt-2 text-stone-700">{filtered ? t("openData.textFiltered") : t("openData.text")}</p>
            <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
              <li>
                <a href={withQuery("/hubs/export.csv")} download>
                  {t("openData.csv")}
                </a>
              </li>
              <li>
                <a href={withQuery("/hubs/export.geojson")} download>
                  {t("openData.geojson")}
                </a>
              </li>
            </ul>
          </section>
        </div>
      </div>
    </PageContainer>
  );
}
