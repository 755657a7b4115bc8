import "server-only";
import { db, type Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertStaff, type Actor } from "@/lib/auth/user";
import { isoDate, todayIn } from "@/lib/calendar";
import { deliverOutboxSoon, queueEmail } from "@/lib/email/outbox";
import { readerLocale } from "@/lib/email/words";
import { isUniqueViolation, NotFoundError, UserError } from "@/lib/errors";
import type { MembershipKind, RequestStatus } from "@/lib/generated/prisma/enums";
import { membershipChangedEmail, membershipDecisionEmail, membershipRequestedEmail, type MembershipChange } from "@/lib/p2p/membership/emails";
import { MEMBERSHIP_WORKFLOW, type MembershipDecision } from "@/lib/p2p/membership/workflow";
import type { MembershipDecisionInput, MembershipRequestInput, SetMembershipInput } from "@/lib/p2p/membership/schema";
import { SITE_TIME_ZONE } from "@/lib/timestamps";
import { staffRecipients } from "@/lib/users/queries";
import { takeDecision } from "@/lib/workflow/take";

// Network membership: a hub's owners ask to join, staff accept or decline (MEMBERSHIP_WORKFLOW),
// and staff mark, change or end a hub's membership by hand. Each change is one transaction
// with its audit row and its emails: every decision reaches the hub's owners. Commands take the acting user; the rule is in the where
// clause (a hub you do not own, or a staff page when you are not staff, is not found).

type StaffActor = Actor<"id" | "role">;

/** Today in Brussels, as a date-only value: the day a hub joins when its request is accepted. */
const today = (now: Date) => new Date(`${todayIn(SITE_TIME_ZONE, now)}T00:00:00Z`);

/**
 * An owner (or co-owner) of a published hub asks for it to join the network. One pending
 * request per hub, held by the database even when two owners send at the same moment; a
 * declined request may be followed by a new one. Staff are emailed, each in their language.
 */
export async function requestMembership(actor: Actor<"id" | "name" | "email"> | null, input: MembershipRequestInput): Promise<{ requestId: string }> {
  if (!actor) throw new NotFoundError();
  try {
    const request = await db.$transaction(async (tx) => {
      const hub = await tx.hub.findFirst({
        where: { id: input.hubId, status: "published", owners: { some: { userId: actor.id } } },
        select: { id: true, name: true, city: true, countryCode: true, membership: { select: { hubId: true } } },
      });
      if (!hub) throw new NotFoundError();
      if (hub.membership) throw new UserError("p2pMembership.errors.alreadyMember");
      const created = await tx.hubMembershipRequest.create({ data: { hubId: hub.id, userId: actor.id, kind: input.kind, message: input.message }, select: { id: true } });
      await recordAudit(tx, { actorId: actor.id, action: "hub.membership-requested", targetType: "hub-membership-request", targetId: created.id, data: { hubId: hub.id, kind: input.kind } });
      for (const person of await staffRecipients(tx)) {
        await queueEmail(tx, await membershipRequestedEmail(person.email, readerLocale(person), hub, actor, input));
      }
      return created;
    });
    deliverOutboxSoon();
    return { requestId: request.id };
  } catch (e) {
    if (isUniqueViolation(e)) throw new UserError("p2pMembership.errors.alreadyPending");
    throw e;
  }
}

/** Accepts a request: the hub becomes a member of the kind asked for, from today (a hub already a member keeps the day it joined). */
export const acceptMembershipRequest = (actor: StaffActor | null, input: MembershipDecisionInput, now = new Date()) => decideMembershipRequest(actor, "accept", input, now);

/** Declines a request, with the reason, which the person who asked reads. */
export const declineMembershipRequest = (actor: StaffActor | null, input: MembershipDecisionInput, now = new Date()) => decideMembershipRequest(actor, "decline", input, now);

/**
 * A request is decided once: the move is conditional on it still pending, so of two staff
 * deciding at once the second is told and changes nothing. Staff do not decide for a hub they
 * own: another member of staff does. The person who asked is emailed in their language (the
 * hub's owners when that account is gone).
 */
