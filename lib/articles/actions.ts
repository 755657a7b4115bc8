"use server";
import { redirect } from "next/navigation";
import { decideArticle, restoreRevision, returnArticle, scheduleArticle, type ArticleChange } from "@/lib/articles/commands";
import { staffTime } from "@/lib/articles/rules";
import { articleDecisionSchema, articleRestoreSchema, articleReturnSchema, articleScheduleSchema } from "@/lib/articles/schema";
import { getCurrentUser } from "@/lib/auth/session";
import { UserError } from "@/lib/errors";
import { handleForm, type FormState } from "@/lib/forms";
import { withNotice } from "@/lib/notices";
import { refreshAfterStaffChange } from "@/lib/revalidate";

// The buttons that move any article (a P2P story, news, a story): publish, schedule,
// unschedule, unpublish, archive, and restoring a revision. Each answers with the form's state,
// or goes to the article's staff page, which says what was done. A change readers see refreshes
// the public pages that show articles, on every instance.

const DONE = { publish: "published", unschedule: "unscheduled", unpublish: "unpublished", archive: "archived" } as const;

/** The article's staff page: P2P stories have theirs under /admin/p2p. */
const staffArticlePage = (change: Pick<ArticleChange, "id" | "kind">) => (change.kind === "p2p_story" ? `/admin/p2p/stories/${change.id}` : `/admin/news/${change.id}`);

const refresh = (change: ArticleChange) => refreshAfterStaffChange(change.kind === "p2p_story" ? "/admin/p2p/stories" : "/admin/news", "stories", change);

export async function decideArticleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, articleDecisionSchema, async ({ articleId, decision }) => {
    const change = await decideArticle(actor, articleId, decision);
    refresh(change);
    redirect(withNotice(staffArticlePage(change), DONE[decision]));
  });
}

export async function scheduleArticleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, articleScheduleSchema, async ({ articleId, scheduledFor }) => {
    const at = staffTime(scheduledFor);
    if (!at) throw new UserError("staff.articles.errors.scheduledFor", "scheduledFor");
    const change = await scheduleArticle(actor, articleId, at);
    refresh(change);
    redirect(withNotice(staffArticlePage(change), "scheduled"));
  });
}

export async function restoreRevisionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, articleRestoreSchema, async ({ articleId, revisionId }) => {
    const change = await restoreRevision(actor, articleId, revisionId);
    refresh(change);
    redirect(withNotice(staffArticlePage(change), "restored"));
  });
}

export async function returnArticleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  return handleForm(formData, articleReturnSchema, async ({ articleId, message }) => {
    const change = await returnArticle(actor, articleId, message);
    refresh(change);
    redirect(withNotice(staffArticlePage(change), "returned"));
  });
}
