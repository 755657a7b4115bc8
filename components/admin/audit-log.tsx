// The audit log as staff read it: who (linked to their account), what in words, which
// record (linked to its staff page), and what an edit changed.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { FIELD_LABELS, type ReviewedField } from "@/components/admin/hubs/hub-value";
import { isAuditAction, type AuditAction } from "@/lib/audit-vocabulary";
import { Role } from "@/lib/generated/prisma/enums";
import type { AuditLogEntry } from "@/lib/users/queries";
import { formatTimestamp } from "@/lib/timestamps";

// Every action has its words: a new action without them fails the build.
const ACTION_WORDS: Record<AuditAction, string> = {
  "user.signed-up": "signed up",
  "user.email-verified": "confirmed their email address",
  "user.password-reset": "reset their password from an emailed link",
  "user.password-changed": "changed their password",
  "user.profile-updated": "updated their profile",
  "user.deleted": "deleted their account",
  "user.role-changed": "changed the role of",
  "contact.handled": "marked as dealt with",
  "contact.reopened": "reopened",
  "event.created": "created, as a draft, the event",
  "event.updated": "edited the event",
  "event.published": "published the event",
  "event.unpublished": "unpublished the event",
  "event.cancelled": "cancelled the event",
  "event.application.submitted": "sent",
  "event.registration.submitted": "registered with",
  "event.application.updated": "edited",
  "event.application.withdrawn": "withdrew",
  "event.application.accepted": "accepted",
  "event.application.declined": "declined",
  "event.application.waitlisted": "put on the waiting list",
  "event.application.offered": "offered a freed seat to",
  "event.application.offer-accepted": "took the seat offered to",
  "event.application.offer-declined": "turned down the seat offered to",
  "event.application.offer-lapsed": "let lapse the seat offered to",
  "hub.submitted": "submitted for review the hub",
  "hub.updated": "edited the hub",
  "hub.resubmitted": "resubmitted with changes the hub",
  "hub.approved": "approved the hub",
  "hub.changes-requested": "asked for changes to the hub",
  "hub.rejected": "rejected the hub",
  "hub.archived": "archived the hub",
  "hub.unarchived": "unarchived the hub",
  "hub.confirmed": "confirmed as still true the hub",
  "hub.management-requested": "asked to manage the hub",
  "hub.manager-approved": "approved a request to manage the hub",
  "hub.manager-declined": "declined a request to manage the hub",
  "hub.invite-sent": "invited a co-owner to the hub",
  "hub.invite-revoked": "withdrew a co-owner's invitation to the hub",
  "hub.owner-added": "became an owner of the hub",
  "hub.owner-removed": "removed an owner from the hub",
  "hub.membership-requested": "asked for network membership for the hub",
  "hub.membership-accepted": "accepted into the network the hub",
  "hub.membership-declined": "declined network membership for the hub",
  "hub.membership-set": "recorded network membership of the hub",
  "hub.membership-ended": "ended network membership of the hub",
  "p2p.round.created": "created, as a draft, the P2P round",
  "p2p.round.updated": "edited the P2P round",
  "p2p.round.published": "published the P2P round",
  "p2p.round.unpublished": "unpublished the P2P round",
  "p2p.round.review-started": "started the review of the P2P round",
  "p2p.round.results-released": "released the results of the P2P round",
  "p2p.round.closed": "closed the P2P round",
  "p2p.host.opened": "opened to hosting in a P2P round",
  "p2p.host.updated": "changed the hosting offer",
  "p2p.host.closed": "stopped hosting in a P2P round",
  "p2p.application.started": "started",
  "p2p.application.updated": "edited",
  "p2p.application.submitted": "sent to the host",
  "p2p.application.host-accepted": "agreed, as host, to",
  "p2p.application.host-declined": "declined, as host,",
  "p2p.application.host-lapsed": "let lapse, unanswered by the host,",
  "p2p.application.rehosted": "asked another host for",
  "p2p.application.withdrawn": "withdrew",
  "p2p.application.selection-set": "set the panel decision on",
  "p2p.application.selection-swapped": "swapped the selected and the reserve places of",
  "p2p.application.selected": "released as selected",
  "p2p.application.reserved": "released as reserve",
  "p2p.application.not-selected": "released as not selected",
  "p2p.application.promoted": "moved from the reserve list to selected",
  "p2p.application.agreement-signed": "signed the grant agreement of",
  "p2p.application.report-submitted": "sent the report of",
  "p2p.application.report-changes-requested": "asked for changes to the report of",
  "p2p.application.report-approved": "approved the report of",
  "p2p.application.paid": "recorded the grant payment of",
  "p2p.report.host-note-saved": "wrote, as host, the note on the report of",
  "p2p.panel.rubric-updated": "changed the rubric of",
  "p2p.panel.reviewer-added": "added a reviewer to the panel of",
  "p2p.panel.reviewer-removed": "removed a reviewer from the panel of",
  "p2p.panel.assigned": "assigned a reviewer to",
  "p2p.panel.unassigned": "took a reviewer off",
  "p2p.panel.closed": "closed the panel of",
  "p2p.review.conflict-confirmed-none": "confirmed having no conflict with",
  "p2p.review.conflict-declared": "declared a conflict with",
  "p2p.review.submitted": "submitted a review of",
  "p2p.review.changed": "changed their review of",
  "article.created": "drafted",
  "article.updated": "edited",
  "article.published": "published",
  "article.unpublished": "unpublished",
  "article.archived": "archived",
  "article.scheduled": "scheduled",
  "article.unscheduled": "unscheduled",
  "article.restored": "restored an earlier version of",
  "article.submitted": "submitted for review",
  "article.returned": "returned to its writer",
  "resource.created": "added to the library",
  "resource.updated": "edited",
  "resource.file-uploaded": "uploaded a file for",
  "resource.published": "published",
  "resource.unpublished": "unpublished",
  "resource.archived": "archived",
  "resource.suggested": "suggested for the library",
  "resource.suggestion-accepted": "accepted into the library",
  "resource.suggestion-declined": "declined the suggestion",
  "job.run-requested": "started by hand the job",
};


