"use client";
// The applicant accepts the grant agreement shown above the form: their full name and "I
// accept". Its words come from "p2pGrant.agreement" and its refusals from "p2pGrant.errors"
// and "p2pApply.workflow" (GRANT_MESSAGES in ./messages.ts).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Checkbox } from "@/components/ui/choice-fields";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState } from "@/lib/form-state";
import { signAgreementAction } from "@/lib/p2p/grant/actions";
import { SIGN_NAME_MAX } from "@/lib/p2p/grant/rules";

export function AgreementForm({ applicationId }: { applicationId: string }) {
  const t = useTranslations("p2pGrant.agreement");
  const [state, action] = useActionState(signAgreementAction, initialFormState);
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="applicationId" value={applicationId} />
      {/* Remounted with each answer, so that the fields show what the server sent back. */}
      <div key={JSON.stringify(state.values ?? {})} className="space-y-4">
        <Field name="name" label={t("nameLabel")} hint={t("nameHint")} state={state} required autoComplete="name" maxLength={SIGN_NAME_MAX} />
        <Checkbox name="accept" label={t("accept")} state={state} />
      </div>
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
