"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FieldErrors, FormMessage, Honeypot, SubmitButton } from "@/components/ui/form";
import { initialFormState, type FormState } from "@/lib/form-state";
import type { ContactTopic } from "@/lib/contact/schema";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  topics: readonly ContactTopic[];
  defaults: { name?: string; email?: string; topic?: ContactTopic };
  messageMin: number;
  messageMax: number;
};

/** Needs "contact.form", "contact.topics" and "contact.errors" in its ClientMessages. */
export function ContactForm({ action, topics, defaults, messageMin, messageMax }: Props) {
  const t = useTranslations("contact.form");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormMessage state={state} />
      <Field name="name" label={t("name")} state={state} required autoComplete="name" maxLength={100} defaultValue={defaults.name} />
      <Field name="email" label={t("email")} type="email" state={state} required autoComplete="email" maxLength={254} defaultValue={defaults.email} hint={t("emailHint")} />
      <TopicSelect topics={topics} state={state} defaultValue={defaults.topic} />
      <Field name="message" label={t("message")} state={state} required multiline maxLength={messageMax} hint={t("messageHint", { min: messageMin, max: messageMax })} />
      <Honeypot />
      <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
    </form>
  );
}

function TopicSelect({ topics, state, defaultValue }: { topics: readonly ContactTopic[]; state: FormState; defaultValue?: string }) {
  const t = useTranslations("contact");
  const errors = state.fieldErrors?.topic;
  return (
    <div>
      <label htmlFor="topic" className="block font-medium text-stone-900">
        {t("form.topic")}
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
          {t("form.chooseTopic")}
        </option>
        {topics.map((topic) => (
          <option key={topic} value={topic}>
            {t(`topics.${topic}`)}
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
