import "server-only";
import { db, type Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { deliverOutboxSoon, queueEmail } from "@/lib/email/outbox";
import { NotFoundError, UserError } from "@/lib/errors";
import { isStaff, type CurrentUser } from "@/lib/auth/user";
import { hubSnapshot } from "@/lib/hubs/rules";
import { canDecideRequest, snapshotVersion, staleDecisionReason, TRANSITIONS, type HubDecision } from "@/lib/hubs/moderation-rules";
import { hubDecisionEmail, managerAddedEmail, managerApprovedEmail, managerDeclinedEmail } from "@/lib/hubs/moderation-emails";

type DecisionInput = { hubId: string; version: string; message?: string | undefined };

/**
 * Staff decide about a hub. The status change is conditional on the status the moderator
 * saw (so of two moderators deciding at once, the second is told and changes nothing), and
 * on the fields being the version on their screen (so nobody approves what they did not
 * read). The new status, the reviewed snapshot, the audit row and an email to every owner
 * are one transaction.
 */
export async function decideHub(actor: CurrentUser | null, decision: HubDecision, input: DecisionInput) {
  if (!isStaff(actor)) throw new NotFoundError();
  const { from, to, audit } = TRANSITIONS[decision];
  const message = input.message?.trim() || null;
  await db.$transaction(async (tx) => {
    const { count } = await tx.hub.updateMany({
      where: { id: input.hubId, status: from },
      data: { status: to, moderatorMessage: message },
    });
    if (count === 0) {
      const found = await tx.hub.findUnique({ where: { id: input.hubId }, select: { status: true } });
      if (!found) throw new NotFoundError();
      throw new UserError(staleDecisionReason(from, found.status));
    }
    // Our update holds the row's lock until commit: what we read now is what we decided on.
    const hub = await tx.hub.findUniqueOrThrow({ where: { id: input.hubId }, include: { owners: { select: { user: { select: { email: true } } } } } });
    const snapshot = hubSnapshot(hub);
    if (snapshotVersion(snapshot) !== input.version) throw new UserError(staleDecisionReason(from, from));
    await tx.hub.update({
      where: { id: hub.id },
      data: {
        reviewedSnapshot: snapshot as Prisma.InputJsonObject,
        ...(decision === "approve" && !hub.publishedAt ? { publishedAt: new Date() } : {}),
      },
    });
    await recordAudit(tx, { actorId: actor.id, action: audit, targetType: "hub", targetId: hub.id, data: { from, to, message } });
    for (const { user } of hub.owners) await queueEmail(tx, hubDecisionEmail(user.email, hub, decision, message));
  });
  deliverOutboxSoon();
}

export const approveHub = (actor: CurrentUser | null, input: DecisionInput) => decideHub(actor, "approve", input);
export const requestHubChanges = (actor: CurrentUser | null, input: DecisionInput) => decideHub(actor, "request-changes", input);
export const rejectHub = (actor: CurrentUser | null, input: DecisionInput) => decideHub(actor, "reject", input);
export const archiveHub = (actor: CurrentUser | null, input: DecisionInput) => decideHub(actor, "archive", input);

type RequestInput = { requestId: string; message?: string | undefined };

/**
 * Staff decide a request to manage a hub, once: the update is conditional on the request
 * still pending. Approving adds the requester as an owner (skipping one already there) and
 * tells them and the existing owners; declining tells the requester.
 */
export async function decideManagementRequest(actor: CurrentUser | null, decision: "approve" | "decline", input: RequestInput) {
  if (!isStaff(actor)) throw new NotFoundError();
  const message = input.message?.trim() || null;
  const hubId = await db.$transaction(async (tx) => {
    const { count } = await tx.hubManagementRequest.updateMany({
      where: { id: input.requestId, status: "pending" },
      data: { status: decision === "approve" ? "approved" : "declined", decidedById: actor.id, decidedAt: new Date() },
    });
    const request = await tx.hubManagementRequest.findUnique({
      where: { id: input.requestId },
      select: { status: true, userId: true, user: { select: { name: true, email: true } }, hub: { select: { id: true, name: true, slug: true, owners: { select: { user: { select: { email: true } } } } } } },
    });
    if (!request) throw new NotFoundError();
    if (count === 0) {
      const check = canDecideRequest(request.status);
      throw new UserError(check.allowed ? "Nothing was changed; reload the page." : check.reason);
    }
    const { hub } = request;
    if (decision === "approve") {
      await tx.hubOwner.createMany({ data: [{ hubId: hub.id, userId: request.userId }], skipDuplicates: true });
      await queueEmail(tx, managerApprovedEmail(request.user.email, hub));
      for (const { user } of hub.owners) if (user.email !== request.user.email) await queueEmail(tx, managerAddedEmail(user.email, hub, request.user.name));
    } else {
      await queueEmail(tx, managerDeclinedEmail(request.user.email, hub, message));
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: decision === "approve" ? "hub.manager-approved" : "hub.manager-declined",
      targetType: "hub",
      targetId: hub.id,
      data: { requestId: input.requestId, userId: request.userId, message },
    });
    return hub.id;
  });
  deliverOutboxSoon();
  return { hubId };
}

export const approveManagementRequest = (actor: CurrentUser | null, input: RequestInput) => decideManagementRequest(actor, "approve", input);
export const declineManagementRequest = (actor: CurrentUser | null, input: RequestInput) => decideManagementRequest(actor, "decline", input);
