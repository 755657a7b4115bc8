import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EventDetails } from "@/components/events/event-details";
import { EventJsonLd } from "@/components/events/event-json-ld";
import { OwnApplication } from "@/components/events/own-application";
import { PageContainer } from "@/components/site/page";
import { languageAlternates } from "@/i18n/alternates";
import { isLocale, localePath, type Locale } from "@/i18n/languages";
import { eventDates } from "@/lib/events/format";
import { getPublicEvent } from "@/lib/events/queries";
import { mediaUrl } from "@/lib/storage/urls";

type Params = Promise<{ locale: string; slug: string }>;

// Cached for everyone and rendered again at most every minute, or at once on this instance
// when the event or its applications change (revalidatePath in the event actions). What
// depends on the visitor (their own application) fills in on the client. Events are
// rendered on their first visit, not at build time.
export const revalidate = 60;
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale });
  const event = await getPublicEvent(slug);
  if (!event) return { title: t("events.page.notFoundTitle") };
  const path = `/events/${event.slug}`;
  const title = event.status === "cancelled" ? t("events.page.cancelledTitle", { title: event.title }) : event.title;
  const dates = eventDates(event);
  return {
    title,
    description: event.summary,
    alternates: languageAlternates(locale, path),
    openGraph: {
      type: "website",
      url: localePath(locale, path),
      siteName: t("common.siteName"),
      title: t("events.page.ogTitle", { title, kind: t(`events.kinds.${event.kind}`), city: event.city, dates: t(dates.key, dates.values as never) }),
      description: event.summary,
      ...(event.coverImageKey ? { images: [{ url: mediaUrl(event.coverImageKey), alt: event.coverImageAlt ?? "" }] } : {}),
    },
  };
}

// Drafts are not found for anyone, staff included: staff preview them in the staff area.
export default async function EventPage({ params }: { params: Params }) {
  const { locale, slug } = await params;
  setRequestLocale(locale as Locale);
  const event = await getPublicEvent(slug);
  if (!event) notFound();
  return (
    <PageContainer>
      <EventJsonLd event={event} />
      <EventDetails event={event} now={new Date()} personal={(button) => <OwnApplication eventId={event.id}>{button}</OwnApplication>} />
    </PageContainer>
  );
}
