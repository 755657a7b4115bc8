import Link from "next/link";
import { APPLICATION_STATUS_LABELS } from "@/components/admin/p2p/format";
import { FilterSelect } from "@/components/ui/filter-select";
import { countryOptions } from "@/lib/countries";
import { P2PApplicationStatus } from "@/lib/generated/prisma/enums";
import type { StaffApplicationFilters } from "@/lib/p2p/applications/admin-queries";

const STATUSES = Object.values(P2PApplicationStatus).map((value) => ({ value, label: APPLICATION_STATUS_LABELS[value] }));

type Choice = { id: string; name: string };

/** The query string of the filters, without the page: for the export link and the pages. */
export function filterQuery(filters: StaffApplicationFilters): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) q.set(key, value);
  return q.toString();
}

/** The applications' filters: a GET form, so a filtered list has an address to share, and the CSV of the same rows. */
export function ApplicationFiltersForm({ filters, rounds, hosts }: { filters: StaffApplicationFilters; rounds: Choice[]; hosts: (Choice & { city: string })[] }) {
  const filtered = Object.values(filters).some(Boolean);
  const query = filterQuery(filters);
  return (
    <form action="/admin/p2p/applications" className="mt-6 grid gap-4 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
      <FilterSelect name="round" label="Round" value={filters.round} options={rounds.map((r) => ({ value: r.id, label: r.name }))} any="Every round" />
      <FilterSelect name="status" label="Status" value={filters.status} options={STATUSES} any="Every status" />
      <FilterSelect name="country" label="Visiting hub's country" value={filters.country} options={countryOptions("en-GB")} any="Every country" />
      <FilterSelect name="host" label="Host hub" value={filters.host} options={hosts.map((h) => ({ value: h.id, label: `${h.name} (${h.city})` }))} any="Every host" />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800">
          Show
        </button>
        {filtered ? (
          <Link href="/admin/p2p/applications" className="font-semibold text-brand-800 underline">
            Clear
          </Link>
        ) : null}
      </div>
      <p className="sm:col-span-2 lg:col-span-5">
        <a href={`/admin/p2p/applications/export.csv${query ? `?${query}` : ""}`} download>
          Download {filtered ? "these applications" : "every application"} (CSV)
        </a>
      </p>
    </form>
  );
}
