"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField } from "@/components/ui/choice-fields";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState, type FormState } from "@/lib/form-state";

/**
 * After a decline or a lapse: the same application to another host of the round. Offers only
 * the hosts the rules allow; the server checks the chosen one again. Needs p2pApply.errors,
 * .eligibility and .workflow in its ClientMessages.
 */
export function RehostForm({ action, applicationId, hosts }: { action: (state: FormState, formData: FormData) => Promise<FormState>; applicationId: string; hosts: { value: string; label: string }[] }) {
  const t = useTranslations("p2pApply.rehost");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <SelectField name="hostHubId" label={t("label")} hint={t("hint")} placeholder={t("placeholder")} options={hosts} state={state} required />
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
