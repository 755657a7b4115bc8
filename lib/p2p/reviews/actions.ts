"use server";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { handleForm, type FormState } from "@/lib/forms";
import { withNotice } from "@/lib/notices";
import { confirmNoConflict, declareConflict, submitReview } from "@/lib/p2p/reviews/commands";
import { nextAssignmentToReview, reviewCriterionIds } from "@/lib/p2p/reviews/queries";
import { assignmentSchema, declareConflictSchema, reviewSchema, scoresFrom } from "@/lib/p2p/reviews/schema";
import { enforceRateLimit, type Limit } from "@/lib/rate-limit";

// A panel of a few dozen applications, each saved a few times; short for a script in a loop.
const REVIEW_WRITES_PER_USER: Limit = { name: "p2p-review:user", max: 120, windowSeconds: 60 * 60 };

/** The reviewer's pages, in every language. */
const REVIEW_PAGES = "/[locale]/(account)/review";

async function reviewer() {
  const actor = await getCurrentUser();
  if (!actor) throw new NotFoundError();
  await enforceRateLimit(REVIEW_WRITES_PER_USER, actor.id);
  return actor;
}

export async function confirmNoConflictAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  return handleForm(formData, assignmentSchema, async ({ assignmentId }) => {
    await confirmNoConflict(await reviewer(), assignmentId);
    revalidatePath(REVIEW_PAGES, "layout");
    redirect({ href: `/review/${assignmentId}`, locale });
  });
}

export async function declareConflictAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  return handleForm(formData, declareConflictSchema, async ({ assignmentId, reason }) => {
    await declareConflict(await reviewer(), assignmentId, { reason });
    revalidatePath(REVIEW_PAGES, "layout");
    redirect({ href: withNotice("/review", "conflict-declared"), locale });
  });
}

/** Saves the review; "save and next" then serves the assignment with the fewest reviews, or the queue when none is left. */
export async function submitReviewAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  const actor = await getCurrentUser();
  const assignmentId = formData.get("assignmentId");
  // The schema asks a score of each of the round's criteria, so it needs the rubric first.
  const criterionIds = actor && typeof assignmentId === "string" ? await reviewCriterionIds(actor, assignmentId) : null;
  if (!criterionIds) {
    return handleForm(formData, assignmentSchema, async () => {
      throw new NotFoundError();
    });
  }
  return handleForm(formData, reviewSchema(criterionIds), async (input) => {
    const outcome = await submitReview(await reviewer(), input.assignmentId, { scores: scoresFrom(input, criterionIds), comment: input.comment });
    revalidatePath(REVIEW_PAGES, "layout");
    if (input.then === "next") {
      const next = await nextAssignmentToReview(actor!);
      redirect({ href: next ? withNotice(`/review/${next}`, "saved-next") : withNotice("/review", "all-reviewed"), locale });
    }
    redirect({ href: withNotice(`/review/${input.assignmentId}`, outcome === "submitted" ? "saved" : outcome), locale });
  });
}
