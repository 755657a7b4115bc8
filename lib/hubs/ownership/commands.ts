import "server-only";
import { staffRecipients } from "@/lib/users/queries";
import { randomBytes } from "node:crypto";
import { db, type Prisma } from "@/lib/db";
import type { AuditAction } from "@/lib/audit-vocabulary";
import { recordAudit } from "@/lib/audit";
import { isUniqueViolation, NotFoundError, UserError } from "@/lib/errors";
import { deliverOutboxSoon, queueEmail } from "@/lib/email/outbox";
import { readerLocale } from "@/lib/email/words";
import type { Locale } from "@/i18n/languages";
import { hitRateLimit, type Limit } from "@/lib/rate-limit";
import type { CurrentUser } from "@/lib/auth/user";
import { editableHubWhere } from "@/lib/hubs/filters";
import { inviteTokenHash } from "@/lib/hubs/ownership/queries";
import { hubInviteEmail, inviteAcceptedEmail, managementRequestEmail, ownerRemovedEmail } from "@/lib/hubs/ownership/emails";
import { INVITE_LIFETIME_MS } from "@/lib/hubs/ownership/rules";
import type { InviteInput, ManagementRequestInput } from "@/lib/hubs/ownership/schema";
import type { HubStatus } from "@/lib/generated/prisma/enums";

