import type { Metadata } from "next";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { requireStaff } from "@/lib/auth/session";
import { listAuditEvents } from "@/lib/users/queries";
import { userSearchSchema } from "@/lib/users/schema";

export const metadata: Metadata = { title: "Audit log" };

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Brussels" });

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireStaff();
  const { page } = userSearchSchema.parse(await searchParams);
  const { events, pages } = await listAuditEvents(actor, { page });
  return (
    <div>
      <h1 className="text-3xl font-bold">Audit log</h1>
      <p className="mt-2 text-stone-700">Every change of an account, a role or a moderated record, newest first. Times are Brussels time.</p>
      {events.length === 0 ? (
        <p className="mt-6 rounded-md border border-stone-300 bg-white p-6">Nothing recorded yet.</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">Audit events</caption>
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="p-3">When</th>
                <th scope="col" className="p-3">Who</th>
                <th scope="col" className="p-3">What</th>
                <th scope="col" className="p-3">Record</th>
                <th scope="col" className="p-3">Request</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id} className="border-b border-stone-200">
                  <td className="p-3 whitespace-nowrap">{timeFormat.format(e.createdAt)}</td>
                  <td className="p-3">{e.actor ? `${e.actor.name} (${e.actor.email})` : "—"}</td>
                  <td className="p-3"><code>{e.action}</code></td>
                  <td className="p-3">{e.targetType}{e.targetId ? <> <code className="text-xs">{e.targetId}</code></> : null}</td>
                  <td className="p-3"><code className="text-xs">{e.requestId ?? "—"}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pages={pages} label="Audit log pages" href={(p) => pageHref("/admin/audit", {}, p)} />
    </div>
  );
}
