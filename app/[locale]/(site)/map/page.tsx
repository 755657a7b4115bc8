import type { Metadata } from "next";
import { HubMapPage, hubMapMetadata } from "@/components/map/hub-map-page";
import { parseHubFilters, readHubFilters } from "@/lib/hubs/schema";

type Params = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: Params }): Promise<Metadata> {
  return hubMapMetadata(parseHubFilters(await searchParams));
}

const pageOf = (v: string | string[] | undefined) => Math.min(10_000, Math.max(1, Number.parseInt(String(v ?? "1"), 10) || 1));

// Filtered maps render per request: their list, for browsers without JavaScript, is read
// fresh. The unfiltered map is served from the cache by /map/all/[page], which proxy.ts puts
// behind the same addresses.
export default async function MapPage({ searchParams }: { searchParams: Params }) {
  const params = await searchParams;
  const { filters, ignored } = readHubFilters(params);
  return <HubMapPage filters={filters} ignored={ignored} page={pageOf(params.page)} />;
}
