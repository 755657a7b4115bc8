"use client";
// A staff action that asks to be confirmed first, in place: a button opens the question, with
// what will happen, the hidden fields naming the record, any field it needs, and "Not now".
// The page the action leads to says what was done; an error keeps the question open.
import { useActionState, useState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState, type FormState } from "@/lib/form-state";

const secondary = "rounded-md border border-stone-400 bg-white px-4 py-2 font-semibold text-stone-900 hover:bg-stone-100";

export function ConfirmButtonForm({ label, question, explain, button, action, hidden, variant, compact, children }: {
  /** The button that opens the question ("Close the round…"). */
  label: React.ReactNode;
  question: string;
  explain: string;
  /** The button that does it. */
  button: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  variant?: "danger";
  /** Inside a list whose items already have headings: the question is a paragraph, not a heading. */
  compact?: boolean;
  children?: (state: FormState) => React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const [asking, setAsking] = useState(false);
  if (!asking && !state.message) {
    return (
      <button type="button" className={secondary} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <form action={formAction} noValidate className={`space-y-3 rounded-xl border border-stone-300 bg-stone-50 p-4 ${compact ? "" : "w-full"}`}>
      <FormMessage state={state} />
      {compact ? <p className="font-semibold">{question}</p> : <h3 className="text-lg font-semibold">{question}</h3>}
      <p className={compact ? "text-sm text-stone-700" : "text-stone-700"}>{explain}</p>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children ? children(state) : null}
      <div className="flex flex-wrap gap-3">
        <SubmitButton pendingLabel="Saving…" variant={variant}>{button}</SubmitButton>
        <button type="button" className={secondary} onClick={() => setAsking(false)}>
          Not now
        </button>
      </div>
    </form>
  );
}
