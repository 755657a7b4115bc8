"use client";
// The staff story form: the words, the address, the language and the cover (one of the
// report's photos, or a picture uploaded here, described apart from its caption and credit). A draft can be saved and
// published in one go; what publishing lacks shows beside each field.
import { useActionState } from "react";
import { FormGroup, SaveButtons } from "@/components/admin/form-parts";
import { CoverChoices, CoverUpload } from "@/components/admin/articles/cover-fields";
import { SelectField } from "@/components/ui/choice-fields";
import { Field, FormMessage } from "@/components/ui/form";
import { LANGUAGE_CHOICES } from "@/i18n/languages";
import { MAX_ARTICLE_BODY, MAX_ARTICLE_STANDFIRST, MAX_ARTICLE_TITLE, MAX_COVER_ALT, MAX_COVER_CAPTION, MAX_COVER_CREDIT } from "@/lib/articles/limits";
import type { CoverChoice } from "@/lib/articles/rules";
import type { FormState } from "@/lib/form-state";
import { MAX_SLUG_LENGTH } from "@/lib/slugs";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;


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
          <SelectField name="language" label="Written in" hint="Readers' browsers and screen readers read the story in this language." options={LANGUAGE_CHOICES} state={state} required placeholder="Choose a language" />
          <Field name="standfirst" label="Standfirst" hint="One or two sentences under the title, also shown on /p2p and on the hubs' pages." state={state} multiline maxLength={MAX_ARTICLE_STANDFIRST} />
          <Field name="body" label="Text" hint="Markdown: blank lines between paragraphs, ## for a heading, [words](https://…) for a link. HTML is not shown." state={state} multiline required maxLength={MAX_ARTICLE_BODY} />
        </FormGroup>
        <FormGroup legend="Cover">
          <CoverChoices state={state} covers={covers} empty="The report has no photo: upload a picture below to give the story a cover." hint="One of the report's photos, or upload another below. A published story needs a cover." />
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
