"use client";
// The applicant's report: four answers and the evidence kept, saved as a draft or sent. Sending
// is offered from the exchange's first day (`canSend`); the server checks again. Words from
// "p2pGrant.report", refusals from "p2pGrant.errors" and "p2pApply.workflow" (GRANT_MESSAGES).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ChoiceGroup } from "@/components/ui/choice-fields";
import { Field, FormMessage, SaveAndSendButtons } from "@/components/ui/form";
import type { FormState } from "@/lib/form-state";
import { saveReportAction } from "@/lib/p2p/reports/actions";
import { EVIDENCE, PUBLIC_SUMMARY_MAX, REPORT_TEXT_MAX } from "@/lib/p2p/reports/rules";

const TEXTS = ["whatHappened", "outcomes", "nextSteps"] as const;

export function ReportForm({ applicationId, initial, canSend, notYet }: { applicationId: string; initial: FormState; canSend: boolean; notYet: React.ReactNode }) {
  const t = useTranslations("p2pGrant.report");
  const [state, action] = useActionState(saveReportAction, initial);
  return (
    <form action={action} noValidate className="space-y-6">
      <FormMessage state={state} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <div key={JSON.stringify(state.values ?? {})} className="space-y-6">
        {TEXTS.map((name) => (
          <Field key={name} name={name} label={t(`${name}.label`)} hint={t(`${name}.hint`)} state={state} multiline required maxLength={REPORT_TEXT_MAX} />
        ))}
        <Field name="publicSummary" label={t("publicSummary.label")} hint={t("publicSummary.hint")} state={state} multiline required maxLength={PUBLIC_SUMMARY_MAX} />
        <ChoiceGroup name="evidence" type="checkbox" legend={t("evidence.legend")} hint={t("evidence.hint")} state={state} options={EVIDENCE.map((value) => ({ value, label: t(`evidence.options.${value}`) }))} />
      </div>
      <p className="text-sm text-stone-700">{canSend ? t("sendHint") : notYet}</p>
      <SaveAndSendButtons saveLabel={t("save")} sendLabel={canSend ? t("send") : null} pendingLabel={t("pending")} />
    </form>
  );
}
