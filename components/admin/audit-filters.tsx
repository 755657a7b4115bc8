import Link from "next/link";
import { FilterSelect } from "@/components/ui/filter-select";
import type { AuditTarget } from "@/lib/audit-vocabulary";
import type { AuditFilters } from "@/lib/users/schema";

const TARGETS: readonly { value: AuditTarget; label: string }[] = [
  { value: "hub", label: "Hubs" },
  { value: "event", label: "Events" },
  { value: "EventApplication", label: "Applications" },
  { value: "user", label: "People" },
  { value: "contact-message", label: "Messages" },
  { value: "job", label: "Jobs" },
  { value: "p2p-round", label: "P2P rounds" },
  { value: "p2p-application", label: "P2P applications" },
  { value: "p2p-host-offer", label: "P2P hosting offers" },
  { value: "hub-membership-request", label: "Requests to join the network" },
];

const control = "mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-stone-900";

/** The audit log's filters: a GET form, so a filtered log has an address to share. */
export function AuditFiltersForm({ filters }: { filters: AuditFilters }) {
  const filtered = Object.values(filters).some(Boolean);
  return (
    <form action="/admin/audit" className="mt-6 grid gap-4 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
      <FilterSelect name="target" label="Kind of record" value={filters.target} options={TARGETS} any="Every kind" />
      <div>
        <label htmlFor="filter-person" className="block font-medium text-stone-900">
          Done by
        </label>
        <input id="filter-person" name="person" type="search" defaultValue={filters.person ?? ""} placeholder="Name or email" className={control} />
      </div>
      <div>
        <label htmlFor="filter-from" className="block font-medium text-stone-900">
          From
        </label>
        <input id="filter-from" name="from" type="date" defaultValue={filters.from ?? ""} className={control} />
      </div>
      <div>
        <label htmlFor="filter-to" className="block font-medium text-stone-900">
          To
        </label>
        <input id="filter-to" name="to" type="date" defaultValue={filters.to ?? ""} className={control} />
      </div>
      <div className="flex items-center gap-4">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800">
          Show
        </button>
        {filtered ? (
          <Link href="/admin/audit" className="font-semibold text-brand-800 underline">
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}
