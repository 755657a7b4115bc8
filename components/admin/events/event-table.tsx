import Link from "next/link";
import { useTranslations } from "next-intl";
import { EventStatusBadge, seatsText } from "@/components/admin/events/event-status";
import { countryName } from "@/lib/countries";
import { formatEventDates } from "@/lib/events/format";
import type { StaffListedEvent } from "@/lib/events/admin-queries";

/** Events as cards: when and where, seats taken, applications waiting, and the staff pages of each. */
export function EventTable({ events }: { events: StaffListedEvent[] }) {
  const t = useTranslations("events.kinds");
  return (
    <ol className="space-y-3">
      {events.map((event) => (
        <li key={event.id} className="rounded-xl border border-stone-200 bg-white p-4 [overflow-wrap:anywhere]">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="text-lg font-semibold">
              <Link href={`/admin/events/${event.id}/edit`}>{event.title}</Link>
            </h3>
            <EventStatusBadge status={event.status} />
          </div>
          <p className="text-stone-700">
            {t(event.kind)} · {formatEventDates(event)} · {event.city}, {countryName(event.countryCode)}
          </p>
          {event.participation !== "information" ? (
            <p className="text-sm text-stone-700">
              {seatsText(event._count.applications, event.capacity)}
              {event.pending > 0 ? <> · <strong>{event.pending} waiting for a decision</strong></> : null}
            </p>
          ) : (
            <p className="text-sm text-stone-700">Information only: no applications.</p>
          )}
          <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <Link href={`/admin/events/${event.id}/edit`}>Edit<span className="sr-only"> {event.title}</span></Link>
            <Link href={`/admin/events/${event.id}/preview`}>Preview<span className="sr-only"> {event.title}</span></Link>
            {event.participation !== "information" ? (
              <Link href={`/admin/events/${event.id}/applications`}>Applications<span className="sr-only"> to {event.title}</span></Link>
            ) : null}
            {event.status !== "draft" ? <Link href={`/events/${event.slug}`}>Public page<span className="sr-only"> of {event.title}</span></Link> : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
