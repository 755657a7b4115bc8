import { useTranslations } from "next-intl";
import { IgnoredFiltersNotice } from "@/components/site/notice";
import type { EventFilters, IgnoredEventFilter } from "@/lib/events/schema";

/** A value from the address as the notice quotes it: short enough to read (the catalogue puts the quotation marks). */
const clipped = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** What the events list left out of the address, in words: every filter has its sentence ("events.ignored.*"). */
export function IgnoredEventFilters({ ignored, className }: { ignored: IgnoredEventFilter[]; className?: string }) {
  const t = useTranslations("events.ignored");
  const sentence = (filter: keyof EventFilters, value: string) => t(filter, { value: clipped(value) });
  return <IgnoredFiltersNotice sentences={ignored.map(({ filter, value }) => sentence(filter, value))} className={className} />;
}
