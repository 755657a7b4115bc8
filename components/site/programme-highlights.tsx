import Link from "next/link";
import { EventList } from "@/components/events/event-list";
import { EmptyState } from "@/components/site/page";
import { listProgrammeHighlights } from "@/lib/events/queries";

/** The home page's look at the programme: what is coming, or else what happened last. */
export async function ProgrammeHighlights() {
  const now = new Date();
  const { when, events } = await listProgrammeHighlights(3, now);
  return (
    <section aria-labelledby="programme-heading" className="mt-16">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 id="programme-heading" className="text-2xl font-bold tracking-tight text-stone-950">
            {when === "upcoming" ? "Coming up" : "Recent programme"}
          </h2>
          <p className="mt-2 text-stone-700">
            {when === "upcoming"
              ? "The next Creative Hubs Fora and Skills Workshops."
              : "No event is scheduled at the moment. These are the latest fora and workshops."}
          </p>
        </div>
        <Link href="/events" className="font-semibold text-brand-800 underline hover:text-brand-900">
          All events
        </Link>
      </div>
      <div className="mt-6">
        {events.length ? <EventList events={events} now={now} /> : <EmptyState title="No events have been published yet." />}
      </div>
    </section>
  );
}
