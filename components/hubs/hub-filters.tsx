import { useLocale, useTranslations } from "next-intl";
import { FilterSelect } from "@/components/ui/filter-select";
import { localePath } from "@/i18n/languages";
import { Link } from "@/i18n/navigation";
import { HUB_SORTS, type HubSort } from "@/lib/hubs/queries";
import type { HubFilters } from "@/lib/hubs/schema";
import { optionsOf } from "@/lib/hubs/taxonomy";
import { countryOptions } from "@/lib/countries";

const control = "mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-stone-900";

function Check({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <div className="flex items-start gap-2">
      <input id={`filter-${name}`} name={name} type="checkbox" value="1" defaultChecked={checked} className="mt-1 size-4 shrink-0" />
      <label htmlFor={`filter-${name}`} className="min-w-0 break-words text-stone-900">
        {label}
      </label>
    </div>
  );
}

/**
 * The directory's filters as a plain GET form: the filters live in the address, so a
 * filtered list can be shared, bookmarked and paged without JavaScript.
 */
export function HubFilterForm({ filters, sort }: { filters: HubFilters; sort: HubSort }) {
  const t = useTranslations("hubs");
  const words = useTranslations("hubs.taxonomy");
  const locale = useLocale();
  const [defaultSort, ...otherSorts] = HUB_SORTS;
  return (
    <form method="get" action={localePath(locale, "/hubs")} role="search" aria-labelledby="filters-heading" className="space-y-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <h2 id="filters-heading" className="text-lg font-semibold text-stone-950">
        {t("filters.title")}
      </h2>
      <div>
        <label htmlFor="filter-q" className="block font-medium text-stone-900">
          {t("filters.search")}
        </label>
        <input id="filter-q" name="q" type="search" maxLength={100} defaultValue={filters.q ?? ""} className={control} />
      </div>
      <FilterSelect name="country" label={t("filters.country")} value={filters.country} options={countryOptions(locale)} any={t("filters.anyCountry")} />
      <FilterSelect name="kind" label={t("filters.kind")} value={filters.kind} options={optionsOf(words, "kinds")} any={t("filters.anyKind")} />
      <FilterSelect name="format" label={t("filters.format")} value={filters.format} options={optionsOf(words, "formats")} any={t("filters.anyFormat")} />
      <FilterSelect name="discipline" label={t("filters.discipline")} value={filters.discipline} options={optionsOf(words, "disciplines")} any={t("filters.anyDiscipline")} />
      <FilterSelect name="service" label={t("filters.service")} value={filters.service} options={optionsOf(words, "services")} any={t("filters.anyService")} />
      <Check name="open" label={t("filters.open")} checked={Boolean(filters.open)} />
      <Check name="stale" label={t("filters.stale")} checked={Boolean(filters.stale)} />
      <FilterSelect
        name="sort"
        label={t("filters.sort")}
        value={sort === defaultSort ? undefined : sort}
        options={otherSorts.map((value) => ({ value, label: t(`sorts.${value}`) }))}
        any={t(`sorts.${defaultSort}`)}
      />
      <div className="flex flex-wrap items-center gap-4 pt-2">
        <button type="submit" className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
          {t("filters.submit")}
        </button>
        <Link href="/hubs">{t("filters.clear")}</Link>
      </div>
    </form>
  );
}
