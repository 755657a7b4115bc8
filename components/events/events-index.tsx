import type { Metadata } from "next";
import Link from "next/link";
import { EventFilterForm } from "@/components/events/event-filters";
import { EventList } from "@/components/events/event-list";
import { EmptyState, PageContainer, PageIntro } from "@/components/site/page";
import { NoSuchPage, Pagination } from "@/components/ui/pagination";
import { IgnoredEventFilters } from "@/components/events/ignored-event-filters";
import { eventsPageHref, isFiltered, type EventFilters, type IgnoredEventFilter } from "@/lib/events/filters";
import { listEventFilterOptions, listPublicEvents, type EventCard } from "@/lib/events/queries";

export const eventsIndexMetadata: Metadata = {
  title: "Events",
  description: "Creative Hubs Fora for hub managers and Skills Workshops for hub leaders, in cities across Europe.",
  alternates: { canonical: "/events" },
};

function Feeds() {
  return (
    <section aria-labelledby="feeds-heading" className="mt-12 rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="feeds-heading" className="text-lg font-semibold text-stone-950">
        Follow the programme in your calendar
      </h2>
      <p className="mt-2 text-stone-700">Subscribe to a calendar feed and new events appear in your calendar app by themselves.</p>
      <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <a href="/events/calendar.ics">All events</a>
        </li>
        <li>
          <a href="/events/calendar/forum.ics">Creative Hubs Fora</a>
        </li>
        <li>
          <a href="/events/calendar/workshop.ics">Skills Workshops</a>
        </li>
        <li>
          <a href="/events/calendar/other.ics">Other events</a>
        </li>
      </ul>
    </section>
  );
}

/** One part of the list (upcoming or past) under its heading; nothing when it is empty. */
function EventSection({ id, title, events, now }: { id: string; title: string; events: EventCard[]; now: Date }) {
  if (!events.length) return null;
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-2xl font-bold tracking-tight text-stone-950">
        {title}
      </h2>
      <div className="mt-4">
        <EventList events={events} now={now} />
      </div>
    </section>
  );
}

/** The events list for a set of filters and a page: /events renders it, and so does its cached twin (with nothing `ignored`). */
export async function EventsIndex({ filters, page, ignored = [] }: { filters: EventFilters; page: number; ignored?: IgnoredEventFilter[] }) {
  const pageLink = (p: number) => eventsPageHref(filters, p);
  const now = new Date();
  const [{ upcoming, past, total, upcomingTotal, pages }, options] = await Promise.all([listPublicEvents(filters, { page }, now), listEventFilterOptions()]);
  const filtered = isFiltered(filters);

  return (
    <PageContainer>
      <PageIntro title="Events" eyebrow="Fora and workshops">
        <p>
          <strong>Creative Hubs Fora</strong> bring around a hundred hub managers together to discuss shared challenges and ideas.{" "}
          <strong>Skills Workshops</strong> build the professional skills of hub leaders, with support and tools made for them.
        </p>
      </PageIntro>

      <div className="mt-10">
        <EventFilterForm filters={filters} countries={options.countries} years={options.years} />
      </div>

      <div className="mt-10">
        <IgnoredEventFilters ignored={ignored} className="mb-6" />
        <p id="results-count" className="text-lg font-semibold text-stone-950">
          {total === 1 ? "1 event" : `${total.toLocaleString("en-GB")} events`}
          {filtered ? (total === 1 ? " matches your filters" : " match your filters") : ""}
          {upcomingTotal ? `, ${upcomingTotal} upcoming` : ""}.
        </p>

        {total === 0 ? (
          <div className="mt-6">
            {filtered ? (
              <EmptyState title="No event matches these filters.">
                <p>
                  Try fewer filters, or <Link href="/events">see every event</Link>.
                </p>
              </EmptyState>
            ) : (
              <EmptyState title="No events have been published yet.">
                <p>
                  New fora and workshops will be announced here. <Link href="/sign-up">Create an account</Link> to hear about them, or{" "}
                  <Link href="/contact?topic=events">ask us a question</Link>.
                </p>
              </EmptyState>
            )}
          </div>
        ) : upcoming.length + past.length === 0 ? (
          <NoSuchPage page={page} pages={pages} firstPage={pageLink(1)} />
        ) : (
          <>
            {page === 1 && upcomingTotal === 0 ? (
              <div className="mt-6">
                <EmptyState title={filtered ? "No upcoming event matches these filters." : "No events are scheduled at the moment."}>
                  <p>New fora and workshops are announced here; the past ones are listed below.</p>
                </EmptyState>
              </div>
            ) : null}
            <EventSection id="upcoming-heading" title="Upcoming events" events={upcoming} now={now} />
            <EventSection id="past-heading" title="Past events" events={past} now={now} />
            <Pagination page={page} pages={pages} label="Pages of events" href={pageLink} />
          </>
        )}
      </div>

      <Feeds />
    </PageContainer>
  );
}
