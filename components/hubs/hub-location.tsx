import { useTranslations } from "next-intl";
import { HubLocationMap } from "@/components/hubs/hub-location-map-loader";

/**
 * A small map of where the hub is, captioned in words. The page gives the address as text
 * beside it: that, not the map, is what a screen reader or a failed script relies on.
 */
export function HubLocation({ name, latitude, longitude, place }: { name: string; latitude: number; longitude: number; place: string }) {
  const t = useTranslations("hubs.location");
  return (
    <figure>
      <HubLocationMap latitude={latitude} longitude={longitude} />
      <figcaption className="mt-2 text-sm break-words text-stone-700">{t("caption", { name, place })}</figcaption>
    </figure>
  );
}
