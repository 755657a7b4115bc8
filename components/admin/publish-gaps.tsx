import { FieldErrors } from "@/components/ui/form";
import { Text } from "@/components/ui/text";
import type { FormState } from "@/lib/form-state";
import type { Msg } from "@/lib/message";

/** What a draft lacks before it can be published (a round, a story), each reason as the command gives it. */
export function PublishGaps({ what, gaps, children }: { what: string; gaps: readonly { field: string; reason: Msg }[]; children?: React.ReactNode }) {
  if (!gaps.length) return null;
  return (
    <div className="mt-2 max-w-3xl rounded-md border border-amber-600 bg-amber-50 px-4 py-3 text-stone-900">
      <p className="font-semibold">Before it can be published, the {what} needs:</p>
      <ul className="mt-1 list-disc pl-5">
        {gaps.map((gap) => (
          <li key={gap.field}>
            <Text msg={gap.reason} />
          </li>
        ))}
      </ul>
      {children ? <p className="mt-1">{children}</p> : null}
    </div>
  );
}

/**
 * What a publish button's refusal lacks (the form's fields are on the page below), said where the
 * button was pressed; the fields in `except` are answered elsewhere.
 */
export function WhatIsMissing({ state, except = [] }: { state: FormState; except?: readonly string[] }) {
  const errors = Object.entries(state.fieldErrors ?? {})
    .filter(([field]) => !except.includes(field))
    .flatMap(([, e]) => e ?? []);
  return errors.length ? (
    <p className="font-medium text-red-800">
      <FieldErrors errors={errors} /> Use the form below.
    </p>
  ) : null;
}
