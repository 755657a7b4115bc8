"use client";
import { useActionState, type ReactNode } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState, type FormState } from "@/lib/form-state";

/** A form that is one button: hidden fields, a server action, and the action's message beside it. */
export function ButtonForm({
  action: serverAction,
  fields,
  pendingLabel,
  children,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  pendingLabel: string;
  children: ReactNode;
}) {
  const [state, action] = useActionState(serverAction, initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pendingLabel={pendingLabel}>{children}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
