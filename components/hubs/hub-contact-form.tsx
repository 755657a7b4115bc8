"use client";
import { useActionState, useEffect, useRef } from "react";
import { useSessionUser } from "@/components/layout/use-session-user";
import { Field, FormMessage, Honeypot, SubmitButton } from "@/components/ui/form";
import { initialFormState, type FormState } from "@/lib/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hubId: string;
  hubName: string;
  messageMax: number;
};

export function HubContactForm({ action, hubId, hubName, messageMax }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
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
      <Field name="name" label="Your name" state={state} required autoComplete="name" maxLength={100} />
      <Field
        name="email"
        label="Your email address"
        type="email"
        state={state}
        required
        autoComplete="email"
        maxLength={254}
        hint={`${hubName} will see this address, so that they can reply to you.`}
      />
      <Field name="message" label="Your message" state={state} required multiline maxLength={messageMax} hint={`Between 10 and ${messageMax.toLocaleString("en-GB")} characters.`} />
      <Honeypot />
      <SubmitButton pendingLabel="Sending…">Send message</SubmitButton>
    </form>
  );
}
