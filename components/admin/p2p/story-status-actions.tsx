"use client";
// The moves of a story (ARTICLE_WORKFLOW) besides the form's "Save and publish": each asks to
// be confirmed first, in place, and the page it leads to says what was done.
import { ConfirmButtonForm } from "@/components/admin/confirm-button-form";
import { FieldErrors } from "@/components/ui/form";
import { ARTICLE_WORKFLOW, type ArticleDecision } from "@/lib/articles/workflow";
import type { FormState } from "@/lib/form-state";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { decideStoryAction } from "@/lib/p2p/stories/actions";
import { decisionsFrom } from "@/lib/workflow/transitions";

const WORDS: Record<ArticleDecision, { label: string; question: string; explain: string; button: string }> = {
  publish: {
    label: "Publish…",
    question: "Publish this story?",
    explain: "It appears on the public site, /p2p and both hubs' pages. A story published before keeps the date it was first published.",
    button: "Publish it",
  },
  unpublish: {
    label: "Unpublish…",
    question: "Take this story back to draft?",
    explain: "It leaves the public site, /p2p and both hubs' pages until you publish it again. Links to it will find nothing meanwhile.",
    button: "Yes, unpublish it",
  },
  archive: {
    label: "Archive…",
    question: "Archive this story?",
    explain: "It is kept here but is not on the public site. You can publish it again later.",
    button: "Archive it",
  },
};

/** What publishing lacks (the form's fields are on the page below): said here, where the button was pressed. */
function WhatIsMissing({ state }: { state: FormState }) {
  const errors = Object.values(state.fieldErrors ?? {}).flatMap((e) => e ?? []);
  return errors.length ? (
    <p className="font-medium text-red-800">
      <FieldErrors errors={errors} /> Use the form below.
    </p>
  ) : null;
}

/** The moves open to the story now: publishing a draft is the form's "Save and publish". */
export function StoryStatusActions({ articleId, status }: { articleId: string; status: ArticleStatus }) {
  const moves = decisionsFrom(ARTICLE_WORKFLOW, status).filter((d) => !(d === "publish" && status === "draft"));
  return (
    <div className="space-y-3">
      {status === "draft" ? <p className="text-stone-700">A draft: only staff see it. When the story and its cover are ready, use “Save and publish” below.</p> : null}
      {status === "archived" ? <p className="text-stone-700">Archived: not on the public site.</p> : null}
      {moves.length ? (
        <div className="flex flex-wrap items-start gap-3">
          {moves.map((decision) => (
            <ConfirmButtonForm key={decision} {...WORDS[decision]} action={decideStoryAction} hidden={{ articleId, decision }} variant={decision === "archive" ? "danger" : undefined}>
              {(state) => <WhatIsMissing state={state} />}
            </ConfirmButtonForm>
          ))}
        </div>
      ) : null}
    </div>
  );
}
