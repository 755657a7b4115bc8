"use client";
// Staff forms (in English, like every staff page); the answers of their actions come from
// "hubManagement.moderation" and "hubManagement.requests", which the pages pass (ClientMessages).
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState } from "@/lib/form-state";
import {
  approveHubAction,
  approveManagementRequestAction,
  archiveHubAsStaffAction,
  declineManagementRequestAction,
  rejectHubAction,
  requestHubChangesAction,
} from "@/lib/hubs/moderation/actions";
import type { HubDecision } from "@/lib/hubs/moderation/rules";
import { MODERATOR_MESSAGE_MAX } from "@/lib/hubs/moderation/limits";

const ACTIONS = {
  approve: approveHubAction,
  requestChanges: requestHubChangesAction,
  reject: rejectHubAction,
  archive: archiveHubAsStaffAction,
} satisfies Record<HubDecision, unknown>;

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
  const [state, action] = useActionState(ACTIONS[decision], initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="hubId" value={hubId} />
      <input type="hidden" name="version" value={version} />
      {message ? <Field name="message" label={message.label} hint={message.hint} required={message.required} multiline maxLength={MODERATOR_MESSAGE_MAX} state={state} /> : null}
      <SubmitButton pendingLabel="Saving…" variant={variant}>{button}</SubmitButton>
    </form>
  );
}

/** Approve or decline one "ask to manage it" request. */
export function RequestDecisionForms({ requestId, from, requester }: { requestId: string; from: "queue" | "hub"; requester: string }) {
  const [approveState, approve] = useActionState(approveManagementRequestAction, initialFormState);
  const [declineState, decline] = useActionState(declineManagementRequestAction, initialFormState);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <form action={approve} className="space-y-3" noValidate>
        <FormMessage state={approveState} />
        <input type="hidden" name="requestId" value={requestId} />
        <input type="hidden" name="from" value={from} />
        <p className="text-sm text-stone-700">{requester} becomes an owner and can edit the hub. We email them and the current owners.</p>
        <SubmitButton pendingLabel="Saving…">Approve request</SubmitButton>
      </form>
      <form action={decline} className="space-y-3" noValidate>
        <FormMessage state={declineState} />
        <input type="hidden" name="requestId" value={requestId} />
        <input type="hidden" name="from" value={from} />
        <Field name="message" label={`Message to ${requester}`} hint="Sent with the answer, for example what would help us decide." multiline maxLength={MODERATOR_MESSAGE_MAX} state={declineState} />
        <SubmitButton pendingLabel="Saving…" variant="danger">Decline request</SubmitButton>
      </form>
    </div>
  );
}
