"use client";
// The rubric editor: one group of fields per criterion (name, description, weight, a label for
// each score 0–5), rows added and removed in place, the whole rubric saved at once. Errors sit
// beside their fields; what was typed comes back with them.
import { useActionState, useEffect, useState } from "react";
import { FieldErrors, Field, FormMessage, SubmitButton } from "@/components/ui/form";
import type { FormState } from "@/lib/form-state";
import { saveRubricAction } from "@/lib/p2p/panel/actions";
import { CRITERION_DESCRIPTION_MAX, CRITERION_NAME_MAX, LABEL_MAX, MAX_CRITERIA, MAX_WEIGHT } from "@/lib/p2p/panel/limits";
import { criterionField, rubricRows } from "@/lib/p2p/panel/rubric-fields";
import { SCALE } from "@/lib/p2p/reviews/rubric";

const secondary = "rounded-md border border-stone-400 bg-white px-4 py-2 font-semibold text-stone-900 hover:bg-stone-100";

function CriterionRow({ row, place, state, onRemove }: { row: number; place: number; state: FormState; onRemove?: () => void }) {
  return (
    <fieldset id={`criterion-row-${row}`} tabIndex={-1} className="space-y-4 rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
      <legend className="px-1 text-lg font-semibold">Criterion {place}</legend>
      <Field name={criterionField(row, "name")} label="Name" state={state} required maxLength={CRITERION_NAME_MAX} />
      <Field name={criterionField(row, "description")} label="What reviewers look for" state={state} multiline maxLength={CRITERION_DESCRIPTION_MAX} />
      <div className="max-w-48">
        <Field name={criterionField(row, "weight")} label="Weight" type="number" state={state} required hint={`A whole number, 1 to ${MAX_WEIGHT}: its share is its weight over the sum of the weights.`} />
      </div>
      <fieldset>
        <legend className="font-medium">What each score means</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {SCALE.map((v) => (
            <Field key={v} name={criterionField(row, `label-${v}`)} label={`Score ${v}`} state={state} required maxLength={LABEL_MAX} />
          ))}
        </div>
      </fieldset>
      {onRemove ? (
        <button type="button" className={secondary} onClick={onRemove}>
          Remove criterion {place}
        </button>
      ) : null}
    </fieldset>
  );
}

function Rows({ state }: { state: FormState }) {
  const [rows, setRows] = useState(() => {
    const found = rubricRows(state.values ?? {});
    return found.length ? found : [0];
  });
  const [added, setAdded] = useState<number | null>(null);
  useEffect(() => {
    if (added !== null) document.getElementById(`criterion-row-${added}`)?.focus();
  }, [added]);
  const add = () => {
    const row = Math.max(-1, ...rows) + 1;
    setRows([...rows, row]);
    setAdded(row);
  };
  return (
    <>
      {rows.map((row, i) => (
        <CriterionRow key={row} row={row} place={i + 1} state={state} onRemove={rows.length > 1 ? () => setRows(rows.filter((r) => r !== row)) : undefined} />
      ))}
      {rows.length < MAX_CRITERIA ? (
        <button type="button" className={secondary} onClick={add}>
          Add a criterion
        </button>
      ) : (
        <p className="text-stone-700">A rubric holds at most {MAX_CRITERIA} criteria.</p>
      )}
    </>
  );
}

export function RubricForm({ roundId, initial }: { roundId: string; initial: FormState }) {
  const [state, action] = useActionState(saveRubricAction, initial);
  const formErrors = state.fieldErrors?.form;
  return (
    <form action={action} noValidate className="space-y-6">
      <FormMessage state={state} />
      {formErrors?.length ? (
        <p role="alert" className="font-medium text-red-800">
          <FieldErrors errors={formErrors} />
        </p>
      ) : null}
      <input type="hidden" name="roundId" value={roundId} />
      {/* Remounted with each answer: React resets a form after its action. */}
      <div key={JSON.stringify(state.values ?? {})} className="space-y-6">
        <Rows state={state} />
      </div>
      <SubmitButton pendingLabel="Saving…">Save the rubric</SubmitButton>
    </form>
  );
}
