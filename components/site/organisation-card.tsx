import { useLocale, useTranslations } from "next-intl";
import { countryName } from "@/lib/countries";
import { organisationKey } from "@/lib/programme/partners";
import type { ProgrammeOrganisationCard } from "@/lib/programme/queries";

const host = (url: string) => new URL(url).host.replace(/^www\./, "");

/** One organisation of the programme: its name and city as they are, the rest in the reader's language. */
export function OrganisationCard({ organisation: o }: { organisation: ProgrammeOrganisationCard }) {
  const t = useTranslations("about");
  const locale = useLocale();
  const key = organisationKey(o.slug);
  const country = countryName(o.countryCode, locale);
  return (
    <article className="h-full rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <h4 className="text-lg font-semibold break-words text-stone-950">{o.name}</h4>
      <p className="mt-1 text-sm font-medium text-stone-600">
        {o.city}, {country}
      </p>
      {/* An organisation the catalogue does not know (added to the database by hand) keeps its stored words. */}
      <p className="mt-3 text-stone-700">{key ? t(`organisations.${key}`) : o.summary}</p>
      {o.website ? (
        <p className="mt-3">
          <a href={o.website} className="text-brand-800 underline hover:text-brand-900">
            {host(o.website)}
            <span className="sr-only"> {t("organisation.websiteOf", { name: o.name })}</span>
          </a>
        </p>
      ) : null}
    </article>
  );
}
