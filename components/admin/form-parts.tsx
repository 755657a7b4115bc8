"use client";
// Pieces of the staff forms (a round, an event, a story): a group of fields under its legend,
// and a submit button that says what it does with the form.
import { useFormStatus } from "react-dom";

export function FormGroup({ legend, children }: { legend: string; children: React.ReactNode }) {
  return (
    <fieldset className="space-y-5 rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
      <legend className="px-1 text-xl font-semibold text-stone-950">{legend}</legend>
      {children}
    </fieldset>
  );
}

/** A submit button that says what it does with the form: save it, or save and publish the draft. */
export function IntentButton({ intent, children, primary }: { intent: "save" | "publish"; children: React.ReactNode; primary?: boolean }) {
  const { pending } = useFormStatus();
  const colours = primary ? "bg-brand-700 text-white hover:bg-brand-800" : "border border-stone-400 bg-white text-stone-900 hover:bg-stone-100";
  return (
    <button type="submit" name="intent" value={intent} disabled={pending} aria-disabled={pending} className={`rounded-md px-5 py-2.5 font-semibold disabled:opacity-60 ${colours}`}>
      {pending ? "Saving…" : children}
    </button>
  );
}

/** A form's save button, and "Save and publish" beside it while the record is a draft that can be published. */
export function SaveButtons({ save, publish, primarySave }: { save: string; publish: boolean; primarySave: boolean }) {
  return (
    <div className="flex flex-wrap gap-3">
      <IntentButton intent="save" primary={primarySave}>
        {save}
      </IntentButton>
      {publish ? (
        <IntentButton intent="publish" primary>
          Save and publish
        </IntentButton>
      ) : null}
    </div>
  );
}
