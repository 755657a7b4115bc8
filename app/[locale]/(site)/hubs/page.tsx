import { redirect } from "next/navigation";
import { directoryPageHref, HubDirectory, hubDirectoryMetadata } from "@/components/hubs/hub-directory";
import { HUB_SORTS, type HubSort } from "@/lib/hubs/queries";
import { readHubFilters } from "@/lib/hubs/schema";

export const metadata = hubDirectoryMetadata;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// Filtered views render per request. The unfiltered pages are served from the cache by
// /hubs/all/[sort]/[page], which proxy.ts puts behind the same addresses.
export default async function HubDirectoryPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const { filters, ignored } = readHubFilters(params);
  const sort: HubSort = HUB_SORTS.find((s) => s.value === first(params.sort))?.value ?? "name";
  const page = Math.max(1, Math.min(10_000, Number.parseInt(first(params.page) ?? "1", 10) || 1));
  // The filter form sends its empty fields too: tidy the address, so it can be shared as it reads.
  if (Object.values(params).some((v) => v === "" || (Array.isArray(v) && v.includes("")))) redirect(directoryPageHref(filters, sort, page));
  return <HubDirectory filters={filters} sort={sort} page={page} ignored={ignored} />;
}
