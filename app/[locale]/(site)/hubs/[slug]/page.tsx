import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventCard } from "@/components/events/event-card";
import { OpenToExchangesBadge } from "@/components/hubs/hub-badges";
import { HubContactForm } from "@/components/hubs/hub-contact-form";
import { HubDetails } from "@/components/hubs/hub-details";
import { HubJsonLd } from "@/components/hubs/hub-json-ld";
import { HubLocation } from "@/components/hubs/hub-location";
import { HubStanding } from "@/components/hubs/hub-standing";
import { HubStory } from "@/components/hubs/hub-story";
import { NearbyHubs } from "@/components/hubs/nearby-hubs";
import { PageContainer, PageIntro, Section } from "@/components/site/page";
import { sendHubMessageAction } from "@/lib/hubs/contact/actions";
import { HUB_MESSAGE_MAX } from "@/lib/hubs/contact/schema";
import { getPublishedHub, listNearbyHubs, listUpcomingHubEvents, NEARBY_KM } from "@/lib/hubs/queries";
import { isStale } from "@/lib/hubs/rules";
import { HUB_KINDS, labelOf } from "@/lib/hubs/taxonomy";
import { countryName } from "@/lib/countries";
import { formatDate } from "@/lib/events/format";
import { SITE_NAME } from "@/lib/site";
import { mediaUrl } from "@/lib/storage/urls";

type Params = Promise<{ slug: string }>;

// Cached for everyone and rendered again at most every five minutes, or at once on this
// instance when the hub changes (revalidatePath in the hub actions). Hubs are rendered on
// their first visit, not at build time.
export const revalidate = 300;
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const hub = await getPublishedHub((await params).slug);
  if (!hub) return { title: "Hub not found" };
  const path = `/hubs/${hub.slug}`;
  return {
    title: hub.name,
    description: hub.summary,
    alternates: { canonical: path },
    openGraph: {
      type: "website",
      url: path,
      siteName: SITE_NAME,
      title: `${hub.name} — creative hub in ${hub.city}, ${countryName(hub.countryCode)}`,
      description: hub.summary,
      ...(hub.imageKey ? { images: [{ url: mediaUrl(hub.imageKey), alt: hub.imageAlt ?? hub.name }] } : {}),
    },
  };
}

export default async function HubPage({ params }: { params: Params }) {
  const hub = await getPublishedHub((await params).slug);
  if (!hub) notFound();
  const now = new Date();
  const [nearby, events] = await Promise.all([listNearbyHubs(hub, {}, now), listUpcomingHubEvents(hub.id, now)]);
  const place = `${hub.city}, ${countryName(hub.countryCode)}`;

  return (
    <PageContainer>
      <HubJsonLd hub={hub} />
      <PageIntro title={hub.name} eyebrow={`${labelOf(HUB_KINDS, hub.kind)} · ${place}`}>
        <p>{hub.summary}</p>
      </PageIntro>
      {hub.openToExchanges ? (
        <p className="mt-4">
          <OpenToExchangesBadge /> <Link href="/p2p">What is a P2P exchange?</Link>
        </p>
      ) : null}
      {isStale(hub.confirmedAt, now) ? (
        <p className="mt-6 max-w-3xl rounded-md border border-amber-700 bg-amber-50 px-4 py-3 text-amber-950">
          <strong>Not confirmed recently.</strong> The people who run this hub last confirmed these details on {formatDate(hub.confirmedAt)}. Some
          of them may have changed.
        </p>
      ) : null}

      <div className="grid gap-x-12 lg:grid-cols-[1fr_22rem]">
        <div>
          {hub.imageKey ? (
            // Already resized when it was uploaded; nothing for the image optimiser to do.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={mediaUrl(hub.imageKey)} alt={hub.imageAlt ?? `Logo or photo of ${hub.name}`} className="mt-10 max-h-96 w-full rounded-lg object-cover" />
          ) : null}
          {hub.story.trim() ? (
            <Section title="About the hub" id="story">
              <HubStory text={hub.story} />
            </Section>
          ) : null}
          <Section title="Details" id="details">
            <HubDetails hub={hub} />
          </Section>
          {events.length ? (
            <Section title="Upcoming events at this hub" id="events">
              <ul className="grid gap-6 sm:grid-cols-2">
                {events.map((event) => (
                  <li key={event.id}>
                    <EventCard event={event} now={now} />
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
          <Section title={`Write to ${hub.name}`} id="contact">
            <p className="mb-6 max-w-2xl text-stone-700">
              Your message goes to the hub by email. They see your name and email address so that they can reply; their own address stays private
              until they do.
            </p>
            <div className="max-w-2xl rounded-lg border border-stone-200 bg-white p-5 shadow-sm sm:p-8">
              <HubContactForm action={sendHubMessageAction} hubId={hub.id} hubName={hub.name} messageMax={HUB_MESSAGE_MAX} />
            </div>
          </Section>
          <Section title="Is this your hub?" id="standing">
            <div className="max-w-2xl">
              <HubStanding hub={{ id: hub.id, name: hub.name, slug: hub.slug }} />
            </div>
          </Section>
        </div>

        <aside aria-label="Location and nearby hubs">
          <Section title="Where to find it" id="where">
            <p className="mb-3 text-stone-700">{[hub.address, place].filter(Boolean).join(", ")}</p>
            <HubLocation name={hub.name} latitude={hub.latitude} longitude={hub.longitude} place={place} />
          </Section>
          <Section title="Nearby hubs" id="nearby">
            <NearbyHubs hubs={nearby} km={NEARBY_KM} />
          </Section>
        </aside>
      </div>
    </PageContainer>
  );
}
