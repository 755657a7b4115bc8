"use client";
import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { PlanFields } from "@/components/p2p/account/plan-fields";
import { ChoiceGroup } from "@/components/ui/choice-fields";
import { Field, FieldErrors, FormMessage, Honeypot, SaveAndSendButtons } from "@/components/ui/form";
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
  /** Once sent, the dates (as the page words them) and people the host is deciding on: shown as text, not fields. */
  fixed?: { startsOn: string; endsOn: string; people: number } | null;
};

function Buttons({ sendTo }: { sendTo: string | null }) {
  const t = useTranslations("p2pApply.form");
  return <SaveAndSendButtons saveLabel={sendTo ? t("saveDraft") : t("saveChanges")} sendLabel={sendTo ? t("send", { host: sendTo }) : null} pendingLabel={t("pending")} />;
}

/**
 * The dates and people of a sent application, as text: the host is deciding on them. The stored
 * values go back with the form unchanged, and a refusal (a changed value posted) shows here.
 */
function FixedStay({ fixed, state, showPeople }: { fixed: NonNullable<Props["fixed"]>; state: FormState; showPeople: boolean }) {
  const t = useTranslations("p2pApply.form");
  const errors = useTranslations("p2pApply.errors");
  const value = (name: string) => String(state.values?.[name] ?? "");
  const refusals = ["startsOn", "endsOn", "people"].flatMap((name) => state.fieldErrors?.[name] ?? []);
  return (
    <div className="rounded-md bg-stone-50 px-4 py-3">
      <dl className="grid gap-4 sm:grid-cols-3">
        <div>
          <dt className="font-medium text-stone-900">{t("startsOn.label")}</dt>
          <dd>{fixed.startsOn}</dd>
        </div>
        <div>
          <dt className="font-medium text-stone-900">{t("endsOn.label")}</dt>
          <dd>{fixed.endsOn}</dd>
        </div>
        {showPeople ? (
          <div>
            <dt className="font-medium text-stone-900">{t("people.label")}</dt>
            <dd>{fixed.people}</dd>
          </div>
        ) : null}
      </dl>
      {refusals.length ? (
        <p role="alert" className="mt-2 text-sm font-medium text-red-800">
          <FieldErrors errors={refusals} />
        </p>
      ) : (
        <p className="mt-2 text-sm text-stone-700">{errors("fixedOnceSent")}</p>
      )}
      <input type="hidden" name="startsOn" value={value("startsOn")} />
      <input type="hidden" name="endsOn" value={value("endsOn")} />
      <input type="hidden" name="people" value={value("people") || String(fixed.people)} />
    </div>
  );
}

/**
 * The application's answers, saved as a draft at any point and sent to the host once complete.
 * Needs p2pApply.form, .errors, .eligibility and .workflow in its ClientMessages.
 */
export function ApplicationForm({ action, initial, applicationId, planDays, maxPeople, sendTo, fixed }: Props) {
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
        {fixed ? (
          <FixedStay fixed={fixed} state={state} showPeople={maxPeople > 1} />
        ) : (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field name="startsOn" type="date" label={t("startsOn.label")} state={state} required />
            <Field name="endsOn" type="date" label={t("endsOn.label")} state={state} required />
          </div>
        )}
        {maxPeople > 1 ? (
          <>
            {fixed ? null : <Field name="people" type="number" label={t("people.label")} hint={t("people.hint", { max: maxPeople })} state={state} required />}
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
        ) : fixed ? null : (
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
