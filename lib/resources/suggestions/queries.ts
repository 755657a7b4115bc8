import "server-only";
import { db, type Prisma } from "@/lib/db";
import { assertStaff, type Actor } from "@/lib/auth/user";

// Suggestions for the library: a member sees only their own (another's is never listed); staff
// see every one, those waiting first. Lists are bounded: a member has few (limits.ts), and staff
// see the waiting ones and the latest decided.

type Member = Actor<"id">;
type StaffActor = Actor<"role">;

const OWN_LIST_SIZE = 100;
const STAFF_PENDING_SIZE = 200;
const STAFF_DECIDED_SIZE = 30;

const ownSelect = {
  id: true,
  title: true,
  url: true,
  reason: true,
  status: true,
  message: true,
  createdAt: true,
  decidedAt: true,
  resource: { select: { slug: true, status: true } },
} satisfies Prisma.ResourceSuggestionSelect;

/** The member's suggestions, newest first, with staff's answer and, once published, the resource made from it. */
export function listOwnSuggestions(actor: Member) {
  return db.resourceSuggestion.findMany({ where: { memberId: actor.id }, select: ownSelect, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: OWN_LIST_SIZE });
}

export type OwnSuggestion = Awaited<ReturnType<typeof listOwnSuggestions>>[number];

/** How many of the member's suggestions wait for staff (the form says when the limit is reached). */
export const countOwnPendingSuggestions = (actor: Member) => db.resourceSuggestion.count({ where: { memberId: actor.id, status: "pending" } });

const staffSelect = {
  id: true,
  title: true,
  url: true,
  reason: true,
  status: true,
  message: true,
  createdAt: true,
  decidedAt: true,
  resourceId: true,
  member: { select: { id: true, name: true, email: true } },
  decidedBy: { select: { name: true } },
} satisfies Prisma.ResourceSuggestionSelect;

/** The waiting suggestions (oldest first: answered in turn), then the latest decided ones. */
export async function listSuggestionsForStaff(actor: StaffActor | null) {
  assertStaff(actor);
  const [pending, decided, pendingTotal] = await Promise.all([
    db.resourceSuggestion.findMany({ where: { status: "pending" }, select: staffSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: STAFF_PENDING_SIZE }),
    db.resourceSuggestion.findMany({ where: { status: { not: "pending" } }, select: staffSelect, orderBy: [{ decidedAt: "desc" }, { id: "asc" }], take: STAFF_DECIDED_SIZE }),
    db.resourceSuggestion.count({ where: { status: "pending" } }),
  ]);
  return { pending, decided, pendingTotal };
}

export type StaffSuggestion = Awaited<ReturnType<typeof listSuggestionsForStaff>>["pending"][number];
