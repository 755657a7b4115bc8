"use client";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState, type FormState } from "@/lib/form-state";
import { acceptHubInviteAction, inviteCoOwnerAction } from "@/lib/hubs/ownership/actions";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

function QuietButton({ children }: { children: React.ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="rounded-md border border-stone-400 bg-white px-3 py-1.5 text-sm font-medium text-stone-900 hover:bg-stone-100 disabled:opacity-60"
    >
      {pending ? "Please wait…" : children}
    </button>
  );
}

/**
 * One button that runs one action on one record (the ids travel as hidden fields and are
 * checked again on the server). Its error, if any, shows beside it.
 */
export function ActionButton({
  action,
  fields,
  children,
  variant = "quiet",
  pendingLabel,
}: {
  action: Action;
  fields: Record<string, string>;
  children: React.ReactNode;
  variant?: "quiet" | "primary" | "danger";
  pendingLabel?: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {variant === "quiet" ? <QuietButton>{children}</QuietButton> : <SubmitButton variant={variant} pendingLabel={pendingLabel}>{children}</SubmitButton>}
      <FormMessage state={state} />
    </form>
  );
}

export function InviteForm({ hubId }: { hubId: string }) {
  const [state, action] = useActionState(inviteCoOwnerAction, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="hubId" value={hubId} />
      <Field
        name="email"
        label="Email address of the person to invite"
        type="email"
        autoComplete="off"
        required
        maxLength={254}
        hint="They will get a link that works once, for 14 days. They accept by signing in with this address."
        state={state}
      />
      <SubmitButton pendingLabel="Sending…">Send invitation</SubmitButton>
    </form>
  );
}

export function AcceptInviteForm({ token, hubName }: { token: string; hubName: string }) {
  const [state, action] = useActionState(acceptHubInviteAction, initialFormState);
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel="Accepting…">
        Accept<span className="sr-only"> and manage {hubName}</span>
      </SubmitButton>
    </form>
  );
}
