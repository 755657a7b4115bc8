import { redirect } from "next/navigation";
import { EventsIndex, eventsIndexMetadata } from "@/components/events/events-index";
import { eventsPageHref, parsePage, readEventFilters } from "@/lib/events/filters";

export const metadata = eventsIndexMetadata;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Filtered views render per request. The unfiltered pages are served from the cache by
// /events/all/[page], which proxy.ts puts behind the same addresses (lib/cached-pages.ts).
export default async function EventsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const { filters, ignored } = readEventFilters(params);
  const page = parsePage(params.page);
  // The filter form sends its empty fields too: tidy the address, so it can be shared as it reads.
  if (Object.values(params).some((v) => v === "" || (Array.isArray(v) && v.includes("")))) redirect(eventsPageHref(filters, page));
  return <EventsIndex filters={filters} page={page} ignored={ignored} />;
}
