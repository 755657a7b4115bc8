"use server";
import { redirect } from "next/navigation";
import { updateArticle, type ArticleChange } from "@/lib/articles/commands";
import { articleSchema } from "@/lib/articles/schema";
import { getCurrentUser } from "@/lib/auth/session";
import { assertStaff } from "@/lib/auth/user";
import { handleForm, type FormState } from "@/lib/forms";
import { withNotice } from "@/lib/notices";
import { storageFolder } from "@/lib/public-areas";
import { refreshAfterStaffChange } from "@/lib/revalidate";
import { saveWithImage, uploadOf, withUploadNote } from "@/lib/storage/uploads";

// The staff story form (save, or save and publish); the buttons that move a story are every
// article's (lib/articles/actions.ts). It answers with the form's state, or goes to the story's
// page, which confirms what was done. A change readers see refreshes /p2p, the story's page and hub pages
// on every instance.

const storyPage = (id: string) => `/admin/p2p/stories/${id}`;

const refresh = (change: ArticleChange) => refreshAfterStaffChange("/admin/p2p/stories", "stories", change);

/** A picture uploaded with the form, to be the cover, stored in the P2P folder. */
const coverOf = (formData: FormData) => uploadOf(formData, "coverFile", storageFolder("p2p"));

export async function updateStoryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const publish = formData.get("intent") === "publish";
  const cover = coverOf(formData);
  const state = await handleForm(formData, articleSchema, async ({ articleId, ...input }) => {
    // Nobody else's file is stored, even for a moment.
    assertStaff(actor);
    const saved = await saveWithImage(cover, input.coverKey, (coverKey) => updateArticle(actor, articleId, { ...input, coverKey }, { publish, uploadedCover: cover.key }));
    refresh(saved);
    redirect(withNotice(storyPage(saved.id), saved.published ? "published" : saved.changed ? "saved" : "unchanged"));
  });
  return withUploadNote(state, cover);
}
