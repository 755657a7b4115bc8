import type { Metadata } from "next";
import Link from "next/link";
import { EventTable } from "@/components/admin/events/event-table";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { requireStaff } from "@/lib/auth/session";
import { countEventsForStaff, listEventsForStaff } from "@/lib/events/admin-queries";
import { eventListSchema, type EventView } from "@/lib/events/schema";

export const metadata: Metadata = { title: "Events" };

const VIEWS: { show: EventView; label: string; empty: string }[] = [
  { show: "upcoming", label: "Upcoming", empty: "No published event is coming up. Create one, or publish a draft." },
  { show: "past", label: "Past", empty: "No past event yet." },
  { show: "drafts", label: "Drafts", empty: "No draft. New events start here until you publish them." },
  { show: "cancelled", label: "Cancelled", empty: "No cancelled event." },
];

export default async function AdminEventsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireStaff();
  const { show, page } = eventListSchema.parse(await searchParams);
  const view = VIEWS.find((v) => v.show === show)!;
  const [counts, { events, pages }] = await Promise.all([countEventsForStaff(actor), listEventsForStaff(actor, { view: show, page })]);
  const hrefOf = (s: EventView, p = 1) => pageHref("/admin/events", { show: s === "upcoming" ? undefined : s }, p);
  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">Events</h1>
          <p className="mt-2 max-w-3xl text-stone-700">Create and publish the events of the programme, and review who takes part. Every change is kept in the audit log.</p>
        </div>
        <Link href="/admin/events/new" className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white no-underline hover:bg-brand-800">
          New event
        </Link>
      </div>
      <nav aria-label="Event lists" className="mt-6 flex flex-wrap gap-x-4 gap-y-2">
        {VIEWS.map((v) => (
          <Link key={v.show} href={hrefOf(v.show)} aria-current={v.show === show ? "page" : undefined} className={v.show === show ? "font-bold" : undefined}>
            {v.label} ({counts[v.show]})
          </Link>
        ))}
      </nav>
      <section aria-labelledby="events-heading" className="mt-6">
        <h2 id="events-heading" className="text-2xl font-bold">{view.label}</h2>
        <div className="mt-4">
          {events.length === 0 ? <p className="rounded-md border border-stone-300 bg-white p-6">{view.empty}</p> : <EventTable events={events} />}
        </div>
        <Pagination page={page} pages={pages} label="Event pages" href={(p) => hrefOf(show, p)} />
      </section>
    </div>
  );
}
