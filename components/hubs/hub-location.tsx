"use client";
import dynamic from "next/dynamic";

const HubLocationMap = dynamic(() => import("@/components/hubs/hub-location-map"), {
  ssr: false,
  loading: () => <div className="h-64 w-full rounded-lg border border-stone-300 bg-stone-100" />,
});

/**
 * A small map of where the hub is, captioned in words. The page gives the address as text
 * beside it: that, not the map, is what a screen reader or a failed script relies on.
 */
export function HubLocation({ name, latitude, longitude, place }: { name: string; latitude: number; longitude: number; place: string }) {
  return (
    <figure>
      <HubLocationMap latitude={latitude} longitude={longitude} />
      <figcaption className="mt-2 text-sm text-stone-700">
        Map: {name}, {place}.
      </figcaption>
    </figure>
  );
}
