import "server-only";
import { db, type Prisma } from "@/lib/db";
import { assertStaff, type Actor } from "@/lib/auth/user";

// Staff's lists of the network: members, pending requests to join, hubs to mark. Each takes
// the acting user; anyone but staff gets "not found".

type StaffActor = Actor<"role">;

const MEMBERS_PER_PAGE = 50;
const REQUESTS_PER_PAGE = 20;
const HUB_MATCHES_SHOWN = 20;

const hubListing = { id: true, slug: true, name: true, city: true, countryCode: true, status: true } satisfies Prisma.HubSelect;

/** The member hubs, by name, with their kind and since when. */
export async function listMembersForStaff(actor: StaffActor | null, opts: { page: number }) {
  assertStaff(actor);
  const [total, members] = await Promise.all([
    db.hubMembership.count(),
    db.hubMembership.findMany({
      select: { kind: true, since: true, hub: { select: hubListing } },
      orderBy: [{ hub: { name: "asc" } }, { hubId: "asc" }],
      skip: (opts.page - 1) * MEMBERS_PER_PAGE,
      take: MEMBERS_PER_PAGE,
    }),
  ]);
  return { members, total, pages: Math.max(1, Math.ceil(total / MEMBERS_PER_PAGE)) };
}

export type StaffMember = Awaited<ReturnType<typeof listMembersForStaff>>["members"][number];

/** Requests to join waiting for a decision, oldest first, with the owners' words and the hub as it stands. */
export async function listPendingMembershipRequests(actor: StaffActor | null, opts: { page: number }) {
  assertStaff(actor);
  const where: Prisma.HubMembershipRequestWhereInput = { status: "pending" };
  const [total, requests] = await Promise.all([
    db.hubMembershipRequest.count({ where }),
    db.hubMembershipRequest.findMany({
      where,
      select: {
        id: true,
        kind: true,
        message: true,
        createdAt: true,
        user: { select: { name: true, email: true } },
        hub: { select: { ...hubListing, membership: { select: { kind: true, since: true } } } },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (opts.page - 1) * REQUESTS_PER_PAGE,
      take: REQUESTS_PER_PAGE,
    }),
  ]);
  return { requests, total, pages: Math.max(1, Math.ceil(total / REQUESTS_PER_PAGE)) };
}

export type PendingMembershipRequest = Awaited<ReturnType<typeof listPendingMembershipRequests>>["requests"][number];

/** Published hubs whose name holds `q` and that are not members yet: the ones staff may mark. At most 20. */
export async function findHubsToMark(actor: StaffActor | null, q: string | undefined) {
  assertStaff(actor);
  if (!q) return [];
  return db.hub.findMany({
    where: { status: "published", membership: null, name: { contains: q, mode: "insensitive" } },
    select: hubListing,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: HUB_MATCHES_SHOWN,
  });
}
