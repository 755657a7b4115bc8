"use client";
// The reviewer's scores, one radio group per criterion (its name the legend, each value with its
// label), and their comment. Two ways to save: stay on the application, or go on to the next one.
// Words from "p2pReview.form" and "p2pReview.errors" (REVIEW_FORM_MESSAGES in ./messages.ts).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ChoiceGroup } from "@/components/ui/choice-fields";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import type { FormState } from "@/lib/form-state";
import { submitReviewAction } from "@/lib/p2p/reviews/actions";
import { SCALE } from "@/lib/p2p/reviews/rubric";
import { REVIEW_COMMENT_MAX, scoreField } from "@/lib/p2p/reviews/rules";

export type FormCriterion = { id: string; name: string; description: string; labels: string[]; share: number };

/** `initial`: the reviewer's saved review, as the form's values, or nothing yet. */
export function ReviewForm({ assignmentId, criteria, initial }: { assignmentId: string; criteria: readonly FormCriterion[]; initial: FormState }) {
  const [state, action] = useActionState(submitReviewAction, initial);
  const t = useTranslations("p2pReview.form");
  return (
    <form action={action} noValidate className="space-y-6">
      <FormMessage state={state} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <div key={JSON.stringify(state.values ?? {})} className="space-y-8">
        {criteria.map((c) => (
          <div key={c.id} className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
            <ChoiceGroup
              name={scoreField(c.id)}
              legend={c.name}
              hint={c.description ? `${c.description} · ${t("share", { share: c.share })}` : t("share", { share: c.share })}
              type="radio"
              required
              state={state}
              options={SCALE.map((value) => ({ value: String(value), label: t("value", { value, label: c.labels[value] ?? "" }) }))}
            />
          </div>
        ))}
        <Field name="comment" label={t("comment.label")} hint={t("comment.hint")} state={state} required multiline maxLength={REVIEW_COMMENT_MAX} />
      </div>
      <p className="text-sm text-stone-700">{t("changes")}</p>
      <div className="flex flex-wrap gap-3">
        {/* "Save" first: the button Enter presses in a field. */}
        <SubmitButton name="then" value="stay" pendingLabel={t("pending")}>
          {t("save")}
        </SubmitButton>
        <SubmitButton name="then" value="next" pendingLabel={t("pending")}>
          {t("saveNext")}
        </SubmitButton>
      </div>
    </form>
  );
}
