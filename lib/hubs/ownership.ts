import "server-only";
import { randomBytes } from "node:crypto";
import { db, type Prisma } from "@/lib/db";
import type { AuditAction } from "@/lib/audit-vocabulary";
import { recordAudit } from "@/lib/audit";
import { NotFoundError, UserError } from "@/lib/errors";
import { deliverOutboxSoon, queueEmail } from "@/lib/email/outbox";
import { hitRateLimit, type Limit } from "@/lib/rate-limit";
import type { CurrentUser } from "@/lib/auth/user";
import { editableHubWhere } from "@/lib/hubs/filters";
import { inviteTokenHash } from "@/lib/hubs/owner-queries";
import { hubInviteEmail, inviteAcceptedEmail, ownerRemovedEmail } from "@/lib/hubs/ownership-emails";
import type { InviteInput } from "@/lib/hubs/ownership-schema";
import type { HubStatus } from "@/lib/generated/prisma/enums";

// What owners (and staff) do with a hub once it is submitted: invite and remove co-owners,
// archive and unarchive, confirm once a year that it is still true. Every command takes the
// acting user and finds the hub through editableHubWhere: not yours = not found.

export const INVITE_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;
/** Each invitation emails an address the owner typed: a cap keeps the form from being a mailer. */
export const INVITES_PER_USER: Limit = { name: "hub-invite:user", max: 10, windowSeconds: 24 * 60 * 60 };

type Actor = CurrentUser | null;

async function editableHub(tx: Prisma.TransactionClient, actor: Actor, hubId: string) {
  if (!actor) throw new NotFoundError();
  const hub = await tx.hub.findFirst({ where: editableHubWhere(actor, hubId), select: { id: true, name: true, status: true } });
  if (!hub) throw new NotFoundError();
  return { actor, hub };
}

/** Locks the hub's row, so that owner changes and status changes of one hub happen one at a time. */
const lockHub = (tx: Prisma.TransactionClient, hubId: string) => tx.$executeRaw`SELECT 1 FROM "Hub" WHERE "id" = ${hubId} FOR UPDATE`;

/** Emails a single-use link to the invited address; an earlier open invitation to it is replaced. */
export async function inviteCoOwner(actor: Actor, input: InviteInput): Promise<{ inviteId: string }> {
  const { actor: by } = await editableHub(db, actor, input.hubId);
  const decision = await hitRateLimit(INVITES_PER_USER, by.id);
  if (!decision.allowed) {
    const hours = Math.ceil(decision.retryAfterSeconds / 3600);
    throw new UserError(`You have sent ${INVITES_PER_USER.max} invitations in the last day, the most we allow. You can send more in ${hours === 1 ? "an hour" : `${hours} hours`}.`);
  }
  const email = input.email.trim().toLowerCase();
  const secret = randomBytes(32).toString("base64url");
  const invite = await db.$transaction(async (tx) => {
    await lockHub(tx, input.hubId);
    const { hub } = await editableHub(tx, by, input.hubId);
    const already = await tx.hubOwner.count({ where: { hubId: hub.id, user: { email } } });
    if (already) throw new UserError("That person already manages this hub.", "email");
    await tx.hubInvite.deleteMany({ where: { hubId: hub.id, email, acceptedAt: null } });
    const expires = new Date(Date.now() + INVITE_LIFETIME_MS);
    const created = await tx.hubInvite.create({
      data: { hubId: hub.id, email, tokenHash: inviteTokenHash(secret), invitedById: by.id, expires },
      select: { id: true },
    });
    await queueEmail(tx, hubInviteEmail(email, { hubName: hub.name, inviterName: by.name, secret, expires }));
    await recordAudit(tx, { actorId: by.id, action: "hub.invite-sent", targetType: "hub", targetId: hub.id, data: { inviteId: created.id, email } });
    return created;
  });
  deliverOutboxSoon();
  return { inviteId: invite.id };
}

/**
 * Accepts an invitation: only the account with the invited address may, once. Setting
 * acceptedAt with a conditional update is the claim, so two concurrent accepts cannot both win.
 */
export async function acceptHubInvite(actor: Actor, secret: string): Promise<{ hubId: string; hubName: string; added: boolean }> {
  if (!actor) throw new NotFoundError();
  const now = new Date();
  const result = await db.$transaction(async (tx) => {
    const invite = await tx.hubInvite.findUnique({
      where: { tokenHash: inviteTokenHash(secret) },
      select: { id: true, email: true, expires: true, acceptedAt: true, hub: { select: { id: true, name: true } }, invitedBy: { select: { email: true } } },
    });
    if (!invite) throw new NotFoundError();
    if (invite.acceptedAt) throw new UserError("This invitation has already been used. Each invitation link works once.");
    if (invite.expires <= now) throw new UserError("This invitation has expired. Ask the hub's owner to send you a new one.");
    if (invite.email !== actor.email.toLowerCase()) {
      throw new UserError(`This invitation was sent to ${invite.email}, and you are signed in as ${actor.email}. Sign out, then sign in with ${invite.email} (or create an account with it) and open the link again.`);
    }
    const { count } = await tx.hubInvite.updateMany({ where: { id: invite.id, acceptedAt: null, expires: { gt: now } }, data: { acceptedAt: now } });
    if (count !== 1) throw new UserError("This invitation has already been used. Each invitation link works once.");
    const { count: added } = await tx.hubOwner.createMany({ data: [{ hubId: invite.hub.id, userId: actor.id }], skipDuplicates: true });
    if (added) {
      await recordAudit(tx, { actorId: actor.id, action: "hub.owner-added", targetType: "hub", targetId: invite.hub.id, data: { userId: actor.id, inviteId: invite.id } });
      if (invite.invitedBy) await queueEmail(tx, inviteAcceptedEmail(invite.invitedBy.email, { hubName: invite.hub.name, ownerName: actor.name }));
    }
    return { hubId: invite.hub.id, hubName: invite.hub.name, added: added > 0 };
  });
  deliverOutboxSoon();
  return result;
}

