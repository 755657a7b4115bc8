import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/user";
import { NotFoundError } from "@/lib/errors";
import { membershipStanding } from "@/lib/p2p/membership/rules";

// Who is a member of the network, as an owner sees it: their own published hubs. Takes the
// acting user, and the rule is in the where clause: not yours is not found. Staff's lists are
// in lib/p2p/membership/admin-queries.ts.

/** A person runs few hubs; more than this is a directory, not a list to ask from. */
const OWN_HUBS_SHOWN = 50;

/** The published hubs the actor owns or co-owns, each with where it stands with the network. */
export async function listOwnHubsForMembership(actor: Actor<"id"> | null) {
  if (!actor) throw new NotFoundError();
  const hubs = await db.hub.findMany({
    where: { status: "published", owners: { some: { userId: actor.id } } },
    select: {
      id: true,
      slug: true,
      name: true,
      city: true,
      countryCode: true,
      membership: { select: { kind: true, since: true } },
      membershipRequests: {
        select: { status: true, kind: true, createdAt: true, decidedAt: true, decisionMessage: true },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
      },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: OWN_HUBS_SHOWN,
  });
  return hubs.map(({ membership, membershipRequests, ...hub }) => ({ ...hub, standing: membershipStanding(membership, membershipRequests[0]) }));
}

export type OwnHubMembership = Awaited<ReturnType<typeof listOwnHubsForMembership>>[number];
