import Link from "next/link";
import { ActionButton, InviteForm } from "@/components/account/hubs/owner-forms";
import { archiveHubAction, confirmHubInformationAction, removeHubOwnerAction, revokeHubInviteAction, unarchiveHubAction } from "@/lib/hubs/ownership/actions";
import type { OwnHub } from "@/lib/hubs/ownership/queries";
import { isConfirmationDue, isStale } from "@/lib/hubs/rules";
import { HUB_STATUS_LABELS } from "@/lib/hubs/taxonomy";
import { countryName } from "@/lib/countries";
import type { HubStatus } from "@/lib/generated/prisma/enums";

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Europe/Brussels" });

const STATUS_STYLE: Record<HubStatus, string> = {
  pending: "border-amber-700 bg-amber-50 text-amber-900",
  published: "border-green-700 bg-green-50 text-green-900",
  changes_requested: "border-orange-700 bg-orange-50 text-orange-900",
  rejected: "border-red-700 bg-red-50 text-red-900",
  archived: "border-stone-500 bg-stone-100 text-stone-800",
};

const NEXT_STEP: Record<HubStatus, string> = {
  pending: "Our team is checking it. We will email you when it is published, or if anything needs changing.",
  published: "It is on the map and in the directory.",
  changes_requested: "Our team asked for a few changes before publishing it. Edit the hub and submit it again.",
  rejected: "Our team did not accept it for the map. If you think the reason no longer applies, edit it and submit it again.",
  archived: "It is hidden from the map and the directory. Unarchive it to send it back to our team for review.",
};

export function StatusBadge({ status }: { status: HubStatus }) {
  return <span className={`inline-block rounded-full border px-3 py-0.5 text-sm font-semibold ${STATUS_STYLE[status]}`}>{HUB_STATUS_LABELS[status]}</span>;
}

/** One hub the signed-in person manages: where it stands, and everything they can do with it. */
export function OwnHubCard({ hub, me, now, confirmArchive, archiveHref }: { hub: OwnHub; me: string; now: Date; confirmArchive: boolean; archiveHref: string }) {
  const h = (part: string) => `hub-${hub.id}-${part}`;
  const showMessage = hub.moderatorMessage && (hub.status === "changes_requested" || hub.status === "rejected");
  return (
    <article id={`hub-${hub.id}`} aria-labelledby={h("name")} className="rounded-xl border border-stone-200 bg-white p-5 sm:p-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 id={h("name")} className="text-xl font-semibold break-words">{hub.name}</h3>
        <StatusBadge status={hub.status} />
      </div>
      <p className="text-stone-700">{hub.city}, {countryName(hub.countryCode)}</p>
      <p className="mt-3">{NEXT_STEP[hub.status]}</p>
      {showMessage ? (
        <div className="mt-3 rounded-md border-l-4 border-orange-700 bg-orange-50 px-4 py-3">
          <p className="font-semibold">{hub.status === "rejected" ? "The reason our team gave:" : "What our team asked for:"}</p>
          <p className="mt-1 whitespace-pre-wrap break-words">{hub.moderatorMessage}</p>
        </div>
      ) : null}

      {hub.status === "published" ? <Confirmation hub={hub} now={now} /> : null}

      <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
        {hub.status === "published" ? (
          <li><Link href={`/hubs/${hub.slug}`}>View the public page<span className="sr-only"> of {hub.name}</span></Link></li>
        ) : null}
        <li><Link href={`/account/hubs/${hub.id}/edit`}>Edit<span className="sr-only"> {hub.name}</span></Link></li>
      </ul>

      <Owners hub={hub} me={me} />

      <div className="mt-6 border-t border-stone-200 pt-4">
        {hub.status === "archived" ? (
          <div className="space-y-2">
            <p className="text-sm text-stone-700">Unarchiving sends the hub back to review: it reappears on the map once our team has checked it again.</p>
            <ActionButton action={unarchiveHubAction} fields={{ hubId: hub.id }}>Unarchive<span className="sr-only"> {hub.name}</span></ActionButton>
          </div>
        ) : confirmArchive ? (
          <section id="confirm-archive" aria-labelledby={h("archive")} className="rounded-md border-2 border-red-700 bg-red-50 p-4">
            <h4 id={h("archive")} className="font-semibold">Archive “{hub.name}”?</h4>
            <p className="mt-1">
              It leaves the map and the directory straight away, and its page stops being found. Nothing is deleted: you can unarchive it later, and it then goes back to our team for review before it reappears.
            </p>
            <div className="mt-3 flex flex-wrap items-center gap-4">
              <ActionButton action={archiveHubAction} fields={{ hubId: hub.id }} variant="danger" pendingLabel="Archiving…">Yes, archive “{hub.name}”</ActionButton>
              <Link href="/account/hubs">No, keep it as it is</Link>
            </div>
          </section>
        ) : (
          <Link href={archiveHref}>Archive this hub<span className="sr-only"> ({hub.name})</span></Link>
        )}
      </div>
    </article>
  );
}

