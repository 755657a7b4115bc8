import type { Metadata } from "next";
import Link from "next/link";
import { plural } from "@/components/admin/hubs/format";
import { HubList } from "@/components/admin/hubs/hub-list";
import { RequestList } from "@/components/admin/hubs/request-list";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { requireStaff } from "@/lib/auth/session";
import { ClientMessages } from "@/components/i18n/client-messages";
import { countModerationWork, listHubsForModeration, listPendingManagementRequests } from "@/lib/hubs/moderation/queries";
import { moderationListSchema, type ModerationView } from "@/lib/hubs/moderation/schema";
import { PageNotice } from "@/components/site/page-notice";

export const metadata: Metadata = { title: "Hubs" };

const VIEWS: { show: ModerationView; label: string; empty: string }[] = [
  { show: "review", label: "To review", empty: "No hub is waiting for review. All caught up." },
  { show: "published", label: "Published", empty: "No published hub." },
  { show: "changes_requested", label: "Changes requested", empty: "No hub is waiting for its owners' changes." },
  { show: "rejected", label: "Not accepted", empty: "No hub has been turned down." },
  { show: "archived", label: "Archived", empty: "No archived hub." },
];

export default async function AdminHubsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireStaff();
  const params = await searchParams;
  const { show, q, page, rpage } = moderationListSchema.parse(params);
  const view = VIEWS.find((v) => v.show === show)!;
  const [counts, { hubs, total, pages }, requests] = await Promise.all([
    countModerationWork(actor),
    listHubsForModeration(actor, { show, q, page }),
    show === "review" ? listPendingManagementRequests(actor, { q, page: rpage }) : null,
  ]);
  const countOf = (v: ModerationView) => counts.hubs[v === "review" ? "pending" : v];
  const keep = { show: show === "review" ? undefined : show, q: q || undefined };
  return (
    <div>
      <h1 className="text-3xl font-bold">Hubs</h1>
      <p className="mt-2 text-stone-700">Review hubs before they appear on the map, and decide who may manage them. Every decision is emailed to the owners and kept in the audit log.</p>
      <PageNotice page="adminHubs" />
      <nav aria-label="Hub lists" className="mt-4 flex flex-wrap gap-x-4 gap-y-2">
        {VIEWS.map((v) => (
          <Link key={v.show} href={pageHref("/admin/hubs", { show: v.show === "review" ? undefined : v.show, q: q || undefined }, 1)} aria-current={v.show === show ? "page" : undefined} className={v.show === show ? "font-bold" : undefined}>
            {v.label} ({countOf(v.show)})
          </Link>
        ))}
      </nav>
      <form role="search" className="mt-4 flex flex-wrap items-end gap-2">
        {keep.show ? <input type="hidden" name="show" value={keep.show} /> : null}
        <div>
          <label htmlFor="q" className="block font-medium">Search by hub name</label>
          <input id="q" name="q" type="search" defaultValue={q} maxLength={100} className="mt-1 rounded-md border border-stone-400 bg-white px-3 py-2" />
        </div>
        <button type="submit" className="rounded-md border border-stone-400 bg-white px-4 py-2 font-medium">Search</button>
      </form>

      <section aria-labelledby="hubs-heading" className="mt-8">
        <h2 id="hubs-heading" className="text-2xl font-bold">{show === "review" ? "Hubs waiting for review" : view.label}</h2>
        <p className="mt-1 text-stone-700">
          {plural(total, "hub", "hubs")}{q ? ` matching “${q}”` : ""}{show === "review" && total > 0 ? ", oldest first" : ""}.
        </p>
        <div className="mt-4">
          {hubs.length === 0 ? <p className="rounded-md border border-stone-300 bg-white p-6">{q ? "No hub of that name here." : view.empty}</p> : <HubList hubs={hubs} />}
        </div>
        <Pagination page={page} pages={pages} label="Hub pages" href={(p) => pageHref("/admin/hubs", { ...keep, rpage: rpage > 1 ? String(rpage) : undefined }, p)} />
      </section>

      {requests ? (
        <section aria-labelledby="requests-heading" className="mt-10">
          <h2 id="requests-heading" className="text-2xl font-bold">Requests to manage a hub</h2>
          <p className="mt-1 text-stone-700">
            People who found their hub already on the map and asked to manage it: {plural(requests.total, "request", "requests")} waiting{q ? ` for hubs matching “${q}”` : ""}, oldest first.
          </p>
          <div className="mt-4">
            {requests.requests.length === 0 ? (
              <p className="rounded-md border border-stone-300 bg-white p-6">No request is waiting.</p>
            ) : (
              <ClientMessages only={["hubManagement.requests.refused"]}>
                <RequestList requests={requests.requests} />
              </ClientMessages>
            )}
          </div>
          <Pagination
            page={rpage}
            pages={requests.pages}
            label="Request pages"
            href={(p) => {
              const base = pageHref("/admin/hubs", { ...keep, page: page > 1 ? String(page) : undefined }, 1);
              return p > 1 ? `${base}${base.includes("?") ? "&" : "?"}rpage=${p}` : base;
            }}
          />
        </section>
      ) : null}
    </div>
  );
}
