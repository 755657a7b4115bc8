import "server-only";
import { z } from "zod";
import { db, type Prisma } from "@/lib/db";
import { assertStaff, type Actor } from "@/lib/auth/user";
import { COUNTRY_CODES } from "@/lib/countries";
import { NotFoundError } from "@/lib/errors";
import { P2PApplicationStatus } from "@/lib/generated/prisma/enums";

// Staff read P2P applications across rounds: a filtered list a page at a time, one application
// with everything (accessibility needs included: staff only, never hosts or reviewers) and
// every host it asked. Each takes the acting user; anyone else gets "not found".

type StaffActor = Actor<"role">;

const id = z.string().regex(/^[a-z0-9]{1,40}$/);

/** The list's and the export's filters, read from the address. Unknown values are dropped, not errors. */
export const staffApplicationFilterSchema = z.object({
  round: id.optional().catch(undefined),
  status: z.enum(P2PApplicationStatus).optional().catch(undefined),
  /** The visiting hub's country. */
  country: z.enum(COUNTRY_CODES).optional().catch(undefined),
  /** The host hub. */
  host: id.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type StaffApplicationFilters = Omit<z.output<typeof staffApplicationFilterSchema>, "page">;

export function staffApplicationWhere(filters: StaffApplicationFilters): Prisma.P2PApplicationWhereInput {
  return {
    ...(filters.round ? { roundId: filters.round } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.country ? { visitingHub: { countryCode: filters.country } } : {}),
    ...(filters.host ? { hostHubId: filters.host } : {}),
  };
}

const hubNamed = { select: { id: true, slug: true, name: true, city: true, countryCode: true } } as const;

export const staffApplicationListSelect = {
  id: true,
  status: true,
  startsOn: true,
  endsOn: true,
  people: true,
  travelMode: true,
  grantCents: true,
  hostGrantCents: true,
  submittedAt: true,
  createdAt: true,
  round: { select: { id: true, name: true } },
  applicant: { select: { name: true, email: true } },
  visitingHub: hubNamed,
  hostHub: hubNamed,
} satisfies Prisma.P2PApplicationSelect;

export type StaffListedApplication = Prisma.P2PApplicationGetPayload<{ select: typeof staffApplicationListSelect }>;

/** Newest first: the order staff follow a round in. */
export const STAFF_APPLICATION_ORDER: Prisma.P2PApplicationOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];

const APPLICATIONS_PER_PAGE = 25;

/** One page of the applications matching the filters. */
export async function listApplicationsForStaff(actor: StaffActor | null, opts: StaffApplicationFilters & { page: number }) {
  assertStaff(actor);
  const where = staffApplicationWhere(opts);
  const [total, applications] = await Promise.all([
    db.p2PApplication.count({ where }),
    db.p2PApplication.findMany({
      where,
      select: staffApplicationListSelect,
      orderBy: STAFF_APPLICATION_ORDER,
      skip: (opts.page - 1) * APPLICATIONS_PER_PAGE,
      take: APPLICATIONS_PER_PAGE,
    }),
  ]);
  return { applications, total, pages: Math.max(1, Math.ceil(total / APPLICATIONS_PER_PAGE)) };
}

/** The hubs that host, or were asked to, in a round (or in any): the list's host filter. */
export async function hostChoicesForStaff(actor: StaffActor | null, roundId: string | undefined) {
  assertStaff(actor);
  return db.hub.findMany({
    where: {
      OR: [
        { hostOffers: { some: roundId ? { roundId } : {} } },
        { p2pHostings: { some: roundId ? { roundId } : {} } },
      ],
    },
    select: { id: true, name: true, city: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 300,
  });
}

/** One application with everything it says, its round's name, and every host it asked, oldest first. */
export async function getApplicationForStaff(actor: StaffActor | null, applicationId: string) {
  assertStaff(actor);
  const application = await db.p2PApplication.findUnique({
    where: { id: applicationId },
    include: {
      round: { select: { id: true, name: true, slug: true, status: true } },
      applicant: { select: { id: true, name: true, email: true } },
      visitingHub: hubNamed,
      hostHub: hubNamed,
      hostRequests: {
        select: {
          id: true,
          status: true,
          dueAt: true,
          message: true,
          answeredAt: true,
          createdAt: true,
          answeredBy: { select: { name: true } },
          hostHub: { select: { id: true, name: true, city: true, countryCode: true } },
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 50,
      },
    },
  });
  if (!application) throw new NotFoundError();
  return application;
}

export type StaffApplication = Awaited<ReturnType<typeof getApplicationForStaff>>;
