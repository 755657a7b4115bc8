"use client";
// The conflict step's two answers: no conflict (the application opens), or a conflict with its
// reason (another panelist takes over). Words from "p2pReview.conflict" and "p2pReview.errors"
// (REVIEW_FORM_MESSAGES in ./messages.ts).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState } from "@/lib/form-state";
import { confirmNoConflictAction, declareConflictAction } from "@/lib/p2p/reviews/actions";
import { CONFLICT_REASON_MAX } from "@/lib/p2p/reviews/rules";

export function ConfirmNoConflictForm({ assignmentId }: { assignmentId: string }) {
  const [state, action] = useActionState(confirmNoConflictAction, initialFormState);
  const t = useTranslations("p2pReview.conflict");
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <SubmitButton pendingLabel={t("confirmPending")}>{t("confirm")}</SubmitButton>
    </form>
  );
}

export function DeclareConflictForm({ assignmentId }: { assignmentId: string }) {
  const [state, action] = useActionState(declareConflictAction, initialFormState);
  const t = useTranslations("p2pReview.conflict.declare");
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      {/* Remounted with each answer, so that the field shows what the server sent back. */}
      <div key={JSON.stringify(state.values ?? {})}>
        <Field name="reason" label={t("label")} hint={t("hint")} state={state} required multiline maxLength={CONFLICT_REASON_MAX} />
      </div>
      <SubmitButton variant="danger" pendingLabel={t("pending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
