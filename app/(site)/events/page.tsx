import type { Metadata } from "next";
import Link from "next/link";
import { EventList } from "@/components/events/event-list";
import { EmptyState, PageContainer, PageIntro, Section } from "@/components/site/page";
import { listPublicEvents } from "@/lib/events/queries";

// Reads the database on each request; `next build` never needs one.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Events",
  description: "Creative Hubs Fora for hub managers and Skills Workshops for hub leaders, in cities across Europe.",
};

export default async function EventsPage() {
  const now = new Date();
  const { upcoming, past } = await listPublicEvents(now);
  return (
    <PageContainer>
      <PageIntro title="Events" eyebrow="Fora and workshops">
        <p>
          <strong>Creative Hubs Fora</strong> bring around a hundred hub managers together to discuss shared challenges and ideas.{" "}
          <strong>Skills Workshops</strong> build the professional skills of hub leaders, with support and tools made for them.
        </p>
      </PageIntro>

      <Section title="Upcoming events" id="upcoming">
        {upcoming.length ? (
          <EventList events={upcoming} now={now} />
        ) : (
          <EmptyState title="No events are scheduled at the moment.">
            <p>
              New fora and workshops will be announced here. <Link href="/sign-up">Create an account</Link> to hear about them, or{" "}
              <Link href="/contact?topic=events">ask us a question</Link>.
            </p>
          </EmptyState>
        )}
      </Section>

      <Section title="Past events" id="past">
        {past.length ? <EventList events={past} now={now} /> : <EmptyState title="No past events yet." />}
      </Section>
    </PageContainer>
  );
}
