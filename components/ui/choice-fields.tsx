"use client";
// Choice fields for any form (a select, a group of checkboxes or radio buttons, one
// checkbox), each with its error beside it and the chosen value kept. Text fields: form.tsx.
import { useTranslations } from "next-intl";
import { useId } from "react";
import { FieldErrors } from "@/components/ui/form";
import { valueOf, valuesOf, type FormMessageText, type FormState } from "@/lib/form-state";

type Option = { value: string; label: string };

const inputClass = (invalid: boolean) =>
  `mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base text-stone-900 ${invalid ? "border-red-700" : "border-stone-400"}`;

export function FieldError({ id, errors }: { id: string; errors?: FormMessageText[] }) {
  return errors?.length ? (
    <p id={id} className="mt-1 text-sm font-medium text-red-800">
      <FieldErrors errors={errors} />
    </p>
  ) : null;
}

export function SelectField({ name, label, options, state, required, hint, placeholder }: { name: string; label: string; options: readonly Option[]; state: FormState; required?: boolean; hint?: string; placeholder: string }) {
  const t = useTranslations("forms.field");
  const id = `${name}${useId()}`;
  const errors = state.fieldErrors?.[name];
  return (
    <div>
      <label htmlFor={id} className="block font-medium text-stone-900">
        {label}
        {required ? null : <span className="font-normal text-stone-600"> ({t("optional")})</span>}
      </label>
      {hint ? <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">{hint}</p> : null}
      <select
        id={id}
        name={name}
        required={required}
        defaultValue={valueOf(state, name) ?? ""}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined}
        className={inputClass(Boolean(errors?.length))}
      >
        <option value="" disabled={required}>
          {placeholder}
        </option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** A group of checkboxes (several answers) or radio buttons (one), in a fieldset with its legend. */
export function ChoiceGroup({ name, legend, options, state, type, hint, required }: { name: string; legend: string; options: readonly Option[]; state: FormState; type: "checkbox" | "radio"; hint?: string; required?: boolean }) {
  const t = useTranslations("forms.field");
  const id = `${name}${useId()}`;
  const errors = state.fieldErrors?.[name];
  const chosen = new Set(valuesOf(state, name) ?? []);
  return (
    <fieldset aria-describedby={[hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined}>
      <legend className="font-medium text-stone-900">
        {legend}
        {required ? null : <span className="font-normal text-stone-600"> ({t("optional")})</span>}
      </legend>
      {hint ? <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">{hint}</p> : null}
      <FieldError id={`${id}-error`} errors={errors} />
      <div className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2 text-stone-900">
            <input type={type} name={name} value={o.value} defaultChecked={chosen.has(o.value)} className="mt-1 size-4 accent-brand-700" />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function Checkbox({ name, label, hint, state }: { name: string; label: string; hint?: string; state: FormState }) {
  const id = `${name}${useId()}`;
  const errors = state.fieldErrors?.[name];
  const describedBy = [hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex items-start gap-3">
      <input id={id} type="checkbox" name={name} defaultChecked={valueOf(state, name) === "on"} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy} className="mt-1 size-4 accent-brand-700" />
      <div>
        <label htmlFor={id} className="font-medium text-stone-900">
          {label}
        </label>
        {hint ? <p id={`${id}-hint`} className="text-sm text-stone-600">{hint}</p> : null}
        <FieldError id={`${id}-error`} errors={errors} />
      </div>
    </div>
  );
}
