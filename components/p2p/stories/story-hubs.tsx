import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/countries";
import type { StoryHub } from "@/lib/p2p/stories/queries";

/**
 * The two hubs of the exchange, each with its part in it, its place, its page and its place on
 * the map (the hub page's map, #where). A hub no longer public is left out by the query.
 */
export function StoryHubs({ hubs, headingId, as: Heading = "h2" }: { hubs: StoryHub[]; headingId: string; as?: "h2" | "h3" }) {
  const t = useTranslations("p2pStories.page");
  const locale = useLocale();
  if (!hubs.length) return null;
  return (
    <section aria-labelledby={headingId} className="mt-12">
      <Heading id={headingId} className="text-2xl font-bold tracking-tight text-stone-950">
        {t("hubsTitle")}
      </Heading>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2">
        {hubs.map((hub) => (
          <li key={hub.id} className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
            <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">{t("role", { role: hub.role ?? "other" })}</p>
            <p className="mt-1 text-xl font-semibold">
              <Link href={`/hubs/${hub.slug}`}>{hub.name}</Link>
            </p>
            <p className="mt-1 text-stone-700">{`${hub.city}, ${countryName(hub.countryCode, locale)}`}</p>
            <p className="mt-3">
              <Link href={`/hubs/${hub.slug}#where`}>{t("onMap", { name: hub.name })}</Link>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
