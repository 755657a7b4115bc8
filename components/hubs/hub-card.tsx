import { useLocale, useTranslations } from "next-intl";
import { OpenToExchangesBadge, StaleBadge } from "@/components/hubs/hub-badges";
import { Link } from "@/i18n/navigation";
import type { HubCard as HubCardData } from "@/lib/hubs/queries";
import { isStale } from "@/lib/hubs/rules";
import { labelOf } from "@/lib/hubs/taxonomy";
import { countryName } from "@/lib/countries";

export function HubCard({ hub, now }: { hub: HubCardData; now: Date }) {
  const t = useTranslations("hubs.card");
  const words = useTranslations("hubs.taxonomy");
  const locale = useLocale();
  const stale = isStale(hub.confirmedAt, now);
  return (
    <article className="flex h-full flex-col rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <h3 className="text-lg font-semibold break-words text-stone-950">
        <Link href={`/hubs/${hub.slug}`} className="text-brand-800 hover:text-brand-900">
          {hub.name}
        </Link>
      </h3>
      <p className="mt-1 text-sm font-medium text-stone-700">
        {labelOf(words, "kinds", hub.kind)} · {hub.city}, {countryName(hub.countryCode, locale)}
        {hub.format === "online" ? ` · ${t("online")}` : hub.format === "mobile" ? ` · ${t("mobile")}` : null}
      </p>
      <p className="mt-3 break-words text-stone-700">{hub.summary}</p>
      <p className="mt-3 text-sm text-stone-600">
        <span className="sr-only">{t("disciplines")} </span>
        {hub.disciplines.map((d) => labelOf(words, "disciplines", d)).join(" · ")}
      </p>
      {hub.openToExchanges || stale ? (
        <p className="mt-auto flex flex-wrap gap-2 pt-4">
          {hub.openToExchanges ? <OpenToExchangesBadge /> : null}
          {stale ? <StaleBadge /> : null}
        </p>
      ) : null}
    </article>
  );
}
