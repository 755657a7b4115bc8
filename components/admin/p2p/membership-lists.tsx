// The members page's lists: requests to join waiting for a decision (with the four criteria
// the owners answer), the member hubs, and published hubs found to mark as members.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { EndMembershipForm, MembershipRequestForms, SetMembershipForm } from "@/components/admin/p2p/membership-forms";
import { day, KIND_LABELS } from "@/components/admin/p2p/format";
import { isoDate } from "@/lib/calendar";
import { countryName } from "@/lib/countries";
import type { PendingMembershipRequest, StaffMember } from "@/lib/p2p/membership/admin-queries";
import { MEMBERSHIP_CRITERIA } from "@/lib/p2p/membership/rules";
import { formatTimestamp } from "@/lib/timestamps";

const place = (hub: { city: string; countryCode: string }) => `${hub.city}, ${countryName(hub.countryCode, "en-GB")}`;

/** The four criteria, in the words owners read (the English catalogue). */
export function MembershipCriteria() {
  const t = useTranslations("p2pMembership.criteria");
  return (
    <ul className="list-disc pl-5">
      {MEMBERSHIP_CRITERIA.map((code) => (
        <li key={code}>{t(code)}</li>
      ))}
    </ul>
  );
}

export function MembershipRequestList({ requests }: { requests: PendingMembershipRequest[] }) {
  return (
    <ol className="space-y-4">
      {requests.map((r) => {
        const requester = r.user?.name ?? "the owners";
        return (
          <li key={r.id}>
            <article aria-labelledby={`request-${r.id}`} className="rounded-xl border border-stone-200 bg-white p-4 [overflow-wrap:anywhere]">
              <h3 id={`request-${r.id}`} className="text-lg font-semibold">
                <Link href={`/admin/hubs/${r.hub.id}`}>{r.hub.name}</Link> asks to join as {r.kind === "regular" ? "a regular" : "an associate"} member
              </h3>
              <p className="text-sm text-stone-700">
                {place(r.hub)} · asked {formatTimestamp(r.createdAt)} by {r.user ? <a href={`mailto:${r.user.email}`}>{r.user.name}</a> : "an account since deleted"}
                {r.hub.status !== "published" ? " · the hub is no longer published" : ""}
                {r.hub.membership ? ` · already a ${KIND_LABELS[r.hub.membership.kind].toLowerCase()} member since ${day(r.hub.membership.since)}` : ""}
              </p>
              <div className="mt-3 grid gap-4 lg:grid-cols-2">
                <div>
                  <h4 className="font-semibold">The criteria</h4>
                  <MembershipCriteria />
                </div>
                <div>
                  <h4 className="font-semibold">How the hub meets them, in the owners&apos; words</h4>
                  <blockquote className="mt-1 whitespace-pre-wrap border-l-4 border-stone-300 pl-3">{r.message}</blockquote>
                </div>
              </div>
              <div className="mt-4">
                <MembershipRequestForms requestId={r.id} requester={requester} kind={r.kind} />
              </div>
            </article>
          </li>
        );
      })}
    </ol>
  );
}

export function MemberList({ members }: { members: StaffMember[] }) {
  return (
    <ol className="space-y-3">
      {members.map((m) => (
        <li key={m.hub.id}>
          <article aria-labelledby={`member-${m.hub.id}`} className="rounded-xl border border-stone-200 bg-white p-4 [overflow-wrap:anywhere]">
            <h3 id={`member-${m.hub.id}`} className="text-lg font-semibold">
              <Link href={`/admin/hubs/${m.hub.id}`}>{m.hub.name}</Link>
            </h3>
            <p className="text-sm text-stone-700">
              {place(m.hub)} · {KIND_LABELS[m.kind]} member since {day(m.since)}
              {m.hub.status !== "published" ? " · the hub is not published now" : ""}
            </p>
            <details className="mt-2">
              <summary className="cursor-pointer font-medium">Change or end<span className="sr-only"> the membership of {m.hub.name}</span></summary>
              <div className="mt-3 space-y-4">
                <SetMembershipForm hubId={m.hub.id} hubName={m.hub.name} kind={m.kind} since={isoDate(m.since)} button="Save" />
                <EndMembershipForm hubId={m.hub.id} hubName={m.hub.name} />
              </div>
            </details>
          </article>
        </li>
      ))}
    </ol>
  );
}

type FoundHub = { id: string; name: string; city: string; countryCode: string };

export function HubsToMark({ hubs, today }: { hubs: FoundHub[]; today: string }) {
  return (
    <ol className="space-y-3">
      {hubs.map((hub) => (
        <li key={hub.id} className="rounded-xl border border-stone-200 bg-white p-4 [overflow-wrap:anywhere]">
          <h3 className="text-lg font-semibold">
            <Link href={`/admin/hubs/${hub.id}`}>{hub.name}</Link>
          </h3>
          <p className="text-sm text-stone-700">{place(hub)}</p>
          <div className="mt-3">
            <SetMembershipForm hubId={hub.id} hubName={hub.name} since={today} button="Mark as a member" />
          </div>
        </li>
      ))}
    </ol>
  );
}
