"use client";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { useFormStatus } from "react-dom";
import { Text } from "@/components/ui/text";
import { valueOf, type FormState } from "@/lib/form-state";

/** The message at the top of a form: an error summary, or a confirmation. */
export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return null;
  return (
    <p
      role={state.ok ? "status" : "alert"}
      className={`rounded-md border px-4 py-3 text-sm ${state.ok ? "border-green-700 bg-green-50 text-green-900" : "border-red-700 bg-red-50 text-red-900"}`}
    >
      <Text msg={state.message} />
    </p>
  );
}

type FieldProps = {
  name: string;
  label: string;
  state: FormState;
  type?: string;
  hint?: string;
  required?: boolean;
  autoComplete?: string;
  defaultValue?: string;
  multiline?: boolean;
  maxLength?: number;
};

/** A labelled input with its hint and its error beside it; keeps what the user typed. */
export function Field({ name, label, state, type = "text", hint, required, autoComplete, defaultValue, multiline, maxLength }: FieldProps) {
  const t = useTranslations("forms.field");
  const errors = state.fieldErrors?.[name];
  // Unique per form: a page may hold several forms with an "email" field.
  const id = `${name}${useId()}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const common = {
    id,
    name,
    required,
    autoComplete,
    maxLength,
    defaultValue: type === "password" ? undefined : (valueOf(state, name) ?? defaultValue),
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
    className: `mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base text-stone-900 ${errors?.length ? "border-red-700" : "border-stone-400"}`,
  };
  return (
    <div>
      <label htmlFor={id} className="block font-medium text-stone-900">
        {label}
        {required ? null : <span className="font-normal text-stone-600"> ({t("optional")})</span>}
      </label>
      {hint ? <p id={hintId} className="mt-1 text-sm text-stone-600">{hint}</p> : null}
      {multiline ? <textarea rows={6} {...common} /> : <input type={type} {...common} />}
      {errors?.length ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
          <FieldErrors errors={errors} />
        </p>
      ) : null}
    </div>
  );
}

/**
 * A trap for bots, which fill in every field: the schema's optional `website`. Visually
 * hidden and out of the tab order; a screen reader that reaches it reads its label.
 */
export function Honeypot() {
  const t = useTranslations("forms");
  const id = `website${useId()}`;
  return (
    <div className="sr-only">
      <label htmlFor={id}>{t("honeypot")}</label>
      <input id={id} name="website" type="text" tabIndex={-1} autoComplete="off" />
    </div>
  );
}

/**
 * Disabled while the action runs, so a double click does not submit twice. `name` and `value`:
 * sent with the form when this button submits it (a form with two ways to save).
 */
export function SubmitButton({ children, pendingLabel, variant = "primary", name, value }: { children: React.ReactNode; pendingLabel?: string; variant?: "primary" | "danger"; name?: string; value?: string }) {
  const t = useTranslations("forms.submit");
  const { pending } = useFormStatus();
  const colours = variant === "danger" ? "bg-red-800 hover:bg-red-900" : "bg-brand-700 hover:bg-brand-800";
  return (
    <button type="submit" name={name} value={value} disabled={pending} aria-disabled={pending} className={`rounded-md px-5 py-2.5 font-semibold text-white disabled:opacity-60 ${colours}`}>
      {pending ? (pendingLabel ?? t("pending")) : children}
    </button>
  );
}

/**
 * A draft's two buttons in one form, sent as `intent`: "save" always, "send" when `sendLabel`
 * is given. Both disabled while the action runs.
 */
export function SaveAndSendButtons({ saveLabel, sendLabel, pendingLabel }: { saveLabel: string; sendLabel: string | null; pendingLabel: string }) {
  const { pending } = useFormStatus();
  const button = "rounded-md px-5 py-2.5 font-semibold disabled:opacity-60";
  return (
    <div className="flex flex-wrap gap-3">
      <button type="submit" name="intent" value="save" disabled={pending} aria-disabled={pending} className={`${button} border border-stone-400 bg-white text-stone-900 hover:bg-stone-100`}>
        {pending ? pendingLabel : saveLabel}
      </button>
      {sendLabel ? (
        <button type="submit" name="intent" value="send" disabled={pending} aria-disabled={pending} className={`${button} bg-brand-700 text-white hover:bg-brand-800`}>
          {pending ? pendingLabel : sendLabel}
        </button>
      ) : null}
    </div>
  );
}

/** A field's errors, one after another. */
export function FieldErrors({ errors }: { errors: NonNullable<FormState["fieldErrors"]>[string] }) {
  return errors?.map((error, i) => (
    <span key={i}>
      {i ? " " : null}
      <Text msg={error} />
    </span>
  ));
}
