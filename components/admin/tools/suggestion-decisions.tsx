"use client";
// Staff's answer to a member's suggestion (SUGGESTION_WORKFLOW): accept it into a new draft
// resource of a chosen type, or decline it with a message the member is emailed. Each asks to
// be confirmed first, in place.
import { ConfirmButtonForm } from "@/components/admin/confirm-button-form";
import { SelectField } from "@/components/ui/choice-fields";
import { Field } from "@/components/ui/form";
import { acceptSuggestionAction, declineSuggestionAction } from "@/lib/resources/suggestions/actions";
import { MAX_DECLINE_MESSAGE } from "@/lib/resources/suggestions/limits";
import { TYPE_LABELS } from "@/components/admin/tools/labels";
import { RESOURCE_TYPES } from "@/lib/resources/taxonomy";

const TYPE_OPTIONS = RESOURCE_TYPES.map((value) => ({ value, label: TYPE_LABELS[value] }));

export function SuggestionDecisions({ suggestionId, title }: { suggestionId: string; title: string }) {
  return (
    <div className="flex flex-wrap items-start gap-3">
      <ConfirmButtonForm
        label={<>Accept into a draft…<span className="sr-only"> “{title}”</span></>}
        question="Accept this suggestion into a draft resource?"
        explain="A draft resource is made with its title and address; you then describe it and publish it. The member is emailed that it was accepted."
        button="Accept and open the draft"
        action={acceptSuggestionAction}
        hidden={{ suggestionId }}
        compact
      >
        {(state) => <SelectField name="type" label="Type of resource" options={TYPE_OPTIONS} state={{ ...state, values: { type: "guide", ...state.values } }} required placeholder="Choose a type" />}
      </ConfirmButtonForm>
      <ConfirmButtonForm
        label={<>Decline…<span className="sr-only"> “{title}”</span></>}
        question="Decline this suggestion?"
        explain="The member is emailed your message. The suggestion stays listed here as declined."
        button="Decline it"
        action={declineSuggestionAction}
        hidden={{ suggestionId }}
        variant="danger"
        compact
      >
        {(state) => <Field name="message" label="Your message to the member" hint="Why it is not going into the library; it is emailed to them." multiline state={state} required maxLength={MAX_DECLINE_MESSAGE} />}
      </ConfirmButtonForm>
    </div>
  );
}
