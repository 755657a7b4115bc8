"use client";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { FieldError } from "@/components/ui/choice-fields";
import { valuesOf, type FormState } from "@/lib/form-state";
import { ANSWER_LIMITS } from "@/lib/p2p/applications/answers";

/** The plan, one text per day of the stay: the days follow the dates saved last. */
export function PlanFields({ days, state }: { days: string[]; state: FormState }) {
  const t = useTranslations("p2pApply.form.plan");
  const id = `plan${useId()}`;
  const errors = state.fieldErrors?.plan;
  const values = valuesOf(state, "plan") ?? [];
  return (
    <fieldset aria-describedby={[`${id}-hint`, errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ")} className="space-y-4">
      <legend className="font-medium text-stone-900">{t("legend")}</legend>
      <p id={`${id}-hint`} className="text-sm text-stone-600">
        {t("hint")}
      </p>
      <FieldError id={`${id}-error`} errors={errors} />
      {days.map((label, i) => (
        <div key={i}>
          <label htmlFor={`${id}-${i}`} className="block text-stone-900">
            {label}
          </label>
          <textarea
            id={`${id}-${i}`}
            name="plan"
            rows={3}
            maxLength={ANSWER_LIMITS.planDay}
            defaultValue={values[i] ?? ""}
            aria-invalid={errors?.length && !values[i]?.trim() ? true : undefined}
            className="mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-stone-900"
          />
        </div>
      ))}
    </fieldset>
  );
}
