import "server-only";
import { db, type Prisma } from "@/lib/db";
import { assertStaff, type CurrentUser } from "@/lib/auth/user";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

// Staff read an event's applications: each with the person's name and email, filtered and
// counted by status. Each takes the acting user; anyone else gets "not found".

type Actor = Pick<CurrentUser, "role">;

export type ApplicationFilters = { status?: ApplicationStatus | undefined; q?: string | undefined };

/** Staff's filters: a status, and words found in the person's name or email or the hub's name. */
export function applicationWhere(eventId: string, filters: ApplicationFilters): Prisma.EventApplicationWhereInput {
  const q = filters.q?.trim();
  return {
    eventId,
    ...(filters.status ? { status: filters.status } : {}),
    ...(q
      ? {
          OR: [
            { user: { name: { contains: q, mode: "insensitive" } } },
            { user: { email: { contains: q, mode: "insensitive" } } },
            { hubName: { contains: q, mode: "insensitive" } },
            { hub: { name: { contains: q, mode: "insensitive" } } },
          ],
        }
      : {}),
  };
}

export const reviewApplicationSelect = {
  id: true,
  status: true,
  role: true,
  hubName: true,
  bring: true,
  takeAway: true,
  needs: true,
  decisionMessage: true,
  decidedAt: true,
  waitlistedAt: true,
  offerExpiresAt: true,
  createdAt: true,
  updatedAt: true,
  user: { select: { name: true, email: true } },
  hub: { select: { name: true, slug: true } },
  decidedBy: { select: { name: true } },
} satisfies Prisma.EventApplicationSelect;

export type ReviewApplication = Prisma.EventApplicationGetPayload<{ select: typeof reviewApplicationSelect }>;

const REVIEW_PAGE_SIZE = 50;

/** One page of an event's applications matching the filters, oldest first (the order they came in). */
export async function listApplicationsForReview(actor: Actor | null, eventId: string, filters: ApplicationFilters & { page: number }) {
  assertStaff(actor);
  const where = applicationWhere(eventId, filters);
  const [total, applications] = await Promise.all([
    db.eventApplication.count({ where }),
    db.eventApplication.findMany({
      where,
      select: reviewApplicationSelect,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (filters.page - 1) * REVIEW_PAGE_SIZE,
      take: REVIEW_PAGE_SIZE,
    }),
  ]);
  return { applications, total, pages: Math.max(1, Math.ceil(total / REVIEW_PAGE_SIZE)) };
}

/** How many of the event's applications are in each status. */
export async function countApplicationsByStatus(actor: Actor | null, eventId: string): Promise<Partial<Record<ApplicationStatus, number>>> {
  assertStaff(actor);
  const rows = await db.eventApplication.groupBy({ by: ["status"], where: { eventId }, _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
}
