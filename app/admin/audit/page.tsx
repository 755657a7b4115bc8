import type { Metadata } from "next";
import { AuditLog } from "@/components/admin/audit-log";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { requireStaff } from "@/lib/auth/session";
import { listAuditEvents } from "@/lib/users/queries";
import { userSearchSchema } from "@/lib/users/schema";

export const metadata: Metadata = { title: "Audit log" };

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireStaff();
  const { page } = userSearchSchema.parse(await searchParams);
  const { events, pages } = await listAuditEvents(actor, { page });
  return (
    <div>
      <h1 className="text-3xl font-bold">Audit log</h1>
      <p className="mt-2 text-stone-700">Every change of an account, a role or a moderated record, newest first.</p>
      {events.length === 0 ? (
        <p className="mt-6 rounded-md border border-stone-300 bg-white p-6">Nothing recorded yet.</p>
      ) : (
        <AuditLog entries={events} />
      )}
      <Pagination page={page} pages={pages} label="Audit log pages" href={(p) => pageHref("/admin/audit", {}, p)} />
    </div>
  );
}
