import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ApplicationReview, type ReviewItem } from "@/components/admin/events/application-review";
import { EventHeader } from "@/components/admin/events/event-header";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Confirmation } from "@/components/site/notice";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { Text } from "@/components/ui/text";
import { requireStaff } from "@/lib/auth/session";
import { formatDate } from "@/lib/events/format";
import { countApplicationsByStatus, listApplicationsForReview, type ReviewApplication } from "@/lib/events/review/queries";
import { REVIEW_WORKFLOW } from "@/lib/events/review/rules";
import { applicationFilterSchema } from "@/lib/events/review/schema";
import { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { noticeMessage } from "@/lib/notices";
import { decisionsFrom } from "@/lib/workflow/transitions";
import { loadEvent } from "../load";

export const metadata: Metadata = { title: "Review applications" };

const STATUSES = Object.values(ApplicationStatus);

type Words = Awaited<ReturnType<typeof getTranslations<"eventApplications">>>;

function item(t: Words, a: ReviewApplication): ReviewItem {
  const statusLabel = t(`status.${a.status}`);
  return {
    id: a.id,
    seen: `${a.id}@${a.updatedAt.toISOString()}`,
    name: a.user.name,
    email: a.user.email,
    statusLabel,
    hub: a.hub?.name ?? a.hubName,
    role: a.role,
    bring: a.bring,
    takeAway: a.takeAway,
    needs: a.needs,
    appliedOn: formatDate(a.createdAt),
    decision: a.decidedAt
      ? `${statusLabel} on ${formatDate(a.decidedAt)}${a.decidedBy ? ` by ${a.decidedBy.name}` : ""}${a.decisionMessage ? `: “${a.decisionMessage}”` : "."}`
      : null,
    decisions: decisionsFrom(REVIEW_WORKFLOW, a.status),
  };
}

/** What was just decided (lib/notices.ts): how many applications, and how many freed seats went to the waiting list. */
function Decided({ query }: { query: Record<string, string> }) {
  const key = noticeMessage("adminEventApplications", query.notice);
  const count = Number(query.n);
  if (!key || !Number.isInteger(count) || count < 1) return null;
  const offered = Number(query.offered);
  return (
    <Confirmation>
      <Text msg={{ key, values: { count } }} />
      {Number.isInteger(offered) && offered > 0 ? <>{" "}<Text msg={{ key: "staff.notices.applications.offered", values: { count: offered } }} /></> : null}
    </Confirmation>
  );
}

export default async function ReviewApplicationsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string>> }) {
  const actor = await requireStaff();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const filters = applicationFilterSchema.parse(query);
  const event = await loadEvent(actor, id);
  const [counts, { applications, total, pages }] = await Promise.all([countApplicationsByStatus(actor, id), listApplicationsForReview(actor, id, filters)]);
  const all = Object.values(counts).reduce((n, c) => n + c, 0);
  const keep = { status: filters.status, q: filters.q || undefined };
  const base = `/admin/events/${event.id}/applications`;
  const back = new URLSearchParams(Object.entries(keep).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  const t = await getTranslations("eventApplications");
  return (
    <div>
      <EventHeader event={event} current="applications" title={`Applications: ${event.title}`} />
      <Decided query={query} />

      <nav aria-label="Applications by status" className="mt-6 flex flex-wrap gap-x-4 gap-y-2">
        <Link href={pageHref(base, { q: keep.q }, 1)} aria-current={!filters.status ? "page" : undefined} className={!filters.status ? "font-bold" : undefined}>
          All ({all})
        </Link>
        {STATUSES.filter((s) => counts[s]).map((s) => (
          <Link key={s} href={pageHref(base, { status: s, q: keep.q }, 1)} aria-current={filters.status === s ? "page" : undefined} className={filters.status === s ? "font-bold" : undefined}>
            {t(`status.${s}`)} ({counts[s]})
          </Link>
        ))}
      </nav>

      <form role="search" className="mt-4 flex flex-wrap items-end gap-2">
        {keep.status ? <input type="hidden" name="status" value={keep.status} /> : null}
        <div>
          <label htmlFor="q" className="block font-medium">Search by name, email or hub</label>
          <input id="q" name="q" type="search" defaultValue={filters.q} maxLength={100} className="mt-1 rounded-md border border-stone-400 bg-white px-3 py-2" />
        </div>
        <button type="submit" className="rounded-md border border-stone-400 bg-white px-4 py-2 font-medium">Search</button>
        <a href={`${base}/export.csv${back ? `?${back}` : ""}`} className="ml-auto rounded-md border border-stone-400 bg-white px-4 py-2 font-medium no-underline" download>
          Download these applicants (CSV)
        </a>
      </form>

      <section aria-labelledby="applications-heading" className="mt-8">
        <h2 id="applications-heading" className="text-2xl font-bold">
          {filters.status ? t(`status.${filters.status}`) : "All applications"}
        </h2>
        <p className="mt-1 text-stone-700">
          {total} {total === 1 ? "application" : "applications"}{filters.q ? ` matching “${filters.q}”` : ""}, in the order they came in.
        </p>
        <div className="mt-4">
          {applications.length === 0 ? (
            <p className="rounded-md border border-stone-300 bg-white p-6">
              {filters.q || filters.status ? "No application matches these filters." : "Nobody has applied yet."}
            </p>
          ) : (
            <ClientMessages only={["eventApplications.review"]}>
              <ApplicationReview items={applications.map((a) => item(t, a))} eventId={event.id} back={back} />
            </ClientMessages>
          )}
        </div>
        <Pagination page={filters.page} pages={pages} label="Application pages" href={(p) => pageHref(base, keep, p)} />
      </section>
    </div>
  );
}
