import type { Metadata } from "next";
import { ApplicationFiltersForm } from "@/components/admin/p2p/application-filters";
import { ApplicationTable } from "@/components/admin/p2p/application-table";
import { NoSuchPage, Pagination, pageHref } from "@/components/ui/pagination";
import { requireStaff } from "@/lib/auth/session";
import { hostChoicesForStaff, listApplicationsForStaff, staffApplicationFilterSchema } from "@/lib/p2p/applications/admin-queries";
import { roundChoicesForStaff } from "@/lib/p2p/rounds/admin-queries";

export const metadata: Metadata = { title: "P2P applications" };

export default async function AdminP2PApplicationsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireStaff();
  const { page, ...filters } = staffApplicationFilterSchema.parse(await searchParams);
  const [rounds, hosts, { applications, total, pages }] = await Promise.all([
    roundChoicesForStaff(actor),
    hostChoicesForStaff(actor, filters.round),
    listApplicationsForStaff(actor, { ...filters, page }),
  ]);
  const filtered = Object.values(filters).some(Boolean);
  return (
    <div>
      <h1 className="text-3xl font-bold">P2P applications</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        Every application in every round, newest first, with the grant computed from the rates it was made with. Open one to read all its answers, including accessibility needs (staff only), and the hosts it asked.
      </p>
      <ApplicationFiltersForm filters={filters} rounds={rounds} hosts={hosts} />
      {page > pages ? (
        <NoSuchPage page={page} pages={pages} firstPage={pageHref("/admin/p2p/applications", filters, 1)} />
      ) : applications.length === 0 ? (
        <p className="mt-6 rounded-md border border-stone-300 bg-white p-6">{filtered ? "No application matches these filters." : "Nobody has applied yet."}</p>
      ) : (
        <>
          <p className="mt-6 text-stone-700">{total === 1 ? "One application." : `${total.toLocaleString("en-GB")} applications.`}</p>
          <ApplicationTable applications={applications} />
        </>
      )}
      <Pagination page={page} pages={pages} label="Application pages" href={(p) => pageHref("/admin/p2p/applications", filters, p)} />
    </div>
  );
}
