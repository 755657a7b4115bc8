"use client";
// The news editor's form: the words, the address, the kind and language, the tags, who wrote
// it, what it is about (hubs and events, by their addresses) and the cover, described apart
// from its caption and credit. A draft can be saved and published in one go; what publishing
// lacks shows beside each field.
import { useActionState } from "react";
import { CoverChoices, CoverUpload } from "@/components/admin/articles/cover-fields";
import { FormGroup, SaveButtons } from "@/components/admin/form-parts";
import { ChoiceGroup, SelectField } from "@/components/ui/choice-fields";
import { Field, FormMessage } from "@/components/ui/form";
import { LANGUAGE_CHOICES } from "@/i18n/languages";
import type { CoverChoice } from "@/lib/articles/rules";
import { MAX_ARTICLE_BODY, MAX_ARTICLE_STANDFIRST, MAX_ARTICLE_TITLE, MAX_COVER_ALT, MAX_COVER_CAPTION, MAX_COVER_CREDIT } from "@/lib/articles/limits";
import type { FormState } from "@/lib/form-state";
import { MAX_LINKS, MAX_TAGS } from "@/lib/news/limits";
import { MAX_SLUG_LENGTH } from "@/lib/slugs";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export const KIND_OPTIONS = [
  { value: "news", label: "News (from the network)" },
  { value: "story", label: "Story (from or about a hub)" },
];

export function ArticleForm({ action, initial, article, covers, staff }: {
  action: Action;
  initial: FormState;
  article: { id: string; status: string };
  covers: CoverChoice[];
  staff: { id: string; name: string }[];
}) {
  const [state, formAction] = useActionState(action, initial);
  return (
    <form action={formAction} noValidate className="space-y-8">
      <FormMessage state={state} />
      <input type="hidden" name="articleId" value={article.id} />
      {/* Remounted with each answer: React resets a form after its action, and selects and
          checkboxes take their kept values only as they mount. */}
      <div key={JSON.stringify(state.values ?? {})} className="space-y-8">
        <FormGroup legend="The article">
          <SelectField name="kind" label="Kind" options={KIND_OPTIONS} state={state} required placeholder="Choose a kind" />
          <Field name="title" label="Title" state={state} required maxLength={MAX_ARTICLE_TITLE} />
          <Field name="slug" label="Address" hint="The end of its address, /news/…: lower-case letters, digits and hyphens. Once published, a changed address keeps the old one working." state={state} required maxLength={MAX_SLUG_LENGTH} />
          <SelectField name="language" label="Written in" hint="Readers' browsers and screen readers read it in this language; the list marks it for readers of other languages." options={LANGUAGE_CHOICES} state={state} required placeholder="Choose a language" />
          <Field name="standfirst" label="Standfirst" hint="One or two sentences under the title, also shown in lists and feeds." state={state} multiline maxLength={MAX_ARTICLE_STANDFIRST} />
          <Field name="body" label="Text" hint="Markdown: blank lines between paragraphs, ## for a heading, [words](https://…) for a link. HTML is not shown." state={state} multiline required maxLength={MAX_ARTICLE_BODY} />
          <Field name="tags" label="Tags" hint={`Up to ${MAX_TAGS}, separated by commas: “forum, belgrade”. Each has its page and its feed.`} state={state} />
        </FormGroup>
        <FormGroup legend="Who wrote it">
          <ChoiceGroup name="bylineStaff" legend="Staff" hint="Named in the order of this list, before any guests." options={staff.map((s) => ({ value: s.id, label: s.name }))} state={state} type="checkbox" />
          <Field name="bylineGuests" label="Guests" hint="One name a line, as they wish to be named." state={state} multiline />
        </FormGroup>
        <FormGroup legend="What it is about">
          <Field name="hubs" label="Hubs" hint={`Their addresses, one a line, as in /hubs/… (up to ${MAX_LINKS}). The article links to each, and each published hub only.`} state={state} multiline />
          <Field name="events" label="Events" hint={`Their addresses, one a line, as in /events/… (up to ${MAX_LINKS}).`} state={state} multiline />
        </FormGroup>
        <FormGroup legend="Cover">
          <CoverChoices state={state} covers={covers} empty="No cover yet: upload a picture below." hint="The cover it has, or upload another below. A published article needs a cover." />
          <CoverUpload state={state} />
          <Field name="coverAlt" label="Description of the picture" hint="What the picture shows, for people who cannot see it. Not the caption: say what is in it." state={state} maxLength={MAX_COVER_ALT} />
          <Field name="coverCaption" label="Caption" hint="Shown under the picture." state={state} maxLength={MAX_COVER_CAPTION} />
          <Field name="coverCredit" label="Credit" hint="Who took it, as they wish to be named: “Photo: …”." state={state} maxLength={MAX_COVER_CREDIT} />
        </FormGroup>
      </div>
      <SaveButtons save="Save" publish={article.status === "draft" || article.status === "in_review"} primarySave={article.status !== "draft"} />
    </form>
  );
}

/** The first step: a kind, a title and a language make a draft, then the full form opens. */
export function NewArticleForm({ action, initial }: { action: Action; initial: FormState }) {
  const [state, formAction] = useActionState(action, initial);
  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-6">
      <FormMessage state={state} />
      <div key={JSON.stringify(state.values ?? {})} className="space-y-6">
        <SelectField name="kind" label="Kind" options={KIND_OPTIONS} state={state} required placeholder="Choose a kind" />
        <Field name="title" label="Title" hint="Its address is made from it; you can change both later." state={state} required maxLength={MAX_ARTICLE_TITLE} />
        <SelectField name="language" label="Written in" options={LANGUAGE_CHOICES} state={state} required placeholder="Choose a language" />
      </div>
      <SaveButtons save="Create the draft" publish={false} primarySave />
    </form>
  );
}
