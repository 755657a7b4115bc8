"use client";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState } from "@/lib/form-state";
import { changePasswordAction, deleteAccountAction, updateProfileAction } from "@/lib/auth/actions";
import { PASSWORD_HINT } from "@/lib/auth/rules";

export function ProfileForm({ name }: { name: string }) {
  const [state, action] = useActionState(updateProfileAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field name="name" label="Your name" autoComplete="name" required defaultValue={name} maxLength={100} state={state} />
      <SubmitButton pendingLabel="Saving…">Save details</SubmitButton>
    </form>
  );
}

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field name="current" label="Current password" type="password" autoComplete="current-password" required state={state} />
      <Field name="password" label="New password" type="password" autoComplete="new-password" required hint={PASSWORD_HINT} state={state} />
      <Field name="confirmPassword" label="Repeat the new password" type="password" autoComplete="new-password" required state={state} />
      <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
    </form>
  );
}

export function DeleteAccountForm() {
  const [state, action] = useActionState(deleteAccountAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field name="password" label="Your password" type="password" autoComplete="current-password" required state={state} />
      <Field name="confirm" label='Type "delete my account" to confirm' required autoComplete="off" state={state} />
      <SubmitButton variant="danger" pendingLabel="Deleting…">Delete my account</SubmitButton>
    </form>
  );
}
