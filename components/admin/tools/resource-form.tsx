"use client";
// The library's staff form: every field of a resource (issue 15, "A resource"), each error beside
// its field and what was typed kept. A draft can be saved and published in one go. The file is
// uploaded with its own form (file-upload-form.tsx): it may be larger than this form may send.
import { useActionState } from "react";
import { FormGroup, SaveButtons } from "@/components/admin/form-parts";
import { AUDIENCE_LABELS, FORMAT_LABELS, languageLabel, LEVEL_LABELS, LICENCE_LABELS, TOPIC_LABELS, TYPE_LABELS } from "@/components/admin/tools/labels";
import { ChoiceGroup, SelectField } from "@/components/ui/choice-fields";
import { Field, FormMessage } from "@/components/ui/form";
import type { FormState } from "@/lib/form-state";
import type { ResourceStatus } from "@/lib/generated/prisma/enums";
import { MAX_RELATIONS, MAX_RESOURCE_AUTHOR, MAX_RESOURCE_DESCRIPTION, MAX_RESOURCE_SUMMARY, MAX_RESOURCE_TITLE, MAX_RESOURCE_URL, maxResourceYear, MIN_RESOURCE_YEAR } from "@/lib/resources/limits";
import { AUDIENCES, RESOURCE_FORMATS, RESOURCE_LANGUAGES, RESOURCE_LEVELS, RESOURCE_LICENCES, RESOURCE_TYPES, TOPICS } from "@/lib/resources/taxonomy";
import { MAX_SLUG_LENGTH } from "@/lib/slugs";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const options = <T extends string>(codes: readonly T[], labels: Record<T, string>) => codes.map((value) => ({ value, label: labels[value] }));
const TYPE_OPTIONS = options(RESOURCE_TYPES, TYPE_LABELS);
const LANGUAGE_OPTIONS = RESOURCE_LANGUAGES.map((value) => ({ value, label: `${languageLabel(value)} (${value})` }));

export function ResourceForm({ action, initial, resource }: { action: Action; initial: FormState; resource: { id: string; status: ResourceStatus } }) {
  const [state, formAction] = useActionState(action, initial);
  return (
    <form action={formAction} noValidate className="space-y-8">
      <FormMessage state={state} />
      <input type="hidden" name="resourceId" value={resource.id} />
      {/* Remounted with each answer: React resets a form after its action, and selects and
          checkboxes take their kept values only as they mount. */}
      <div key={JSON.stringify(state.values ?? {})} className="space-y-8">
        <FormGroup legend="The resource">
          <Field name="title" label="Title" hint="As its authors title it." state={state} required maxLength={MAX_RESOURCE_TITLE} />
          <Field name="slug" label="Address" hint="The end of its address, /tools/…: lower-case letters, digits and hyphens. Changed after publishing, the old address keeps leading here." state={state} required maxLength={MAX_SLUG_LENGTH} />
          <SelectField name="type" label="Kind of resource" options={TYPE_OPTIONS} state={state} required placeholder="Choose a kind" />
          <Field name="summary" label="Summary" hint="One or two sentences, in your own words: shown in the list, in search results and to search engines." state={state} multiline maxLength={MAX_RESOURCE_SUMMARY} />
          <Field name="description" label="Description" hint="Markdown: blank lines between paragraphs, ## for a heading, [words](https://…) for a link. HTML is not shown. Only what the source says: where it is silent, leave it out." state={state} multiline maxLength={MAX_RESOURCE_DESCRIPTION} />
          <Field name="author" label="Author or organisation" hint="As they name themselves; several separated by commas." state={state} maxLength={MAX_RESOURCE_AUTHOR} />
          <Field name="year" label="Year" hint={`The year it was published, ${MIN_RESOURCE_YEAR} to ${maxResourceYear()}. Leave blank when the source does not say.`} type="number" state={state} />
        </FormGroup>
        <FormGroup legend="Who it is for and what it is about">
          <ChoiceGroup name="topics" legend="Topics" hint="The Creative Hub Leader’s Toolkit’s three sections, then themes. Readers filter by these." options={options(TOPICS, TOPIC_LABELS)} state={state} type="checkbox" />
          <ChoiceGroup name="audience" legend="Audience" options={options(AUDIENCES, AUDIENCE_LABELS)} state={state} type="checkbox" />
          <SelectField name="level" label="Level" hint="Leave blank when the source does not say." options={options(RESOURCE_LEVELS, LEVEL_LABELS)} state={state} placeholder="Not stated" />
          <ChoiceGroup name="languages" legend="Languages it is available in" hint="A published resource needs at least one." options={LANGUAGE_OPTIONS} state={state} type="checkbox" />
        </FormGroup>
        <FormGroup legend="Getting it">
          <Field name="url" label="Link" hint="Where it lives, starting with https://. Checked regularly: broken links are listed under “Broken links”. A published resource needs a link or a file." type="url" state={state} maxLength={MAX_RESOURCE_URL} />
          <SelectField name="format" label="Format" hint="Set for you when a file is uploaded." options={options(RESOURCE_FORMATS, FORMAT_LABELS)} state={state} placeholder="Not stated" />
          <Field name="durationMinutes" label="Duration in minutes" hint="For a video or a course: how long it takes. Leave blank otherwise." type="number" state={state} />
          <SelectField name="licence" label="Licence" hint="Leave blank when the source does not say." options={options(RESOURCE_LICENCES, LICENCE_LABELS)} state={state} placeholder="Not stated" />
        </FormGroup>
        <FormGroup legend="Related resources">
          <Field name="translationOf" label="A translation of" hint={`The addresses of the resources of the library it translates, one a line, as in /tools/creative-hub-leaders-toolkit (up to ${MAX_RELATIONS}).`} state={state} multiline />
          <Field name="adaptedFrom" label="Adapted from" hint={`The addresses of the resources it adapts, one a line (up to ${MAX_RELATIONS}).`} state={state} multiline />
        </FormGroup>
      </div>
      <SaveButtons save="Save" publish={resource.status !== "published"} primarySave={resource.status === "published"} />
    </form>
  );
}

/** The first step: a title, a kind and perhaps a link make a draft, then the full form opens. */
export function NewResourceForm({ action, initial }: { action: Action; initial: FormState }) {
  const [state, formAction] = useActionState(action, initial);
  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-6">
      <FormMessage state={state} />
      <div key={JSON.stringify(state.values ?? {})} className="space-y-6">
        <Field name="title" label="Title" hint="Its address is made from it; you can change both later." state={state} required maxLength={MAX_RESOURCE_TITLE} />
        <SelectField name="type" label="Kind of resource" options={TYPE_OPTIONS} state={state} required placeholder="Choose a kind" />
        <Field name="url" label="Link" hint="Where it lives, if it is on the web. You can upload a file instead once the draft is made." type="url" state={state} maxLength={MAX_RESOURCE_URL} />
      </div>
      <SaveButtons save="Create the draft" publish={false} primarySave />
    </form>
  );
}
