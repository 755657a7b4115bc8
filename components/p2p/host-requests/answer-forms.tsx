"use client";
// The host's two answers to a request. Their words come from "p2pHostRequests.forms", and their
// refusals from "p2pHostRequests.errors" and "p2pApply.workflow": the page passes them
// (HOST_ANSWER_MESSAGES in ./messages.ts).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState } from "@/lib/form-state";
import { acceptHostRequestAction, declineHostRequestAction } from "@/lib/p2p/agreement/actions";
import { HOST_ANSWER_MAX } from "@/lib/p2p/agreement/rules";

type Props = { requestId: string; applicant: string };

export function AcceptRequestForm({ requestId, applicant }: Props) {
  const [state, action] = useActionState(acceptHostRequestAction, initialFormState);
  const t = useTranslations("p2pHostRequests.forms.accept");
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="requestId" value={requestId} />
      {/* Remounted with each answer, so that the field shows what the server sent back. */}
      <div key={JSON.stringify(state.values ?? {})}>
        <Field name="note" label={t("label", { applicant })} hint={t("hint", { applicant })} state={state} multiline maxLength={HOST_ANSWER_MAX} />
      </div>
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}

export function DeclineRequestForm({ requestId, applicant }: Props) {
  const [state, action] = useActionState(declineHostRequestAction, initialFormState);
  const t = useTranslations("p2pHostRequests.forms.decline");
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="requestId" value={requestId} />
      <div key={JSON.stringify(state.values ?? {})}>
        <Field name="reason" label={t("label")} hint={t("hint", { applicant })} state={state} required multiline maxLength={HOST_ANSWER_MAX} />
      </div>
      <SubmitButton variant="danger" pendingLabel={t("pending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
