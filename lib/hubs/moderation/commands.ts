import "server-only";
import { db, type Prisma } from "@/lib/db";
import { deliverOutboxSoon } from "@/lib/email/outbox";
import { readerLocale } from "@/lib/email/words";
import { NotFoundError, UserError } from "@/lib/errors";
import { isStaff, type CurrentUser } from "@/lib/auth/user";
import type { HubStatus, RequestStatus } from "@/lib/generated/prisma/enums";
import { hubSnapshot } from "@/lib/hubs/rules";
import { HUB_MODERATION, MANAGEMENT_REQUESTS, snapshotVersion, type HubDecision, type RequestDecision } from "@/lib/hubs/moderation/rules";
import { hubDecisionEmail, managerAddedEmail, managerApprovedEmail, managerDeclinedEmail } from "@/lib/hubs/moderation/emails";
import type { HubDecisionInput } from "@/lib/hubs/moderation/schema";
import { takeDecision } from "@/lib/workflow/take";

// Staff decide about hubs (approve, ask for changes, reject, archive) and about requests to
// manage them (approve, decline), each through its workflow table (lib/hubs/moderation/rules.ts).

/** Publishes a hub waiting for review: it appears on the map, in the directory and the open data. */
export const approveHub = (actor: CurrentUser | null, input: HubDecisionInput) => decideHub(actor, "approve", input);

/** Sends a hub back to its owners with the moderator's message: they change it and send it again. */
export const requestHubChanges = (actor: CurrentUser | null, input: HubDecisionInput) => decideHub(actor, "requestChanges", input);

/** Turns a hub down, with the reason; its owners still see it. */
export const rejectHub = (actor: CurrentUser | null, input: HubDecisionInput) => decideHub(actor, "reject", input);

/**
 * Staff take a published hub off the map (it closed, it breaks the rules), with an optional
 * reason emailed to its owners. Owners archive their own hub with archiveOwnHub.
 */
export const archiveHubAsStaff = (actor: CurrentUser | null, input: HubDecisionInput) => decideHub(actor, "archive", input);

/**
 * One decision about a hub. The move is conditional on the status the hub was in (so of two
 * moderators deciding at once, the second is told and changes nothing), and on the fields being
 * the version on the moderator's screen (so nobody approves what they did not read). The new
 * status, the reviewed snapshot, the audit row and an email to every owner are one transaction.
 */
async function decideHub(actor: CurrentUser | null, decision: HubDecision, input: HubDecisionInput) {
  if (!isStaff(actor)) throw new NotFoundError();
  const message = input.message?.trim() || null;
  await db.$transaction(async (tx) => {
    const found = await tx.hub.findUnique({ where: { id: input.hubId }, select: { status: true } });
    if (!found) throw new NotFoundError();
    const currentStatus = async () => (await tx.hub.findUniqueOrThrow({ where: { id: input.hubId }, select: { status: true } })).status;
    await takeDecision<HubStatus, HubDecision>(tx, HUB_MODERATION, {
      actorId: actor.id,
      actorIs: ["staff"],
      decision,
      targetId: input.hubId,
      status: found.status,
      message,
      move: async (to) => {
        const { count } = await tx.hub.updateMany({ where: { id: input.hubId, status: found.status }, data: { status: to, moderatorMessage: message } });
        if (count === 0) return 0;
        // Our update holds the row's lock until commit: what we read now is what we decided on.
        const hub = await tx.hub.findUniqueOrThrow({ where: { id: input.hubId } });
        const snapshot = hubSnapshot(hub);
        if (snapshotVersion(snapshot) !== input.version) throw new UserError("hubManagement.moderation.errors.ownersChanged");
        await tx.hub.update({
          where: { id: hub.id },
          data: { reviewedSnapshot: snapshot as Prisma.InputJsonObject, ...(to === "published" && !hub.publishedAt ? { publishedAt: new Date() } : {}) },
        });
        return count;
      },
      // Someone else decided first: the refusal names the status they left it in.
      stale: async () => {
        throw new UserError(HUB_MODERATION.refusal, undefined, { decision, status: await currentStatus() });
      },
      emails: async () => {
        const hub = await tx.hub.findUniqueOrThrow({
          where: { id: input.hubId },
          select: { name: true, slug: true, owners: { select: { user: { select: { email: true, locale: true } } } } },
        });
        return Promise.all(hub.owners.map(({ user }) => hubDecisionEmail(user.email, readerLocale(user), hub, decision, message)));
      },
    });
  });
  deliverOutboxSoon();
}

type RequestInput = { requestId: string; message?: string | undefined };

/** Adds the person who asked to manage a hub to its owners, and tells them and the existing owners. */
export const approveManagementRequest = (actor: CurrentUser | null, input: RequestInput) => decideManagementRequest(actor, "approve", input);

/** Turns down a request to manage a hub, telling the person who asked (with the moderator's message). */
export const declineManagementRequest = (actor: CurrentUser | null, input: RequestInput) => decideManagementRequest(actor, "decline", input);

/**
 * A request to manage a hub is decided once: the move is conditional on the request still
 * pending. Approving adds the requester as an owner (skipping one already there).
 */
async function decideManagementRequest(actor: CurrentUser | null, decision: RequestDecision, input: RequestInput): Promise<{ hubId: string }> {
  if (!isStaff(actor)) throw new NotFoundError();
  const message = input.message?.trim() || null;
  const hubId = await db.$transaction(async (tx) => {
    const request = await tx.hubManagementRequest.findUnique({
      where: { id: input.requestId },
      select: {
        status: true,
        userId: true,
        user: { select: { name: true, email: true, locale: true } },
        hub: { select: { id: true, name: true, slug: true, owners: { select: { user: { select: { email: true, locale: true } } } } } },
      },
    });
    if (!request) throw new NotFoundError();
    const { hub, user: requester } = request;
    await takeDecision<RequestStatus, RequestDecision>(tx, MANAGEMENT_REQUESTS, {
      actorId: actor.id,
      actorIs: ["staff"],
      decision,
      targetId: hub.id,
      status: request.status,
      message,
      data: { requestId: input.requestId, userId: request.userId },
      move: async (to) => {
        const { count } = await tx.hubManagementRequest.updateMany({
          where: { id: input.requestId, status: request.status },
          data: { status: to, decidedById: actor.id, decidedAt: new Date() },
        });
        if (count && to === "approved") await tx.hubOwner.createMany({ data: [{ hubId: hub.id, userId: request.userId }], skipDuplicates: true });
        return count;
      },
      stale: async () => {
        const { status } = await tx.hubManagementRequest.findUniqueOrThrow({ where: { id: input.requestId }, select: { status: true } });
        throw new UserError(MANAGEMENT_REQUESTS.refusal, undefined, { decision, status });
      },
      emails: async (to) => {
        if (to === "declined") return [await managerDeclinedEmail(requester.email, readerLocale(requester), hub, message)];
        const others = hub.owners.filter(({ user }) => user.email !== requester.email);
        return Promise.all([
          managerApprovedEmail(requester.email, readerLocale(requester), hub),
          ...others.map(({ user }) => managerAddedEmail(user.email, readerLocale(user), hub, requester.name)),
        ]);
      },
    });
    return hub.id;
  });
  deliverOutboxSoon();
  return { hubId };
}
