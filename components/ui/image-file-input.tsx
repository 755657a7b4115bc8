"use client";
import { useId } from "react";
import { FieldError } from "@/components/ui/choice-fields";
import type { FormMessageText } from "@/lib/form-state";

/** A picture to upload with a form (JPEG, PNG or WebP), its hint and its errors beside it. */
export function ImageFileInput({ name, label, hint, errors }: { name: string; label: React.ReactNode; hint: React.ReactNode; errors?: FormMessageText[] }) {
  const id = `${name}${useId()}`;
  return (
    <div>
      <label htmlFor={id} className="block font-medium text-stone-900">
        {label}
      </label>
      <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
        {hint}
      </p>
      <input
        id={id}
        name={name}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[`${id}-hint`, errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ")}
        className="mt-2 block w-full text-stone-900 file:mr-4 file:rounded-md file:border file:border-stone-400 file:bg-white file:px-4 file:py-2 file:font-semibold"
      />
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}
