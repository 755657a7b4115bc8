import Link from "next/link";
import { ActionButton } from "@/components/account/hubs/owner-forms";
import { deleteHubDraftAction } from "@/lib/hubs/ownership/actions";
import type { RequestStatus } from "@/lib/generated/prisma/enums";
import { formatTimestamp } from "@/lib/timestamps";

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Europe/Brussels" });

/** Unfinished "add your hub" forms: continue one, or throw it away. Shown only when there are some. */
export function OwnDrafts({ drafts }: { drafts: { id: string; name: string; updatedAt: Date }[] }) {
  if (drafts.length === 0) return null;
  return (
    <section aria-labelledby="drafts" className="mt-12">
      <h2 id="drafts" className="text-2xl font-bold">Drafts</h2>
      <p className="mt-2 text-stone-700">Hubs you started adding and saved to finish later. Nobody else sees them.</p>
      <ul className="mt-4 divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
        {drafts.map((draft) => {
          const name = draft.name.trim() || "Untitled hub";
          return (
            <li key={draft.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div>
                <p className="font-semibold break-words">{name}</p>
                <p className="text-sm text-stone-700">Last saved {formatTimestamp(draft.updatedAt)}</p>
              </div>
              <div className="flex flex-wrap items-center gap-4">
                <Link href={`/hubs/new?draft=${draft.id}`}>Continue<span className="sr-only"> {name}</span></Link>
                <ActionButton action={deleteHubDraftAction} fields={{ draftId: draft.id }}>Delete draft<span className="sr-only"> {name}</span></ActionButton>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const REQUEST_STATUS: Record<RequestStatus, string> = {
  pending: "Waiting for our team",
  approved: "Approved — you manage it now",
  declined: "Declined",
};

type Request = { id: string; status: RequestStatus; createdAt: Date; decidedAt: Date | null; hub: { name: string; slug: string; status: string } };

/** The "this is my hub — ask to manage it" requests the person made. Shown only when there are some. */
export function OwnRequests({ requests }: { requests: Request[] }) {
  if (requests.length === 0) return null;
  return (
    <section aria-labelledby="requests" className="mt-12">
      <h2 id="requests" className="text-2xl font-bold">Your requests to manage a hub</h2>
      <p className="mt-2 text-stone-700">Our team looks at each request and emails you the answer.</p>
      <ul className="mt-4 divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
        {requests.map((r) => (
          <li key={r.id} className="p-4">
            <p className="font-semibold break-words">
              {r.hub.status === "published" ? <Link href={`/hubs/${r.hub.slug}`}>{r.hub.name}</Link> : r.hub.name}
            </p>
            <p className="text-sm text-stone-700">
              Asked on {day.format(r.createdAt)} · <strong>{REQUEST_STATUS[r.status]}</strong>
              {r.decidedAt ? <> on {day.format(r.decidedAt)}</> : null}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