async function decideMembershipRequest(actor: StaffActor | null, decision: MembershipDecision, input: MembershipDecisionInput, now: Date): Promise<{ hubId: string }> {
  assertStaff(actor);
  const message = input.message?.trim() || null;
  const hubId = await db.$transaction(async (tx) => {
    const request = await tx.hubMembershipRequest.findUnique({
      where: { id: input.requestId },
      select: {
        status: true,
        kind: true,
        user: { select: { name: true, email: true, locale: true } },
        hub: {
          select: {
            id: true,
            name: true,
            owners: { select: { userId: true, user: { select: { name: true, email: true, locale: true } } } },
          },
        },
      },
    });
    if (!request) throw new NotFoundError();
    const { hub } = request;
    if (hub.owners.some((o) => o.userId === actor.id)) throw new UserError("staff.p2p.members.errors.ownHub");
    let since = today(now);
    await takeDecision<RequestStatus, MembershipDecision>(tx, MEMBERSHIP_WORKFLOW, {
      actorId: actor.id,
      actorIs: ["staff"],
      decision,
      targetId: input.requestId,
      status: request.status,
      message,
      data: { hubId: hub.id, kind: request.kind },
      move: async (to) => {
        const { count } = await tx.hubMembershipRequest.updateMany({
          where: { id: input.requestId, status: request.status },
          data: { status: to, decisionMessage: message, decidedById: actor.id, decidedAt: now },
        });
        if (count && to === "approved") {
          const membership = await tx.hubMembership.upsert({
            where: { hubId: hub.id },
            create: { hubId: hub.id, kind: request.kind, since },
            update: { kind: request.kind },
            select: { since: true },
          });
          since = membership.since;
        }
        return count;
      },
      stale: async () => {
        const { status } = await tx.hubMembershipRequest.findUniqueOrThrow({ where: { id: input.requestId }, select: { status: true } });
        throw new UserError(MEMBERSHIP_WORKFLOW.refusal, undefined, { decision, status });
      },
      emails: async () => {
        const readers = request.user ? [request.user] : hub.owners.map((o) => o.user);
        return Promise.all(readers.map((reader) => membershipDecisionEmail(reader, readerLocale(reader), decision, { hub: hub.name, kind: request.kind, since, message })));
      },
    });
    return hub.id;
  });
  deliverOutboxSoon();
  return { hubId };
}

const ownersSelect = { select: { user: { select: { name: true, email: true, locale: true } } } } satisfies Prisma.HubSelect["owners"];

/** Tells every owner of the hub, each in their language, what staff changed. */
async function emailOwners(
  tx: Prisma.TransactionClient,
  hub: { name: string; owners: { user: { name: string; email: string; locale: string | null } }[] },
  change: MembershipChange,
  membership: { kind: MembershipKind; since: Date },
) {
  for (const { user } of hub.owners) {
    await queueEmail(tx, await membershipChangedEmail(user, readerLocale(user), change, { hub: hub.name, kind: membership.kind, since: membership.since }));
  }
}

/**
 * Staff mark a published hub as a member, or change a member's kind or the day it joined.
 * The audit row keeps what it was before; the hub's owners are emailed what it is now.
 */
export async function setHubMembership(actor: StaffActor | null, input: SetMembershipInput) {
  assertStaff(actor);
  const emailed = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Hub" WHERE "id" = ${input.hubId} FOR UPDATE`;
    const hub = await tx.hub.findUnique({
      where: { id: input.hubId },
      select: { id: true, name: true, status: true, membership: { select: { kind: true, since: true } }, owners: ownersSelect },
    });
    if (!hub) throw new NotFoundError();
    const before = hub.membership;
    if (!before && hub.status !== "published") throw new UserError("staff.p2p.members.errors.notPublished");
    const changes = [
      ...(before?.kind !== input.kind ? [{ field: "kind", before: before?.kind ?? null, after: input.kind }] : []),
      ...(before?.since.getTime() !== input.since.getTime() ? [{ field: "since", before: before ? isoDate(before.since) : null, after: isoDate(input.since) }] : []),
    ];
    if (changes.length === 0) return false;
    await tx.hubMembership.upsert({ where: { hubId: hub.id }, create: { hubId: hub.id, kind: input.kind, since: input.since }, update: { kind: input.kind, since: input.since } });
    await recordAudit(tx, { actorId: actor.id, action: "hub.membership-set", targetType: "hub", targetId: hub.id, data: { changes } satisfies Prisma.InputJsonObject });
    await emailOwners(tx, hub, before ? "changed" : "marked", { kind: input.kind, since: input.since });
    return true;
  });
  if (emailed) deliverOutboxSoon();
}

/** Staff end a hub's membership: it is no longer a member (its requests stay, for the record). Its owners are emailed. */
export async function endHubMembership(actor: StaffActor | null, input: { hubId: string }) {
  assertStaff(actor);
  await db.$transaction(async (tx) => {
    const membership = await tx.hubMembership.findUnique({
      where: { hubId: input.hubId },
      select: { kind: true, since: true, hub: { select: { name: true, owners: ownersSelect } } },
    });
    // Conditional, so of two staff ending it at once the second is told.
    const ended = membership ? await tx.hubMembership.deleteMany({ where: { hubId: input.hubId } }) : { count: 0 };
    if (!membership || ended.count === 0) throw new UserError("staff.p2p.members.errors.notMember");
    await recordAudit(tx, { actorId: actor.id, action: "hub.membership-ended", targetType: "hub", targetId: input.hubId, data: { kind: membership.kind, since: isoDate(membership.since) } });
    await emailOwners(tx, membership.hub, "ended", { kind: membership.kind, since: membership.since });
  });
  deliverOutboxSoon();
}
