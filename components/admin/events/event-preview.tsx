import { countryName } from "@/lib/countries";
import { EVENT_KIND_LABEL, formatDate, formatEventDates } from "@/lib/events/format";
import { lastApplicationDay } from "@/lib/events/rules";
import type { StaffEvent } from "@/lib/events/admin-queries";
import { mediaUrl } from "@/lib/storage/urls";

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 p-3 sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="font-medium">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * The event as its public page will show it, drafts included: a staff stand-in until the
 * public event page's own details component can be rendered here.
 */
export function EventPreview({ event }: { event: StaffEvent }) {
  const place = [event.venueName, event.venueAddress, event.city, countryName(event.countryCode)].filter(Boolean).join(", ");
  const times = event.startTime || event.endTime ? ` · ${event.startTime ?? ""}–${event.endTime ?? ""} (${event.timeZone})` : "";
  return (
    <article aria-labelledby="preview-title" className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6 [overflow-wrap:anywhere]">
      {event.coverImageKey ? (
        // eslint-disable-next-line @next/next/no-img-element -- a stored upload, already resized
        <img src={mediaUrl(event.coverImageKey)} alt={event.coverImageAlt ?? ""} className="mb-4 max-h-72 w-full rounded-md object-cover" />
      ) : null}
      <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">{EVENT_KIND_LABEL[event.kind]}</p>
      <h2 id="preview-title" className="mt-1 text-3xl font-bold">{event.title}</h2>
      {event.theme ? <p className="mt-1 text-lg italic text-stone-700">{event.theme}</p> : null}
      {event.status === "cancelled" ? <p className="mt-3 rounded-md border border-red-700 bg-red-50 px-4 py-3 text-red-900">Cancelled. {event.cancelMessage}</p> : null}
      <p className="mt-4 text-lg text-stone-800">{event.summary}</p>
      <dl className="mt-6 divide-y divide-stone-200 rounded-lg border border-stone-200">
        <Row term="When">{formatEventDates(event)}{times}</Row>
        <Row term="Where">{place}</Row>
        {event.hub ? <Row term="Host hub">{event.hub.name}</Row> : null}
        {event.participation !== "information" ? (
          <Row term={event.participation === "registration" ? "Registration" : "Applications"}>
            {event.applicationsOpenOn ? `From ${formatDate(event.applicationsOpenOn)} until ` : "Until "}
            {formatDate(lastApplicationDay(event))}
            {event.capacity ? ` · ${event.capacity} seats` : ""}
          </Row>
        ) : null}
        {event.curators.length ? <Row term="Curators">{event.curators.join(", ")}</Row> : null}
      </dl>
      {event.programme ? (
        <section aria-labelledby="preview-programme" className="mt-6">
          <h3 id="preview-programme" className="text-xl font-semibold">Programme</h3>
          <pre className="mt-2 whitespace-pre-wrap font-sans text-stone-800">{event.programme}</pre>
        </section>
      ) : null}
    </article>
  );
}
