"use client";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { markContactMessageHandledAction } from "@/lib/contact/actions";
import { initialFormState } from "@/lib/form-state";

export function HandledForm({ messageId, handled }: { messageId: string; handled: boolean }) {
  const [state, action] = useActionState(markContactMessageHandledAction, initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="messageId" value={messageId} />
      <input type="hidden" name="handled" value={handled ? "no" : "yes"} />
      <SubmitButton pendingLabel="Saving…">{handled ? "Reopen" : "Mark as dealt with"}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
