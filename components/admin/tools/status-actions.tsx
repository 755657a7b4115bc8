"use client";
// The moves of a resource (RESOURCE_WORKFLOW) besides its form's "Save and publish": each asks to
// be confirmed first, in place, and the page it leads to says what was done.
import { ConfirmButtonForm } from "@/components/admin/confirm-button-form";
import { WhatIsMissing } from "@/components/admin/publish-gaps";
import type { ResourceStatus } from "@/lib/generated/prisma/enums";
import { decideResourceAction } from "@/lib/resources/actions";
import { RESOURCE_WORKFLOW, type ResourceDecision } from "@/lib/resources/workflow";
import { decisionsFrom } from "@/lib/workflow/transitions";

const WHERE = "/tools (the library), its filters and search, and the home page";

const WORDS: Record<ResourceDecision, { label: string; question: string; explain: string; button: string }> = {
  publish: { label: "Publish now…", question: "Publish this resource now?", explain: `It appears on ${WHERE}.`, button: "Publish it" },
  unpublish: { label: "Unpublish…", question: "Take this resource back to draft?", explain: `It leaves ${WHERE} until you publish it again. Links to it will find nothing meanwhile.`, button: "Yes, unpublish it" },
  archive: { label: "Archive…", question: "Archive this resource?", explain: "It is kept here, with its file, but is not on the public site. You can publish it again later.", button: "Archive it" },
};

export function ResourceStatusActions({ resourceId, status }: { resourceId: string; status: ResourceStatus }) {
  const moves = decisionsFrom(RESOURCE_WORKFLOW, status);
  return (
    <div className="space-y-3">
      {status === "draft" ? <p className="text-stone-700">A draft: only staff see it. When it is described and has a file or a link, publish it.</p> : null}
      {status === "archived" ? <p className="text-stone-700">Archived: not on the public site.</p> : null}
      {status === "published" ? <p className="text-stone-700">Published: readers find it on {WHERE}.</p> : null}
      <div className="flex flex-wrap items-start gap-3">
        {moves.map((decision) => (
          <ConfirmButtonForm key={decision} {...WORDS[decision]} action={decideResourceAction} hidden={{ resourceId, decision }} variant={decision === "archive" ? "danger" : undefined}>
            {(state) => <WhatIsMissing state={state} />}
          </ConfirmButtonForm>
        ))}
      </div>
    </div>
  );
}
