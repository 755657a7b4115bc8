import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { labelOf } from "@/lib/hubs/taxonomy";
import { countryName } from "@/lib/countries";

type NearbyHub = { slug: string; name: string; kind: string; city: string; countryCode: string; km: number };

export function NearbyHubs({ hubs, km }: { hubs: NearbyHub[]; km: number }) {
  const t = useTranslations("hubs.nearby");
  const words = useTranslations("hubs.taxonomy");
  const locale = useLocale();
  if (!hubs.length) return <p className="text-stone-700">{t("none", { km })}</p>;
  return (
    <ul className="space-y-3">
      {hubs.map((h) => (
        <li key={h.slug}>
          <Link href={`/hubs/${h.slug}`} className="font-semibold break-words">
            {h.name}
          </Link>
          <span className="block text-sm text-stone-700">
            {labelOf(words, "kinds", h.kind)} · {h.city}, {countryName(h.countryCode, locale)} · {h.km < 1 ? t("underOneKm") : t("away", { km: Math.round(h.km) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