function Confirmation({ hub, now }: { hub: OwnHub; now: Date }) {
  const stale = isStale(hub.confirmedAt, now);
  const due = isConfirmationDue(hub.confirmedAt, now);
  return (
    <div className={`mt-4 rounded-md p-4 ${stale ? "border-2 border-red-700 bg-red-50" : due ? "border-2 border-amber-700 bg-amber-50" : "border border-stone-200 bg-stone-50"}`}>
      <p>
        Last confirmed as true on <strong>{day.format(hub.confirmedAt)}</strong>.
        {stale ? (
          <> <strong>Not confirmed recently:</strong> it is marked so on its page and left out of the map&apos;s default view. Check the details and confirm them to bring it back.</>
        ) : due ? (
          <> It is time for the yearly check: are the details still right? Edit anything that changed, then confirm.</>
        ) : (
          <> We will ask you again a year after that.</>
        )}
      </p>
      <div className="mt-3">
        <ActionButton action={confirmHubInformationAction} fields={{ hubId: hub.id }} variant={due ? "primary" : "quiet"} pendingLabel="Confirming…">
          Confirm the information is still true<span className="sr-only"> for {hub.name}</span>
        </ActionButton>
      </div>
    </div>
  );
}

function Owners({ hub, me }: { hub: OwnHub; me: string }) {
  const lastOwner = hub.owners.length <= 1;
  return (
    <section aria-labelledby={`hub-${hub.id}-owners`} className="mt-6">
      <h4 id={`hub-${hub.id}-owners`} className="font-semibold">Who manages it</h4>
      <ul className="mt-2 divide-y divide-stone-200">
        {hub.owners.map(({ user }) => (
          <li key={user.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span className="break-words">{user.name}{user.id === me ? " (you)" : ""}</span>
            {lastOwner ? null : (
              <ActionButton action={removeHubOwnerAction} fields={{ hubId: hub.id, userId: user.id }}>
                {user.id === me ? <>Stop managing<span className="sr-only"> {hub.name}</span></> : <>Remove<span className="sr-only"> {user.name} from {hub.name}</span></>}
              </ActionButton>
            )}
          </li>
        ))}
        {hub.invites.map((invite) => (
          <li key={invite.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span className="break-all">
              {invite.email} <span className="text-sm text-stone-700">— invited{invite.invitedBy ? ` by ${invite.invitedBy.name}` : ""}, until {day.format(invite.expires)}</span>
            </span>
            <ActionButton action={revokeHubInviteAction} fields={{ hubId: hub.id, inviteId: invite.id }}>
              Withdraw invitation<span className="sr-only"> to {invite.email}</span>
            </ActionButton>
          </li>
        ))}
      </ul>
      {lastOwner ? <p className="mt-1 text-sm text-stone-700">A hub always keeps at least one owner. Invite a colleague to share the work.</p> : null}
      <details className="mt-3">
        <summary className="cursor-pointer font-medium text-brand-700">Invite a co-owner<span className="sr-only"> to {hub.name}</span></summary>
        <div className="mt-3">
          <InviteForm hubId={hub.id} />
        </div>
      </details>
    </section>
  );
}
