import Link from "next/link";
import { EventStatusBadge, seatsText } from "@/components/admin/events/event-status";
import { formatEventDates } from "@/lib/events/format";
import type { StaffEvent } from "@/lib/events/admin-queries";

const TABS = [
  { key: "edit", label: "Edit", href: (id: string) => `/admin/events/${id}/edit` },
  { key: "preview", label: "Preview", href: (id: string) => `/admin/events/${id}/preview` },
  { key: "applications", label: "Applications", href: (id: string) => `/admin/events/${id}/applications` },
] as const;

/** The event's title, status and seats, and the links between its staff pages. */
export function EventHeader({ event, current, title }: { event: StaffEvent; current: (typeof TABS)[number]["key"]; title: string }) {
  return (
    <div className="[overflow-wrap:anywhere]">
      <p><Link href="/admin/events">← All events</Link></p>
      <h1 className="mt-2 text-3xl font-bold">{title}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-stone-700">
        <EventStatusBadge status={event.status} />
        <span>{formatEventDates(event)}</span>
        <span>{event.city}</span>
        {event.participation !== "information" ? <span>{seatsText(event._count.applications, event.capacity)}</span> : null}
        {event.status !== "draft" ? <Link href={`/events/${event.slug}`}>Public page</Link> : null}
      </p>
      <nav aria-label="This event" className="mt-4 flex flex-wrap gap-2">
        {TABS.map((t) => (
          <Link
            key={t.key}
            href={t.href(event.id)}
            aria-current={t.key === current ? "page" : undefined}
            className={`rounded-md border px-3 py-1.5 no-underline ${t.key === current ? "border-brand-700 bg-brand-700 text-white" : "border-stone-300 bg-white text-stone-900 hover:bg-stone-100"}`}
          >
            {t.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}
