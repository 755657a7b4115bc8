import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { HubDecisionForm, RequestDecisionForms } from "@/components/admin/hubs/decision-forms";
import { formatTimestamp } from "@/lib/timestamps";
import { HubChanges } from "@/components/admin/hubs/hub-changes";
import { HubHistory } from "@/components/admin/hubs/hub-history";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requireStaff } from "@/lib/auth/session";
import type { CurrentUser } from "@/lib/auth/user";
import { NotFoundError } from "@/lib/errors";
import { HUB_MODERATION, submissionKind, type HubDecision } from "@/lib/hubs/moderation/rules";
import { getHubForModeration } from "@/lib/hubs/moderation/queries";
import { decisionsFrom } from "@/lib/workflow/transitions";
import { PageNotice } from "@/components/site/page-notice";

export const metadata: Metadata = { title: "Review a hub" };

/** What the decision forms' actions may answer. */
const FORM_MESSAGES = ["hubManagement.moderation.refused", "hubManagement.moderation.errors", "hubManagement.requests.refused"];

const FORMS: Record<HubDecision, { title: string; intro: string; button: string; message?: { label: string; hint: string; required: boolean }; variant?: "danger" }> = {
  approve: { title: "Approve", intro: "The hub appears on the map, in the directory and in the open data at once.", button: "Approve and publish" },
  requestChanges: {
    title: "Ask for changes",
    intro: "The owners can edit the hub and send it again; it then comes back to this queue.",
    button: "Request changes",
    message: { label: "What should the owners change?", hint: "Sent to the owners and shown with their hub. Be specific and kind.", required: true },
  },
  reject: {
    title: "Reject",
    intro: "For hubs that do not belong on the map (not a creative hub, outside Europe, spam).",
    button: "Reject",
    message: { label: "Reason for rejecting", hint: "Sent to the owners and shown with their hub.", required: true },
    variant: "danger",
  },
  archive: {
    title: "Archive",
    intro: "Takes the hub off the map, the directory and the open data, for example when it has closed.",
    button: "Archive the hub",
    message: { label: "Reason for archiving", hint: "Sent to the owners.", required: false },
    variant: "danger",
  },
};

async function load(actor: CurrentUser, id: string) {
  try {
    return await getHubForModeration(actor, id);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-2xl font-bold">{title}</h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

export default async function AdminHubPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const { id } = await params;
  const { hub, current, reviewed, version, history } = await load(actor, id);
  const t = await getTranslations("hubManagement");
  const hubs = await getTranslations("hubs");
  const decisions = decisionsFrom(HUB_MODERATION, hub.status);
  return (
    <div className="[overflow-wrap:anywhere]">
      <p><Link href="/admin/hubs">← Back to the hubs</Link></p>
      <h1 className="mt-2 text-3xl font-bold">{hub.name}</h1>
      <p className="mt-2 text-stone-700">
        <strong>{hubs(`status.${hub.status}`)}</strong>
        {hub.status === "pending" ? <> · {t(`moderation.submission.${submissionKind(hub)}`)} · submitted {formatTimestamp(hub.submittedAt ?? hub.createdAt)}</> : null}
        {hub.publishedAt ? <> · first published {formatTimestamp(hub.publishedAt)}</> : null}
        {hub.status === "published" ? <> · <Link href={`/hubs/${hub.slug}`}>public page</Link></> : null}
      </p>
      <PageNotice page="adminHub" />

      <Section id="changes" title={reviewed ? "Changes since the last review" : "What was submitted"}>
        <HubChanges reviewed={reviewed} current={current} />
      </Section>

      <Section id="private" title="Owners and private details">
        <dl className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          <div className="grid gap-1 p-3 sm:grid-cols-[14rem_1fr] sm:gap-4">
            <dt className="font-medium">Owners</dt>
            <dd>
              {hub.owners.length === 0 ? "No owner: their accounts were deleted." : (
                <ul>
                  {hub.owners.map((o) => (
                    <li key={o.user.id}>{o.user.name} (<a href={`mailto:${o.user.email}`}>{o.user.email}</a>), since {formatTimestamp(o.createdAt)}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
          <div className="grid gap-1 p-3 sm:grid-cols-[14rem_1fr] sm:gap-4">
            <dt className="font-medium">Contact email</dt>
            <dd>{hub.contactEmail}</dd>
          </div>
          <div className="grid gap-1 p-3 sm:grid-cols-[14rem_1fr] sm:gap-4">
            <dt className="font-medium">Last message to the owners</dt>
            <dd className="whitespace-pre-wrap">{hub.moderatorMessage ?? "None."}</dd>
          </div>
          <div className="grid gap-1 p-3 sm:grid-cols-[14rem_1fr] sm:gap-4">
            <dt className="font-medium">Last confirmed by its owners</dt>
            <dd>{formatTimestamp(hub.confirmedAt)}</dd>
          </div>
        </dl>
      </Section>

      <ClientMessages only={FORM_MESSAGES}>
        <Section id="decide" title="Decision">
          {decisions.length === 0 ? (
            <p className="text-stone-700">
              Nothing to decide: this hub is “{hubs(`status.${hub.status}`)}”. It comes back to the queue when its owners send it for review again.
            </p>
          ) : (
            <div className="grid gap-4 lg:grid-cols-3">
              {decisions.map((d) => (
                <section key={d} aria-labelledby={`decide-${d}`} className="rounded-xl border border-stone-200 bg-white p-4">
                  <h3 id={`decide-${d}`} className="text-lg font-semibold">{FORMS[d].title}</h3>
                  <p className="mb-3 text-sm text-stone-700">{FORMS[d].intro}</p>
                  <HubDecisionForm hubId={hub.id} version={version} decision={d} button={FORMS[d].button} message={FORMS[d].message} variant={FORMS[d].variant} />
                </section>
              ))}
            </div>
          )}
        </Section>

        <Section id="requests" title="Requests to manage this hub">
          {hub.managementRequests.length === 0 ? (
            <p className="text-stone-700">Nobody has asked to manage this hub.</p>
          ) : (
            <ol className="space-y-3">
              {hub.managementRequests.map((r) => (
                <li key={r.id}>
                  <article aria-labelledby={`request-${r.id}`} className="rounded-xl border border-stone-200 bg-white p-4">
                    <h3 id={`request-${r.id}`} className="font-semibold">
                      {r.user.name} (<a href={`mailto:${r.user.email}`}>{r.user.email}</a>) · asked {formatTimestamp(r.createdAt)}
                    </h3>
                    <p className="text-sm text-stone-700">
                      {r.status === "pending" ? "Waiting for a decision." : `${r.status === "approved" ? "Approved" : "Declined"}${r.decidedBy ? ` by ${r.decidedBy.name}` : ""}${r.decidedAt ? ` on ${formatTimestamp(r.decidedAt)}` : ""}.`}
                    </p>
                    <blockquote className="mt-2 whitespace-pre-wrap border-l-4 border-stone-300 pl-3">{r.message}</blockquote>
                    {r.status === "pending" ? <div className="mt-4"><RequestDecisionForms requestId={r.id} from="hub" requester={r.user.name} /></div> : null}
                  </article>
                </li>
              ))}
            </ol>
          )}
        </Section>
      </ClientMessages>

      <Section id="history" title="History">
        <HubHistory events={history} />
      </Section>
    </div>
  );
}