const accountHref = (email: string) => `/admin/users?q=${encodeURIComponent(email)}`;

/** The record an entry is about, named and linked to where staff deal with it. */
function Target({ entry }: { entry: AuditLogEntry }) {
  const { targetType, targetId, targetName, targetEmail, targetEvent, targetHubId, targetKind } = entry;
  const gone = <span className="text-stone-600">(since deleted)</span>;
  switch (targetType) {
    case "hub":
      return targetName ? <Link href={`/admin/hubs/${targetId}`}>{targetName}</Link> : <>a hub {gone}</>;
    case "event":
      return targetName ? <Link href={`/admin/events/${targetId}/edit`}>{targetName}</Link> : <>an event {gone}</>;
    case "user":
      return targetName && targetEmail ? <Link href={accountHref(targetEmail)}>{targetName}</Link> : <>an account {gone}</>;
    case "EventApplication":
      return targetEvent ? (
        <>
          {targetName}&apos;s application to <Link href={`/admin/events/${targetEvent.id}/applications`}>{targetEvent.title}</Link>
        </>
      ) : (
        <>an application {gone}</>
      );
    case "contact-message":
      return targetName ? <Link href="/admin/messages">the message from {targetName}</Link> : <>a message {gone}</>;
    case "job":
      return <Link href="/admin/jobs">{targetId}</Link>;
    case "p2p-round":
      return targetName ? <Link href={`/admin/p2p/rounds/${targetId}`}>{targetName}</Link> : <>a P2P round {gone}</>;
    case "p2p-application":
      return targetName ? (
        <Link href={`/admin/p2p/applications/${targetId}`}>{targetName}&apos;s P2P application</Link>
      ) : (
        <>a P2P application {gone}</>
      );
    case "article":
      // A P2P story is edited under /admin/p2p; news and members' stories in the news editor.
      if (!targetName) return <>an article {gone}</>;
      return targetKind === "p2p_story" ? <Link href={`/admin/p2p/stories/${targetId}`}>the P2P story “{targetName}”</Link> : <Link href={`/admin/news/${targetId}`}>the article “{targetName}”</Link>;
    case "resource":
      return targetName ? <Link href={`/admin/tools/${targetId}`}>the resource “{targetName}”</Link> : <>a resource {gone}</>;
    case "resource-suggestion":
      return targetName ? <Link href="/admin/tools/suggestions">the suggestion “{targetName}”</Link> : <>a suggestion {gone}</>;
    case "hub-membership-request":
      // The actions' words name the request already ("asked for network membership for the hub").
      return targetName && targetHubId ? <Link href={`/admin/hubs/${targetHubId}`}>{targetName}</Link> : <>{gone}</>;
    case "p2p-host-offer":
      return targetName && targetHubId ? (
        <>
          for <Link href={`/admin/hubs/${targetHubId}`}>{targetName}</Link>
        </>
      ) : (
        <>a hosting offer {gone}</>
      );
    default:
      return (
        <>
          {targetType} <code className="text-xs">{targetId}</code>
        </>
      );
  }
}

