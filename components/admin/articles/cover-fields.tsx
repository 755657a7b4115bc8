"use client";
// An article's cover in the staff forms: one of the pictures it was given (a P2P story's report
// photos, or the cover it has), or another uploaded with the form.
import { useId } from "react";
import { FieldError } from "@/components/ui/choice-fields";
import { ImageFileInput } from "@/components/ui/image-field";
import type { CoverChoice } from "@/lib/articles/rules";
import { valueOf, type FormState } from "@/lib/form-state";
import { MAX_IMAGE_MEGABYTES } from "@/lib/storage/limits";
import { mediaUrl } from "@/lib/storage/urls";

/** The cover, picked by its picture: each choice shows the photo and the description its author gave. */
export function CoverChoices({ state, covers, empty, hint }: { state: FormState; covers: CoverChoice[]; empty: string; hint: string }) {
  const id = `cover${useId()}`;
  const errors = state.fieldErrors?.coverKey;
  const chosen = valueOf(state, "coverKey") ?? "";
  if (!covers.length) {
    return (
      <div>
        <p className="text-stone-800">{empty}</p>
        <FieldError id={`${id}-error`} errors={errors} />
      </div>
    );
  }
  return (
    <fieldset aria-describedby={[`${id}-hint`, errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ")}>
      <legend className="font-medium text-stone-900">Cover picture</legend>
      <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">{hint}</p>
      <FieldError id={`${id}-error`} errors={errors} />
      <div className="mt-2 grid gap-4 sm:grid-cols-3">
        {covers.map((cover, i) => (
          <label key={cover.key} className="flex items-start gap-2 rounded-md border border-stone-300 p-2">
            <input type="radio" name="coverKey" value={cover.key} defaultChecked={chosen === cover.key} className="mt-1 size-4 accent-brand-700" />
            <span>
              {/* eslint-disable-next-line @next/next/no-img-element -- a stored upload, already resized */}
              <img src={mediaUrl(cover.key)} alt="" className="h-24 w-auto rounded" />
              <span className="mt-1 block text-sm text-stone-800">{cover.alt ? `Photo ${i + 1}: ${cover.alt}` : `Photo ${i + 1} (not described)`}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Another picture, uploaded with the form: it becomes the cover in place of the one chosen above. */
export function CoverUpload({ state }: { state: FormState }) {
  return (
    <ImageFileInput
      name="coverFile"
      label="Upload another picture"
      optional
      hint={`A JPEG, PNG or WebP image of up to ${MAX_IMAGE_MEGABYTES} MB, with the photographer's permission. It replaces the picture chosen above.`}
      state={state}
    />
  );
}
