import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EventDetails } from "@/components/events/event-details";
import { EventJsonLd } from "@/components/events/event-json-ld";
import { OwnApplication } from "@/components/events/own-application";
import { PageContainer } from "@/components/site/page";
import { EVENT_KIND_LABEL, formatEventDates } from "@/lib/events/format";
import { getPublicEvent } from "@/lib/events/queries";
import { SITE_NAME } from "@/lib/site";
import { mediaUrl } from "@/lib/storage/urls";

type Params = Promise<{ slug: string }>;

// Cached for everyone and rendered again at most every minute, or at once on this instance
// when the event or its applications change (revalidatePath in the event actions). What
// depends on the visitor (their own application) fills in on the client. Events are
// rendered on their first visit, not at build time.
export const revalidate = 60;
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const event = await getPublicEvent((await params).slug);
  if (!event) return { title: "Event not found" };
  const path = `/events/${event.slug}`;
  const title = event.status === "cancelled" ? `Cancelled: ${event.title}` : event.title;
  return {
    title,
    description: event.summary,
    alternates: { canonical: path },
    openGraph: {
      type: "website",
      url: path,
      siteName: SITE_NAME,
      title: `${title} — ${EVENT_KIND_LABEL[event.kind]}, ${event.city}, ${formatEventDates(event)}`,
      description: event.summary,
      ...(event.coverImageKey ? { images: [{ url: mediaUrl(event.coverImageKey), alt: event.coverImageAlt ?? "" }] } : {}),
    },
  };
}

// Drafts are not found for anyone, staff included: staff preview them in the staff area.
export default async function EventPage({ params }: { params: Params }) {
  const event = await getPublicEvent((await params).slug);
  if (!event) notFound();
  return (
    <PageContainer>
      <EventJsonLd event={event} />
      <EventDetails event={event} now={new Date()} personal={(button) => <OwnApplication eventId={event.id}>{button}</OwnApplication>} />
    </PageContainer>
  );
}
