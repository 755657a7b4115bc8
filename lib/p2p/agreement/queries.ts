import "server-only";
// What a host hub's owners read of the requests naming their hub: the list, and one request
// with what they need to decide (the whole application only while they are party to it: the
// request waits for their answer, or they agreed). Both find the request through the hub's
// owners, so a request for a hub the actor does not own is not found. Never read here: the
// applicant's and the second person's email addresses, the accessibility needs (staff only),
// the other hosts the application asked.
import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/user";
import { NotFoundError } from "@/lib/errors";
import type { P2PHostRequestStatus } from "@/lib/generated/prisma/enums";
import { sharedAnswersSelect } from "@/lib/p2p/applications/shared-answers";

const ANSWERED_PER_PAGE = 20;
/** Pending requests lapse within the round's days to answer: a hub never has many at once. */
const PENDING_SHOWN = 100;

/** The requests naming a hub the actor owns or co-owns (staff included: only their own hubs). */
export const forHubsOf = (actor: Actor<"id">) => ({ hostHub: { owners: { some: { userId: actor.id } } } }) satisfies Prisma.P2PHostRequestWhereInput;

/** How many requests for the actor's hubs wait for an answer, for /account/p2p (as the list counts them: every pending one). */
export async function countWaitingHostRequests(actor: Actor<"id"> | null): Promise<number> {
  if (!actor) return 0;
  return db.p2PHostRequest.count({ where: { ...forHubsOf(actor), status: "pending" } });
}

const listedRequestSelect = {
  id: true,
  status: true,
  dueAt: true,
  answeredAt: true,
  createdAt: true,
  hostHub: { select: { name: true } },
  application: {
    select: {
      startsOn: true,
      endsOn: true,
      people: true,
      applicant: { select: { name: true } },
      visitingHub: { select: { name: true, city: true, countryCode: true } },
      round: { select: { name: true, timeZone: true, status: true } },
    },
  },
} satisfies Prisma.P2PHostRequestSelect;

export type ListedHostRequest = Prisma.P2PHostRequestGetPayload<{ select: typeof listedRequestSelect }>;

/**
 * The requests for the actor's hubs: every pending one first (on the first page), most recent
 * first, then the answered, lapsed and withdrawn ones, most recent first, a page at a time.
 */
export async function hostRequestsFor(actor: Actor<"id"> | null, opts: { page: number }) {
  if (!actor) throw new NotFoundError();
  const answeredWhere = { ...forHubsOf(actor), status: { not: "pending" } } satisfies Prisma.P2PHostRequestWhereInput;
  const newestFirst = [{ createdAt: "desc" }, { id: "asc" }] satisfies Prisma.P2PHostRequestOrderByWithRelationInput[];
  // Plain reads, not a transaction: a request answered between them shows on the next visit.
  const [pending, answeredTotal, answered] = await Promise.all([
    opts.page === 1
      ? db.p2PHostRequest.findMany({ where: { ...forHubsOf(actor), status: "pending" }, select: listedRequestSelect, orderBy: newestFirst, take: PENDING_SHOWN })
      : Promise.resolve([]),
    db.p2PHostRequest.count({ where: answeredWhere }),
    db.p2PHostRequest.findMany({ where: answeredWhere, select: listedRequestSelect, orderBy: newestFirst, skip: (opts.page - 1) * ANSWERED_PER_PAGE, take: ANSWERED_PER_PAGE }),
  ]);
  return { pending, answered, answeredTotal, pages: Math.max(1, Math.ceil(answeredTotal / ANSWERED_PER_PAGE)) };
}

const hostRequestSelect = {
  id: true,
  status: true,
  dueAt: true,
  message: true,
  answeredAt: true,
  answeredBy: { select: { name: true } },
  createdAt: true,
  hostHub: { select: { name: true, slug: true } },
  application: {
    select: {
      startsOn: true,
      endsOn: true,
      people: true,
      applicant: { select: { name: true } },
      visitingHub: { select: { name: true, slug: true, city: true, countryCode: true, status: true } },
      round: { select: { name: true, slug: true, timeZone: true, status: true } },
    },
  },
} satisfies Prisma.P2PHostRequestSelect;

/** The rest of the application: what deciding needs, and what an agreed host works from. */
const applicationDetailsSelect = sharedAnswersSelect;

/**
 * The requests whose host still reads the whole application: one that waits for its answer,
 * and one it agreed to. A host that declined, or whose request lapsed or was cancelled, is no
 * longer party to it, and must not read what the applicant writes next for another host.
 */
const READS_APPLICATION = ["pending", "accepted"] as const satisfies readonly P2PHostRequestStatus[];

export type ApplicationDetails = Prisma.P2PApplicationGetPayload<{ select: typeof applicationDetailsSelect }>;

/** One request; `details` only while the host is party to it (READS_APPLICATION), else null. */
export type HostRequest = Prisma.P2PHostRequestGetPayload<{ select: typeof hostRequestSelect }> & { details: ApplicationDetails | null };

/** One request, for an owner of its host hub; null for anyone else, as for a request that does not exist. */
export async function hostRequestFor(actor: Actor<"id"> | null, requestId: string): Promise<HostRequest | null> {
  if (!actor) return null;
  const where = { id: requestId, ...forHubsOf(actor) } satisfies Prisma.P2PHostRequestWhereInput;
  // The details are read with the status in their own where, and kept only when the summary
  // says so too: an answer given between the two reads never shows them beside a closed request.
  const [request, open] = await Promise.all([
    db.p2PHostRequest.findFirst({ where, select: hostRequestSelect }),
    db.p2PHostRequest.findFirst({ where: { ...where, status: { in: [...READS_APPLICATION] } }, select: { application: { select: applicationDetailsSelect } } }),
  ]);
  if (!request) return null;
  const reads = (READS_APPLICATION as readonly P2PHostRequestStatus[]).includes(request.status);
  return { ...request, details: reads ? (open?.application ?? null) : null };
}
