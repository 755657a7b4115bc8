import { useLocale, useTranslations } from "next-intl";
import { FilterSelect } from "@/components/ui/filter-select";
import { localePath } from "@/i18n/languages";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/countries";
import type { EventFilters } from "@/lib/events/schema";
import { EVENT_KINDS } from "@/lib/events/fields";

/**
 * The events' filters as a plain GET form: they live in the address, so a filtered list
 * can be shared and paged without JavaScript. Only countries and years that have events
 * are offered (plus the one asked for, so the form always shows what is on).
 */
export function EventFilterForm({ filters, countries, years }: { filters: EventFilters; countries: readonly string[]; years: readonly number[] }) {
  const t = useTranslations("events");
  const locale = useLocale();
  const countryOptions = [...new Set([...countries, ...(filters.country ? [filters.country] : [])])]
    .map((code) => ({ value: code, label: countryName(code, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  const yearOptions = [...new Set([...years, ...(filters.year ? [filters.year] : [])])].sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) }));
  return (
    <form method="get" action={localePath(locale, "/events")} role="search" aria-labelledby="event-filters-heading" className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <h2 id="event-filters-heading" className="text-lg font-semibold text-stone-950">
        {t("filters.heading")}
      </h2>
      <div className="mt-4 grid gap-4 sm:grid-cols-3">
        <FilterSelect name="kind" label={t("filters.kind")} value={filters.kind} options={EVENT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} any={t("filters.anyKind")} />
        <FilterSelect name="country" label={t("filters.country")} value={filters.country} options={countryOptions} any={t("filters.anyCountry")} />
        <FilterSelect name="year" label={t("filters.year")} value={filters.year ? String(filters.year) : undefined} options={yearOptions} any={t("filters.anyYear")} />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
          {t("filters.submit")}
        </button>
        <Link href="/events">{t("filters.clear")}</Link>
      </div>
    </form>
  );
}
