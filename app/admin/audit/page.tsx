import type { Metadata } from "next";
import { AuditFiltersForm } from "@/components/admin/audit-filters";
import { AuditLog } from "@/components/admin/audit-log";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { requireStaff } from "@/lib/auth/session";
import { listAuditEvents } from "@/lib/users/queries";
import { auditFilterSchema } from "@/lib/users/schema";

export const metadata: Metadata = { title: "Audit log" };

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireStaff();
  const { page, ...filters } = auditFilterSchema.parse(await searchParams);
  const { events, pages, total } = await listAuditEvents(actor, { page, ...filters });
  const filtered = Object.values(filters).some(Boolean);
  return (
    <div>
      <h1 className="text-3xl font-bold">Audit log</h1>
      <p className="mt-2 text-stone-700">Every change of an account, a role or a moderated record, newest first. Days are Brussels days.</p>
      <AuditFiltersForm filters={filters} />
      {events.length === 0 ? (
        <p className="mt-6 rounded-md border border-stone-300 bg-white p-6">{filtered ? "Nothing recorded matches these filters." : "Nothing recorded yet."}</p>
      ) : (
        <>
          <p className="mt-6 text-stone-700">{total === 1 ? "One entry." : `${total.toLocaleString("en-GB")} entries.`}</p>
          <AuditLog entries={events} />
        </>
      )}
      <Pagination page={page} pages={pages} label="Audit log pages" href={(p) => pageHref("/admin/audit", filters, p)} />
    </div>
  );
}
