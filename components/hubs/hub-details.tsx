import { useLocale, useTranslations } from "next-intl";
import type { PublicHub } from "@/lib/hubs/queries";
import { labelOf } from "@/lib/hubs/taxonomy";
import { countryName } from "@/lib/countries";

/** "https://www.example.org/about/" → "example.org/about" */
const shortUrl = (url: string) => {
  const u = new URL(url);
  return (u.host.replace(/^www\./, "") + u.pathname).replace(/\/+$/, "");
};

// Links the hub's owners typed: not endorsed by us (nofollow ugc), no window.opener.
const OWNER_LINK_REL = "noopener nofollow ugc";

function Detail({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="border-t border-stone-200 py-3 sm:grid sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="font-semibold break-words text-stone-900">{term}</dt>
      <dd className="mt-1 break-words text-stone-700 sm:mt-0">{children}</dd>
    </div>
  );
}

export function HubDetails({ hub }: { hub: PublicHub }) {
  const t = useTranslations("hubs.details");
  const words = useTranslations("hubs.taxonomy");
  const locale = useLocale();
  const place = [hub.address, hub.city, countryName(hub.countryCode, locale)].filter(Boolean).join(", ");
  return (
    <dl>
      <Detail term={t("kind")}>{labelOf(words, "kinds", hub.kind)}</Detail>
      <Detail term={t("format")}>{labelOf(words, "formats", hub.format)}</Detail>
      <Detail term={t("disciplines")}>{hub.disciplines.map((d) => labelOf(words, "disciplines", d)).join(", ")}</Detail>
      {hub.services.length ? <Detail term={t("services")}>{hub.services.map((s) => labelOf(words, "services", s)).join(", ")}</Detail> : null}
      {hub.foundedYear ? <Detail term={t("founded")}>{hub.foundedYear}</Detail> : null}
      {hub.teamSize ? <Detail term={t("team")}>{labelOf(words, "teamSizes", hub.teamSize)}</Detail> : null}
      {hub.membersCount ? <Detail term={t("members")}>{labelOf(words, "memberCounts", hub.membersCount)}</Detail> : null}
      <Detail term={t("address")}>{place}</Detail>
      {hub.website ? (
        <Detail term={t("website")}>
          <a href={hub.website} rel={OWNER_LINK_REL}>
            {shortUrl(hub.website)}
          </a>
        </Detail>
      ) : null}
      {hub.socialLinks.length ? (
        <Detail term={t("elsewhere")}>
          <ul className="space-y-1">
            {hub.socialLinks.map((link) => (
              <li key={link}>
                <a href={link} rel={OWNER_LINK_REL}>
                  {shortUrl(link)}
                </a>
              </li>
            ))}
          </ul>
        </Detail>
      ) : null}
    </dl>
  );
}
