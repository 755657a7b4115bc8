// The staff selection forms' fields (lib/p2p/selection/actions.ts): a decision on one row, a
// swap, the release, a promotion after it, and the ranking's and outbox's pages.
import { z } from "zod";
import { checkbox } from "@/lib/form-fields";
import type { MessageKey } from "@/lib/message";
import { SELECTION_CHOICES } from "@/lib/p2p/selection/rules";

const key = (k: MessageKey) => k;
const id = z.string().min(1).max(40);

export const selectionSchema = z.object({
  roundId: id,
  applicationId: id,
  selection: z.enum(SELECTION_CHOICES, { error: key("staff.p2p.selection.errors.choose") }),
});
export type SelectionInput = z.output<typeof selectionSchema>;

/**
 * The ranking's one decisions form (components/admin/p2p/selection/ranking-table.tsx): the
 * pressed button's value names its row and its choice, "<applicationId> <choice>".
 */
export const decisionFormSchema = z
  .object({ roundId: id, decision: z.string().max(60) })
  .transform(({ roundId, decision }) => {
    const [applicationId, selection] = decision.split(" ");
    return { roundId, applicationId, selection };
  })
  .pipe(selectionSchema);

export const swapSchema = z.object({
  roundId: id,
  selectedId: z.string({ error: key("staff.p2p.selection.errors.swapSelected") }).min(1, key("staff.p2p.selection.errors.swapSelected")).max(40),
  reserveId: z.string({ error: key("staff.p2p.selection.errors.swapReserve") }).min(1, key("staff.p2p.selection.errors.swapReserve")).max(40),
});
export type SwapInput = z.output<typeof swapSchema>;

export const releaseSchema = z.object({ roundId: id, withComments: checkbox });
export type ReleaseInput = z.output<typeof releaseSchema>;

export const promoteSchema = z.object({ roundId: id, applicationId: id });
export type PromoteInput = z.output<typeof promoteSchema>;

/** ?page= of the ranking and the outbox; ?comments=1 previews the emails with the reviewers' comments. */
export const rankingPageSchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1) });
export const outboxPageSchema = rankingPageSchema.extend({ comments: checkbox.catch(false) });
