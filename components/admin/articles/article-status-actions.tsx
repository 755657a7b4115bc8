"use client";
// The moves of an article (ARTICLE_WORKFLOW) besides its form's "Save and publish": each asks to
// be confirmed first, in place, and the page it leads to says what was done. Scheduling takes a
// time, typed in the programme's zone.
import { ConfirmButtonForm } from "@/components/admin/confirm-button-form";
import { WhatIsMissing } from "@/components/admin/publish-gaps";
import { Field } from "@/components/ui/form";
import { decideArticleAction, returnArticleAction, scheduleArticleAction } from "@/lib/articles/actions";
import { STAFF_TIME_ZONE } from "@/lib/articles/rules";
import { ARTICLE_WORKFLOW, STAFF_ARTICLE_DECISIONS } from "@/lib/articles/workflow";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { decisionsFrom } from "@/lib/workflow/transitions";

type Words = { label: string; question: string; explain: string; button: string };
type Decision = (typeof STAFF_ARTICLE_DECISIONS)[number];

/** `what`: "story" or "article"; `where`: the public places it shows ("/news, the feeds and …"). */
function words(what: string, where: string): Record<Decision, Words> {
  return {
    publish: { label: "Publish now…", question: `Publish this ${what} now?`, explain: `It appears on ${where}. One published before keeps the date it was first published.`, button: "Publish it" },
    unschedule: { label: "Unschedule…", question: `Stop this ${what} going live?`, explain: "It becomes a draft again and will not be published on its own.", button: "Yes, unschedule it" },
    unpublish: { label: "Unpublish…", question: `Take this ${what} back to draft?`, explain: `It leaves ${where} until you publish it again. Links to it will find nothing meanwhile.`, button: "Yes, unpublish it" },
    archive: { label: "Archive…", question: `Archive this ${what}?`, explain: "It is kept here but is not on the public site. You can publish it again later.", button: "Archive it" },
  };
}

/** The moves open to the article now: publishing a draft is also the form's "Save and publish". */
export function ArticleStatusActions({ articleId, status, what, where, scheduledFor }: { articleId: string; status: ArticleStatus; what: string; where: string; scheduledFor?: string }) {
  const open = decisionsFrom(ARTICLE_WORKFLOW, status);
  const moves = STAFF_ARTICLE_DECISIONS.filter((d) => open.includes(d));
  const all = words(what, where);
  return (
    <div className="space-y-3">
      {status === "draft" ? <p className="text-stone-700">A draft: only staff see it. When the text and its cover are ready, publish it now or schedule it.</p> : null}
      {status === "archived" ? <p className="text-stone-700">Archived: not on the public site.</p> : null}
      {status === "in_review" ? <p className="text-stone-700">In review: a member sent it. Edit it and publish or schedule it, or send it back to them with a message.</p> : null}
      <div className="flex flex-wrap items-start gap-3">
        {moves.map((decision) => (
          <ConfirmButtonForm key={decision} {...all[decision]} action={decideArticleAction} hidden={{ articleId, decision }} variant={decision === "archive" ? "danger" : undefined}>
            {(state) => <WhatIsMissing state={state} except={["scheduledFor"]} />}
          </ConfirmButtonForm>
        ))}
        {open.includes("return") ? (
          <ConfirmButtonForm label="Send back to the writer…" question={`Send this ${what} back to its writer?`} explain="It becomes their draft again. They get your message by email, fix it and send it again." button="Send it back" action={returnArticleAction} hidden={{ articleId }}>
            {(state) => <Field name="message" label="Your message to the writer" hint="What to change, and why." multiline state={state} required />}
          </ConfirmButtonForm>
        ) : null}
        {open.includes("schedule") ? (
          <ConfirmButtonForm
            label={status === "scheduled" ? "Change the time…" : "Schedule…"}
            question={`When should this ${what} go live?`}
            explain={`It is published on its own within a minute of that time, on ${where}. Times are in Brussels time (${STAFF_TIME_ZONE}).`}
            button="Schedule it"
            action={scheduleArticleAction}
            hidden={{ articleId }}
          >
            {(state) => (
              <>
                <WhatIsMissing state={state} except={["scheduledFor"]} />
                <Field name="scheduledFor" label="Publish on" type="datetime-local" state={state} defaultValue={scheduledFor} required />
              </>
            )}
          </ConfirmButtonForm>
        ) : null}
      </div>
    </div>
  );
}
