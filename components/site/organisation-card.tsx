import { countryName } from "@/lib/countries";
import type { ProgrammeOrganisationCard } from "@/lib/programme/queries";

const host = (url: string) => new URL(url).host.replace(/^www\./, "");

export function OrganisationCard({ organisation: o }: { organisation: ProgrammeOrganisationCard }) {
  return (
    <article className="h-full rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <h4 className="text-lg font-semibold text-stone-950">{o.name}</h4>
      <p className="mt-1 text-sm font-medium text-stone-600">
        {o.city}, {countryName(o.countryCode)}
      </p>
      <p className="mt-3 text-stone-700">{o.summary}</p>
      {o.website ? (
        <p className="mt-3">
          <a href={o.website} className="text-brand-800 underline hover:text-brand-900">
            {host(o.website)}
            <span className="sr-only"> (website of {o.name})</span>
          </a>
        </p>
      ) : null}
    </article>
  );
}
