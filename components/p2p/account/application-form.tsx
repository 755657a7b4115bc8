"use client";
import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { useFormStatus } from "react-dom";
import { PlanFields } from "@/components/p2p/account/plan-fields";
import { ChoiceGroup } from "@/components/ui/choice-fields";
import { Field, FormMessage, Honeypot } from "@/components/ui/form";
import type { FormState } from "@/lib/form-state";
import { AIMS, ANSWER_LIMITS, TRAVEL_MODES } from "@/lib/p2p/applications/answers";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: FormState;
  applicationId: string;
  /** Each day of the stay as the plan names it ("Day 1, 3 May 2027"). */
  planDays: string[];
  /** How many people the round pays for: above one, the second person's fields show. */
  maxPeople: number;
  /** The host's name, for the send button; null when the application is already with the host (save only). */
  sendTo: string | null;
};

function Buttons({ sendTo }: { sendTo: string | null }) {
  const t = useTranslations("p2pApply.form");
  const { pending } = useFormStatus();
  const button = "rounded-md px-5 py-2.5 font-semibold disabled:opacity-60";
  return (
    <div className="flex flex-wrap gap-3">
      <button type="submit" name="intent" value="save" disabled={pending} aria-disabled={pending} className={`${button} border border-stone-400 bg-white text-stone-900 hover:bg-stone-100`}>
        {pending ? t("pending") : sendTo ? t("saveDraft") : t("saveChanges")}
      </button>
      {sendTo ? (
        <button type="submit" name="intent" value="send" disabled={pending} aria-disabled={pending} className={`${button} bg-brand-700 text-white hover:bg-brand-800`}>
          {pending ? t("pending") : t("send", { host: sendTo })}
        </button>
      ) : null}
    </div>
  );
}

/**
 * The application's answers, saved as a draft at any point and sent to the host once complete.
 * Needs p2pApply.form, .errors, .eligibility and .workflow in its ClientMessages.
 */
export function ApplicationForm({ action, initial, applicationId, planDays, maxPeople, sendTo }: Props) {
  const t = useTranslations("p2pApply.form");
  const [state, formAction] = useActionState(action, initial);
  const partnerId = useId();
  const option = (group: "aim" | "travelMode") => (value: string) => ({ value, label: t(`${group}.options.${value}` as never) });
  return (
    <form action={formAction} noValidate className="space-y-8">
      <FormMessage state={state} />
      <input type="hidden" name="applicationId" value={applicationId} />
      {/* Remounted with each answer, so that the fields show the values the server sent back. */}
      <div key={JSON.stringify(state.values ?? {})} className="space-y-8">
        <Field name="role" label={t("role.label")} hint={t("role.hint")} state={state} required maxLength={ANSWER_LIMITS.role} autoComplete="organization-title" />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="startsOn" type="date" label={t("startsOn.label")} state={state} required />
          <Field name="endsOn" type="date" label={t("endsOn.label")} state={state} required />
        </div>
        {maxPeople > 1 ? (
          <>
            <Field name="people" type="number" label={t("people.label")} hint={t("people.hint", { max: maxPeople })} state={state} required />
            <fieldset aria-describedby={`${partnerId}-hint`} className="space-y-4 rounded-xl border border-stone-200 p-4">
              <legend className="px-1 font-medium text-stone-900">{t("partner.legend")}</legend>
              <p id={`${partnerId}-hint`} className="text-sm text-stone-600">
                {t("partner.hint")}
              </p>
              <Field name="partnerName" label={t("partner.name")} state={state} maxLength={ANSWER_LIMITS.partnerName} autoComplete="off" />
              <Field name="partnerRole" label={t("partner.role")} state={state} maxLength={ANSWER_LIMITS.partnerRole} autoComplete="off" />
              <Field name="partnerEmail" type="email" label={t("partner.email")} state={state} maxLength={ANSWER_LIMITS.partnerEmail} autoComplete="off" />
            </fieldset>
          </>
        ) : (
          <input type="hidden" name="people" value="1" />
        )}
        <ChoiceGroup name="aim" type="radio" legend={t("aim.legend")} hint={t("aim.hint")} options={AIMS.map(option("aim"))} state={state} required />
        <PlanFields days={planDays} state={state} />
        <Field name="visitorGains" label={t("visitorGains.label")} hint={t("visitorGains.hint")} state={state} required multiline maxLength={ANSWER_LIMITS.visitorGains} />
        <Field name="hostGains" label={t("hostGains.label")} hint={t("hostGains.hint")} state={state} required multiline maxLength={ANSWER_LIMITS.hostGains} />
        <Field name="sharing" label={t("sharing.label")} hint={t("sharing.hint")} state={state} required multiline maxLength={ANSWER_LIMITS.sharing} />
        <ChoiceGroup name="travelMode" type="radio" legend={t("travelMode.legend")} hint={t("travelMode.hint")} options={TRAVEL_MODES.map(option("travelMode"))} state={state} required />
        <Field name="accessibilityNeeds" label={t("accessibilityNeeds.label")} hint={t("accessibilityNeeds.hint")} state={state} multiline maxLength={ANSWER_LIMITS.accessibilityNeeds} />
      </div>
      <Honeypot />
      <Buttons sendTo={sendTo} />
    </form>
  );
}
