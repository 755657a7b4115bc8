import { IgnoredFiltersNotice, quoted } from "@/components/site/notice";
import type { HubFilters, IgnoredHubFilter } from "@/lib/hubs/schema";

// Every filter has its sentence: a new filter without one fails the build.
const SENTENCE: Record<keyof HubFilters, (value: string) => string> = {
  q: (v) => `The search ${quoted(v)} is longer than 100 characters: showing hubs without a search.`,
  country: (v) => `No country ${quoted(v)}: showing all countries.`,
  kind: (v) => `No kind of hub ${quoted(v)}: showing every kind.`,
  format: (v) => `No way of working ${quoted(v)}: showing hubs in one place, mobile and online.`,
  discipline: (v) => `No discipline ${quoted(v)}: showing all disciplines.`,
  service: (v) => `No service ${quoted(v)}: showing hubs with any services.`,
  open: (v) => `“open” takes only 1 (hubs open to P2P exchanges), not ${quoted(v)}: showing all hubs.`,
  stale: (v) => `“stale” takes only 1 (include hubs not confirmed recently), not ${quoted(v)}: leaving those hubs out.`,
};

/** What the map and the directory left out of the address, in words. */
export function IgnoredHubFilters({ ignored, className }: { ignored: IgnoredHubFilter[]; className?: string }) {
  return <IgnoredFiltersNotice sentences={ignored.map(({ filter, value }) => SENTENCE[filter](value))} className={className} />;
}
