"use client";
import { useActionState } from "react";
import { SelectField } from "@/components/ui/choice-fields";
import { Field, FormMessage, Honeypot, SubmitButton } from "@/components/ui/form";
import type { FormState } from "@/lib/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: FormState;
  /** The hubs the member manages, to pick from. */
  hubs: { id: string; name: string }[];
  /** The event to apply to (new) or the application to change (edit), sent as a hidden field. */
  target: { eventSlug: string } | { applicationId: string };
  submitLabel: string;
  pendingLabel: string;
};

/** The apply / register form, also used to change an application. Keeps what was typed when refused. */
export function ApplicationForm({ action, initial, hubs, target, submitLabel, pendingLabel }: Props) {
  const [state, formAction] = useActionState(action, initial);
  const [name, value] = Object.entries(target)[0]!;
  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormMessage state={state} />
      <input type="hidden" name={name} value={value} />
      {/* Remounted with each answer, so that the fields show the values the server sent back. */}
      <div key={JSON.stringify(state.values ?? {})} className="space-y-6">
        <Field name="role" label="Your role" state={state} required maxLength={120} autoComplete="organization-title" hint="What you do, for example “Programme manager” or “Founder and host”." />
        {hubs.length ? (
          <>
            <SelectField
              name="hubId"
              label="Your hub"
              state={state}
              options={hubs.map((h) => ({ value: h.id, label: h.name }))}
              placeholder="Not in this list (type it below)"
              hint="The hubs you manage on our map."
            />
            <Field name="hubName" label="Your hub's name, if it is not in the list" state={state} maxLength={120} autoComplete="organization" />
          </>
        ) : (
          <Field name="hubName" label="Your hub" state={state} maxLength={120} autoComplete="organization" hint="The creative hub or organisation you work with, if any." />
        )}
        <Field name="bring" label="What you want to bring" state={state} required multiline maxLength={2000} hint="Experience, skills or a story you would share with the group." />
        <Field name="takeAway" label="What you want to take away" state={state} required multiline maxLength={2000} hint="What you hope to learn, or who you hope to meet." />
        <Field
          name="needs"
          label="Accessibility or dietary needs"
          state={state}
          multiline
          maxLength={1000}
          hint="Anything that would help you take part fully. Only the organisers see it."
        />
      </div>
      <Honeypot />
      <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
    </form>
  );
}
