import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { IgnoredHubFilters } from "@/components/hubs/ignored-hub-filters";
import { ClientMessages } from "@/components/i18n/client-messages";
import { MAP_CLIENT_MESSAGES } from "@/components/map/messages";
import { HubFilterForm } from "@/components/map/hub-filter-form";
import { HubList } from "@/components/map/hub-list";
import { HubMapExplorer } from "@/components/map/hub-map-explorer";
import { EmptyState } from "@/components/site/page";
import { NoSuchPage, Pagination, pageHref } from "@/components/ui/pagination";
import { languageAlternates } from "@/i18n/alternates";
import { localePath, type Locale } from "@/i18n/languages";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/countries";
import { hubFilterSelects, hubLabels, listMapHubs } from "@/lib/hubs/map-data";
import { hubFilterQuery, type HubFilters, type IgnoredHubFilter } from "@/lib/hubs/schema";
import { siteUrl } from "@/lib/site";


export async function hubMapMetadata(locale: Locale, filters: HubFilters): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "map.metadata" });
  const country = filters.country ? countryName(filters.country, locale) : null;
  return {
    title: country ? t("titleIn", { country }) : t("title"),
    description: country ? t("descriptionIn", { country }) : t("description"),
    openGraph: { title: country ? t("shareTitleIn", { country }) : t("shareTitle"), url: localePath(locale, "/map") },
    alternates: languageAlternates(locale, "/map"),
  };
}

/**
 * The map page for a set of filters and a page of the list: /map renders it per request when
 * filtered, and its cached twin /map/all/[page] for everyone when not (lib/cached-pages.ts).
 */
export async function HubMapPage({ filters, ignored = [], page }: { filters: HubFilters; ignored?: IgnoredHubFilter[]; page: number }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("map.page");
  const { hubs, total, pages } = await listMapHubs(filters, page);
  const query = hubFilterQuery(filters);
  const filtered = query !== "";
  const taxonomy = await getTranslations("hubs.taxonomy");
  const labels = hubLabels(taxonomy, locale);

  const summary = filtered ? t("summaryFiltered", { total }) : t("summary", { total });
  // The embedded map in this page's language: its links open this site's pages in it too.
  const embedCode = `<iframe src="${siteUrl(`${localePath(locale, "/embed/map")}${query ? `?${query}` : ""}`)}" title="${t("embedTitle").replace(/&/g, "&amp;").replace(/"/g, "&quot;")}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;

  return (
    <div className="mx-auto max-w-[100rem] px-4 py-6 sm:py-8">
      <h1 className="text-3xl font-bold tracking-tight text-stone-950">{t("heading")}</h1>
      <p className="mt-2 max-w-4xl text-stone-700">{t("intro")}</p>

      <ClientMessages only={MAP_CLIENT_MESSAGES}>
        <HubMapExplorer
          query={query}
          summary={summary}
          labels={labels}
          filters={
            <section aria-labelledby="filters-heading">
              <h2 id="filters-heading" className="sr-only">
                {t("filtersHeading")}
              </h2>
              <IgnoredHubFilters ignored={ignored} className="mb-4" />
              <HubFilterForm action="/map" filters={filters} selects={hubFilterSelects(taxonomy, locale)} />
            </section>
          }
        >
          {total === 0 ? (
            <div className="mt-4">
              {filtered ? (
                <EmptyState title={t("noMatch")}>
                  <p>{t.rich("noMatchBody", { link: (text) => <Link href="/map">{text}</Link> })}</p>
                </EmptyState>
              ) : (
                <EmptyState title={t("noHubs")}>
                  <p>{t.rich("noHubsBody", { link: (text) => <Link href="/hubs/new">{text}</Link> })}</p>
                </EmptyState>
              )}
            </div>
          ) : page > pages ? (
            <NoSuchPage page={page} pages={pages} firstPage={pageHref("/map", filters, 1)} />
          ) : (
            <>
              <HubList hubs={hubs} labels={labels} />
              <Pagination page={page} pages={pages} label={t("pagesLabel")} href={(p) => pageHref("/map", filters, p)} />
            </>
          )}
        </HubMapExplorer>
      </ClientMessages>

      <section aria-labelledby="embed" className="mt-12 max-w-4xl">
        <h2 id="embed" className="text-2xl font-bold tracking-tight text-stone-950">
          {t("embedHeading")}
        </h2>
        <p className="mt-4 text-stone-700">{t("embedBody")}</p>
        <label htmlFor="embed-code" className="mt-3 block font-medium text-stone-900">
          {t("embedCode")}
        </label>
        <textarea id="embed-code" readOnly rows={3} value={embedCode} className="mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 font-mono text-sm text-stone-900" />
      </section>
    </div>
  );
}
