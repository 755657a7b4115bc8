"use client";
// A member's suggestion for the library: a title, the address where it lives and why it helps.
// Errors show beside each field, with what was typed kept.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState, type FormState } from "@/lib/form-state";
import { MAX_SUGGESTION_REASON, MAX_SUGGESTION_TITLE, MAX_SUGGESTION_URL } from "@/lib/resources/suggestions/limits";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function SuggestResourceForm({ action }: { action: Action }) {
  const t = useTranslations("toolSuggestions.suggest");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage state={state} />
      <div key={JSON.stringify(state.values ?? {})} className="space-y-5">
        <Field name="title" label={t("resourceTitle")} hint={t("titleHint")} state={state} required maxLength={MAX_SUGGESTION_TITLE} />
        <Field name="url" label={t("url")} hint={t("urlHint")} type="url" state={state} required maxLength={MAX_SUGGESTION_URL} />
        <Field name="reason" label={t("reason")} hint={t("reasonHint")} state={state} multiline required maxLength={MAX_SUGGESTION_REASON} />
      </div>
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
