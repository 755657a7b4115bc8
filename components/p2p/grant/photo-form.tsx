"use client";
// Adds one photo to the report, with its description (required: the story shows it to people
// who cannot see the photo). Words from "p2pGrant.photos", refusals from "p2pGrant.errors".
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { ImageFileInput } from "@/components/ui/image-field";
import { initialFormState } from "@/lib/form-state";
import { addReportPhotoAction } from "@/lib/p2p/reports/actions";
import { ALT_MAX } from "@/lib/p2p/reports/rules";

export function PhotoForm({ applicationId }: { applicationId: string }) {
  const t = useTranslations("p2pGrant.photos");
  const [state, action] = useActionState(addReportPhotoAction, initialFormState);
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <ImageFileInput name="photo" label={t("file")} state={state} />
      <div key={JSON.stringify(state.values ?? {})}>
        <Field name="alt" label={t("alt.label")} hint={t("alt.hint")} state={state} required maxLength={ALT_MAX} />
      </div>
      <SubmitButton pendingLabel={t("adding")}>{t("add")}</SubmitButton>
    </form>
  );
}
