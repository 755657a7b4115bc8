// A resource's life in the library, and a member's suggestion's, each a table of the one
// workflow shape (lib/workflow/transitions.ts). Staff publish a draft (it needs what readers
// see: lib/resources/rules.ts publishGaps), take it back to draft, archive it (kept, off the
// site) and publish it again. A suggestion is accepted into a new draft, or declined with a
// message; either way the member who sent it is emailed.
import type { ResourceStatus, ResourceSuggestionStatus } from "@/lib/generated/prisma/enums";
import type { Workflow } from "@/lib/workflow/transitions";

export const RESOURCE_DECISIONS = ["publish", "unpublish", "archive"] as const;
export type ResourceDecision = (typeof RESOURCE_DECISIONS)[number];

export const RESOURCE_WORKFLOW: Workflow<ResourceStatus, ResourceDecision> = {
  target: "resource",
  refusal: "staff.resources.cannot",
  transitions: {
    publish: { from: ["draft", "archived"], to: "published", by: "staff", audit: "resource.published", message: "none", emails: false },
    unpublish: { from: ["published"], to: "draft", by: "staff", audit: "resource.unpublished", message: "none", emails: false },
    archive: { from: ["draft", "published"], to: "archived", by: "staff", audit: "resource.archived", message: "none", emails: false },
  },
};

export const SUGGESTION_DECISIONS = ["accept", "decline"] as const;
export type SuggestionDecision = (typeof SUGGESTION_DECISIONS)[number];

export const SUGGESTION_WORKFLOW: Workflow<ResourceSuggestionStatus, SuggestionDecision> = {
  target: "resource-suggestion",
  refusal: "staff.resourceSuggestions.cannot",
  transitions: {
    accept: { from: ["pending"], to: "accepted", by: "staff", audit: "resource.suggestion-accepted", message: "optional", emails: true },
    decline: { from: ["pending"], to: "declined", by: "staff", audit: "resource.suggestion-declined", message: "required", emails: true },
  },
};