// What owners (and staff) do with a hub once it is submitted: invite and remove co-owners,
// archive and unarchive, confirm once a year that it is still true; and what someone who runs
// a listed hub does to become an owner: ask to manage it. Every owner command takes the acting
// user and finds the hub through editableHubWhere: not yours = not found. Emails go out in the
// reader's language: an account's own, else the language of the page the sender used (`locale`).

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
export async function inviteCoOwner(actor: Actor, input: InviteInput, locale: Locale): Promise<{ inviteId: string }> {
  const { actor: by } = await editableHub(db, actor, input.hubId);
  const decision = await hitRateLimit(INVITES_PER_USER, by.id);
  if (!decision.allowed) {
    const hours = Math.ceil(decision.retryAfterSeconds / 3600);
    throw new UserError("hubManagement.ownership.errors.tooManyInvites", undefined, { max: INVITES_PER_USER.max, hours });
  }
  const email = input.email.trim().toLowerCase();
  const secret = randomBytes(32).toString("base64url");
  const invite = await db.$transaction(async (tx) => {
    await lockHub(tx, input.hubId);
    const { hub } = await editableHub(tx, by, input.hubId);
    const already = await tx.hubOwner.count({ where: { hubId: hub.id, user: { email } } });
    if (already) throw new UserError("hubManagement.ownership.errors.alreadyManages", "email");
    await tx.hubInvite.deleteMany({ where: { hubId: hub.id, email, acceptedAt: null } });
    const expires = new Date(Date.now() + INVITE_LIFETIME_MS);
    const created = await tx.hubInvite.create({
      data: { hubId: hub.id, email, tokenHash: inviteTokenHash(secret), invitedById: by.id, expires },
      select: { id: true },
    });
    // The invitee has no account we know of yet: the language of the page the inviter used.
    await queueEmail(tx, await hubInviteEmail(email, locale, { hubName: hub.name, inviterName: by.name, secret, expires }));
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
export async function acceptHubInvite(actor: Actor, secret: string, locale: Locale): Promise<{ hubId: string; hubName: string; added: boolean }> {
  if (!actor) throw new NotFoundError();
  const now = new Date();
  const result = await db.$transaction(async (tx) => {
    const invite = await tx.hubInvite.findUnique({
      where: { tokenHash: inviteTokenHash(secret) },
      select: { id: true, email: true, expires: true, acceptedAt: true, hub: { select: { id: true, name: true } }, invitedBy: { select: { email: true, locale: true } } },
    });
    if (!invite) throw new NotFoundError();
    if (invite.acceptedAt) throw new UserError("hubManagement.ownership.errors.inviteUsed");
    if (invite.expires <= now) throw new UserError("hubManagement.ownership.errors.inviteExpired");
    if (invite.email !== actor.email.toLowerCase()) {
      throw new UserError("hubManagement.ownership.errors.inviteForSomeoneElse", undefined, { invited: invite.email, current: actor.email });
    }
    const { count } = await tx.hubInvite.updateMany({ where: { id: invite.id, acceptedAt: null, expires: { gt: now } }, data: { acceptedAt: now } });
    if (count !== 1) throw new UserError("hubManagement.ownership.errors.inviteUsed");
    const { count: added } = await tx.hubOwner.createMany({ data: [{ hubId: invite.hub.id, userId: actor.id }], skipDuplicates: true });
    if (added) {
      await recordAudit(tx, { actorId: actor.id, action: "hub.owner-added", targetType: "hub", targetId: invite.hub.id, data: { userId: actor.id, inviteId: invite.id } });
      if (invite.invitedBy) {
        const email = await inviteAcceptedEmail(invite.invitedBy.email, readerLocale(invite.invitedBy, locale), { hubName: invite.hub.name, ownerName: actor.name });
        await queueEmail(tx, email);
      }
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
export async function removeHubOwner(actor: Actor, input: { hubId: string; userId: string }, locale: Locale) {
  if (!actor) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    // Locked first: two owners removing each other at once must not leave the hub with none.
    await lockHub(tx, input.hubId);
    const { actor: by, hub } = await editableHub(tx, actor, input.hubId);
    const owners = await tx.hubOwner.findMany({ where: { hubId: hub.id }, select: { userId: true, user: { select: { email: true, locale: true } } } });
    const target = owners.find((o) => o.userId === input.userId);
    if (!target) throw new NotFoundError();
    if (owners.length <= 1) throw new UserError("hubManagement.ownership.errors.lastOwner");
    await tx.hubOwner.delete({ where: { hubId_userId: { hubId: hub.id, userId: target.userId } } });
    await recordAudit(tx, { actorId: by.id, action: "hub.owner-removed", targetType: "hub", targetId: hub.id, data: { userId: target.userId } });
    if (target.userId !== by.id) await queueEmail(tx, await ownerRemovedEmail(target.user.email, readerLocale(target.user, locale), { hubName: hub.name }));
  });
  deliverOutboxSoon();
}

/**
 * An owner takes their hub off the map and the directory (it closed, it moved on); nothing is
 * deleted and nobody is emailed. Staff archive a hub with a reason with archiveHubAsStaff.
 */
export async function archiveOwnHub(actor: Actor, input: { hubId: string }) {
  await changeStatus(actor, input.hubId, "hub.archived", (status) => {
    if (status === "archived") throw new UserError("hubManagement.ownership.errors.alreadyArchived");
    return { status: "archived" };
  });
}

/**
 * Brings an archived hub back through review, whatever it was before: it may have changed
 * while archived, so our team checks it again before it reappears on the map.
 */
export async function unarchiveOwnHub(actor: Actor, input: { hubId: string }) {
  await changeStatus(actor, input.hubId, "hub.unarchived", (status) => {
    if (status !== "archived") throw new UserError("hubManagement.ownership.errors.notArchived");
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
    if (count !== 1) throw new UserError("hubManagement.ownership.errors.notPublished");
    await recordAudit(tx, { actorId: by.id, action: "hub.confirmed", targetType: "hub", targetId: hub.id });
  });
}

/** Deletes one of the actor's own unfinished "add your hub" forms. */
export async function deleteHubDraft(actor: Actor, input: { draftId: string }) {
  if (!actor) throw new NotFoundError();
  const { count } = await db.hubDraft.deleteMany({ where: { id: input.draftId, ownerId: actor.id } });
  if (count !== 1) throw new NotFoundError();
}

/**
 * "This is my hub — ask to manage it": one request per person and hub; staff are emailed (each
 * in their account's language) and decide in the moderation queue.
 */
export async function requestHubManagement(actor: Actor, input: ManagementRequestInput) {
  if (!actor) throw new UserError("hubManagement.askToManage.errors.signedOut");
  try {
    await db.$transaction(async (tx) => {
      const hub = await tx.hub.findFirst({
        where: { id: input.hubId, status: { in: ["published", "pending", "changes_requested"] } },
        select: { id: true, name: true, city: true, countryCode: true, owners: { where: { userId: actor.id }, select: { userId: true } } },
      });
      if (!hub) throw new NotFoundError();
      if (hub.owners.length) throw new UserError("hubManagement.askToManage.errors.alreadyOwner");
      const request = await tx.hubManagementRequest.create({ data: { hubId: hub.id, userId: actor.id, message: input.message }, select: { id: true } });
      await recordAudit(tx, { actorId: actor.id, action: "hub.management-requested", targetType: "hub", targetId: hub.id, data: { requestId: request.id } });
      for (const person of await staffRecipients(tx)) await queueEmail(tx, await managementRequestEmail(person.email, readerLocale(person), hub, actor, input.message));
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new UserError("hubManagement.askToManage.errors.alreadyAsked");
    throw e;
  }
  deliverOutboxSoon();
}
