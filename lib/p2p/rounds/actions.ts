"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { UserError } from "@/lib/errors";
import { handleForm, type FormState } from "@/lib/forms";
import { withNotice, type NoticeCode } from "@/lib/notices";
import { createRound, decideRound, updateRound } from "@/lib/p2p/rounds/commands";
import { roundDecisionSchema, roundFormIntent, roundSchema } from "@/lib/p2p/rounds/schema";
import type { RoundDecision } from "@/lib/p2p/rounds/workflow";
import { revalidatePublicArea } from "@/lib/revalidate";

// The staff round form (save, or save and publish) and the buttons that move a round through
// its states. Each answers with the form's state, or goes to the round's page, which confirms
// what was done.

const roundPage = (id: string) => `/admin/p2p/rounds/${id}`;

/** What the round's page confirms after each state move (lib/notices.ts). */
const DONE = {
  publish: "published",
  unpublish: "unpublished",
  startReview: "review-started",
  releaseResults: "results-released",
  close: "closed",
} as const satisfies Record<RoundDecision, NoticeCode<"adminP2PRound">>;

export async function createRoundAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, roundSchema(false), async (input) => {
    const round = await createRound(actor, input);
    revalidatePath("/admin/p2p", "layout");
    redirect(withNotice(roundPage(round.id), "created"));
  });
}

/**
 * Saves the form; with the "Save and publish" button, publishes the draft too. A round to be
 * published, or already published, is checked for everything applicants need, each missing
 * fact beside its field (the command checks again on what it saves).
 */
export async function updateRoundAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const { intent, status, roundId } = roundFormIntent.parse({ intent: formData.get("intent"), status: formData.get("status"), roundId: formData.get("roundId") });
  const publish = intent === "publish";
  return handleForm(formData, roundSchema(publish || status === "published"), async (input) => {
    if (!roundId) throw new UserError("staff.p2p.rounds.errors.roundMissing");
    const saved = await updateRound(actor, roundId, input, { publish });
    revalidatePath("/admin/p2p", "layout");
    // Visitors read every round but drafts: the open one, its rates and rules, the past ones.
    if (saved.status !== "draft") revalidatePublicArea("p2p");
    redirect(withNotice(roundPage(saved.id), saved.published ? "published" : saved.changed ? "saved" : "unchanged"));
  });
}

export async function decideRoundAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, roundDecisionSchema, async ({ roundId, decision }) => {
    await decideRound(actor, roundId, decision);
    revalidatePath("/admin/p2p", "layout");
    revalidatePublicArea("p2p");
    redirect(withNotice(roundPage(roundId), DONE[decision]));
  });
}
