import "server-only";
import { createHash } from "node:crypto";
import { db, type Prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/user";
import { hubStanding, invitationState, type HubStanding } from "@/lib/hubs/ownership/rules";

const OWN_HUBS_PER_PAGE = 10;

/** The SHA-256 of an invitation's secret: what HubInvite.tokenHash stores. */
export const inviteTokenHash = (secret: string) => createHash("sha256").update(secret).digest("hex");

const ownHubSelect = {
  id: true,
  slug: true,
  name: true,
  city: true,
  countryCode: true,
  status: true,
  moderatorMessage: true,
  confirmedAt: true,
  updatedAt: true,
  owners: { select: { user: { select: { id: true, name: true } } }, orderBy: [{ createdAt: "asc" }, { userId: "asc" }] },
} satisfies Prisma.HubSelect;

/** The hubs the actor owns (staff included: only their own here), with co-owners and open invitations. */
export async function listOwnHubs(actor: CurrentUser | null, opts: { page: number }, now = new Date()) {
  if (!actor) throw new NotFoundError();
  const where: Prisma.HubWhereInput = { owners: { some: { userId: actor.id } } };
  // Two plain reads, not a transaction: a count off by one for a moment does no harm, and a
  // transaction would wait for a connection of its own on a busy server.
  const [total, hubs] = await Promise.all([
    db.hub.count({ where }),
    db.hub.findMany({
      where,
      select: {
        ...ownHubSelect,
        invites: {
          where: { acceptedAt: null, expires: { gt: now } },
          select: { id: true, email: true, expires: true, invitedBy: { select: { name: true } } },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        },
      },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (opts.page - 1) * OWN_HUBS_PER_PAGE,
      take: OWN_HUBS_PER_PAGE,
    }),
  ]);
  return { total, hubs, pages: Math.max(1, Math.ceil(total / OWN_HUBS_PER_PAGE)) };
}

export type OwnHub = Awaited<ReturnType<typeof listOwnHubs>>["hubs"][number];

/** The actor's unfinished "add your hub" forms, newest first. */
export async function listOwnDrafts(actor: CurrentUser | null) {
  if (!actor) throw new NotFoundError();
  return db.hubDraft.findMany({
    where: { ownerId: actor.id },
    select: { id: true, name: true, updatedAt: true },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 50,
  });
}

/** "This is my hub — ask to manage it" requests the actor made, with what became of them. */
export async function listOwnManagementRequests(actor: CurrentUser | null) {
  if (!actor) throw new NotFoundError();
  return db.hubManagementRequest.findMany({
    where: { userId: actor.id },
    select: { id: true, status: true, createdAt: true, decidedAt: true, hub: { select: { name: true, slug: true, status: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 50,
  });
}

/**
 * An invitation by its emailed secret, for the page that accepts it. Holding the secret is
 * what entitles one to see which hub it is for and who sent it, so no acting user is needed.
 */
export async function findInvitation(secret: string, now = new Date()) {
  const invite = await db.hubInvite.findUnique({
    where: { tokenHash: inviteTokenHash(secret) },
    select: { email: true, expires: true, acceptedAt: true, hub: { select: { id: true, name: true, city: true, countryCode: true } }, invitedBy: { select: { name: true } } },
  });
  if (!invite) return null;
  return { ...invite, state: invitationState(invite, now) };
}

/** Whether the actor already owns a hub (to word the invitation page). */
export async function ownsHub(actor: CurrentUser, hubId: string) {
  return (await db.hubOwner.count({ where: { hubId, userId: actor.id } })) > 0;
}

/**
 * Where the actor stands with a published hub, for the "Is this your hub?" part of its page:
 * they manage it, they have asked to (and what staff decided), or they may ask. Null when the
 * hub is not published.
 */
export async function getHubStanding(actor: CurrentUser, hubId: string): Promise<HubStanding | null> {
  const hub = await db.hub.findFirst({
    where: { id: hubId, status: "published" },
    select: {
      owners: { where: { userId: actor.id }, select: { userId: true } },
      managementRequests: { where: { userId: actor.id }, select: { status: true } },
    },
  });
  return hub ? hubStanding(hub.owners.length > 0, hub.managementRequests[0]) : null;
}
