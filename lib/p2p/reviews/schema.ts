// What the reviewer's forms accept: an assignment by id; a declared conflict's reason; a review
// (a value 0–5 for each of the round's criteria, and a comment). The review's schema is built
// from the round's criteria, so every missing score is said beside its own question at once.
// The limits and field names are in ./rules.ts, where the forms read them.
import { z } from "zod";
import { CONFLICT_REASON_MAX, REVIEW_COMMENT_MAX, scoreField } from "@/lib/p2p/reviews/rules";
import { SCALE } from "@/lib/p2p/reviews/rubric";

const assignmentId = z.string().min(1).max(40);
const TOO_LONG = "p2pReview.errors.tooLong";

export const assignmentSchema = z.object({ assignmentId });

export const declareConflictSchema = z.object({
  assignmentId,
  reason: z.string({ error: "p2pReview.errors.reasonMissing" }).trim().min(1, "p2pReview.errors.reasonMissing").max(CONFLICT_REASON_MAX, TOO_LONG),
});

const SCALE_VALUES = SCALE.map(String) as [string, ...string[]];

/** After saving: stay on the application, or go on to the next one to score. */
export const AFTER_SAVE = ["stay", "next"] as const;

/** The review form for a round with these criteria (ids, in any order). */
export function reviewSchema(criterionIds: readonly string[]) {
  return z.object({
    assignmentId,
    comment: z.string({ error: "p2pReview.errors.commentMissing" }).trim().min(1, "p2pReview.errors.commentMissing").max(REVIEW_COMMENT_MAX, TOO_LONG),
    then: z.enum(AFTER_SAVE).catch("stay"),
    ...Object.fromEntries(criterionIds.map((id) => [scoreField(id), z.enum(SCALE_VALUES, { error: "p2pReview.errors.scoreMissing" }).transform(Number)])),
  });
}

/** The scores a parsed review form holds, by criterion id. */
export const scoresFrom = (input: Record<string, unknown>, criterionIds: readonly string[]): Record<string, number> =>
  Object.fromEntries(criterionIds.map((id) => [id, input[scoreField(id)] as number]));
