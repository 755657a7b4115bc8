import "server-only";
import { db, type Prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { isStaff, type CurrentUser } from "@/lib/auth/user";
import type { HubStatus } from "@/lib/generated/prisma/enums";
import { hubSnapshot, type HubSnapshot } from "@/lib/hubs/rules";
import { snapshotVersion, submissionKind } from "@/lib/hubs/moderation/rules";
import type { ModerationView } from "@/lib/hubs/moderation/schema";

const HUBS_PER_PAGE = 20;
const REQUESTS_PER_PAGE = 10;

const ownerListing = {
  orderBy: [{ createdAt: "asc" }, { userId: "asc" }],
  select: { createdAt: true, user: { select: { id: true, name: true, email: true } } },
} satisfies Prisma.Hub$ownersArgs;

const hubListing = {
  id: true,
  name: true,
  slug: true,
  city: true,
  countryCode: true,
  kind: true,
  status: true,
  submittedAt: true,
  createdAt: true,
  updatedAt: true,
  reviewedSnapshot: true,
  owners: { ...ownerListing, take: 3 },
} satisfies Prisma.HubSelect;

const nameMatches = (q: string | undefined): Prisma.HubWhereInput => (q ? { name: { contains: q, mode: "insensitive" } } : {});

/**
 * Staff only: hubs in one status, searchable by name. The queue ("review") is pending hubs,
 * oldest submission first so nobody waits longest; the other lists show recent changes first.
 */
export async function listHubsForModeration(actor: CurrentUser | null, opts: { show: ModerationView; q?: string; page: number }) {
  if (!isStaff(actor)) throw new NotFoundError();
  const status: HubStatus = opts.show === "review" ? "pending" : opts.show;
  const where: Prisma.HubWhereInput = { status, ...nameMatches(opts.q) };
  const orderBy: Prisma.HubOrderByWithRelationInput[] =
    status === "pending" ? [{ submittedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }, { id: "asc" }] : [{ updatedAt: "desc" }, { id: "desc" }];
  const [total, rows] = await db.$transaction([
    db.hub.count({ where }),
    db.hub.findMany({ where, select: hubListing, orderBy, skip: (opts.page - 1) * HUBS_PER_PAGE, take: HUBS_PER_PAGE }),
  ]);
  const hubs = rows.map(({ reviewedSnapshot, ...hub }) => ({ ...hub, submission: submissionKind({ reviewedSnapshot }) }));
  return { total, hubs, pages: Math.max(1, Math.ceil(total / HUBS_PER_PAGE)) };
}

/** Staff only: "this is my hub — ask to manage it" requests waiting for a decision, oldest first. */
export async function listPendingManagementRequests(actor: CurrentUser | null, opts: { q?: string; page: number }) {
  if (!isStaff(actor)) throw new NotFoundError();
  const where: Prisma.HubManagementRequestWhereInput = { status: "pending", ...(opts.q ? { hub: nameMatches(opts.q) } : {}) };
  const [total, requests] = await db.$transaction([
    db.hubManagementRequest.count({ where }),
    db.hubManagementRequest.findMany({
      where,
      select: { id: true, message: true, createdAt: true, user: { select: { name: true, email: true } }, hub: { select: { id: true, name: true, city: true, countryCode: true, status: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (opts.page - 1) * REQUESTS_PER_PAGE,
      take: REQUESTS_PER_PAGE,
    }),
  ]);
  return { total, requests, pages: Math.max(1, Math.ceil(total / REQUESTS_PER_PAGE)) };
}

/** Staff only: how many hubs are in each status, and how many requests wait, for tabs and the overview. */
export async function countModerationWork(actor: CurrentUser | null) {
  if (!isStaff(actor)) throw new NotFoundError();
  const [byStatus, requests] = await db.$transaction([
    db.hub.groupBy({ by: ["status"], orderBy: { status: "asc" }, _count: { _all: true } }),
    db.hubManagementRequest.count({ where: { status: "pending" } }),
  ]);
  const hubs: Record<HubStatus, number> = { pending: 0, published: 0, changes_requested: 0, rejected: 0, archived: 0 };
  for (const row of byStatus) hubs[row.status] = (row._count as { _all: number })._all;
  return { hubs, requests };
}

const HISTORY_SHOWN = 50;

/**
 * Staff only: everything about one hub, private fields included — contact email, owners
 * with their addresses, requests to manage it, its audit history — and the public fields
 * as the moderator last saw them beside their current values.
 */
export async function getHubForModeration(actor: CurrentUser | null, hubId: string) {
  if (!isStaff(actor)) throw new NotFoundError();
  const hub = await db.hub.findUnique({
    where: { id: hubId },
    include: {
      owners: ownerListing,
      managementRequests: {
        select: { id: true, message: true, status: true, createdAt: true, decidedAt: true, user: { select: { name: true, email: true } }, decidedBy: { select: { name: true } } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      },
    },
  });
  if (!hub) throw new NotFoundError();
  const history = await db.auditEvent.findMany({
    where: { targetType: "hub", targetId: hub.id },
    select: { id: true, action: true, data: true, createdAt: true, actor: { select: { name: true, email: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: HISTORY_SHOWN,
  });
  const current = hubSnapshot(hub);
  return {
    hub,
    current,
    reviewed: (hub.reviewedSnapshot as HubSnapshot | null) ?? null,
    /** The version of the fields on screen: a decision is refused if they changed meanwhile. */
    version: snapshotVersion(current),
    history,
  };
}
