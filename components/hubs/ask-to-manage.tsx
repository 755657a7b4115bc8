"use client";
// "This is my hub — ask to manage it": a request to staff, from a hub's page or from the
// duplicate warning of the add form. Sent, it leaves a confirmation in its place. Its words
// come from "hubManagement.askToManage": the page that renders it passes them (ClientMessages).
import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState } from "@/lib/form-state";
import { requestHubManagementAction } from "@/lib/hubs/ownership/actions";
import { INVOLVEMENT_MAX } from "@/lib/hubs/ownership/rules";

export function AskToManage({ hub }: { hub: { id: string; name: string } }) {
  const [open, setOpen] = useState(false);
  const [state, action] = useActionState(requestHubManagementAction, initialFormState);
  const t = useTranslations("hubManagement.askToManage");
  const id = useId();
  if (state.ok) return <FormMessage state={state} />;
  return (
    <div className="mt-3">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={`ask${id}`}
        onClick={() => setOpen(!open)}
        className="rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
      >
        {t("button")}
      </button>
      <form id={`ask${id}`} hidden={!open} action={action} noValidate className="mt-4 space-y-4">
        <FormMessage state={state} />
        <input type="hidden" name="hubId" value={hub.id} />
        <Field name="message" label={t("label", { hub: hub.name })} hint={t("hint")} state={state} required multiline maxLength={INVOLVEMENT_MAX} />
        <SubmitButton pendingLabel={t("sending")}>{t("submit")}</SubmitButton>
      </form>
    </div>
  );
}
