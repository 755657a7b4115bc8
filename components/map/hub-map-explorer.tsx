"use client";
import "leaflet/dist/leaflet.css";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { HubListItem } from "@/components/map/hub-list-item";
import { hubMapDataUrl, type HubPoint } from "@/components/map/hub-points";
import { LazyHubMap as HubMap } from "@/components/map/lazy-hub-map";
import { useHubPoints } from "@/components/map/use-hub-points";
import type { HubLabels } from "@/lib/hubs/map-data";

const PAGE = 24;

const noSubscription = () => () => {};
/** False in the server's HTML (what a browser without JavaScript keeps), true once hydrated. */
const useHydrated = () => useSyncExternalStore(noSubscription, () => true, () => false);

/**
 * The map, as large as the screen allows, and beside it (below it on a phone) the filters and
 * the list. Before the map is there (and without JavaScript) the list is the server's
 * (`children`); once it is, the list shows the hubs inside the map's view.
 */
export function HubMapExplorer({ query, summary, labels, filters, children }: { query: string; summary: string; labels: HubLabels; filters: React.ReactNode; children: React.ReactNode }) {
  const t = useTranslations("map.explorer");
  const data = useHubPoints(query);
  const hydrated = useHydrated();
  const [view, setView] = useState<{ hubs: HubPoint[]; seq: number } | null>(null);
  const [focus, setFocus] = useState<{ slug: string; seq: number } | null>(null);
  const onView = useCallback((hubs: HubPoint[]) => setView((v) => ({ hubs, seq: (v?.seq ?? 0) + 1 })), []);
  const showOnMap = useCallback((slug: string) => setFocus((f) => ({ slug, seq: (f?.seq ?? 0) + 1 })), []);
  const ready = data.status === "ready" ? data : null;
  // With no hub at all, the server's list says so, and what to do.
  const listed = ready && ready.points.length > 0 ? view : null;

  return (
    <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] xl:grid-cols-[minmax(0,1fr)_28rem]">
      {/* React puts it in the head: on a wide screen the map data downloads with the page, before
          any script runs. Not on a phone, where the page's text first shares a slow connection
          with the scripts (Lighthouse's mobile run: 0.3 s sooner, bench/map-lighthouse.ts). */}
      <link rel="preload" href={hubMapDataUrl(query)} as="fetch" crossOrigin="anonymous" media="(min-width: 1024px)" />
      <div role="region" aria-label={t("region")} className="relative h-[70svh] min-h-80 overflow-hidden rounded-lg border border-stone-300 bg-stone-100 lg:h-[calc(100dvh-7rem)] lg:min-h-[30rem]">
        <HubMap data={ready} onView={onView} focus={focus} labels={labels} />
        {ready ? null : (
          <p className="absolute inset-x-4 top-4 z-[1000] rounded-md bg-white/95 px-4 py-2 text-center text-stone-800 shadow">
            {!hydrated ? t("needsScript") : data.status === "failed" ? t("failed") : t("loading")}
          </p>
        )}
      </div>
      {/* Beside the map on a wide screen, as tall as it, and scrolled on its own. */}
      <div className="min-w-0 lg:h-[calc(100dvh-7rem)] lg:min-h-[30rem] lg:overflow-y-auto lg:pr-1">
        {filters}
        <section aria-labelledby="hub-list-heading" className="mt-6">
          <h2 id="hub-list-heading" className="text-2xl font-bold tracking-tight text-stone-950">
            {t("listHeading")}
          </h2>
          {/* Polite, and changed only once the map has come to rest: not on every step of a pan. */}
          <p role="status" className="mt-1 text-stone-700">
            {listed ? t("inView", { count: listed.hubs.length }) : summary}
          </p>
          {listed ? <InViewList key={listed.seq} hubs={listed.hubs} labels={labels} onShow={showOnMap} /> : children}
        </section>
      </div>
    </div>
  );
}

function InViewList({ hubs, labels, onShow }: { hubs: HubPoint[]; labels: HubLabels; onShow: (slug: string) => void }) {
  const t = useTranslations("map.explorer");
  const [shown, setShown] = useState(PAGE);
  const list = useRef<HTMLUListElement>(null);
  const firstNew = useRef<number | null>(null);
  useEffect(() => {
    // After "show more", the keyboard continues at the first hub that appeared.
    if (firstNew.current === null) return;
    list.current?.children[firstNew.current]?.querySelector("a")?.focus();
    firstNew.current = null;
  }, [shown]);

  if (hubs.length === 0) return <p className="mt-4 text-stone-700">{t("noneInView")}</p>;
  return (
    <>
      <ul ref={list} className="mt-2">
        {hubs.slice(0, shown).map((hub) => (
          <HubListItem key={hub.slug} hub={hub} labels={labels}>
            <button
              type="button"
              onClick={() => onShow(hub.slug)}
              aria-label={t("showOnMapLabel", { name: hub.name })}
              className="shrink-0 rounded-md border border-brand-700 px-3 py-1 text-sm font-medium text-brand-800 hover:bg-brand-50"
            >
              {t("showOnMap")}
            </button>
          </HubListItem>
        ))}
      </ul>
      {hubs.length > shown ? (
        <button
          type="button"
          onClick={() => {
            firstNew.current = shown;
            setShown(shown + PAGE);
          }}
          className="mt-4 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("showMore", { count: Math.min(PAGE, hubs.length - shown), total: hubs.length })}
        </button>
      ) : null}
    </>
  );
}
