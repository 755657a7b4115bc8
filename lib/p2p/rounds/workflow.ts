// A round's life, taken by staff: draft → published (open or closed by its window) → in review
// → results released → closed. Publishing needs what applicants read (lib/p2p/rounds/schema.ts
// publishGaps); the rest are staff's word.
import type { P2PRoundStatus } from "@/lib/generated/prisma/enums";
import type { Workflow } from "@/lib/workflow/transitions";

export const ROUND_DECISIONS = ["publish", "unpublish", "startReview", "releaseResults", "close"] as const;
export type RoundDecision = (typeof ROUND_DECISIONS)[number];

export const ROUND_WORKFLOW: Workflow<P2PRoundStatus, RoundDecision> = {
  target: "p2p-round",
  refusal: "staff.p2p.rounds.cannot",
  transitions: {
    publish: { from: ["draft"], to: "published", by: "staff", audit: "p2p.round.published", message: "none", emails: false },
    // Back to draft, for a round published by mistake: only while nobody applied (the command checks).
    unpublish: { from: ["published"], to: "draft", by: "staff", audit: "p2p.round.unpublished", message: "none", emails: false },
    startReview: { from: ["published"], to: "in_review", by: "staff", audit: "p2p.round.review-started", message: "none", emails: false },
    releaseResults: { from: ["in_review"], to: "results_released", by: "staff", audit: "p2p.round.results-released", message: "none", emails: false },
    close: { from: ["published", "in_review", "results_released"], to: "closed", by: "staff", audit: "p2p.round.closed", message: "none", emails: false },
  },
};
