import { useLocale, useTranslations } from "next-intl";
import { linkTo } from "@/components/i18n/rich-text";
import { EmptyState, Section } from "@/components/site/page";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/countries";
import type { HostOfRound } from "@/lib/p2p/hosts/queries";
import { languageOptions } from "@/lib/p2p/hosts/rules";

/** The map, showing only hubs open to exchanges (the `open` filter of lib/hubs/schema.ts). */
const MAP_OF_OPEN_HUBS = "/map?open=1";
const HOSTING = "/account/p2p/hosting";

function HostCard({ host }: { host: HostOfRound }) {
  const t = useTranslations("p2p.hosts");
  const locale = useLocale();
  const left = Math.max(0, host.places - host.placesTaken);
  const languages = languageOptions(host.languages, locale).map((l) => l.label);
  return (
    <article className="h-full rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <h3 className="text-lg font-semibold break-words text-stone-950">
        <Link href={`/hubs/${host.slug}`}>{host.name}</Link>
      </h3>
      <p className="mt-1 text-sm font-medium text-stone-600">{t("place", { city: host.city, country: countryName(host.countryCode, locale) })}</p>
      <p className={`mt-3 inline-block rounded-full px-2.5 py-0.5 text-sm font-semibold ${left ? "bg-brand-100 text-brand-900" : "bg-stone-200 text-stone-800"}`}>
        {left ? t("placesLeft", { count: left }) : t("full")}
      </p>
      <dl className="mt-3 space-y-2 text-stone-800">
        <div>
          <dt className="font-semibold text-stone-950">{t("offer")}</dt>
          <dd className="whitespace-pre-line break-words">{host.offer}</dd>
        </div>
        <div>
          <dt className="font-semibold text-stone-950">{t("availability")}</dt>
          <dd className="whitespace-pre-line break-words">{host.availability}</dd>
        </div>
        <div>
          <dt className="font-semibold text-stone-950">{t("languages")}</dt>
          <dd>{new Intl.ListFormat(locale, { type: "conjunction" }).format(languages)}</dd>
        </div>
      </dl>
    </article>
  );
}

/** The hubs hosting in the round, full ones included (with no places left), and the map of hubs open to exchanges. */
export function RoundHosts({ hosts }: { hosts: HostOfRound[] }) {
  const t = useTranslations("p2p.hosts");
  return (
    <Section title={t("title")} id="hosts">
      {hosts.length ? (
        <>
          <p className="max-w-3xl text-stone-800">{t("intro")}</p>
          <p className="mt-3">
            <Link href={MAP_OF_OPEN_HUBS}>{t("map")}</Link>
          </p>
          <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {hosts.map((host) => (
              <li key={host.id}>
                <HostCard host={host} />
              </li>
            ))}
          </ul>
          <p className="mt-6 text-stone-800 [&_a]:text-brand-800 [&_a]:underline">{t.rich("runAHub", { hosting: linkTo(HOSTING) })}</p>
        </>
      ) : (
        <EmptyState title={t("emptyTitle")}>
          <p>{t.rich("empty", { hosting: linkTo(HOSTING) })}</p>
          <p className="mt-2">
            <Link href={MAP_OF_OPEN_HUBS}>{t("map")}</Link>
          </p>
        </EmptyState>
      )}
    </Section>
  );
}
