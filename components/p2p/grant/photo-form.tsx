"use client";
// Adds one photo to the report, with its description (required: the story shows it to people
// who cannot see the photo). Words from "p2pGrant.photos", refusals from "p2pGrant.errors".
import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { FieldError } from "@/components/ui/choice-fields";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState } from "@/lib/form-state";
import { msg } from "@/lib/message";
import { addReportPhotoAction } from "@/lib/p2p/reports/actions";
import { ALT_MAX } from "@/lib/p2p/reports/rules";
import { MAX_IMAGE_BYTES, MAX_IMAGE_MEGABYTES } from "@/lib/storage/limits";

export function PhotoForm({ applicationId }: { applicationId: string }) {
  const t = useTranslations("p2pGrant.photos");
  const forms = useTranslations("forms");
  const [state, action] = useActionState(addReportPhotoAction, initialFormState);
  const id = `photo${useId()}`;
  // Said at once, before a large file travels to the server only to be refused there.
  const [tooBig, setTooBig] = useState(false);
  const errors = tooBig ? [msg("forms.image.tooBig", { megabytes: MAX_IMAGE_MEGABYTES })] : state.fieldErrors?.photo;
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <div>
        <label htmlFor={id} className="block font-medium text-stone-900">
          {t("file")}
        </label>
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
          {forms("image.hint", { megabytes: MAX_IMAGE_MEGABYTES })}
        </p>
        <input
          id={id}
          name="photo"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          required
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
      <div key={JSON.stringify(state.values ?? {})}>
        <Field name="alt" label={t("alt.label")} hint={t("alt.hint")} state={state} required maxLength={ALT_MAX} />
      </div>
      <SubmitButton pendingLabel={t("adding")}>{t("add")}</SubmitButton>
    </form>
  );
}
