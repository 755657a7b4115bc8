"use client";
import { useTranslations } from "next-intl";
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

/**
 * The apply / register form, also used to change an application. Keeps what was typed when
 * refused. Needs eventApplications.form, .errors and .window in its ClientMessages.
 */
export function ApplicationForm({ action, initial, hubs, target, submitLabel, pendingLabel }: Props) {
  const t = useTranslations("eventApplications.form");
  const [state, formAction] = useActionState(action, initial);
  const [name, value] = Object.entries(target)[0]!;
  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormMessage state={state} />
      <input type="hidden" name={name} value={value} />
      {/* Remounted with each answer, so that the fields show the values the server sent back. */}
      <div key={JSON.stringify(state.values ?? {})} className="space-y-6">
        <Field name="role" label={t("role.label")} state={state} required maxLength={120} autoComplete="organization-title" hint={t("role.hint")} />
        {hubs.length ? (
          <>
            <SelectField
              name="hubId"
              label={t("hub.label")}
              state={state}
              options={hubs.map((h) => ({ value: h.id, label: h.name }))}
              placeholder={t("hub.placeholder")}
              hint={t("hub.hint")}
            />
            <Field name="hubName" label={t("hubNameOther.label")} state={state} maxLength={120} autoComplete="organization" />
          </>
        ) : (
          <Field name="hubName" label={t("hubName.label")} state={state} maxLength={120} autoComplete="organization" hint={t("hubName.hint")} />
        )}
        <Field name="bring" label={t("bring.label")} state={state} required multiline maxLength={2000} hint={t("bring.hint")} />
        <Field name="takeAway" label={t("takeAway.label")} state={state} required multiline maxLength={2000} hint={t("takeAway.hint")} />
        <Field name="needs" label={t("needs.label")} state={state} multiline maxLength={1000} hint={t("needs.hint")} />
      </div>
      <Honeypot />
      <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
    </form>
  );
}
