"use client";
// The selection's forms (English, like every staff page): the swap, a promotion after the
// release, and the release itself. Their answers come from "staff.p2p.selection", which the
// pages pass (ClientMessages).
import { useActionState } from "react";
import { ConfirmButtonForm } from "@/components/admin/confirm-button-form";
import { SelectField } from "@/components/ui/choice-fields";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState } from "@/lib/form-state";
import { promoteReserveAction, releaseResultsAction, swapSelectionAction } from "@/lib/p2p/selection/actions";

type Swappable = { id: string; label: string };

/** Swap a selected application and a reserve one in one step: the budget is checked once both have moved. */
export function SwapForm({ roundId, selected, reserve }: { roundId: string; selected: Swappable[]; reserve: Swappable[] }) {
  const [state, action] = useActionState(swapSelectionAction, initialFormState);
  return (
    <form action={action} noValidate className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="roundId" value={roundId} />
      <div key={JSON.stringify(state.values ?? {})} className="grid gap-3 sm:grid-cols-2">
        <SelectField name="selectedId" label="Selected, goes to the reserve list" options={selected.map((a) => ({ value: a.id, label: a.label }))} state={state} required placeholder="Choose…" />
        <SelectField name="reserveId" label="Reserve, takes its place" options={reserve.map((a) => ({ value: a.id, label: a.label }))} state={state} required placeholder="Choose…" />
      </div>
      <SubmitButton pendingLabel="Swapping…">Swap them</SubmitButton>
    </form>
  );
}

/** After the release: a reserve application is selected when the budget has room. */
export function PromoteForm({ roundId, applicationId, exchange }: { roundId: string; applicationId: string; exchange: string }) {
  return (
    <ConfirmButtonForm
      label={<>Promote…<span className="sr-only"> {exchange}</span></>}
      question={`Select ${exchange} from the reserve list?`}
      explain="Its grants count against the budget at once, and we email the applicant (with the next step, signing the grant agreement) and the host's owners."
      button="Promote it"
      action={promoteReserveAction}
      hidden={{ roundId, applicationId }}
      compact
    />
  );
}

/** The release, confirmed in place: with or without the reviewers' comments, as the preview above was shown. */
export function ReleaseForm({ roundId, withComments, applications }: { roundId: string; withComments: boolean; applications: number }) {
  return (
    <ConfirmButtonForm
      label="Release the results…"
      question="Release the results and send every email now?"
      explain={`Each of the ${applications.toLocaleString("en-GB")} applications takes its decision, and every email above goes at once to its applicant and its host's owners. This cannot be undone.`}
      button="Release and send"
      action={releaseResultsAction}
      hidden={{ roundId }}
    >
      {() => (
        <label className="flex items-start gap-2">
          <input type="checkbox" name="withComments" defaultChecked={withComments} className="mt-1 size-4" />
          <span>Include the reviewers&apos; comments in the applicants&apos; emails (never their names)</span>
        </label>
      )}
    </ConfirmButtonForm>
  );
}
