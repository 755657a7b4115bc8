import "server-only";
import { db, type Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { DAY_MS } from "@/lib/calendar";
import { deliverOutboxSoon, queueEmail } from "@/lib/email/outbox";
import { assertStaff, type Actor } from "@/lib/auth/user";
import { NotFoundError, UserError } from "@/lib/errors";
import type { ResourceSuggestionStatus, ResourceType } from "@/lib/generated/prisma/enums";
import { createResourceDraft } from "@/lib/resources/drafts";
import { suggestionEmail, type SuggestionStep } from "@/lib/resources/suggestions/emails";
import { MAX_PENDING_SUGGESTIONS, MAX_SUGGESTIONS_PER_DAY } from "@/lib/resources/suggestions/limits";
import type { SuggestionInput } from "@/lib/resources/suggestions/schema";
import { SUGGESTION_WORKFLOW, type SuggestionDecision } from "@/lib/resources/workflow";
import { takeDecision } from "@/lib/workflow/take";

// A member suggests a resource for the library; staff accept it into a new draft resource or
// decline it with a message (SUGGESTION_WORKFLOW), and the member is emailed each time, in the
// same transaction. A member's limits (how many wait at once, how many a day, one address once
// while it waits) are counted under a lock on their user row, so two forms sent at the same
// moment cannot both pass a limit one of them reaches.

type Tx = Prisma.TransactionClient;
type Member = Actor<"id">;
type StaffActor = Actor<"id" | "role">;

/** The member's suggestions are counted one writer at a time (NO KEY: other rows may still point at the user). */
async function lockMember(tx: Tx, memberId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "User" WHERE "id" = ${memberId} FOR NO KEY UPDATE`;
  if (!rows.length) throw new NotFoundError();
}

const memberSelect = { email: true, name: true, locale: true } satisfies Prisma.UserSelect;

/** A member's suggestion, refused (with the reason) past a limit or when the same address already waits. */
export async function suggestResource(actor: Member | null, input: SuggestionInput): Promise<{ id: string }> {
  if (!actor) throw new NotFoundError();
  const made = await db.$transaction(async (tx) => {
    await lockMember(tx, actor.id);
    const pending = await tx.resourceSuggestion.count({ where: { memberId: actor.id, status: "pending" } });
    if (pending >= MAX_PENDING_SUGGESTIONS) throw new UserError("toolSuggestions.errors.tooManyPending", undefined, { max: MAX_PENDING_SUGGESTIONS });
    const today = await tx.resourceSuggestion.count({ where: { memberId: actor.id, createdAt: { gt: new Date(Date.now() - DAY_MS) } } });
    if (today >= MAX_SUGGESTIONS_PER_DAY) throw new UserError("toolSuggestions.errors.tooManyToday", undefined, { max: MAX_SUGGESTIONS_PER_DAY });
    const same = await tx.resourceSuggestion.findFirst({ where: { memberId: actor.id, status: "pending", url: input.url }, select: { id: true } });
    if (same) throw new UserError("toolSuggestions.errors.alreadySuggested", "url");
    const suggestion = await tx.resourceSuggestion.create({ data: { memberId: actor.id, ...input }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "resource.suggested", targetType: "resource-suggestion", targetId: suggestion.id, data: { title: input.title, url: input.url } });
    const member = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: memberSelect });
    await queueEmail(tx, await suggestionEmail(member, "received", { ...input, message: null }));
    return suggestion;
  });
  deliverOutboxSoon();
  return made;
}

const lockedSelect = { id: true, status: true, title: true, url: true, member: { select: memberSelect } } satisfies Prisma.ResourceSuggestionSelect;

async function lockSuggestion(tx: Tx, suggestionId: string) {
  await tx.$queryRaw`SELECT 1 FROM "ResourceSuggestion" WHERE "id" = ${suggestionId} FOR UPDATE`;
  const suggestion = await tx.resourceSuggestion.findUnique({ where: { id: suggestionId }, select: lockedSelect });
  if (!suggestion) throw new NotFoundError();
  return suggestion;
}

type Locked = Awaited<ReturnType<typeof lockSuggestion>>;

const STEP: Record<SuggestionDecision, SuggestionStep> = { accept: "accepted", decline: "declined" };

/** One move of SUGGESTION_WORKFLOW on a suggestion locked by the caller; `also` is written with the move (the draft's link). */
async function decide(tx: Tx, actor: StaffActor, suggestion: Locked, decision: SuggestionDecision, opts: { message?: string | null; also?: () => Promise<Prisma.ResourceSuggestionUncheckedUpdateManyInput> } = {}) {
  const message = opts.message?.trim() || null;
  return takeDecision(tx, SUGGESTION_WORKFLOW, {
    actorId: actor.id,
    actorIs: ["staff"],
    decision,
    message,
    targetId: suggestion.id,
    status: suggestion.status,
    move: async (to: ResourceSuggestionStatus) => {
      const also = opts.also ? await opts.also() : {};
      const moved = await tx.resourceSuggestion.updateMany({
        where: { id: suggestion.id, status: suggestion.status },
        data: { status: to, message, decidedById: actor.id, decidedAt: new Date(), ...also },
      });
      return moved.count;
    },
    // Unreachable under the row lock; kept for the workflow's shape.
    stale: async () => {
      throw new UserError(SUGGESTION_WORKFLOW.refusal, undefined, { decision, status: suggestion.status });
    },
    emails: async () => [await suggestionEmail(suggestion.member, STEP[decision], { title: suggestion.title, url: suggestion.url, message })],
    data: { title: suggestion.title, url: suggestion.url },
  });
}

/**
 * Staff accept a suggestion: a new draft resource (its title and address, of the type chosen;
 * the rest for staff to write) made and linked in the same transaction as the decision.
 */
export async function acceptSuggestion(actor: StaffActor | null, suggestionId: string, opts: { type?: ResourceType } = {}): Promise<{ resourceId: string }> {
  assertStaff(actor);
  const accepted = await db.$transaction(async (tx) => {
    const suggestion = await lockSuggestion(tx, suggestionId);
    const made: { resourceId?: string } = {};
    await decide(tx, actor, suggestion, "accept", {
      // Made only once the workflow allows the decision: a refused one makes no draft.
      also: async () => {
        const draft = await createResourceDraft(tx, actor.id, { title: suggestion.title, url: suggestion.url, type: opts.type ?? "guide" }, { suggestionId: suggestion.id });
        made.resourceId = draft.id;
        return { resourceId: draft.id };
      },
    });
    if (!made.resourceId) throw new NotFoundError();
    return { resourceId: made.resourceId };
  });
  deliverOutboxSoon();
  return accepted;
}

/** Staff decline a suggestion with a message the member is emailed (required: the workflow refuses it blank, beside the field). */
export async function declineSuggestion(actor: StaffActor | null, suggestionId: string, message: string): Promise<void> {
  assertStaff(actor);
  await db.$transaction(async (tx) => {
    const suggestion = await lockSuggestion(tx, suggestionId);
    await decide(tx, actor, suggestion, "decline", { message });
  });
  deliverOutboxSoon();
}
