import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/user";

// Unfinished "add your hub" forms: the values as typed, kept for their owner only.

type DraftValues = Record<string, string | string[]>;

/** Creates the draft, or updates it when `draftId` names one of the actor's own drafts. */
export async function saveHubDraft(actor: Actor<"id"> | null, input: { draftId?: string; name: string; values: DraftValues }): Promise<{ id: string }> {
  if (!actor) throw new NotFoundError();
  if (!input.draftId) {
    return db.hubDraft.create({ data: { ownerId: actor.id, name: input.name, values: input.values }, select: { id: true } });
  }
  const { count } = await db.hubDraft.updateMany({ where: { id: input.draftId, ownerId: actor.id }, data: { name: input.name, values: input.values } });
  if (count === 0) throw new NotFoundError();
  return { id: input.draftId };
}

/** One of the actor's drafts, or null (another's draft and a missing one look the same). */
export async function getOwnHubDraft(actor: Actor<"id">, draftId: string) {
  const draft = await db.hubDraft.findFirst({ where: { id: draftId, ownerId: actor.id }, select: { id: true, name: true, values: true, updatedAt: true } });
  return draft && { ...draft, values: (draft.values ?? {}) as DraftValues };
}
