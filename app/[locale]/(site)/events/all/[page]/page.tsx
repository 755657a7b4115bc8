import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { EventsIndex, eventsIndexMetadata } from "@/components/events/events-index";
import type { Locale } from "@/i18n/languages";
import { MAX_CACHED_PAGE } from "@/lib/cached-pages";

// The unfiltered events list, cached for everyone: proxy.ts serves /events?page=N from here
// (see lib/cached-pages.ts). Rendered on first visit, again at most every minute, and at once
// on this instance when an event or an application changes (revalidatePath in the actions).
export const revalidate = 60;
export const generateStaticParams = async (): Promise<{ page: string }[]> => [];

type Params = Promise<{ locale: string; page: string }>;

// The public address is /events (this route is its cached twin): its alternates name /events.
export async function generateMetadata({ params }: { params: Params }) {
  return eventsIndexMetadata((await params).locale);
}

export default async function CachedEventsPage({ params }: { params: Params }) {
  const { locale, page: pageParam } = await params;
  setRequestLocale(locale as Locale);
  const page = Number(pageParam);
  if (!/^[1-9][0-9]*$/.test(pageParam) || page > MAX_CACHED_PAGE) notFound();
  return <EventsIndex filters={{}} page={page} />;
}
