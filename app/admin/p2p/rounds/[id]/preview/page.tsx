import type { Metadata } from "next";
import Link from "next/link";
import { RoundHeader } from "@/components/admin/p2p/round-header";
import { RoundPreview } from "@/components/admin/p2p/round-preview";
import { Text } from "@/components/ui/text";
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
      {gaps.length ? (
        <div className="mt-2 max-w-3xl rounded-md border border-amber-600 bg-amber-50 px-4 py-3 text-stone-900">
          <p className="font-semibold">Before it can be published, the round needs:</p>
          <ul className="mt-1 list-disc pl-5">
            {gaps.map((gap) => (
              <li key={gap.field}>
                <Text msg={gap.reason} />
              </li>
            ))}
          </ul>
          <p className="mt-1">
            <Link href={`/admin/p2p/rounds/${round.id}`}>Complete them on the edit page</Link>, then use “Save and publish”.
          </p>
        </div>
      ) : null}
      <div className="mt-6">
        <RoundPreview round={round} />
      </div>
    </div>
  );
}
