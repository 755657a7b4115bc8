import { useTranslations } from "next-intl";
import { IgnoredFiltersNotice } from "@/components/site/notice";
import type { IgnoredHubFilter } from "@/lib/hubs/schema";

/** A value from the address as the notice quotes it: short enough to read. */
const shortened = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/**
 * What the map and the directory left out of the address, in words: each filter has its
 * sentence in hubs.ignoredFilters (a new filter without one fails the build).
 */
export function IgnoredHubFilters({ ignored, className }: { ignored: IgnoredHubFilter[]; className?: string }) {
  const t = useTranslations("hubs.ignoredFilters");
  return <IgnoredFiltersNotice sentences={ignored.map(({ filter, value }) => t(filter, { value: shortened(value) }))} className={className} />;
}
