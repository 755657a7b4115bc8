"use client";
// The state moves of a round after publishing (ROUND_WORKFLOW): each asks to be confirmed
// first, in place, and the page it leads to says what was done. Publishing is the form's
// "Save and publish", which shows what is missing beside each field.
import Link from "next/link";
import { ConfirmButtonForm } from "@/components/admin/confirm-button-form";
import type { P2PRoundStatus } from "@/lib/generated/prisma/enums";
import { decideRoundAction } from "@/lib/p2p/rounds/actions";
import { ROUND_WORKFLOW, type RoundDecision } from "@/lib/p2p/rounds/workflow";
import { decisionsFrom } from "@/lib/workflow/transitions";

type Move = Exclude<RoundDecision, "publish" | "releaseResults">;

const WORDS: Record<Move, { label: string; question: string; explain: string; button: string }> = {
  unpublish: {
    label: "Unpublish…",
    question: "Take this round back to draft?",
    explain: "It leaves the public site until you publish it again. Nobody has applied, so nobody is affected.",
    button: "Yes, unpublish it",
  },
  startReview: {
    label: "Start the review…",
    question: "Start the review of this round?",
    explain: "The round takes no more applications, whatever its window says. The public page shows it as in review.",
    button: "Start the review",
  },
  close: {
    label: "Close the round…",
    question: "Close this round?",
    explain: "This cannot be undone: a closed round takes no applications and moves to the past rounds on the public page.",
    button: "Close the round",
  },
};

/** The moves open to the round now; unpublishing only while nobody has applied. */
export function RoundStatusActions({ roundId, status, applications }: { roundId: string; status: P2PRoundStatus; applications: number }) {
  // Releasing sends the results' emails: staff read them first on the round's outbox page, which releases.
  const moves = decisionsFrom(ROUND_WORKFLOW, status).filter((d): d is Move => d !== "publish" && d !== "releaseResults" && !(d === "unpublish" && applications > 0));
  return (
    <div className="space-y-3">
      {status === "draft" ? <p className="text-stone-700">A draft: only staff see it. When the details below are complete, use “Save and publish”.</p> : null}
      {status === "published" && applications > 0 ? (
        <p className="text-stone-700">People have applied, so the round cannot go back to draft; you can still edit it. Applications keep the rates they were made with.</p>
      ) : null}
      {status === "closed" ? <p className="text-stone-700">This round is closed. You can still correct its details.</p> : null}
      {status === "in_review" ? (
        <p className="text-stone-700">
          Decide in the <Link href={`/admin/p2p/rounds/${roundId}/ranking`}>ranking</Link>, then read the emails and release the results from the{" "}
          <Link href={`/admin/p2p/rounds/${roundId}/outbox`}>results&apos; emails</Link>.
        </p>
      ) : null}
      {moves.length ? (
        <div className="flex flex-wrap items-start gap-3">
          {moves.map((decision) => (
            <ConfirmButtonForm
              key={decision}
              {...WORDS[decision]}
              action={decideRoundAction}
              hidden={{ roundId, decision }}
              variant={decision === "close" ? "danger" : undefined}
            />
          ))}
        </div>
      ) : null}
    </div>
  );
}
