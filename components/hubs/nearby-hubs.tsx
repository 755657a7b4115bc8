import Link from "next/link";
import { HUB_KINDS, labelOf } from "@/lib/hubs/taxonomy";
import { countryName } from "@/lib/countries";

type NearbyHub = { slug: string; name: string; kind: string; city: string; countryCode: string; km: number };

const distance = (km: number) => (km < 1 ? "less than 1 km away" : `${Math.round(km)} km away`);

export function NearbyHubs({ hubs, km }: { hubs: NearbyHub[]; km: number }) {
  if (!hubs.length) return <p className="text-stone-700">No other hub on the map is within {km} km.</p>;
  return (
    <ul className="space-y-3">
      {hubs.map((h) => (
        <li key={h.slug}>
          <Link href={`/hubs/${h.slug}`} className="font-semibold">
            {h.name}
          </Link>
          <span className="block text-sm text-stone-700">
            {labelOf(HUB_KINDS, h.kind)} · {h.city}, {countryName(h.countryCode)} · {distance(h.km)}
          </span>
        </li>
      ))}
    </ul>
  );
}
