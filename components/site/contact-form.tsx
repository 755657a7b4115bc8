"use client";
import { useActionState } from "react";
import { Field, FieldErrors, FormMessage, Honeypot, SubmitButton } from "@/components/ui/form";
import { initialFormState, type FormState } from "@/lib/form-state";

type Topic = { value: string; label: string };
type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  topics: readonly Topic[];
  defaults: { name?: string; email?: string; topic?: string };
  messageMax: number;
};

export function ContactForm({ action, topics, defaults, messageMax }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormMessage state={state} />
      <Field name="name" label="Your name" state={state} required autoComplete="name" maxLength={100} defaultValue={defaults.name} />
      <Field name="email" label="Your email address" type="email" state={state} required autoComplete="email" maxLength={254} defaultValue={defaults.email} hint="We reply to this address." />
      <TopicSelect topics={topics} state={state} defaultValue={defaults.topic} />
      <Field name="message" label="Your message" state={state} required multiline maxLength={messageMax} hint={`Between 10 and ${messageMax.toLocaleString("en-GB")} characters.`} />
      <Honeypot />
      <SubmitButton pendingLabel="Sending…">Send message</SubmitButton>
    </form>
  );
}

function TopicSelect({ topics, state, defaultValue }: { topics: readonly Topic[]; state: FormState; defaultValue?: string }) {
  const errors = state.fieldErrors?.topic;
  return (
    <div>
      <label htmlFor="topic" className="block font-medium text-stone-900">
        What is it about?
      </label>
      <select
        id="topic"
        name="topic"
        required
        // A new key after each answer lets React apply the kept (or cleared) value.
        key={JSON.stringify(state)}
        defaultValue={state.values?.topic ?? defaultValue ?? ""}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? "topic-error" : undefined}
        className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base text-stone-900 ${errors?.length ? "border-red-700" : "border-stone-400"}`}
      >
        <option value="" disabled>
          Choose a topic
        </option>
        {topics.map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
      </select>
      {errors?.length ? (
        <p id="topic-error" className="mt-1 text-sm font-medium text-red-800">
          <FieldErrors errors={errors} />
        </p>
      ) : null}
    </div>
  );
}
