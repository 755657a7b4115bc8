"use client";
// Staff's forms on a P2P application after selection (in English, like every staff page): ask
// for changes to the report (a message, required), approve it (a note, optional), record the
// payment. Their refusals come from "p2pApply.workflow" and "p2pGrant.errors", which the page passes.
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState } from "@/lib/form-state";
import { recordPaymentAction } from "@/lib/p2p/grant/actions";
import { approveReportAction, requestReportChangesAction } from "@/lib/p2p/reports/actions";
import { PAYMENT_REFERENCE_MAX, STAFF_MESSAGE_MAX } from "@/lib/p2p/reports/rules";

/** Approve, or ask for changes: side by side, each its own form. */
export function ReportDecisionForms({ applicationId, applicant }: { applicationId: string; applicant: string }) {
  const [approveState, approve] = useActionState(approveReportAction, initialFormState);
  const [changesState, changes] = useActionState(requestReportChangesAction, initialFormState);
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <form action={approve} className="space-y-3" noValidate aria-label="Approve the report">
        <FormMessage state={approveState} />
        <input type="hidden" name="applicationId" value={applicationId} />
        <p className="text-sm text-stone-700">Approving drafts the P2P story from the report (to edit and publish on its own page). We email {applicant}.</p>
        <Field name="message" label={`Note to ${applicant}`} hint="Optional, sent with the approval." multiline maxLength={STAFF_MESSAGE_MAX} state={approveState} />
        <SubmitButton pendingLabel="Saving…">Approve the report</SubmitButton>
      </form>
      <form action={changes} className="space-y-3" noValidate aria-label="Ask for changes">
        <FormMessage state={changesState} />
        <input type="hidden" name="applicationId" value={applicationId} />
        <Field
          name="message"
          label={`What ${applicant} should change`}
          hint="Required: shown on their application's page and sent by email. They change the report and send it again."
          required
          multiline
          maxLength={STAFF_MESSAGE_MAX}
          state={changesState}
        />
        <SubmitButton pendingLabel="Saving…" variant="danger">Ask for changes</SubmitButton>
      </form>
    </div>
  );
}

/** The payment: the amount (the visiting hub's grant unless typed), the day, the transfer's reference. */
export function PaymentForm({ applicationId, grant, hostGrant, today }: { applicationId: string; grant: string; hostGrant: string; today: string }) {
  const [state, action] = useActionState(recordPaymentAction, { ok: false, values: { paidOn: today } });
  return (
    <form action={action} className="space-y-3" noValidate aria-label="Record the payment">
      <FormMessage state={state} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <p className="text-sm text-stone-700">
        One record for the exchange: the visiting hub&apos;s grant ({grant}) and, paid with it, the host&apos;s grant ({hostGrant}), which the record names. We email the applicant.
      </p>
      <div key={JSON.stringify(state.values ?? {})} className="grid gap-3 sm:grid-cols-3">
        <Field name="paidEuros" label="Amount paid (euros)" hint={`Leave blank for the grant, ${grant}.`} state={state} />
        <Field name="paidOn" label="Paid on" type="date" required state={state} />
        <Field name="reference" label="Reference" hint="The transfer's, if any." maxLength={PAYMENT_REFERENCE_MAX} state={state} />
      </div>
      <SubmitButton pendingLabel="Saving…">Record the payment</SubmitButton>
    </form>
  );
}
