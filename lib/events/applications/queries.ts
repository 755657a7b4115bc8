import "server-only";
import { APPLICANT_HUB_STATUSES } from "@/lib/events/applications/rules";
import { db, type Prisma } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/user";
import { NotFoundError } from "@/lib/errors";
import { countSeats } from "@/lib/events/applications/seats";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

type Client = Prisma.TransactionClient;

const OWN_APPLICATIONS_PER_PAGE = 10;

/** What the apply form and applyState need of an event. */
const applyEventSelect = {
  id: true,
  slug: true,
  title: true,
  status: true,
  participation: true,
  capacity: true,
  timeZone: true,
  startsOn: true,
  endsOn: true,
  datePrecision: true,
  city: true,
  countryCode: true,
  applicationsOpenOn: true,
  applicationsCloseOn: true,
} satisfies Prisma.EventSelect;

/**
 * An event that takes applications or registrations, with its seats taken. Drafts and
 * information-only events are not found: there is nothing to apply to.
 */
export async function getEventForApplying(slug: string) {
  const event = await db.event.findFirst({
    where: { slug, status: { in: ["published", "cancelled"] }, participation: { in: ["registration", "application"] } },
    select: applyEventSelect,
  });
  if (!event) return null;
  return { ...event, seatsTaken: await countSeats(db, event.id) };
}

/** What the form shows and puts back. */
const ownApplicationSelect = {
  id: true,
  status: true,
  role: true,
  hubId: true,
  hubName: true,
  bring: true,
  takeAway: true,
  needs: true,
  decisionMessage: true,
  waitlistedAt: true,
  offerExpiresAt: true,
  createdAt: true,
  updatedAt: true,
  eventId: true,
} satisfies Prisma.EventApplicationSelect;

/** The actor's own application to an event (its status and answers), if any: for the apply page. */
export function getOwnApplicationForEvent(actor: CurrentUser, eventId: string) {
  return db.eventApplication.findFirst({ where: { eventId, userId: actor.id }, select: ownApplicationSelect });
}

/** Only the status of the actor's own application to an event, if any: for the cached event page, asked after load. */
export async function getOwnApplicationStatus(actor: CurrentUser, eventId: string): Promise<ApplicationStatus | null> {
  const application = await db.eventApplication.findUnique({ where: { eventId_userId: { eventId, userId: actor.id } }, select: { status: true } });
  return application?.status ?? null;
}

/** One of the actor's own applications by its id, with its event, for the edit and withdraw pages; null when not theirs. */
export function getOwnApplicationWithEvent(actor: CurrentUser, applicationId: string) {
  return db.eventApplication.findFirst({
    where: { id: applicationId, userId: actor.id },
    select: { ...ownApplicationSelect, event: { select: applyEventSelect } },
  });
}

/** The hubs the actor may name as theirs in an application: those they manage, not refused or archived. */
export function listOwnHubChoices(actor: CurrentUser) {
  return db.hub.findMany({
    where: { owners: { some: { userId: actor.id } }, status: { in: [...APPLICANT_HUB_STATUSES] } },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

/** Where a waiting applicant stands in line (1 = next), in the order offerFreeSeats offers seats. */
export async function waitingListPosition(client: Client, application: { eventId: string; waitlistedAt: Date | null; createdAt: Date }): Promise<number> {
  const { eventId, waitlistedAt, createdAt } = application;
  const ahead = await client.eventApplication.count({
    where: {
      eventId,
      status: "waitlisted",
      OR: waitlistedAt
        ? [{ waitlistedAt: { lt: waitlistedAt } }, { waitlistedAt, createdAt: { lt: createdAt } }]
        : [{ waitlistedAt: { not: null } }, { waitlistedAt: null, createdAt: { lt: createdAt } }],
    },
  });
  return ahead + 1;
}

/** The actor's applications, newest first, with their event and, when waiting, their place in line. */
export async function listOwnApplications(actor: CurrentUser | null, opts: { page: number }) {
  if (!actor) throw new NotFoundError();
  const where: Prisma.EventApplicationWhereInput = { userId: actor.id };
  const [total, rows] = await Promise.all([
    db.eventApplication.count({ where }),
    db.eventApplication.findMany({
      where,
      select: {
        ...ownApplicationSelect,
        event: { select: { ...applyEventSelect, cancelMessage: true } },
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (opts.page - 1) * OWN_APPLICATIONS_PER_PAGE,
      take: OWN_APPLICATIONS_PER_PAGE,
    }),
  ]);
  const applications = await Promise.all(
    rows.map(async (row) => ({ ...row, position: row.status === "waitlisted" ? await waitingListPosition(db, row) : null })),
  );
  return { total, applications, pages: Math.max(1, Math.ceil(total / OWN_APPLICATIONS_PER_PAGE)) };
}

export type ListedOwnApplication = Awaited<ReturnType<typeof listOwnApplications>>["applications"][number];
