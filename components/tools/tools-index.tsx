import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { useLocale, useTranslations } from "next-intl";
import { linkTo } from "@/components/i18n/rich-text";
import { IgnoredFiltersNotice, quoted } from "@/components/site/notice";
import { EmptyState, PageContainer, PageIntro } from "@/components/site/page";
import { ResourceGrid } from "@/components/tools/resource-card";
import { languageName } from "@/lib/language-names";
import { FilterSelect } from "@/components/ui/filter-select";
import { PagedResults } from "@/components/ui/pagination";
import { languageAlternates } from "@/i18n/alternates";
import { isLocale, localePath } from "@/i18n/languages";
import { Link } from "@/i18n/navigation";
import { listResources, type FacetCounts } from "@/lib/resources/queries";
import { isResourceFiltered, RESOURCE_SORTS, resourcesPageHref, sortOf, type IgnoredResourceFilter, type ResourceFilters } from "@/lib/resources/schema";
import { MAX_SEARCH_CHARACTERS } from "@/lib/search/words";
import { isResourceLanguage, RESOURCE_LEVELS, RESOURCE_TYPES, TOPICS } from "@/lib/resources/taxonomy";

/** The library's title and description in `locale`; /tools and its cached twin share them. */
export async function toolsIndexMetadata(locale: string): Promise<Metadata> {
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "tools.meta" });
  return { title: t("title"), description: t("description"), alternates: languageAlternates(locale, "/tools") };
}

const control = "mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-stone-900";

/**
 * The words and the filters as one plain GET form: they live in the address, so a search can
 * be shared and paged without JavaScript. Each choice shows how many resources it would give,
 * the other filters kept.
 */
export function ToolsSearchForm({ filters, counts }: { filters: ResourceFilters; counts: FacetCounts }) {
  const t = useTranslations("tools");
  const locale = useLocale();
  const option = (value: string, label: string, count: number | undefined) => ({ value, label: t("filters.option", { label, count: count ?? 0 }) });
  // Only the languages some resource is in (and the one chosen): the list of codes is long.
  const languages = Object.keys(counts.language)
    .filter(isResourceLanguage)
    .concat(filters.language && !(filters.language in counts.language) ? [filters.language] : [])
    .map((code) => ({ code, name: languageName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const sorts = RESOURCE_SORTS.filter((s) => s !== "relevance" || filters.q);
  return (
    <form method="get" action={localePath(locale, "/tools")} role="search" aria-labelledby="tools-search-heading" className="rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="tools-search-heading" className="text-lg font-semibold text-stone-950">
        {t("filters.heading")}
      </h2>
      <div className="mt-4">
        <label htmlFor="tools-q" className="block font-medium text-stone-900">
          {t("filters.words")}
        </label>
        <input id="tools-q" type="search" name="q" defaultValue={filters.q ?? ""} maxLength={MAX_SEARCH_CHARACTERS} className={control} />
      </div>
      <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <FilterSelect name="type" label={t("filters.type")} value={filters.type} any={t("filters.anyType")} options={RESOURCE_TYPES.map((v) => option(v, t(`types.${v}`), counts.type[v]))} />
        <FilterSelect name="topic" label={t("filters.topic")} value={filters.topic} any={t("filters.anyTopic")} options={TOPICS.map((v) => option(v, t(`topics.${v}`), counts.topic[v]))} />
        <FilterSelect name="language" label={t("filters.language")} value={filters.language} any={t("filters.anyLanguage")} options={languages.map((l) => option(l.code, l.name, counts.language[l.code]))} />
        <FilterSelect name="level" label={t("filters.level")} value={filters.level} any={t("filters.anyLevel")} options={RESOURCE_LEVELS.map((v) => option(v, t(`levels.${v}`), counts.level[v]))} />
        <div>
          <label htmlFor="tools-sort" className="block font-medium text-stone-900">
            {t("filters.sort")}
          </label>
          <select id="tools-sort" name="sort" defaultValue={sortOf(filters)} className={control}>
            {sorts.map((s) => (
              <option key={s} value={s}>
                {t(`sorts.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
          {t("filters.submit")}
        </button>
        <Link href="/tools">{t("filters.clear")}</Link>
      </div>
    </form>
  );
}

/** The library for a search and a page: /tools renders it, and so does its cached twin (with nothing `ignored`). */
export async function ToolsIndex({ filters, page, ignored = [] }: { filters: ResourceFilters; page: number; ignored?: IgnoredResourceFilter[] }) {
  const t = await getTranslations("tools");
  const { resources, total, pages, counts } = await listResources(filters, page);
  const filtered = isResourceFiltered(filters);
  const pageLink = (p: number) => resourcesPageHref(filters, p);
  return (
    <PageContainer>
      <PageIntro title={t("index.title")} eyebrow={t("index.eyebrow")}>
        <p>{t("index.intro")}</p>
        <p>{t.rich("index.suggest", { link: linkTo("/tools/suggest") })}</p>
      </PageIntro>
      <div className="mt-10">
        <ToolsSearchForm filters={filters} counts={counts} />
      </div>
      <div className="mt-10">
        <IgnoredFiltersNotice sentences={ignored.map(({ filter, value }) => t(`ignored.${filter}`, { value: quoted(value) }))} className="mb-6" />
        <p id="results-count" className="text-lg font-semibold text-stone-950">
          {t("index.results", { total, filtered: filtered ? "yes" : "no" })}
        </p>
        <PagedResults
          total={total}
          shown={resources.length}
          page={page}
          pages={pages}
          href={pageLink}
          label={t("index.pages")}
          empty={
            filtered ? (
              <EmptyState title={t("index.noMatch")}>
                <p>{t.rich("index.noMatchBody", { link: linkTo("/tools") })}</p>
              </EmptyState>
            ) : (
              <EmptyState title={t("index.noneYet")}>
                <p>{t.rich("index.noneYetBody", { link: linkTo("/tools/suggest") })}</p>
              </EmptyState>
            )
          }
        >
          <ResourceGrid resources={resources} as="h2" />
        </PagedResults>
      </div>
    </PageContainer>
  );
}
