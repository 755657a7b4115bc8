import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { APPLICATION_STATUS_LABELS, day, euros, HOST_REQUEST_STATUS_LABELS, plural, travelText } from "@/components/admin/p2p/format";
import { Fact } from "@/components/admin/p2p/fact";
import { GrantRecord } from "@/components/admin/p2p/grant-record";
import { PageNotice } from "@/components/site/page-notice";
import { requireStaff } from "@/lib/auth/session";
import type { CurrentUser } from "@/lib/auth/user";
import { countryName } from "@/lib/countries";
import { NotFoundError } from "@/lib/errors";
import { stayDays } from "@/lib/p2p/applications/grant";
import { getApplicationForStaff } from "@/lib/p2p/applications/admin-queries";
import { SIGNED_STATUSES } from "@/lib/p2p/applications/workflow";
import { reportForStaff } from "@/lib/p2p/reports/queries";
import { formatTimestamp } from "@/lib/timestamps";

export const metadata: Metadata = { title: "P2P application" };

/** The statuses whose page shows the agreement, report and payment. */
const AFTER_SELECTION: readonly string[] = ["selected", ...SIGNED_STATUSES];

const AIMS = { share_knowledge: "To share knowledge", collaborate: "To start a collaborative project", both: "Both: to share knowledge and start a project" } as const;

async function load(actor: CurrentUser, id: string) {
  try {
    return await getApplicationForStaff(actor, id);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

const Empty = () => <span className="text-stone-600 italic">not given</span>;
const text = (value: string | null) => (value?.trim() ? value : <Empty />);
const hubLink = (hub: { id: string; name: string; city: string; countryCode: string }) => (
  <>
    <Link href={`/admin/hubs/${hub.id}`}>{hub.name}</Link>, {hub.city}, {countryName(hub.countryCode, "en-GB")}
  </>
);

export default async function AdminP2PApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const a = await load(actor, (await params).id);
  const grant = await reportForStaff(actor, a.id);
  const days = stayDays(a.startsOn, a.endsOn);
  return (
    <div className="[overflow-wrap:anywhere]">
      <p><Link href={`/admin/p2p/applications?round=${a.round.id}`}>← Applications to {a.round.name}</Link></p>
      <h1 className="mt-2 text-3xl font-bold">{a.applicant.name}&apos;s application</h1>
      <p className="mt-2 text-stone-700">
        {APPLICATION_STATUS_LABELS[a.status]} · <Link href={`/admin/p2p/rounds/${a.round.id}`}>{a.round.name}</Link>
        {a.submittedAt ? ` · sent ${formatTimestamp(a.submittedAt)}` : " · not sent yet"}
      </p>
      <PageNotice page="adminP2PApplication" className="mt-4" />

      <section aria-labelledby="exchange-heading" className="mt-8">
        <h2 id="exchange-heading" className="text-2xl font-bold">The exchange</h2>
        <dl className="mt-2">
          <Fact term="Applicant">
            {a.applicant.name} (<a href={`mailto:${a.applicant.email}`}>{a.applicant.email}</a>), {a.role}
          </Fact>
          <Fact term="Visiting hub">{hubLink(a.visitingHub)}</Fact>
          <Fact term="Host hub">{hubLink(a.hostHub)}</Fact>
          <Fact term="Dates">
            {day(a.startsOn)} to {day(a.endsOn)} ({plural(days, "day", "days")})
          </Fact>
          <Fact term="People">
            {a.people}
            {a.people > 1 ? (
              <>
                {"\n"}With {a.partnerName ?? "a second person"}
                {a.partnerRole ? `, ${a.partnerRole}` : ""}
                {a.partnerEmail ? (
                  <>
                    {" "}(<a href={`mailto:${a.partnerEmail}`}>{a.partnerEmail}</a>)
                  </>
                ) : null}
              </>
            ) : null}
          </Fact>
          <Fact term="Aim">{a.aim ? AIMS[a.aim] : <Empty />}</Fact>
          <Fact term="Travel">{travelText(a.travelMode) ?? <Empty />}</Fact>
          <Fact term="Accessibility needs (staff only)">{text(a.accessibilityNeeds)}</Fact>
        </dl>
      </section>

      <section aria-labelledby="grant-heading" className="mt-8">
        <h2 id="grant-heading" className="text-2xl font-bold">Grant</h2>
        <dl className="mt-2">
          <Fact term="Visiting hub's grant">{euros(a.grantCents)}</Fact>
          <Fact term="Host's grant">{euros(a.hostGrantCents)}</Fact>
          <Fact term="Rates it was made with">
            {euros(a.travelRateCents)} travel per person, {euros(a.dailyRateCents)} a day per person, at most {euros(a.maxGrantCents)} per exchange
          </Fact>
        </dl>
      </section>

      {grant && AFTER_SELECTION.includes(grant.status) ? <GrantRecord record={grant} applicant={a.applicant.name} /> : null}

      <section aria-labelledby="plan-heading" className="mt-8">
        <h2 id="plan-heading" className="text-2xl font-bold">Plan</h2>
        {a.plan.length ? (
          <ol className="mt-2 space-y-2">
            {a.plan.map((entry, i) => (
              <li key={i} className="whitespace-pre-wrap">
                <span className="font-semibold">Day {i + 1}:</span> {entry}
              </li>
            ))}
          </ol>
        ) : (
          <p className="mt-2"><Empty /></p>
        )}
        <dl className="mt-4">
          <Fact term="What the visiting hub gains">{text(a.visitorGains)}</Fact>
          <Fact term="What the host gains">{text(a.hostGains)}</Fact>
          <Fact term="How it will be shared">{text(a.sharing)}</Fact>
        </dl>
      </section>

      <section aria-labelledby="hosts-heading" className="mt-8">
        <h2 id="hosts-heading" className="text-2xl font-bold">Hosts asked</h2>
        {a.hostRequests.length === 0 ? (
          <p className="mt-2 text-stone-700">No host has been asked yet.</p>
        ) : (
          <ol className="mt-3 space-y-3">
            {a.hostRequests.map((r) => (
              <li key={r.id} className="rounded-xl border border-stone-200 bg-white p-4">
                <p className="font-semibold">
                  {hubLink(r.hostHub)}: {HOST_REQUEST_STATUS_LABELS[r.status]}
                </p>
                <p className="text-sm text-stone-700">
                  Asked {formatTimestamp(r.createdAt)}
                  {r.status === "pending" ? ` · lapses ${formatTimestamp(r.dueAt)}` : ""}
                  {r.answeredAt ? ` · answered ${formatTimestamp(r.answeredAt)}${r.answeredBy ? ` by ${r.answeredBy.name}` : ""}` : ""}
                </p>
                {r.message ? <blockquote className="mt-2 whitespace-pre-wrap border-l-4 border-stone-300 pl-3">{r.message}</blockquote> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
