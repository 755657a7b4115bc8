"use server";
import { redirect } from "next/navigation";
import { startContribution, submitContribution, updateContribution } from "@/lib/articles/commands";
import { getCurrentUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { handleForm, type FormState } from "@/lib/forms";
import { contributionSchema, startContributionSchema } from "@/lib/news/contributions/schema";
import { withNotice } from "@/lib/notices";
import { storageFolder } from "@/lib/public-areas";
import { saveWithImage, uploadOf, withUploadNote } from "@/lib/storage/uploads";

// A member's story about their hub: starting it, saving the draft (its cover uploaded with the
// form) and sending it to the editors. Each answers with the form's state, or goes to the
// story's page, which says what was done.

const storyPage = (id: string) => `/account/stories/${id}`;

export async function startContributionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, startContributionSchema, async (input) => {
    const story = await startContribution(actor, input);
    redirect(withNotice(storyPage(story.id), "started"));
  });
}

export async function updateContributionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const cover = uploadOf(formData, "coverFile", storageFolder("news"));
  const state = await handleForm(formData, contributionSchema, async ({ articleId, ...input }) => {
    // Nobody's file is stored for a visitor, even for a moment.
    if (!actor) throw new NotFoundError();
    const saved = await saveWithImage(cover, input.coverKey, (coverKey) => updateContribution(actor, articleId, { ...input, coverKey }, cover.key));
    const send = formData.get("intent") === "publish";
    if (send) await submitContribution(actor, articleId);
    redirect(withNotice(storyPage(saved.id), send ? "submitted" : saved.changed ? "saved" : "unchanged"));
  });
  return withUploadNote(state, cover);
}
