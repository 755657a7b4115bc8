"use client";
// Staff forms of the members page (in English, like every staff page); the answers of their
// actions come from "staff.p2p.members" and "p2p.membership", which the page passes (ClientMessages).
import { useActionState } from "react";
import { ConfirmButtonForm } from "@/components/admin/confirm-button-form";
import { SelectField } from "@/components/ui/choice-fields";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState } from "@/lib/form-state";
import {
  acceptMembershipRequestAction,
  declineMembershipRequestAction,
  endHubMembershipAction,
  setHubMembershipAction,
} from "@/lib/p2p/membership/actions";
import { STAFF_MESSAGE_MAX } from "@/lib/p2p/membership/limits";

const KINDS = [
  { value: "regular", label: "Regular: meets all four criteria, votes" },
  { value: "associate", label: "Associate: pays a fee, does not vote" },
];

/** Accept or decline one request to join: accepting may carry a note, declining needs the reason. */
export function MembershipRequestForms({ requestId, requester, kind }: { requestId: string; requester: string; kind: string }) {
  const [acceptState, accept] = useActionState(acceptMembershipRequestAction, initialFormState);
  const [declineState, decline] = useActionState(declineMembershipRequestAction, initialFormState);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <form action={accept} className="space-y-3" noValidate>
        <FormMessage state={acceptState} />
        <input type="hidden" name="requestId" value={requestId} />
        <p className="text-sm text-stone-700">The hub becomes {kind === "regular" ? "a regular" : "an associate"} member from today. We email {requester}.</p>
        <Field name="message" label={`Note to ${requester}`} hint="Optional, sent with the answer." multiline maxLength={STAFF_MESSAGE_MAX} state={acceptState} />
        <SubmitButton pendingLabel="Saving…">Accept the request</SubmitButton>
      </form>
      <form action={decline} className="space-y-3" noValidate>
        <FormMessage state={declineState} />
        <input type="hidden" name="requestId" value={requestId} />
        <Field
          name="message"
          label={`Reason, for ${requester}`}
          hint="Required: which criterion the hub does not meet yet, and what would change the answer. The owners may ask again."
          required
          multiline
          maxLength={STAFF_MESSAGE_MAX}
          state={declineState}
        />
        <SubmitButton pendingLabel="Saving…" variant="danger">Decline the request</SubmitButton>
      </form>
    </div>
  );
}

/** Mark a hub as a member, or change a member's kind or the day it joined. */
export function SetMembershipForm({ hubId, hubName, kind, since, button }: { hubId: string; hubName: string; kind?: string; since: string; button: string }) {
  const [state, action] = useActionState(setHubMembershipAction, { ok: false, values: { kind: kind ?? "", since } });
  return (
    <form action={action} className="space-y-3" noValidate aria-label={`Membership of ${hubName}`}>
      <FormMessage state={state} />
      <input type="hidden" name="hubId" value={hubId} />
      <div key={JSON.stringify(state.values ?? {})} className="grid gap-3 sm:grid-cols-2">
        <SelectField name="kind" label="Kind" options={KINDS} state={state} required placeholder="Choose…" />
        <Field name="since" label="Member since" type="date" state={state} required />
      </div>
      <SubmitButton pendingLabel="Saving…">{button}</SubmitButton>
    </form>
  );
}

/** End a hub's membership, after asking to be sure. */
export function EndMembershipForm({ hubId, hubName }: { hubId: string; hubName: string }) {
  return (
    <ConfirmButtonForm
      label={<>End membership…<span className="sr-only"> of {hubName}</span></>}
      question={`End the membership of ${hubName}?`}
      explain="Its owners can no longer apply to rounds open to members only. We email its owners; the audit log keeps what it was."
      button="End membership"
      action={endHubMembershipAction}
      hidden={{ hubId }}
      variant="danger"
      compact
    />
  );
}
