"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { handleForm, type FormState } from "@/lib/forms";
import { msg } from "@/lib/message";
import { withNotice, type NoticeCode } from "@/lib/notices";
import { addPanelist, assignReviewer, closePanel, fillPanel, removePanelist, saveRubric, setReviewsNeeded, unassignReviewer } from "@/lib/p2p/panel/commands";
import { addPanelistSchema, assignSchema, removePanelistSchema, reviewsNeededSchema, roundIdSchema, rubricSchema, unassignSchema } from "@/lib/p2p/panel/schema";

// The forms of a round's panel page (staff only: each command refuses anyone else). Each comes
// back to the panel page, on the page of applications it was sent from, which confirms what was
// done; "assign for me" says beside its button how many it assigned and how many are still short.

const panelPage = (roundId: string, page = 1) => `/admin/p2p/rounds/${roundId}/panel${page > 1 ? `?page=${page}` : ""}`;

function backToPanel(roundId: string, notice: NoticeCode<"adminP2PPanel">, page = 1): never {
  revalidatePath("/admin/p2p", "layout");
  redirect(withNotice(panelPage(roundId, page), notice));
}

export async function saveRubricAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, rubricSchema, async ({ roundId, criteria }) => {
    await saveRubric(actor, roundId, criteria);
    backToPanel(roundId, "rubric-saved");
  });
}

export async function setReviewsNeededAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, reviewsNeededSchema, async ({ roundId, reviewsNeeded }) => {
    const { changed } = await setReviewsNeeded(actor, roundId, reviewsNeeded);
    backToPanel(roundId, changed ? "reviews-needed-saved" : "unchanged");
  });
}

export async function addPanelistAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, addPanelistSchema, async ({ roundId, email }) => {
    await addPanelist(actor, roundId, email);
    backToPanel(roundId, "reviewer-added");
  });
}

export async function removePanelistAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, removePanelistSchema, async ({ roundId, userId }) => {
    await removePanelist(actor, roundId, userId);
    backToPanel(roundId, "reviewer-removed");
  });
}

export async function fillPanelAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, roundIdSchema, async ({ roundId }) => {
    const { added, short } = await fillPanel(actor, roundId);
    revalidatePath("/admin/p2p", "layout");
    return { ok: true, message: msg("staff.p2p.panel.filled", { added, short: short.length }) };
  });
}

export async function assignReviewerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, assignSchema, async ({ page, ...input }) => {
    await assignReviewer(actor, input);
    backToPanel(input.roundId, "assigned", page);
  });
}

export async function unassignReviewerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, unassignSchema, async ({ roundId, assignmentId, page }) => {
    await unassignReviewer(actor, roundId, assignmentId);
    backToPanel(roundId, "unassigned", page);
  });
}

export async function closePanelAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, roundIdSchema, async ({ roundId }) => {
    await closePanel(actor, roundId);
    backToPanel(roundId, "panel-closed");
  });
}
