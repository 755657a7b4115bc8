"use client";
// The panel page's small forms: reviews per application, adding and removing a panelist,
// "assign for me", assigning a chosen panelist and taking a reviewer off, closing the panel.
// Their answers come from "staff.p2p.panel", which the page passes (ClientMessages).
import { useActionState } from "react";
import { ConfirmButtonForm } from "@/components/admin/confirm-button-form";
import { ButtonForm } from "@/components/ui/button-form";
import { SelectField } from "@/components/ui/choice-fields";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState } from "@/lib/form-state";
import {
  addPanelistAction,
  assignReviewerAction,
  closePanelAction,
  fillPanelAction,
  removePanelistAction,
  setReviewsNeededAction,
  unassignReviewerAction,
} from "@/lib/p2p/panel/actions";
import { MAX_REVIEWS_NEEDED } from "@/lib/p2p/panel/limits";

export function ReviewsNeededForm({ roundId, reviewsNeeded }: { roundId: string; reviewsNeeded: number }) {
  const [state, action] = useActionState(setReviewsNeededAction, { ok: false, values: { reviewsNeeded: String(reviewsNeeded) } });
  return (
    <form action={action} noValidate className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="roundId" value={roundId} />
      <div key={JSON.stringify(state.values ?? {})} className="max-w-xs">
        <Field name="reviewsNeeded" label="Reviews per application" type="number" state={state} required hint={`1 to ${MAX_REVIEWS_NEEDED}. “Assign for me” fills each application up to this number.`} />
      </div>
      <SubmitButton pendingLabel="Saving…">Save</SubmitButton>
    </form>
  );
}

export function AddPanelistForm({ roundId }: { roundId: string }) {
  const [state, action] = useActionState(addPanelistAction, initialFormState);
  return (
    <form action={action} noValidate className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="roundId" value={roundId} />
      <div key={JSON.stringify(state.values ?? {})} className="max-w-md">
        <Field name="email" label="Email address" type="email" autoComplete="off" state={state} required hint="Anyone with an account on the site, staff or not." />
      </div>
      <SubmitButton pendingLabel="Adding…">Add to the panel</SubmitButton>
    </form>
  );
}

export function RemovePanelistButton({ roundId, userId, name, load }: { roundId: string; userId: string; name: string; load: number }) {
  return (
    <ConfirmButtonForm
      label={<>Remove…<span className="sr-only"> {name} from the panel</span></>}
      question={`Take ${name} off the panel?`}
      explain={
        load > 0
          ? "Their assignments not yet reviewed are taken off too; those applications may then be short of reviewers. Conflicts they declared stay on record."
          : "They have no assignment in this round."
      }
      button="Remove from the panel"
      action={removePanelistAction}
      hidden={{ roundId, userId }}
      variant="danger"
      compact
    />
  );
}

export function FillButton({ roundId }: { roundId: string }) {
  return (
    <ButtonForm action={fillPanelAction} fields={{ roundId }} variant="primary" pendingLabel="Assigning…">
      Assign for me
    </ButtonForm>
  );
}

export function AssignForm({ roundId, applicationId, page, choices, label }: { roundId: string; applicationId: string; page: number; choices: readonly { value: string; label: string }[]; label: string }) {
  const [state, action] = useActionState(assignReviewerAction, initialFormState);
  return (
    <form action={action} noValidate className="space-y-2" aria-label={label}>
      <FormMessage state={state} />
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="page" value={String(page)} />
      <div key={JSON.stringify(state.values ?? {})}>
        <SelectField name="reviewerId" label="Add a reviewer" options={choices} state={state} required placeholder="Choose…" />
      </div>
      <SubmitButton pendingLabel="Assigning…">Assign</SubmitButton>
    </form>
  );
}

export function UnassignButton({ roundId, assignmentId, page, reviewer }: { roundId: string; assignmentId: string; page: number; reviewer: string }) {
  return (
    <ConfirmButtonForm
      label={<>Take off…<span className="sr-only"> {reviewer}</span></>}
      question={`Take ${reviewer} off this application?`}
      explain="They have not reviewed it. The application may then be short of reviewers."
      button="Take off"
      action={unassignReviewerAction}
      hidden={{ roundId, assignmentId, page: String(page) }}
      compact
    />
  );
}

export function ClosePanelButton({ roundId, unreviewed }: { roundId: string; unreviewed: number }) {
  return (
    <ConfirmButtonForm
      label="Close the panel…"
      question="Close the panel of this round?"
      explain={`Reviews can no longer be changed, and nobody more is assigned. ${
        unreviewed === 0 ? "Every assignment has its review." : `${unreviewed.toLocaleString("en-GB")} ${unreviewed === 1 ? "assignment has" : "assignments have"} no review yet.`
      } This cannot be undone.`}
      button="Close the panel"
      action={closePanelAction}
      hidden={{ roundId }}
      variant="danger"
    />
  );
}
