// The hub as its public page will show it, from validated form values. Rendered on the
// server (the form's action returns it); everything typed is shown as text, never as HTML.
import { useTranslations } from "next-intl";
import type { HubInput } from "@/lib/hubs/schema";
import { labelOf } from "@/lib/hubs/taxonomy";
import { countryName } from "@/lib/countries";
import { mediaUrl } from "@/lib/storage/urls";

type Props = { hub: HubInput; imageKey: string | null };

function Detail({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm font-semibold text-stone-600">{term}</dt>
      <dd className="mt-0.5 text-stone-900">{children}</dd>
    </div>
  );
}

function Tags({ label, items }: { label: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <div className="mt-6">
      <h4 className="font-semibold text-stone-950">{label}</h4>
      <ul className="mt-2 flex flex-wrap gap-2">
        {items.map((item) => (
          <li key={item} className="rounded-full bg-stone-100 px-3 py-1 text-sm text-stone-800">
            {item}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function HubPreview({ hub, imageKey }: Props) {
  const words = useTranslations("hubs.taxonomy");
  const links = [...(hub.website ? [hub.website] : []), ...hub.socialLinks];
  return (
    <article className="overflow-hidden rounded-xl border border-stone-300 bg-white">
      {imageKey ? (
        // A stored, resized upload served by /media: not a candidate for next/image's optimiser.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={mediaUrl(imageKey)} alt={hub.imageAlt ?? ""} className="max-h-72 w-full object-cover" />
      ) : null}
      <div className="p-6">
        <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">
          {labelOf(words, "kinds", hub.kind)} · {labelOf(words, "formats", hub.format)}
        </p>
        <h3 className="mt-1 text-2xl font-bold tracking-tight text-stone-950 [overflow-wrap:anywhere]">{hub.name}</h3>
        <p className="mt-1 text-stone-700">
          {hub.city}, {countryName(hub.countryCode)}
        </p>
        <p className="mt-4 text-lg text-stone-800 [overflow-wrap:anywhere]">{hub.summary}</p>
        {hub.story ? <div className="mt-4 whitespace-pre-line text-stone-800 [overflow-wrap:anywhere]">{hub.story}</div> : null}
        <Tags label="Disciplines" items={hub.disciplines.map((d) => labelOf(words, "disciplines", d))} />
        <Tags label="Services and facilities" items={hub.services.map((s) => labelOf(words, "services", s))} />
        <dl className="mt-6 grid gap-4 sm:grid-cols-2">
          {hub.address ? <Detail term="Address">{hub.address}</Detail> : null}
          <Detail term="On the map">
            {hub.latitude.toFixed(5)}, {hub.longitude.toFixed(5)}
          </Detail>
          {hub.foundedYear ? <Detail term="Founded">{hub.foundedYear}</Detail> : null}
          {hub.teamSize ? <Detail term="Team">{labelOf(words, "teamSizes", hub.teamSize)}</Detail> : null}
          {hub.membersCount ? <Detail term="Members">{labelOf(words, "memberCounts", hub.membersCount)}</Detail> : null}
          <Detail term="Peer-to-peer exchanges">{hub.openToExchanges ? "Open to hosting exchanges" : "Not hosting exchanges for now"}</Detail>
        </dl>
        {links.length ? (
          <div className="mt-6">
            <h4 className="font-semibold text-stone-950">Links</h4>
            <ul className="mt-2 space-y-1">
              {links.map((url) => (
                <li key={url} className="[overflow-wrap:anywhere]">
                  <a href={url} target="_blank" rel="nofollow ugc noopener noreferrer" className="text-brand-800 underline hover:text-brand-900">
                    {url}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <p className="mt-6 rounded-md bg-stone-50 px-4 py-3 text-sm text-stone-700">
          Visitors write to the hub through a form on its page. Your contact address ({hub.contactEmail}) stays private: it is only shown here,
          to you.
        </p>
      </div>
    </article>
  );
}
