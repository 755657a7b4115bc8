import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EventCard } from "@/components/events/event-card";
import { OpenToExchangesBadge } from "@/components/hubs/hub-badges";
import { HubContactForm } from "@/components/hubs/hub-contact-form";
import { HubDetails } from "@/components/hubs/hub-details";
import { HubJsonLd } from "@/components/hubs/hub-json-ld";
import { HubLocation } from "@/components/hubs/hub-location";
import { HubStanding } from "@/components/hubs/hub-standing";
import { HubStory } from "@/components/hubs/hub-story";
import { NearbyHubs } from "@/components/hubs/nearby-hubs";
import { HubStoriesSection } from "@/components/p2p/stories/p2p-stories-section";
import { PageContainer, PageIntro, Section } from "@/components/site/page";
import { languageAlternates } from "@/i18n/alternates";
import { localePath, type Locale } from "@/i18n/languages";
import { Link } from "@/i18n/navigation";
import { sendHubMessageAction } from "@/lib/hubs/contact/actions";
import { HUB_MESSAGE_MAX } from "@/lib/hubs/contact/rules";
import { listUpcomingHubEvents } from "@/lib/events/queries";
import { listHubStories } from "@/lib/p2p/stories/queries";
import { listHubArticles } from "@/lib/news/queries";
import { NewsGrid } from "@/components/news/news-card";
import { getPublishedHub, listNearbyHubs, NEARBY_KM } from "@/lib/hubs/queries";
import { isStale } from "@/lib/hubs/rules";
import { labelOf } from "@/lib/hubs/taxonomy";
import { countryName } from "@/lib/countries";
import { SITE_NAME } from "@/lib/site";
import { mediaUrl } from "@/lib/storage/urls";
import { strong } from "@/components/i18n/rich-text";

type Params = Promise<{ locale: string; slug: string }>;

// Cached for everyone and rendered again at most every five minutes, or at once on this
// instance when the hub changes (revalidatePath in the hub actions) or a P2P story linking it
// does (revalidatePublicArea("stories")). Hubs are rendered on
// their first visit, not at build time.
export const revalidate = 300;
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale: param, slug } = await params;
  const locale = param as Locale;
  const t = await getTranslations({ locale, namespace: "hubs.page" });
  const hub = await getPublishedHub(slug);
  if (!hub) return { title: t("notFound") };
  const path = `/hubs/${hub.slug}`;
  return {
    title: hub.name,
    description: hub.summary,
    alternates: languageAlternates(locale, path),
    openGraph: {
      type: "website",
      url: localePath(locale, path),
      siteName: SITE_NAME,
      title: t("shareTitle", { name: hub.name, place: `${hub.city}, ${countryName(hub.countryCode, locale)}` }),
      description: hub.summary,
      ...(hub.imageKey ? { images: [{ url: mediaUrl(hub.imageKey), alt: hub.imageAlt ?? hub.name }] } : {}),
    },
  };
}

export default async function HubPage({ params }: { params: Params }) {
  const { locale, slug } = await params;
  setRequestLocale(locale as Locale);
  const hub = await getPublishedHub(slug);
  if (!hub) notFound();
  const [t, words] = await Promise.all([getTranslations("hubs.page"), getTranslations("hubs.taxonomy")]);
  const now = new Date();
  const [nearby, events, stories, articles, news] = await Promise.all([
    listNearbyHubs(hub, {}, now),
    listUpcomingHubEvents(hub.id, now),
    listHubStories(hub.id),
    listHubArticles(hub.id),
    getTranslations("news.hub"),
  ]);
  const place = `${hub.city}, ${countryName(hub.countryCode, locale)}`;

  return (
    <PageContainer>
      <HubJsonLd hub={hub} />
      <PageIntro title={hub.name} eyebrow={`${labelOf(words, "kinds", hub.kind)} · ${place}`}>
        <p>{hub.summary}</p>
      </PageIntro>
      {hub.openToExchanges ? (
        <p className="mt-4">
          <OpenToExchangesBadge /> <Link href="/p2p">{t("whatIsP2p")}</Link>
        </p>
      ) : null}
      {isStale(hub.confirmedAt, now) ? (
        <p className="mt-6 max-w-3xl rounded-md border border-amber-700 bg-amber-50 px-4 py-3 text-amber-950">
          {t.rich("stale", { date: hub.confirmedAt, strong: strong })}
        </p>
      ) : null}

      <div className="grid gap-x-12 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0">
          {hub.imageKey ? (
            // Already resized when it was uploaded; nothing for the image optimiser to do.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={mediaUrl(hub.imageKey)} alt={hub.imageAlt ?? t("imageAlt", { name: hub.name })} className="mt-10 max-h-96 w-full rounded-lg object-cover" />
          ) : null}
          {hub.story.trim() ? (
            <Section title={t("story")} id="story">
              <HubStory text={hub.story} />
            </Section>
          ) : null}
          <Section title={t("details")} id="details">
            <HubDetails hub={hub} />
          </Section>
          {events.length ? (
            <Section title={t("events")} id="events">
              <ul className="grid gap-6 sm:grid-cols-2">
                {events.map((event) => (
                  <li key={event.id}>
                    <EventCard event={event} now={now} />
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
          <HubStoriesSection stories={stories} hubName={hub.name} />
          {articles.length ? (
            <Section title={news("heading")} id="news">
              <NewsGrid articles={articles} narrow />
            </Section>
          ) : null}
          <>
            <Section title={t("writeTo", { name: hub.name })} id="contact">
              <p className="mb-6 max-w-2xl text-stone-700">{t("writeToIntro")}</p>
              <div className="max-w-2xl rounded-lg border border-stone-200 bg-white p-5 shadow-sm sm:p-8">
                <HubContactForm action={sendHubMessageAction} hubId={hub.id} hubName={hub.name} messageMax={HUB_MESSAGE_MAX} />
              </div>
            </Section>
            <Section title={t("yours")} id="standing">
              <div className="max-w-2xl">
                <HubStanding hub={{ id: hub.id, name: hub.name, slug: hub.slug }} />
              </div>
            </Section>
          </>
        </div>

        <aside aria-label={t("aside")}>
          <Section title={t("where")} id="where">
            <p className="mb-3 break-words text-stone-700">{[hub.address, place].filter(Boolean).join(", ")}</p>
            <HubLocation name={hub.name} latitude={hub.latitude} longitude={hub.longitude} place={place} />
          </Section>
          <Section title={t("nearby")} id="nearby">
            <NearbyHubs hubs={nearby} km={NEARBY_KM} />
          </Section>
        </aside>
      </div>
    </PageContainer>
  );
}
