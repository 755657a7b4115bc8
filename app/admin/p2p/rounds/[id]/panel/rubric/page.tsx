import type { Metadata } from "next";
import Link from "next/link";
import { DEFAULT_RUBRIC } from "@/components/admin/p2p/panel/default-rubric";
import { RubricForm } from "@/components/admin/p2p/panel/rubric-form";
import { RubricSummary } from "@/components/admin/p2p/panel/rubric-summary";
import { RoundHeader } from "@/components/admin/p2p/round-header";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requireStaff } from "@/lib/auth/session";
import { getPanelSettingsForStaff } from "@/lib/p2p/panel/queries";
import { rubricFormValues } from "@/lib/p2p/panel/rubric-fields";
import { loadRound } from "../../load";

export const metadata: Metadata = { title: "Edit the rubric" };

export default async function RoundRubricPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const round = await loadRound(actor, (await params).id);
  const settings = await getPanelSettingsForStaff(actor, round.id);
  const locked = settings.reviews > 0 || settings.panelClosedAt !== null;
  const back = `/admin/p2p/rounds/${round.id}/panel`;
  return (
    <div>
      <RoundHeader round={round} current="panel" title={`Rubric: ${round.name}`} now={new Date()} />
      <p className="mt-6"><Link href={back}>← Back to the review panel</Link></p>
      {locked ? (
        <>
          <p className="mt-4 max-w-3xl rounded-md border border-stone-300 bg-white p-4">
            {settings.reviews > 0
              ? "Reviews have been submitted in this round, so the rubric can no longer change: their scores were given on these criteria."
              : "The panel of this round is closed."}
          </p>
          <RubricSummary criteria={settings.criteria} />
        </>
      ) : (
        <>
          <p className="mt-4 max-w-3xl text-stone-700">
            Reviewers score each criterion from 0 to 5; a review’s total, out of 100, weighs each criterion by its share of the weights. Saving replaces the whole rubric. Once the first review is submitted, the rubric can no longer change.
          </p>
          {settings.criteria.length === 0 ? (
            <p className="mt-2 max-w-3xl text-stone-700">This round has no rubric yet: the form starts from a suggested one. Change it as you wish before saving.</p>
          ) : null}
          <div className="mt-6">
            <ClientMessages only={["staff.p2p.panel"]}>
              <RubricForm roundId={round.id} initial={{ ok: false, values: rubricFormValues(settings.criteria.length ? settings.criteria : DEFAULT_RUBRIC) }} />
            </ClientMessages>
          </div>
        </>
      )}
    </div>
  );
}
