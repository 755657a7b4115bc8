"use client";
// A member's story about their hub: starting it (which hub, a title, a language) and writing
// the draft (the words and a cover, described apart from its caption and credit), saved or
// sent to the editors. Errors show beside each field, with what was typed kept.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/choice-fields";
import { ImageFileInput } from "@/components/ui/image-field";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { LANGUAGE_CHOICES } from "@/i18n/languages";
import { MAX_ARTICLE_BODY, MAX_ARTICLE_STANDFIRST, MAX_ARTICLE_TITLE, MAX_COVER_ALT, MAX_COVER_CAPTION, MAX_COVER_CREDIT } from "@/lib/articles/limits";
import { initialFormState, type FormState } from "@/lib/form-state";
import { MAX_IMAGE_MEGABYTES } from "@/lib/storage/limits";
import { mediaUrl } from "@/lib/storage/urls";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;


export function StartStoryForm({ action, hubs, locale }: { action: Action; hubs: { id: string; name: string }[]; locale: string }) {
  const t = useTranslations("news.contribute.start");
  const [state, formAction] = useActionState(action, { ...initialFormState, values: { language: locale, ...(hubs.length === 1 ? { hubId: hubs[0]!.id } : {}) } });
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage state={state} />
      <div key={JSON.stringify(state.values ?? {})} className="space-y-5">
        <SelectField name="hubId" label={t("hub")} options={hubs.map((h) => ({ value: h.id, label: h.name }))} state={state} required placeholder={t("chooseHub")} />
        <Field name="title" label={t("title")} state={state} required maxLength={MAX_ARTICLE_TITLE} />
        <SelectField name="language" label={t("language")} options={LANGUAGE_CHOICES} state={state} required placeholder={t("chooseLanguage")} />
      </div>
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

/** The cover: the one it has (if any), and a picture uploaded with the form in its place. */
function CoverField({ state, coverKey }: { state: FormState; coverKey: string | null }) {
  const t = useTranslations("news.contribute.edit");
  return (
    <div>
      {coverKey ? (
        <figure className="mb-3">
          {/* eslint-disable-next-line @next/next/no-img-element -- a stored upload, already resized */}
          <img src={mediaUrl(coverKey)} alt="" className="h-32 w-auto rounded" />
          <figcaption className="text-sm text-stone-600">{t("currentCover")}</figcaption>
        </figure>
      ) : null}
      <input type="hidden" name="coverKey" value={coverKey ?? ""} />
      <ImageFileInput name="coverFile" label={t("cover")} optional hint={t("coverHint", { megabytes: MAX_IMAGE_MEGABYTES })} state={state} errors={state.fieldErrors?.coverFile ?? state.fieldErrors?.coverKey} />
    </div>
  );
}

export function StoryDraftForm({ action, initial, storyId, coverKey }: { action: Action; initial: FormState; storyId: string; coverKey: string | null }) {
  const t = useTranslations("news.contribute.edit");
  const [state, formAction] = useActionState(action, initial);
  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormMessage state={state} />
      <input type="hidden" name="articleId" value={storyId} />
      <div key={JSON.stringify(state.values ?? {})} className="space-y-6">
        <Field name="title" label={t("title")} state={state} required maxLength={MAX_ARTICLE_TITLE} />
        <SelectField name="language" label={t("language")} options={LANGUAGE_CHOICES} state={state} required placeholder="—" />
        <Field name="standfirst" label={t("standfirst")} hint={t("standfirstHint")} state={state} multiline maxLength={MAX_ARTICLE_STANDFIRST} />
        <Field name="body" label={t("body")} hint={t("bodyHint")} state={state} multiline required maxLength={MAX_ARTICLE_BODY} />
        <CoverField state={state} coverKey={coverKey} />
        <Field name="coverAlt" label={t("coverAlt")} hint={t("coverAltHint")} state={state} maxLength={MAX_COVER_ALT} />
        <Field name="coverCaption" label={t("coverCaption")} state={state} maxLength={MAX_COVER_CAPTION} />
        <Field name="coverCredit" label={t("coverCredit")} hint={t("coverCreditHint")} state={state} maxLength={MAX_COVER_CREDIT} />
      </div>
      <p className="text-stone-700">{t("sendHint")}</p>
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="save">{t("save")}</SubmitButton>
        <SubmitButton name="intent" value="publish">{t("send")}</SubmitButton>
      </div>
    </form>
  );
}
