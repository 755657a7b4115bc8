import Link from "next/link";
import { FilterSelect } from "@/components/ui/filter-select";
import { countryName } from "@/lib/countries";
import { EVENT_KIND_LABEL } from "@/lib/events/format";
import { EVENT_KINDS, type EventFilters } from "@/lib/events/filters";

/**
 * The events' filters as a plain GET form: they live in the address, so a filtered list
 * can be shared and paged without JavaScript. Only countries and years that have events
 * are offered (plus the one asked for, so the form always shows what is on).
 */
export function EventFilterForm({ filters, countries, years }: { filters: EventFilters; countries: readonly string[]; years: readonly number[] }) {
  const countryOptions = [...new Set([...countries, ...(filters.country ? [filters.country] : [])])]
    .map((code) => ({ value: code, label: countryName(code) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const yearOptions = [...new Set([...years, ...(filters.year ? [filters.year] : [])])].sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) }));
  return (
    <form method="get" action="/events" role="search" aria-labelledby="event-filters-heading" className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <h2 id="event-filters-heading" className="text-lg font-semibold text-stone-950">
        Filter events
      </h2>
      <div className="mt-4 grid gap-4 sm:grid-cols-3">
        <FilterSelect name="kind" label="Kind of event" value={filters.kind} options={EVENT_KINDS.map((k) => ({ value: k, label: EVENT_KIND_LABEL[k] }))} any="Any kind" />
        <FilterSelect name="country" label="Country" value={filters.country} options={countryOptions} any="Any country" />
        <FilterSelect name="year" label="Year" value={filters.year ? String(filters.year) : undefined} options={yearOptions} any="Any year" />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
          Show events
        </button>
        <Link href="/events">Clear filters</Link>
      </div>
    </form>
  );
}
