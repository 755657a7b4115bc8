"use client";
// The owners' forms. Their words come from "hubManagement.ownerForms", and their answers from
// "hubManagement.ownership": the page that renders them passes both (ClientMessages).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState } from "@/lib/form-state";
import { acceptHubInviteAction, inviteCoOwnerAction } from "@/lib/hubs/ownership/actions";
import { INVITE_LIFETIME_DAYS } from "@/lib/hubs/ownership/rules";

export function InviteForm({ hubId }: { hubId: string }) {
  const [state, action] = useActionState(inviteCoOwnerAction, initialFormState);
  const t = useTranslations("hubManagement.ownerForms");
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="hubId" value={hubId} />
      <Field
        name="email"
        label={t("inviteEmail")}
        type="email"
        autoComplete="off"
        required
        maxLength={254}
        hint={t("inviteHint", { days: INVITE_LIFETIME_DAYS })}
        state={state}
      />
      <SubmitButton pendingLabel={t("sending")}>{t("sendInvite")}</SubmitButton>
    </form>
  );
}

export function AcceptInviteForm({ token, hubName }: { token: string; hubName: string }) {
  const [state, action] = useActionState(acceptHubInviteAction, initialFormState);
  const t = useTranslations("hubManagement.ownerForms");
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel={t("accepting")}>
        {t.rich("accept", { hub: hubName, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
      </SubmitButton>
    </form>
  );
}
