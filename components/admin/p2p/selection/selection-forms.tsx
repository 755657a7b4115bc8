"use client";
// The ranking's and the outbox's forms (English, like every staff page): a decision on one row,
// the swap, a promotion after the release, and the release itself. Their answers come from
// "staff.p2p.selection", which the pages pass (ClientMessages).
import { useActionState } from "react";
import { ConfirmButtonForm } from "@/components/admin/confirm-button-form";
import { SelectField } from "@/components/ui/choice-fields";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import type { P2PSelection } from "@/lib/generated/prisma/enums";
import { initialFormState } from "@/lib/form-state";
import { promoteReserveAction, releaseResultsAction, setSelectionAction, swapSelectionAction } from "@/lib/p2p/selection/actions";
import type { SelectionChoice } from "@/lib/p2p/selection/rules";

const CHOICES: { value: SelectionChoice; label: string }[] = [
  { value: "selected", label: "Select" },
  { value: "reserve", label: "Reserve" },
  { value: "not_selected", label: "Not selected" },
  { value: "cleared", label: "No decision" },
];

const button = "rounded-md border px-3 py-1.5 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2";
const chosen = "border-brand-800 bg-brand-700 text-white";
const other = "border-stone-400 bg-white text-stone-900 hover:bg-stone-100";

/** One row's pending decision: four buttons, the current one pressed; an over-budget refusal shows above them. */
export function DecisionForm({ roundId, applicationId, current, exchange }: { roundId: string; applicationId: string; current: P2PSelection | null; exchange: string }) {
  const [state, action, pending] = useActionState(setSelectionAction, initialFormState);
  return (
    <form action={action} noValidate className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <fieldset className="flex flex-wrap gap-2" disabled={pending}>
        <legend className="sr-only">Decision for {exchange}</legend>
        {CHOICES.map((c) => {
          const on = (current ?? "cleared") === c.value;
          return (
            <button key={c.value} type="submit" name="selection" value={c.value} aria-pressed={on} className={`${button} ${on ? chosen : other}`}>
              {c.label}
            </button>
          );
        })}
      </fieldset>
    </form>
  );
}

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
