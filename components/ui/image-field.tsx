"use client";
// An image to upload with a form: the one kept so far (if any), a file to choose, and its
// description. The hub form's logo and the event form's cover; ImageFileInput alone for a P2P
// report's photos and an article's cover (a member's story, staff's editor).
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Field } from "@/components/ui/form";
import { Checkbox, FieldError } from "@/components/ui/choice-fields";
import { valueOf, type FormMessageText, type FormState } from "@/lib/form-state";
import { msg } from "@/lib/message";
import { MAX_IMAGE_BYTES, MAX_IMAGE_MEGABYTES } from "@/lib/storage/limits";
import { mediaUrl } from "@/lib/storage/urls";

const TOO_BIG = msg("forms.image.tooBig", { megabytes: MAX_IMAGE_MEGABYTES });

type Names = { file: string; key: string; remove: string; alt: string };

/**
 * A file input for one image, with its label, the size and formats it takes (or `hint`), and its
 * error (the field's own, or `errors`); a file too big is refused at once, before it travels to
 * the server. `optional` marks the label.
 */
export function ImageFileInput({ name, label, state, optional, hint, errors: given }: { name: string; label: React.ReactNode; state: FormState; optional?: boolean; hint?: React.ReactNode; errors?: FormMessageText[] }) {
  const t = useTranslations("forms");
  const id = `${name}${useId()}`;
  const [tooBig, setTooBig] = useState(false);
  const errors = tooBig ? [TOO_BIG] : (given ?? state.fieldErrors?.[name]);
  return (
    <div>
      <label htmlFor={id} className="block font-medium text-stone-900">
        {label}
        {optional ? <span className="font-normal text-stone-600"> ({t("field.optional")})</span> : null}
      </label>
      <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
        {hint ?? t("image.hint", { megabytes: MAX_IMAGE_MEGABYTES })}
      </p>
      <input
        id={id}
        name={name}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        required={!optional}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[`${id}-hint`, errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ")}
        onChange={(e) => {
          const file = e.target.files?.[0];
          const big = Boolean(file && file.size > MAX_IMAGE_BYTES);
          setTooBig(big);
          if (big) e.target.value = "";
        }}
        className="mt-2 block w-full text-stone-900 file:mr-4 file:rounded-md file:border file:border-stone-400 file:bg-white file:px-4 file:py-2 file:font-semibold"
      />
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** `label` names the field; `replaceLabel` names it once an image is kept ("Another logo or photo"). */
export function ImageField({ state, names, label, replaceLabel, altLabel, altHint }: { state: FormState; names: Names; label: string; replaceLabel: string; altLabel: string; altHint: string }) {
  const t = useTranslations("forms");
  const current = valueOf(state, names.key) || null;
  return (
    <div className="space-y-6">
      <input type="hidden" name={names.key} value={current ?? ""} />
      {current ? (
        <div className="flex flex-wrap items-start gap-4">
          {/* eslint-disable-next-line @next/next/no-img-element -- a stored upload, already resized */}
          <img src={mediaUrl(current)} alt={t("image.current")} className="h-28 w-auto rounded-md border border-stone-300" />
          <Checkbox name={names.remove} label={t("image.remove")} hint={t("image.removeHint")} state={state} />
        </div>
      ) : null}
      <ImageFileInput name={names.file} label={current ? replaceLabel : label} state={state} optional />
      <Field name={names.alt} label={altLabel} hint={altHint} state={state} maxLength={200} />
    </div>
  );
}
