"use client";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState } from "@/lib/form-state";
import { decideHubAction, decideManagementRequestAction } from "@/lib/hubs/moderation/actions";
import type { HubDecision } from "@/lib/hubs/moderation/rules";

type HubDecisionFormProps = {
  hubId: string;
  /** The version of the fields on the page (see snapshotVersion). */
  version: string;
  decision: HubDecision;
  button: string;
  message?: { label: string; hint: string; required: boolean };
  variant?: "primary" | "danger";
};

/** One decision about a hub: its own form, so each message stays with its button. */
export function HubDecisionForm({ hubId, version, decision, button, message, variant }: HubDecisionFormProps) {
  const [state, action] = useActionState(decideHubAction, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="hubId" value={hubId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="decision" value={decision} />
      {message ? <Field name="message" label={message.label} hint={message.hint} required={message.required} multiline maxLength={4000} state={state} /> : null}
      <SubmitButton pendingLabel="Saving…" variant={variant}>{button}</SubmitButton>
    </form>
  );
}

/** Approve or decline one "ask to manage it" request. */
export function RequestDecisionForms({ requestId, from, requester }: { requestId: string; from: "queue" | "hub"; requester: string }) {
  const [approveState, approve] = useActionState(decideManagementRequestAction, initialFormState);
  const [declineState, decline] = useActionState(decideManagementRequestAction, initialFormState);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <form action={approve} className="space-y-3" noValidate>
        <FormMessage state={approveState} />
        <input type="hidden" name="requestId" value={requestId} />
        <input type="hidden" name="from" value={from} />
        <input type="hidden" name="decision" value="approve" />
        <p className="text-sm text-stone-700">{requester} becomes an owner and can edit the hub. We email them and the current owners.</p>
        <SubmitButton pendingLabel="Saving…">Approve request</SubmitButton>
      </form>
      <form action={decline} className="space-y-3" noValidate>
        <FormMessage state={declineState} />
        <input type="hidden" name="requestId" value={requestId} />
        <input type="hidden" name="from" value={from} />
        <input type="hidden" name="decision" value="decline" />
        <Field name="message" label={`Message to ${requester}`} hint="Sent with the answer, for example what would help us decide." multiline maxLength={4000} state={declineState} />
        <SubmitButton pendingLabel="Saving…" variant="danger">Decline request</SubmitButton>
      </form>
    </div>
  );
}
