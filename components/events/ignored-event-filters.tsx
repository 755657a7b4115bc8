import { IgnoredFiltersNotice, quoted } from "@/components/site/notice";
import type { EventFilters, IgnoredEventFilter } from "@/lib/events/filters";

// Every filter has its sentence: a new filter without one fails the build.
const SENTENCE: Record<keyof EventFilters, (value: string) => string> = {
  kind: (v) => `No kind of event ${quoted(v)}: showing every kind.`,
  country: (v) => `No country ${quoted(v)}: showing all countries.`,
  year: (v) => `No year ${quoted(v)}: showing all years.`,
};

/** What the events list left out of the address, in words. */
export function IgnoredEventFilters({ ignored, className }: { ignored: IgnoredEventFilter[]; className?: string }) {
  return <IgnoredFiltersNotice sentences={ignored.map(({ filter, value }) => SENTENCE[filter](value))} className={className} />;
}
