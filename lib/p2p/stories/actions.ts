"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { decideArticle, updateArticle, type ArticleChange } from "@/lib/articles/commands";
import { articleDecisionSchema, articleSchema } from "@/lib/articles/schema";
import type { ArticleDecision } from "@/lib/articles/workflow";
import { getCurrentUser } from "@/lib/auth/session";
import { handleForm, type FormState } from "@/lib/forms";
import { withNotice, type NoticeCode } from "@/lib/notices";
import { revalidatePublicArea } from "@/lib/revalidate";

// The staff story form (save, or save and publish) and the buttons that publish, unpublish or
// archive a story. Each answers with the form's state, or goes to the story's page, which
// confirms what was done. A change readers see refreshes /p2p, the story's page and hub pages
// on every instance.

const storyPage = (id: string) => `/admin/p2p/stories/${id}`;

const DONE = {
  publish: "published",
  unpublish: "unpublished",
  archive: "archived",
} as const satisfies Record<ArticleDecision, NoticeCode<"adminP2PStory">>;

function refresh(change: ArticleChange) {
  revalidatePath("/admin/p2p/stories", "layout");
  if (change.public) revalidatePublicArea("stories");
}

export async function updateStoryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const publish = formData.get("intent") === "publish";
  return handleForm(formData, articleSchema, async ({ articleId, ...input }) => {
    const saved = await updateArticle(actor, articleId, input, { publish });
    refresh(saved);
    redirect(withNotice(storyPage(saved.id), saved.published ? "published" : saved.changed ? "saved" : "unchanged"));
  });
}

export async function decideStoryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, articleDecisionSchema, async ({ articleId, decision }) => {
    const change = await decideArticle(actor, articleId, decision);
    refresh(change);
    redirect(withNotice(storyPage(change.id), DONE[decision]));
  });
}
