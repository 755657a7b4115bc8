import type { Metadata } from "next";
import { RoundForm } from "@/components/admin/p2p/round-form";
import { RoundHeader } from "@/components/admin/p2p/round-header";
import { RoundStatusActions } from "@/components/admin/p2p/round-status-actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageNotice } from "@/components/site/page-notice";
import { requireStaff } from "@/lib/auth/session";
import { updateRoundAction } from "@/lib/p2p/rounds/actions";
import { roundFormValues } from "@/lib/p2p/rounds/schema";
import { loadRound } from "./load";

export const metadata: Metadata = { title: "Edit a P2P round" };

export default async function EditRoundPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const round = await loadRound(actor, (await params).id);
  const applications = Object.values(round.applications).reduce((n, c) => n + c, 0);
  return (
    <div>
      <RoundHeader round={round} current="edit" title={round.name} now={new Date()} />
      <PageNotice page="adminP2PRound" />
      <section aria-labelledby="status-heading" className="mt-8">
        <h2 id="status-heading" className="text-2xl font-bold">Status</h2>
        <div className="mt-3">
          <ClientMessages only={["staff.p2p.rounds"]}>
            <RoundStatusActions roundId={round.id} status={round.status} applications={applications} />
          </ClientMessages>
        </div>
      </section>
      <section aria-labelledby="details-heading" className="mt-10">
        <h2 id="details-heading" className="text-2xl font-bold">Details</h2>
        {round.status === "published" ? (
          <p className="mt-2 max-w-3xl text-stone-700">
            The round is published: changes show on the public page at once, and it must keep everything applicants need. Applications already made keep the rates they were made with.
          </p>
        ) : null}
        <div className="mt-4">
          <ClientMessages only={["staff.p2p.rounds"]}>
            <RoundForm action={updateRoundAction} initial={{ ok: false, values: roundFormValues(round) }} round={{ id: round.id, status: round.status }} />
          </ClientMessages>
        </div>
      </section>
    </div>
  );
}
