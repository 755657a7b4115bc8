import "server-only";
import { db, type Prisma } from "@/lib/db";
import { assertStaff, type CurrentUser } from "@/lib/auth/user";
import { NotFoundError } from "@/lib/errors";
import type { EventView } from "@/lib/events/schema";
import { seatsTaken } from "@/lib/events/applications/seats";

// Staff reads: every event whatever its status, and every application with the person's
// name and email. Each takes the acting user; anyone else gets "not found".

type Actor = Pick<CurrentUser, "role">;

const PAGE_SIZE = 20;
const DAY_MS = 86_400_000;

/**
 * Upcoming and past split on the event's last day against yesterday in UTC: a day's slack
 * either way of the event's own time zone, which is all a staff list needs.
 */
const yesterday = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - DAY_MS);

function viewWhere(view: EventView, now: Date): Prisma.EventWhereInput {
  if (view === "drafts") return { status: "draft" };
  if (view === "cancelled") return { status: "cancelled" };
  return { status: "published", endsOn: view === "upcoming" ? { gte: yesterday(now) } : { lt: yesterday(now) } };
}

const ORDER: Record<EventView, Prisma.EventOrderByWithRelationInput[]> = {
  upcoming: [{ startsOn: "asc" }, { title: "asc" }],
  past: [{ startsOn: "desc" }, { title: "asc" }],
  drafts: [{ startsOn: "asc" }, { title: "asc" }],
  cancelled: [{ startsOn: "desc" }, { title: "asc" }],
};

export const staffEventListSelect = {
  id: true,
  slug: true,
  kind: true,
  title: true,
  status: true,
  startsOn: true,
  endsOn: true,
  datePrecision: true,
  city: true,
  countryCode: true,
  capacity: true,
  participation: true,
  publishedAt: true,
  _count: { select: seatsTaken },
} satisfies Prisma.EventSelect;

export type StaffListedEvent = Prisma.EventGetPayload<{ select: typeof staffEventListSelect }> & { pending: number };

export async function listEventsForStaff(actor: Actor | null, opts: { view: EventView; page: number }, now = new Date()) {
  assertStaff(actor);
  const where = viewWhere(opts.view, now);
  const [total, events] = await Promise.all([
    db.event.count({ where }),
    db.event.findMany({ where, select: staffEventListSelect, orderBy: ORDER[opts.view], skip: (opts.page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
  ]);
  const pending = await db.eventApplication.groupBy({
    by: ["eventId"],
    where: { eventId: { in: events.map((e) => e.id) }, status: "pending" },
    _count: { _all: true },
  });
  const pendingOf = new Map(pending.map((p) => [p.eventId, p._count._all]));
  return {
    events: events.map((e): StaffListedEvent => ({ ...e, pending: pendingOf.get(e.id) ?? 0 })),
    total,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}

/** How many events each tab holds. */
export async function countEventsForStaff(actor: Actor | null, now = new Date()): Promise<Record<EventView, number>> {
  assertStaff(actor);
  const [upcoming, past, drafts, cancelled] = await Promise.all(
    (["upcoming", "past", "drafts", "cancelled"] as const).map((view) => db.event.count({ where: viewWhere(view, now) })),
  );
  return { upcoming: upcoming!, past: past!, drafts: drafts!, cancelled: cancelled! };
}

/** For the staff overview: applications waiting for a decision, across all events not cancelled. */
export async function countEventWork(actor: Actor | null) {
  assertStaff(actor);
  const [pending, drafts] = await Promise.all([
    db.eventApplication.count({ where: { status: "pending", event: { status: { not: "cancelled" } } } }),
    db.event.count({ where: { status: "draft" } }),
  ]);
  return { pending, drafts };
}

/** An event with every field, its host hub and its seat count: for the edit, preview and review pages. */
export async function getEventForStaff(actor: Actor | null, eventId: string) {
  assertStaff(actor);
  const event = await db.event.findUnique({
    where: { id: eventId },
    include: {
      hub: { select: { slug: true, name: true, status: true } },
      _count: { select: seatsTaken },
    },
  });
  if (!event) throw new NotFoundError();
  return event;
}

export type StaffEvent = Awaited<ReturnType<typeof getEventForStaff>>;
