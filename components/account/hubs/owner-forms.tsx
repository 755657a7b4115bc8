"use client";
// The owners' forms. Their words come from "hubManagement.ownerForms", and their answers from
// "hubManagement.ownership": the page that renders them passes both (ClientMessages).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState, type FormState } from "@/lib/form-state";
import { acceptHubInviteAction, inviteCoOwnerAction } from "@/lib/hubs/ownership/actions";
import { INVITE_LIFETIME_DAYS } from "@/lib/hubs/ownership/rules";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

function QuietButton({ children }: { children: React.ReactNode }) {
  const { pending } = useFormStatus();
  const t = useTranslations("forms.submit");
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="rounded-md border border-stone-400 bg-white px-3 py-1.5 text-sm font-medium text-stone-900 hover:bg-stone-100 disabled:opacity-60"
    >
      {pending ? t("pending") : children}
    </button>
  );
}

/**
 * One button that runs one action on one record (the ids travel as hidden fields and are
 * checked again on the server). Its error, if any, shows beside it.
 */
export function ActionButton({
  action,
  fields,
  children,
  variant = "quiet",
  pendingLabel,
}: {
  action: Action;
  fields: Record<string, string>;
  children: React.ReactNode;
  variant?: "quiet" | "primary" | "danger";
  pendingLabel?: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {variant === "quiet" ? <QuietButton>{children}</QuietButton> : <SubmitButton variant={variant} pendingLabel={pendingLabel}>{children}</SubmitButton>}
      <FormMessage state={state} />
    </form>
  );
}

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
