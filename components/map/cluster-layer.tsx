"use client";
import L from "leaflet";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useEffectEvent, useMemo } from "react";
import { useMap } from "react-leaflet";
import type { ClusterFeature, PointFeature } from "supercluster";
import { CLUSTER_MAX_ZOOM, CLUSTER_RADIUS as RADIUS, type HubIndex } from "@/components/map/hub-index";
import { describeHub, type HubPoint } from "@/components/map/hub-points";
import { localePath, type Locale } from "@/i18n/languages";
import type { HubLabels } from "@/lib/hubs/map-data";
import { EUROPE_CENTER, EUROPE_ZOOM } from "@/lib/map/tiles";

// Hubs as clustered markers, drawn with Leaflet directly: a few hundred markers at most are on
// screen, and only those that change are replaced as the map moves, so that a marker that has
// the keyboard focus keeps it while the map pans.

type Props = {
  points: HubPoint[];
  /** The points' clusters (hub-index.ts). */
  index: HubIndex;
  /** The hubs inside the map's view, once the map has come to rest. */
  onView: (inView: HubPoint[]) => void;
  /** A hub chosen in the list: show it and open its popup. `seq` tells two choices of one hub apart. */
  focus: { slug: string; seq: number } | null;
  labels: HubLabels;
  linkTarget?: "_blank";
};

const REST_MS = 400;
const MARKERS_PER_TASK = 40;

type Cluster = ClusterFeature<object> | PointFeature<{ i: number }>;
const isCluster = (c: Cluster): c is ClusterFeature<object> => "cluster" in c.properties && c.properties.cluster;

const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

/** `label` says what activating it does: a zoom parts the cluster, or (its hubs share one spot) it lists them. */
function clusterIcon(count: number, label: string): L.DivIcon {
  const size = count < 10 ? 34 : count < 100 ? 40 : count < 1000 ? 48 : 56;
  return L.divIcon({
    className: "hub-cluster rounded-full border-2 border-white bg-brand-700 text-sm font-bold text-white shadow-md",
    iconSize: [size, size],
    // Centred by an inner box: leaflet.css sets the icon's own display, and outranks Tailwind's layers.
    html: `<span aria-hidden="true" class="flex size-full items-center justify-center">${count}</span><span class="sr-only">${escapeHtml(label)}</span>`,
  });
}

const hubIcon = L.divIcon({ className: "hub-marker rounded-full border-[3px] border-white bg-brand-800 shadow-md", iconSize: [20, 20] });

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function link(href: string, text: string, target?: "_blank"): HTMLAnchorElement {
  const a = document.createElement("a");
  a.href = href;
  a.textContent = text;
  if (target) {
    a.target = target;
    a.rel = "noopener";
  }
  return a;
}

/** A hub's page in the map's language. */
const hubHref = (locale: Locale, hub: HubPoint) => localePath(locale, `/hubs/${hub.slug}`);

function hubPopup(hub: HubPoint, labels: HubLabels, locale: Locale, target?: "_blank"): HTMLElement {
  const box = document.createElement("div");
  box.className = "hub-popup";
  const name = document.createElement("p");
  name.className = "font-semibold";
  name.append(link(hubHref(locale, hub), hub.name, target));
  const place = document.createElement("p");
  place.textContent = describeHub(hub, labels);
  box.append(name, place);
  return box;
}

/** Hubs at one spot that no zoom can part (one building): a popup that lists them. */
function hubsPopup(hubs: HubPoint[], locale: Locale, target?: "_blank"): HTMLElement {
  const list = document.createElement("ul");
  list.className = "hub-popup";
  for (const hub of hubs) {
    const item = document.createElement("li");
    item.append(link(hubHref(locale, hub), hub.name, target));
    list.append(item);
  }
  return list;
}

/** Cluster ids are stable at one zoom, so a marker that stays in view is kept while the map pans. */
const keyOf = (c: Cluster): string => (isCluster(c) ? `c${c.properties.cluster_id}` : `h${c.properties.i}`);

/** Enter and Space on a focused marker, as on any button (Leaflet only opens popups on Enter). */
function onActivate(marker: L.Marker, run: () => void) {
  marker.on("keydown", (e) => {
    const key = (e as L.LeafletKeyboardEvent).originalEvent;
    if (key.key !== "Enter" && key.key !== " ") return;
    // Also stops the keypress with which Leaflet would toggle the popup a second time.
    key.preventDefault();
    run();
  });
}

/** Into the open popup of a marker, for keyboard and screen reader users. preventScroll: a
 * scrolled map container would shift Leaflet's panes. */
function focusPopupLink(marker: L.Marker) {
  const popup = marker.getPopup()?.getElement();
  if (!popup) return;
  // Leaflet closes popups on Escape only while the map itself has the focus, not a link in one.
  popup.onkeydown = (e) => {
    if (e.key !== "Escape") return;
    marker.closePopup();
    marker.getElement()?.focus({ preventScroll: true });
  };
  popup.querySelector("a")?.focus({ preventScroll: true });
}

/** The smallest zoom (from `from` up) at which the hub stands alone, not in a cluster. */
function zoomToSeeAlone(index: HubIndex, i: number, p: HubPoint, from: number): number {
  for (let z = from; z <= CLUSTER_MAX_ZOOM; z++) {
    const span = (2 * RADIUS * 360) / (256 * 2 ** z);
    const near = index.getClusters([p.lng - span, p.lat - span / 2, p.lng + span, p.lat + span / 2], z);
    if (near.some((c) => !isCluster(c) && c.properties.i === i)) return z;
  }
  return CLUSTER_MAX_ZOOM + 1;
}

