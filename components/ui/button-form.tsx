"use client";
import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState, type FormState } from "@/lib/form-state";

function QuietButton({ children }: { children: ReactNode }) {
  const { pending } = useFormStatus();
  const t = useTranslations("forms.submit");
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="rounded-md border border-stone-400 bg-white px-3 py-1.5 text-sm font-medium text-stone-900 hover:bg-stone-100 disabled:opacity-60"
    >
      {pending ? t("pending") : children}
    </button>
  );
}

/**
 * A form that is one button running one action on one record: the ids travel as hidden fields
 * (and are checked again on the server), and the action's message shows beside it.
 */
export function ButtonForm({
  action: serverAction,
  fields,
  children,
  variant = "quiet",
  pendingLabel,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  children: ReactNode;
  variant?: "quiet" | "primary" | "danger";
  pendingLabel?: string;
}) {
  const [state, action] = useActionState(serverAction, initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {variant === "quiet" ? <QuietButton>{children}</QuietButton> : <SubmitButton variant={variant} pendingLabel={pendingLabel}>{children}</SubmitButton>}
      <FormMessage state={state} />
    </form>
  );
}
