import Link from "next/link";
import { StaffRecordHeader } from "@/components/admin/record-header";
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
    <StaffRecordHeader
      back={{ href: "/admin/events", label: "All events" }}
      title={title}
      facts={
        <>
          <EventStatusBadge status={event.status} />
          <span>{formatEventDates(event)}</span>
          <span>{event.city}</span>
          {event.participation !== "information" ? <span>{seatsText(event._count.applications, event.capacity)}</span> : null}
          {event.status !== "draft" ? <Link href={`/events/${event.slug}`}>Public page</Link> : null}
        </>
      }
      tabs={TABS.map((t) => ({ key: t.key, label: t.label, href: t.href(event.id) }))}
      current={current}
      tabsLabel="This event"
    />
  );
}
