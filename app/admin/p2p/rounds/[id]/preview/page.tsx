import type { Metadata } from "next";
import Link from "next/link";
import { RoundHeader } from "@/components/admin/p2p/round-header";
import { RoundPreview } from "@/components/admin/p2p/round-preview";
import { PublishGaps } from "@/components/admin/publish-gaps";
import { requireStaff } from "@/lib/auth/session";
import { publishGaps } from "@/lib/p2p/rounds/schema";
import { loadRound } from "../load";

export const metadata: Metadata = { title: "Preview a P2P round" };

export default async function PreviewRoundPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const round = await loadRound(actor, (await params).id);
  const gaps = round.status === "draft" ? publishGaps(round) : [];
  return (
    <div>
      <RoundHeader round={round} current="preview" title={`Preview: ${round.name}`} now={new Date()} />
      <p className="mt-4 max-w-3xl text-stone-700">
        {round.status === "draft"
          ? "This is how applicants will read the round once it is published. Only staff can see it now."
          : "This is what applicants read of the round. Where it gives no value, they read “not published”."}
      </p>
      <PublishGaps what="round" gaps={gaps}>
        <Link href={`/admin/p2p/rounds/${round.id}`}>Complete them on the edit page</Link>, then use “Save and publish”.
      </PublishGaps>
      <div className="mt-6">
        <RoundPreview round={round} />
      </div>
    </div>
  );
}