export function ClusterLayer({ points, index, onView, focus, labels, linkTarget }: Props) {
  const map = useMap();
  const t = useTranslations("map.leaflet");
  const locale = useLocale();
  const markers = useMemo(() => new Map<string, L.Marker>(), []);
  const reportView = useEffectEvent((inView: HubPoint[]) => onView(inView));
  // Words and the language, read as markers are made: a new catalogue object (the page's
  // filters changed) must not redraw the map.
  const clusterLabel = useEffectEvent((count: number, action: "zoom" | "list") => t("cluster", { count, action }));
  const pageLocale = useEffectEvent(() => locale);

  useEffect(() => {
    const layer = L.layerGroup().addTo(map);

    const markerFor = (c: Cluster): L.Marker => {
      const [lng, lat] = c.geometry.coordinates as [number, number];
      if (isCluster(c)) {
        const id = c.properties.cluster_id;
        const zoom = index.getClusterExpansionZoom(id);
        const count = c.properties.point_count;
        const label = clusterLabel(count, zoom <= map.getMaxZoom() ? "zoom" : "list");
        const marker = L.marker([lat, lng], { icon: clusterIcon(count, label), keyboard: true });
        if (zoom > map.getMaxZoom()) {
          marker.bindPopup(() => hubsPopup(index.getLeaves(id, Infinity).map((leaf) => points[leaf.properties.i]!), pageLocale(), linkTarget));
          onActivate(marker, () => {
            marker.openPopup();
            focusPopupLink(marker);
          });
        } else {
          marker.on("click", () => map.setView([lat, lng], zoom, { animate: !reducedMotion() }));
          onActivate(marker, () => {
            map.setView([lat, lng], zoom, { animate: !reducedMotion() });
            // The cluster is gone once the map zooms: keep the keyboard on the map, not on the page's top.
            map.getContainer().focus({ preventScroll: true });
          });
        }
        return marker;
      }
      const hub = points[c.properties.i]!;
      const marker = L.marker([lat, lng], { icon: hubIcon, title: hub.name, keyboard: true, riseOnHover: true });
      // Leaflet makes the icon a button named only by its title, which some checkers and screen
      // readers pass over; the title stays as the tooltip for the mouse.
      marker.on("add", () => marker.getElement()?.setAttribute("aria-label", hub.name));
      marker.bindPopup(() => hubPopup(hub, labels, pageLocale(), linkTarget));
      onActivate(marker, () => {
        marker.openPopup();
        focusPopupLink(marker);
      });
      marker.on("popupclose", () => {
        // Closing the popup (its × button) removes the link that had the focus: give it back to the marker.
        if (document.activeElement === document.body) marker.getElement()?.focus({ preventScroll: true });
      });
      return marker;
    };

    // New markers go on a slice at a time, nearest the centre first (where a hub chosen in the
    // list is), so that no task holds up the page for long: all of Europe is a hundred clusters.
    let slicing: ReturnType<typeof setTimeout> | undefined;
    const draw = () => {
      clearTimeout(slicing);
      const b = map.getBounds();
      const centre = map.getCenter();
      const wanted = index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], Math.round(map.getZoom()));
      const seen = new Set(wanted.map(keyOf));
      for (const [key, marker] of markers) {
        if (seen.has(key)) continue;
        layer.removeLayer(marker);
        markers.delete(key);
      }
      const away = ({ geometry: { coordinates: [lng, lat] } }: Cluster) => (lng! - centre.lng) ** 2 + (lat! - centre.lat) ** 2;
      const missing = wanted.filter((c) => !markers.has(keyOf(c))).sort((x, y) => away(x) - away(y));
      const add = (from: number) => {
        for (const c of missing.slice(from, from + MARKERS_PER_TASK)) {
          const marker = markerFor(c);
          markers.set(keyOf(c), marker);
          layer.addLayer(marker);
        }
        if (from + MARKERS_PER_TASK < missing.length) slicing = setTimeout(() => add(from + MARKERS_PER_TASK));
      };
      add(0);
    };

    let rest: ReturnType<typeof setTimeout> | undefined;
    const moved = () => {
      draw();
      clearTimeout(rest);
      rest = setTimeout(() => {
        const b = map.getBounds();
        reportView(points.filter((p) => b.contains([p.lat, p.lng])));
      }, REST_MS);
    };

    map.on("moveend", moved);
    if (points.length) map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lng])), { padding: [24, 24], maxZoom: 12, animate: false });
    else map.setView(EUROPE_CENTER, EUROPE_ZOOM, { animate: false });
    moved();
    return () => {
      clearTimeout(rest);
      clearTimeout(slicing);
      map.off("moveend", moved);
      layer.remove();
      markers.clear();
    };
  }, [map, index, markers, points, labels, linkTarget]);

  useEffect(() => {
    if (!focus) return;
    const i = points.findIndex((p) => p.slug === focus.slug);
    const hub = points[i];
    if (!hub) return;
    const zoom = zoomToSeeAlone(index, i, hub, Math.round(map.getZoom()));
    map.setView([hub.lat, hub.lng], Math.min(zoom, map.getMaxZoom()), { animate: false });
    // On a phone the list is below the map: bring the map back into sight.
    map.getContainer().scrollIntoView({ block: "nearest", behavior: reducedMotion() ? "auto" : "smooth" });
    const marker = markers.get(`h${i}`);
    if (!marker) return;
    marker.openPopup();
    focusPopupLink(marker);
  }, [focus, points, index, markers, map]);

  return null;
}
