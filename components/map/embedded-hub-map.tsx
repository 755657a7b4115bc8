"use client";
import "leaflet/dist/leaflet.css";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { filterQueryOf, hubMapDataUrl } from "@/components/map/hub-points";
import { LazyHubMap as HubMap } from "@/components/map/lazy-hub-map";
import { useHubPoints } from "@/components/map/use-hub-points";
import { localePath } from "@/i18n/languages";
import type { HubLabels } from "@/lib/hubs/map-data";

const ignoreView = () => {};

/**
 * The map alone, for other sites' iframes: its links open this site in a new tab. The page is
 * the same for every address (it is served from the cache); the filters are read here.
 */
export function EmbeddedHubMap({ labels }: { labels: HubLabels }) {
  const t = useTranslations("map.embed");
  const query = filterQueryOf(useSearchParams());
  const data = useHubPoints(query);
  return (
    <>
      <link rel="preload" href={hubMapDataUrl(query)} as="fetch" crossOrigin="anonymous" />
      <EmbeddedMapLink query={query} />
      <div role="region" aria-label={t("region")} className="relative min-h-0 flex-1">
        <HubMap data={data.status === "ready" ? data : null} onView={ignoreView} focus={null} labels={labels} linkTarget="_blank" />
        {data.status === "ready" ? null : <MapMessage text={data.status === "failed" ? t("failed") : t("loading")} />}
      </div>
    </>
  );
}

/** The way to the full map, in the embed's language; relative, which inside the frame means this site. */
export function EmbeddedMapLink({ query }: { query: string }) {
  const t = useTranslations("map.embed");
  const site = useTranslations("common")("siteName");
  const map = localePath(useLocale(), "/map");
  return (
    <p className="border-b border-stone-200 bg-white px-3 py-2 text-sm">
      <a href={query ? `${map}?${query}` : map} target="_blank" rel="noopener">
        {t.rich("open", { site, hidden: (text) => <span className="sr-only">{text}</span> })}
      </a>
    </p>
  );
}

export function MapMessage({ text }: { text: string }) {
  return <p className="absolute inset-x-4 top-4 z-[1000] rounded-md bg-white/95 px-4 py-2 text-center text-stone-800 shadow">{text}</p>;
}
