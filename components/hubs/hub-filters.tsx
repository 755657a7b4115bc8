import Link from "next/link";
import { FilterSelect } from "@/components/ui/filter-select";
import type { HubSort } from "@/lib/hubs/queries";
import { HUB_SORTS } from "@/lib/hubs/queries";
import type { HubFilters } from "@/lib/hubs/schema";
import { DISCIPLINES, HUB_FORMATS, HUB_KINDS, SERVICES } from "@/lib/hubs/taxonomy";
import { COUNTRIES } from "@/lib/countries";

const control = "mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-stone-900";

function Check({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <div className="flex items-start gap-2">
      <input id={`filter-${name}`} name={name} type="checkbox" value="1" defaultChecked={checked} className="mt-1 size-4" />
      <label htmlFor={`filter-${name}`} className="text-stone-900">
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
  return (
    <form method="get" action="/hubs" role="search" aria-labelledby="filters-heading" className="space-y-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <h2 id="filters-heading" className="text-lg font-semibold text-stone-950">
        Filter hubs
      </h2>
      <div>
        <label htmlFor="filter-q" className="block font-medium text-stone-900">
          Name, city or description
        </label>
        <input id="filter-q" name="q" type="search" maxLength={100} defaultValue={filters.q ?? ""} className={control} />
      </div>
      <FilterSelect name="country" label="Country" value={filters.country} options={COUNTRIES} any="Any country" />
      <FilterSelect name="kind" label="Kind of hub" value={filters.kind} options={HUB_KINDS} any="Any kind" />
      <FilterSelect name="format" label="Format" value={filters.format} options={HUB_FORMATS} any="Any format" />
      <FilterSelect name="discipline" label="Discipline" value={filters.discipline} options={DISCIPLINES} any="Any discipline" />
      <FilterSelect name="service" label="Services and facilities" value={filters.service} options={SERVICES} any="Any service" />
      <Check name="open" label="Only hubs open to hosting P2P exchanges" checked={Boolean(filters.open)} />
      <Check name="stale" label="Include hubs not confirmed in the last 18 months" checked={Boolean(filters.stale)} />
      <FilterSelect name="sort" label="Sort by" value={sort === "name" ? undefined : sort} options={HUB_SORTS.slice(1)} any={HUB_SORTS[0].label} />
      <div className="flex flex-wrap items-center gap-4 pt-2">
        <button type="submit" className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
          Show hubs
        </button>
        <Link href="/hubs">Clear filters</Link>
      </div>
    </form>
  );
}