/** A person's own account change (signing up, a new password, leaving): the record is the actor, or gone. */
const aboutThemselves = (e: AuditLogEntry) => e.targetType === "user" && (e.targetId === e.actor?.id || e.action === "user.deleted");

const brief = (value: unknown): string => {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return "not given";
  if (typeof value === "boolean") return value ? "yes" : "no";
  const text = Array.isArray(value) ? value.join(", ") : String(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
};

/** "applicationsCloseOn" → "applications close on". */
const fieldWords = (field: string) => FIELD_LABELS[field as ReviewedField] ?? field.replace(/([A-Z])/g, " $1").toLowerCase();

type Data = { changes?: unknown; message?: unknown; from?: unknown; to?: unknown; email?: unknown };

/** What the row's data adds: the fields an edit changed (old → new where recorded), a role's change, the message sent. */
function Details({ entry }: { entry: AuditLogEntry }) {
  const roles = useTranslations("account.roles");
  const roleName = (role: string) => (Object.hasOwn(Role, role) ? roles(role as Role) : role);
  const data = (entry.data ?? {}) as Data;
  const parts: React.ReactNode[] = [];
  if (Array.isArray(data.changes) && data.changes.length) {
    parts.push(
      <ul key="changes" className="list-disc pl-5">
        {data.changes.map((change, i) =>
          typeof change === "string" ? (
            <li key={i}>changed the {fieldWords(change)}</li>
          ) : (
            <li key={i}>
              {fieldWords(String((change as { field: unknown }).field))}: {brief((change as { before: unknown }).before)} →{" "}
              {brief((change as { after: unknown }).after)}
            </li>
          ),
        )}
      </ul>,
    );
  }
  if (entry.action === "user.role-changed" && typeof data.from === "string" && typeof data.to === "string") {
    parts.push(<p key="role">{`${roleName(data.from)} → ${roleName(data.to)}`}</p>);
  }
  if (typeof data.email === "string") parts.push(<p key="email">{data.email}</p>);
  if (typeof data.message === "string" && data.message) parts.push(<p key="message" className="whitespace-pre-wrap">“{brief(data.message)}”</p>);
  return parts.length ? <>{parts}</> : null;
}

/** A page of the audit log. Its table scrolls sideways on a phone, in a region the keyboard can reach. */
export function AuditLog({ entries }: { entries: AuditLogEntry[] }) {
  return (
    <div role="region" aria-label="Audit events" tabIndex={0} className="mt-4 overflow-x-auto">
      {/* Wide enough to read a row on one screen; narrower screens scroll the region. */}
      <table className="w-full min-w-[52rem] border-collapse bg-white text-left text-sm">
        <caption className="sr-only">Audit events, newest first</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="p-3">When</th>
            <th scope="col" className="p-3">Who</th>
            <th scope="col" className="p-3">What</th>
            <th scope="col" className="p-3">Changes</th>
            <th scope="col" className="p-3">Request</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-b border-stone-200 align-top">
              <td className="p-3 whitespace-nowrap">{formatTimestamp(e.createdAt)}</td>
              <td className="p-3">
                {e.actor ? (
                  <Link href={accountHref(e.actor.email)}>{e.actor.name}</Link>
                ) : (
                  <span className="text-stone-700">The site, or an account since deleted</span>
                )}
              </td>
              <td className="p-3">
                {isAuditAction(e.action) ? ACTION_WORDS[e.action] : <code>{e.action}</code>} {aboutThemselves(e) ? null : <Target entry={e} />}
              </td>
              <td className="p-3 break-words">
                <Details entry={e} />
              </td>
              <td className="p-3">
                <code className="text-xs">{e.requestId ?? "—"}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
