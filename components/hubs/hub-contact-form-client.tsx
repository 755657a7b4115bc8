"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { useSessionUser } from "@/components/layout/use-session-user";
import { Field, FormMessage, Honeypot, SubmitButton } from "@/components/ui/form";
import { initialFormState, type FormState } from "@/lib/form-state";
import { HUB_MESSAGE_MIN } from "@/lib/hubs/contact/rules";

export type HubContactFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hubId: string;
  hubName: string;
  messageMax: number;
};

/** The hub contact form itself; its words come from "hubManagement.contact" (HubContactForm passes them). */
export function HubContactFormClient({ action, hubId, hubName, messageMax }: HubContactFormProps) {
  const [state, formAction] = useActionState(action, initialFormState);
  const t = useTranslations("hubManagement.contact.form");
  const form = useRef<HTMLFormElement>(null);
  const user = useSessionUser();
  useEffect(() => {
    // The page is cached for everyone: a signed-in sender's name and address come after load,
    // into the fields they have not typed in yet.
    for (const [name, value] of [["name", user?.name], ["email", user?.email]] as const) {
      const input = form.current?.elements.namedItem(name);
      if (value && input instanceof HTMLInputElement && !input.value) input.value = value;
    }
  }, [user]);
  return (
    <form ref={form} action={formAction} noValidate className="space-y-6">
      <FormMessage state={state} />
      <input type="hidden" name="hubId" value={hubId} />
      <Field name="name" label={t("name")} state={state} required autoComplete="name" maxLength={100} />
      <Field name="email" label={t("email")} type="email" state={state} required autoComplete="email" maxLength={254} hint={t("emailHint", { hub: hubName })} />
      <Field name="message" label={t("message")} state={state} required multiline maxLength={messageMax} hint={t("messageHint", { min: HUB_MESSAGE_MIN, max: messageMax })} />
      <Honeypot />
      <SubmitButton pendingLabel={t("sending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
