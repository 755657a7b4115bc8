import type { Metadata } from "next";
import Link from "next/link";
import { day, plural } from "@/components/admin/p2p/format";
import { AssignmentTable } from "@/components/admin/p2p/panel/assignment-table";
import { ConflictList } from "@/components/admin/p2p/panel/conflict-list";
import { AddPanelistForm, ClosePanelButton, FillButton, ReviewsNeededForm } from "@/components/admin/p2p/panel/panel-forms";
import { PanelistTable } from "@/components/admin/p2p/panel/panelist-table";
import { RubricSummary } from "@/components/admin/p2p/panel/rubric-summary";
import { RoundHeader } from "@/components/admin/p2p/round-header";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageNotice } from "@/components/site/page-notice";
import { NoSuchPage, Pagination, pageHref } from "@/components/ui/pagination";
import { requireStaff } from "@/lib/auth/session";
import { getPanelSettingsForStaff, listConflictsForStaff, listPanelApplicationsForStaff, listPanelistsForStaff } from "@/lib/p2p/panel/queries";
import { panelPageSchema } from "@/lib/p2p/panel/schema";
import { loadRound } from "../load";

export const metadata: Metadata = { title: "Review panel" };

/** What the forms' answers say. */
const FORM_MESSAGES = ["staff.p2p.panel"];

export default async function RoundPanelPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string>> }) {
  const actor = await requireStaff();
  const round = await loadRound(actor, (await params).id);
  const { page, show } = panelPageSchema.parse(await searchParams);
  const [settings, panel, conflicts] = await Promise.all([
    getPanelSettingsForStaff(actor, round.id),
    listPanelistsForStaff(actor, round.id),
    listConflictsForStaff(actor, round.id),
  ]);
  const listed = await listPanelApplicationsForStaff(actor, round.id, { page, show, panel });
  const open = settings.panelClosedAt === null;
  const assigning = open && round.status === "in_review";
  const here = `/admin/p2p/rounds/${round.id}/panel`;
  const filters = { show: show === "short" ? "short" : undefined };
  return (
    <div>
      <RoundHeader round={round} current="panel" title={`Review panel: ${round.name}`} now={new Date()} />
      <PageNotice page="adminP2PPanel" className="mt-6" />
      <p className="mt-6 max-w-3xl text-stone-700">
        {settings.panelClosedAt
          ? `The panel closed on ${day(settings.panelClosedAt)}: reviews can no longer change.`
          : round.status === "in_review"
            ? "The round is in review. Reviewers confirm they have no conflict before they open an application; one who declares a conflict is replaced by the site."
            : "Reviewers are assigned once the review starts (on the round's Edit page). You can set up the rubric and the panel now."}
      </p>

      <section aria-labelledby="rubric-heading" className="mt-8">
        <h2 id="rubric-heading" className="text-2xl font-bold">Rubric</h2>
        {settings.criteria.length ? <RubricSummary criteria={settings.criteria} /> : <p className="mt-2 text-stone-700">This round has no rubric yet: reviewers cannot score until it has one.</p>}
        <p className="mt-3">
          {settings.reviews > 0 ? (
            <span className="text-stone-700">
              {plural(settings.reviews, "review has", "reviews have")} been submitted, so the rubric can no longer change.
            </span>
          ) : open ? (
            <Link href={`${here}/rubric`}>{settings.criteria.length ? "Edit the rubric" : "Set up the rubric"}</Link>
          ) : null}
        </p>
        <div className="mt-4">
          {open ? (
            <ClientMessages only={FORM_MESSAGES}>
              <ReviewsNeededForm roundId={round.id} reviewsNeeded={settings.reviewsNeeded} />
            </ClientMessages>
          ) : (
            <p>{plural(settings.reviewsNeeded, "review", "reviews")} per application.</p>
          )}
        </div>
      </section>

      <section aria-labelledby="panel-heading" className="mt-10">
        <h2 id="panel-heading" className="text-2xl font-bold">Panel</h2>
        <p className="mt-1 max-w-3xl text-stone-700">
          Reviewers see only what is assigned to them. Nobody is ever assigned an application of a hub they own or co-own, or one where they declared a conflict.
        </p>
        <ClientMessages only={FORM_MESSAGES}>
          <PanelistTable roundId={round.id} panelists={panel} editable={open} />
          {open ? (
            <div className="mt-6">
              <h3 className="text-lg font-semibold">Add a reviewer</h3>
              <div className="mt-2">
                <AddPanelistForm roundId={round.id} />
              </div>
            </div>
          ) : null}
        </ClientMessages>
      </section>

      <section aria-labelledby="assignments-heading" className="mt-10">
        <h2 id="assignments-heading" className="text-2xl font-bold">Assignments</h2>
        <p className="mt-1 text-stone-700">
          {listed.short === 0
            ? `Every application the host agreed to has its ${plural(listed.reviewsNeeded, "reviewer", "reviewers")}.`
            : `${plural(listed.short, "application is", "applications are")} short of the ${plural(listed.reviewsNeeded, "reviewer", "reviewers")} each needs.`}
        </p>
        {assigning ? (
          <div className="mt-4 space-y-2">
            <p className="max-w-3xl text-stone-700">“Assign for me” gives each application the reviewers it lacks, the least loaded first, never someone in conflict. Running it again adds only what is missing.</p>
            <ClientMessages only={FORM_MESSAGES}>
              <FillButton roundId={round.id} />
            </ClientMessages>
          </div>
        ) : null}
        <nav aria-label="Which applications" className="mt-4 flex flex-wrap gap-4">
          <Link href={pageHref(here, {}, 1)} aria-current={show === "all" ? "page" : undefined} className={show === "all" ? "font-bold" : undefined}>All</Link>
          <Link href={pageHref(here, { show: "short" }, 1)} aria-current={show === "short" ? "page" : undefined} className={show === "short" ? "font-bold" : undefined}>
            Short of reviewers ({listed.short.toLocaleString("en-GB")})
          </Link>
        </nav>
        {page > listed.pages ? (
          <NoSuchPage page={page} pages={listed.pages} firstPage={pageHref(here, filters, 1)} />
        ) : listed.applications.length === 0 ? (
          <p className="mt-4 rounded-md border border-stone-300 bg-white p-6">
            {show === "short" ? "No application is short of reviewers." : "No application to review: applications come to the panel once their host agrees."}
          </p>
        ) : (
          <ClientMessages only={FORM_MESSAGES}>
            <p className="mt-4 text-stone-700">{plural(listed.total, "application", "applications")}, oldest first.</p>
            <AssignmentTable roundId={round.id} applications={listed.applications} panel={panel} needed={listed.reviewsNeeded} page={page} assigning={assigning} />
          </ClientMessages>
        )}
        <Pagination page={page} pages={listed.pages} label="Application pages" href={(p) => pageHref(here, filters, p)} />
      </section>

      <section aria-labelledby="conflicts-heading" className="mt-10">
        <h2 id="conflicts-heading" className="text-2xl font-bold">Declared conflicts</h2>
        <ConflictList conflicts={conflicts} />
      </section>

      {assigning ? (
        <section aria-labelledby="close-heading" className="mt-10">
          <h2 id="close-heading" className="text-2xl font-bold">Close the panel</h2>
          <p className="mt-1 max-w-3xl text-stone-700">When the reviews are in, close the panel before you rank and select: reviews then stay as they are.</p>
          <div className="mt-3">
            <ClientMessages only={FORM_MESSAGES}>
              <ClosePanelButton roundId={round.id} unreviewed={settings.unreviewed} />
            </ClientMessages>
          </div>
        </section>
      ) : null}
    </div>
  );
}