/** Withdraws an invitation that has not been accepted yet: its link stops working. */
export async function revokeHubInvite(actor: Actor, input: { hubId: string; inviteId: string }) {
  if (!actor) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    const invite = await tx.hubInvite.findFirst({ where: { id: input.inviteId, acceptedAt: null, hub: editableHubWhere(actor, input.hubId) }, select: { id: true, email: true } });
    if (!invite) throw new NotFoundError();
    const { count } = await tx.hubInvite.deleteMany({ where: { id: invite.id, acceptedAt: null } });
    if (count !== 1) throw new NotFoundError();
    await recordAudit(tx, { actorId: actor.id, action: "hub.invite-revoked", targetType: "hub", targetId: input.hubId, data: { inviteId: invite.id, email: invite.email } });
  });
}

/** Removes an owner (owners may remove themselves). A hub always keeps at least one owner. */
export async function removeHubOwner(actor: Actor, input: { hubId: string; userId: string }) {
  if (!actor) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    // Locked first: two owners removing each other at once must not leave the hub with none.
    await lockHub(tx, input.hubId);
    const { actor: by, hub } = await editableHub(tx, actor, input.hubId);
    const owners = await tx.hubOwner.findMany({ where: { hubId: hub.id }, select: { userId: true, user: { select: { email: true } } } });
    const target = owners.find((o) => o.userId === input.userId);
    if (!target) throw new NotFoundError();
    if (owners.length <= 1) throw new UserError("A hub needs at least one owner. Invite someone else first, or archive the hub if it has closed.");
    await tx.hubOwner.delete({ where: { hubId_userId: { hubId: hub.id, userId: target.userId } } });
    await recordAudit(tx, { actorId: by.id, action: "hub.owner-removed", targetType: "hub", targetId: hub.id, data: { userId: target.userId } });
    if (target.userId !== by.id) await queueEmail(tx, ownerRemovedEmail(target.user.email, { hubName: hub.name }));
  });
  deliverOutboxSoon();
}

/** Takes a hub off the map and the directory; nothing is deleted. */
export async function archiveHub(actor: Actor, input: { hubId: string }) {
  await changeStatus(actor, input.hubId, "hub.archived", (status) => {
    if (status === "archived") throw new UserError("This hub is already archived.");
    return { status: "archived" };
  });
}

/**
 * Brings an archived hub back through review, whatever it was before: it may have changed
 * while archived, so our team checks it again before it reappears on the map.
 */
export async function unarchiveHub(actor: Actor, input: { hubId: string }) {
  await changeStatus(actor, input.hubId, "hub.unarchived", (status) => {
    if (status !== "archived") throw new UserError("Only an archived hub can be unarchived.");
    const now = new Date();
    return { status: "pending", submittedAt: now, confirmedAt: now };
  });
}

async function changeStatus(actor: Actor, hubId: string, action: AuditAction, next: (status: HubStatus) => Prisma.HubUpdateManyMutationInput & { status: HubStatus }) {
  if (!actor) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    await lockHub(tx, hubId);
    const { actor: by, hub } = await editableHub(tx, actor, hubId);
    const data = next(hub.status);
    await tx.hub.update({ where: { id: hub.id }, data });
    await recordAudit(tx, { actorId: by.id, action, targetType: "hub", targetId: hub.id, data: { from: hub.status, to: data.status } });
  });
}

/** The owner's yearly "the information is still true": restarts the clock of reminders and staleness. */
export async function confirmHubInformation(actor: Actor, input: { hubId: string }) {
  await db.$transaction(async (tx) => {
    const { actor: by, hub } = await editableHub(tx, actor, input.hubId);
    const { count } = await tx.hub.updateMany({ where: { ...editableHubWhere(by, hub.id), status: "published" }, data: { confirmedAt: new Date() } });
    if (count !== 1) throw new UserError("Only a published hub can be confirmed. Once our team has approved it, you can confirm it here.");
    await recordAudit(tx, { actorId: by.id, action: "hub.confirmed", targetType: "hub", targetId: hub.id });
  });
}

/** Deletes one of the actor's own unfinished "add your hub" forms. */
export async function deleteHubDraft(actor: Actor, input: { draftId: string }) {
  if (!actor) throw new NotFoundError();
  const { count } = await db.hubDraft.deleteMany({ where: { id: input.draftId, ownerId: actor.id } });
  if (count !== 1) throw new NotFoundError();
}
