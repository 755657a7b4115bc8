"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createArticle, updateArticle } from "@/lib/articles/commands";
import { getCurrentUser } from "@/lib/auth/session";
import { assertStaff } from "@/lib/auth/user";
import { handleForm, type FormState } from "@/lib/forms";
import { resolveArticleLinks } from "@/lib/news/commands";
import { newArticleSchema, newsArticleSchema } from "@/lib/news/schema";
import { withNotice } from "@/lib/notices";
import { storageFolder } from "@/lib/public-areas";
import { revalidatePublicArea } from "@/lib/revalidate";
import { saveWithImage, uploadOf, withUploadNote } from "@/lib/storage/uploads";

// The news editor: starting an article, and saving it (or saving and publishing it). The
// buttons that move an article are every article's (lib/articles/actions.ts).

const articlePage = (id: string) => `/admin/news/${id}`;

export async function createArticleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, newArticleSchema, async (input) => {
    const article = await createArticle(actor, input);
    revalidatePath("/admin/news", "layout");
    redirect(withNotice(articlePage(article.id), "created"));
  });
}

export async function updateArticleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const publish = formData.get("intent") === "publish";
  const cover = uploadOf(formData, "coverFile", storageFolder("news"));
  const state = await handleForm(formData, newsArticleSchema, async ({ articleId, hubs, events, bylineStaff, bylineGuests, ...input }) => {
    // Nobody else's file is stored, even for a moment.
    assertStaff(actor);
    const links = await resolveArticleLinks(actor, { hubs, events, bylineStaff, bylineGuests });
    const saved = await saveWithImage(cover, input.coverKey, (coverKey) => updateArticle(actor, articleId, { ...input, coverKey }, { publish, uploadedCover: cover.key, links }));
    revalidatePath("/admin/news", "layout");
    if (saved.public) revalidatePublicArea("stories");
    redirect(withNotice(articlePage(saved.id), saved.published ? "published" : saved.changed ? "saved" : "unchanged"));
  });
  return withUploadNote(state, cover);
}
