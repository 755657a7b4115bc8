import { notFound } from "next/navigation";
import { EventsIndex, eventsIndexMetadata } from "@/components/events/events-index";
import { MAX_CACHED_PAGE } from "@/lib/cached-pages";

// The unfiltered events list, cached for everyone: proxy.ts serves /events?page=N from here
// (see lib/cached-pages.ts). Rendered on first visit, again at most every minute, and at once
// on this instance when an event or an application changes (revalidatePath in the actions).
export const revalidate = 60;
export const generateStaticParams = async (): Promise<{ page: string }[]> => [];

export const metadata = eventsIndexMetadata;

export default async function CachedEventsPage({ params }: { params: Promise<{ page: string }> }) {
  const { page: pageParam } = await params;
  const page = Number(pageParam);
  if (!/^[1-9][0-9]*$/.test(pageParam) || page > MAX_CACHED_PAGE) notFound();
  return <EventsIndex filters={{}} page={page} />;
}
