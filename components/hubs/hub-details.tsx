import type { PublicHub } from "@/lib/hubs/queries";
import { DISCIPLINES, HUB_FORMATS, HUB_KINDS, labelOf, MEMBER_COUNTS, SERVICES, TEAM_SIZES } from "@/lib/hubs/taxonomy";
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
      <dt className="font-semibold text-stone-900">{term}</dt>
      <dd className="mt-1 break-words text-stone-700 sm:mt-0">{children}</dd>
    </div>
  );
}

export function HubDetails({ hub }: { hub: PublicHub }) {
  const place = [hub.address, hub.city, countryName(hub.countryCode)].filter(Boolean).join(", ");
  return (
    <dl>
      <Detail term="Kind of hub">{labelOf(HUB_KINDS, hub.kind)}</Detail>
      <Detail term="Format">{labelOf(HUB_FORMATS, hub.format)}</Detail>
      <Detail term="Disciplines">{hub.disciplines.map((d) => labelOf(DISCIPLINES, d)).join(", ")}</Detail>
      {hub.services.length ? <Detail term="Services and facilities">{hub.services.map((s) => labelOf(SERVICES, s)).join(", ")}</Detail> : null}
      {hub.foundedYear ? <Detail term="Founded">{hub.foundedYear}</Detail> : null}
      {hub.teamSize ? <Detail term="Team">{labelOf(TEAM_SIZES, hub.teamSize)}</Detail> : null}
      {hub.membersCount ? <Detail term="Members">{labelOf(MEMBER_COUNTS, hub.membersCount)}</Detail> : null}
      <Detail term="Address">{place}</Detail>
      {hub.website ? (
        <Detail term="Website">
          <a href={hub.website} rel={OWNER_LINK_REL}>
            {shortUrl(hub.website)}
          </a>
        </Detail>
      ) : null}
      {hub.socialLinks.length ? (
        <Detail term="Elsewhere online">
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
