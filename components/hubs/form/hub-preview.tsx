"use client";
// The hub as its public page will show it, from the validated values the form's action
// returns. Everything typed is shown as text, never as HTML.
import { useLocale, useTranslations } from "next-intl";
import type { HubPreviewData } from "@/lib/hubs/form-state";
import { labelOf } from "@/lib/hubs/taxonomy";
import { countryName } from "@/lib/countries";
import { mediaUrl } from "@/lib/storage/urls";

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

export function HubPreview({ hub, imageKey }: HubPreviewData) {
  const t = useTranslations("hubForms.preview");
  const locale = useLocale();
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
          {hub.city}, {countryName(hub.countryCode, locale)}
        </p>
        <p className="mt-4 text-lg text-stone-800 [overflow-wrap:anywhere]">{hub.summary}</p>
        {hub.story ? <div className="mt-4 whitespace-pre-line text-stone-800 [overflow-wrap:anywhere]">{hub.story}</div> : null}
        <Tags label={t("disciplines")} items={hub.disciplines.map((d) => labelOf(words, "disciplines", d))} />
        <Tags label={t("services")} items={hub.services.map((s) => labelOf(words, "services", s))} />
        <dl className="mt-6 grid gap-4 sm:grid-cols-2">
          {hub.address ? <Detail term={t("address")}>{hub.address}</Detail> : null}
          <Detail term={t("onTheMap")}>
            {hub.latitude.toFixed(5)}, {hub.longitude.toFixed(5)}
          </Detail>
          {hub.foundedYear ? <Detail term={t("founded")}>{hub.foundedYear}</Detail> : null}
          {hub.teamSize ? <Detail term={t("team")}>{labelOf(words, "teamSizes", hub.teamSize)}</Detail> : null}
          {hub.membersCount ? <Detail term={t("members")}>{labelOf(words, "memberCounts", hub.membersCount)}</Detail> : null}
          <Detail term={t("exchanges")}>{hub.openToExchanges ? t("openToExchanges") : t("notOpenToExchanges")}</Detail>
        </dl>
        {links.length ? (
          <div className="mt-6">
            <h4 className="font-semibold text-stone-950">{t("links")}</h4>
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
        <p className="mt-6 rounded-md bg-stone-50 px-4 py-3 text-sm text-stone-700 [overflow-wrap:anywhere]">{t("contactPrivate", { email: hub.contactEmail })}</p>
      </div>
    </article>
  );
}
