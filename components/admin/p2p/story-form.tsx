"use client";
// The staff story form: the words, the address, the language and the cover (one of the
// report's photos, or a picture uploaded here, described apart from its caption and credit). A draft can be saved and
// published in one go; what publishing lacks shows beside each field.
import { useActionState, useId } from "react";
import { FormGroup, SaveButtons } from "@/components/admin/form-parts";
import { FieldError, SelectField } from "@/components/ui/choice-fields";
import { Field, FormMessage } from "@/components/ui/form";
import { LANGUAGES } from "@/i18n/languages";
import { MAX_ARTICLE_BODY, MAX_ARTICLE_STANDFIRST, MAX_ARTICLE_TITLE, MAX_COVER_ALT, MAX_COVER_CAPTION, MAX_COVER_CREDIT } from "@/lib/articles/schema";
import type { CoverChoice } from "@/lib/articles/rules";
import { valueOf, type FormState } from "@/lib/form-state";
import { MAX_SLUG_LENGTH } from "@/lib/slugs";
import { MAX_IMAGE_MEGABYTES } from "@/lib/storage/limits";
import { mediaUrl } from "@/lib/storage/urls";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const LANGUAGE_OPTIONS = LANGUAGES.map((l) => ({ value: l.locale, label: l.name }));

/** The cover, picked by its picture: each choice shows the photo and the description its author gave. */
function CoverChoices({ state, covers }: { state: FormState; covers: CoverChoice[] }) {
  const id = `cover${useId()}`;
  const errors = state.fieldErrors?.coverKey;
  const chosen = valueOf(state, "coverKey") ?? "";
  if (!covers.length) {
    return (
      <div>
        <p className="text-stone-800">The report has no photo: upload a picture below to give the story a cover.</p>
        <FieldError id={`${id}-error`} errors={errors} />
      </div>
    );
  }
  return (
    <fieldset aria-describedby={[`${id}-hint`, errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ")}>
      <legend className="font-medium text-stone-900">Cover picture</legend>
      <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">One of the report&apos;s photos, or upload another below. A published story needs a cover.</p>
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
function CoverUpload({ state }: { state: FormState }) {
  const id = `coverFile${useId()}`;
  const errors = state.fieldErrors?.coverFile;
  return (
    <div>
      <label htmlFor={id} className="block font-medium text-stone-900">
        Upload another picture <span className="font-normal text-stone-600">(optional)</span>
      </label>
      <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
        A JPEG, PNG or WebP image of up to {MAX_IMAGE_MEGABYTES} MB, with the photographer&apos;s permission. It replaces the picture chosen above.
      </p>
      <input
        id={id}
        name="coverFile"
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

export function StoryForm({ action, initial, story, covers }: { action: Action; initial: FormState; story: { id: string; status: string }; covers: CoverChoice[] }) {
  const [state, formAction] = useActionState(action, initial);
  return (
    <form action={formAction} noValidate className="space-y-8">
      <FormMessage state={state} />
      <input type="hidden" name="articleId" value={story.id} />
      {/* Remounted with each answer: React resets a form after its action, and selects and
          radios take their kept values only as they mount. */}
      <div key={JSON.stringify(state.values ?? {})} className="space-y-8">
        <FormGroup legend="The story">
          <Field name="title" label="Title" state={state} required maxLength={MAX_ARTICLE_TITLE} />
          <Field name="slug" label="Address" hint="The end of its address, /p2p/stories/…: lower-case letters, digits and hyphens. Changing it after publishing breaks links others made." state={state} required maxLength={MAX_SLUG_LENGTH} />
          <SelectField name="language" label="Written in" hint="Readers' browsers and screen readers read the story in this language." options={LANGUAGE_OPTIONS} state={state} required placeholder="Choose a language" />
          <Field name="standfirst" label="Standfirst" hint="One or two sentences under the title, also shown on /p2p and on the hubs' pages." state={state} multiline maxLength={MAX_ARTICLE_STANDFIRST} />
          <Field name="body" label="Text" hint="Markdown: blank lines between paragraphs, ## for a heading, [words](https://…) for a link. HTML is not shown." state={state} multiline required maxLength={MAX_ARTICLE_BODY} />
        </FormGroup>
        <FormGroup legend="Cover">
          <CoverChoices state={state} covers={covers} />
          <CoverUpload state={state} />
          <Field name="coverAlt" label="Description of the picture" hint="What the picture shows, for people who cannot see it. Not the caption: say what is in it." state={state} maxLength={MAX_COVER_ALT} />
          <Field name="coverCaption" label="Caption" hint="Shown under the picture." state={state} maxLength={MAX_COVER_CAPTION} />
          <Field name="coverCredit" label="Credit" hint="Who took it, as they wish to be named: “Photo: …”." state={state} maxLength={MAX_COVER_CREDIT} />
        </FormGroup>
      </div>
      <SaveButtons save="Save" publish={story.status === "draft"} primarySave={story.status !== "draft"} />
    </form>
  );
}
