import "server-only";
import { db, type Prisma } from "@/lib/db";
import { Prisma as Sql } from "@/lib/generated/prisma/client";
import { startOfSiteDay } from "@/lib/timestamps";
import type { AuditFilters } from "@/lib/users/schema";
import { NotFoundError } from "@/lib/errors";
import { isStaff, type CurrentUser } from "@/lib/auth/user";

export const USERS_PER_PAGE = 25;

const staffUserListing = {
  id: true,
  name: true,
  email: true,
  role: true,
  emailVerified: true,
  createdAt: true,
} satisfies Prisma.UserSelect;

/**
 * Staff only: the people with accounts, newest first, searchable by name or email. The id
 * breaks createdAt ties, or PostgreSQL may order tied rows differently for each page.
 */
export async function listUsersForStaff(actor: CurrentUser | null, opts: { q?: string; page: number }) {
  if (!isStaff(actor)) throw new NotFoundError();
  const where: Prisma.UserWhereInput = opts.q
    ? { OR: [{ name: { contains: opts.q, mode: "insensitive" } }, { email: { contains: opts.q, mode: "insensitive" } }] }
    : {};
  const [total, users] = await db.$transaction([
    db.user.count({ where }),
    db.user.findMany({ where, select: staffUserListing, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (opts.page - 1) * USERS_PER_PAGE, take: USERS_PER_PAGE }),
  ]);
  return { total, users, pages: Math.max(1, Math.ceil(total / USERS_PER_PAGE)) };
}

export const AUDIT_PER_PAGE = 50;

/** One row of the audit log, with the names of who did it and of the record it is about. */
export type AuditLogEntry = {
  id: string;
  action: string;
  targetType: string;
  targetId: string | null;
  data: Prisma.JsonValue;
  requestId: string | null;
  createdAt: Date;
  actor: { id: string; name: string; email: string } | null;
  /** The record's name as it is now (a hub's or a person's name, an event's title, a message's sender), null once it is gone. */
  targetName: string | null;
  /** A person's address (user), to find them among the accounts. */
  targetEmail: string | null;
  /** The event an application is for. */
  targetEvent: { id: string; title: string } | null;
  /** The hub a membership request or a P2P hosting offer is about. */
  targetHubId: string | null;
  /** An article's kind (news, story, p2p_story): where staff edit it. */
  targetKind: string | null;
};

type AuditRow = Omit<AuditLogEntry, "actor" | "targetEvent"> & {
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  eventId: string | null;
  eventTitle: string | null;
};

/**
 * Staff only: the audit log, newest first, a page at a time. The names of the actors and of
 * the records come in the same query as the rows (one join per kind of record), so a page
 * costs two queries however many kinds of record it names.
 */
export async function listAuditEvents(actor: CurrentUser | null, opts: { page: number } & AuditFilters) {
  if (!isStaff(actor)) throw new NotFoundError();
  const conditions = [Sql.sql`TRUE`];
  if (opts.target) conditions.push(Sql.sql`a."targetType" = ${opts.target}`);
  if (opts.person) {
    const like = `%${opts.person.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(Sql.sql`(actor."name" ILIKE ${like} OR actor."email" ILIKE ${like})`);
  }
  // Days as the page shows times: in Brussels time, both ends included.
  if (opts.from) conditions.push(Sql.sql`a."createdAt" >= ${startOfSiteDay(opts.from)}`);
  if (opts.to) conditions.push(Sql.sql`a."createdAt" < ${startOfSiteDay(opts.to, 1)}`);
  const where = Sql.join(conditions, " AND ");
  const [[{ total }], rows] = await db.$transaction([
    db.$queryRaw<[{ total: number }]>`
      SELECT count(*)::int AS "total" FROM "AuditEvent" a LEFT JOIN "User" actor ON actor."id" = a."actorId" WHERE ${where}`,
    db.$queryRaw<AuditRow[]>`
      SELECT a."id", a."action", a."targetType", a."targetId", a."data", a."requestId", a."createdAt",
             actor."id" AS "actorId", actor."name" AS "actorName", actor."email" AS "actorEmail",
             COALESCE(h."name", e."title", person."name", applicant."name", message."name", p2pRound."name", p2pApplicant."name", requested."name", hosting."name", article."title", resource."title", suggestion."title") AS "targetName",
             article."kind"::text AS "targetKind",
             person."email" AS "targetEmail",
             applied."id" AS "eventId", applied."title" AS "eventTitle",
             COALESCE(requested."id", hosting."id") AS "targetHubId"
        FROM "AuditEvent" a
        LEFT JOIN "User" actor ON actor."id" = a."actorId"
        LEFT JOIN "Hub" h ON a."targetType" = 'hub' AND h."id" = a."targetId"
        LEFT JOIN "Event" e ON a."targetType" = 'event' AND e."id" = a."targetId"
        LEFT JOIN "User" person ON a."targetType" = 'user' AND person."id" = a."targetId"
        LEFT JOIN "EventApplication" application ON a."targetType" = 'EventApplication' AND application."id" = a."targetId"
        LEFT JOIN "User" applicant ON applicant."id" = application."userId"
        LEFT JOIN "Event" applied ON applied."id" = application."eventId"
        LEFT JOIN "ContactMessage" message ON a."targetType" = 'contact-message' AND message."id" = a."targetId"
        LEFT JOIN "P2PRound" p2pRound ON a."targetType" = 'p2p-round' AND p2pRound."id" = a."targetId"
        LEFT JOIN "P2PApplication" p2pApplication ON a."targetType" = 'p2p-application' AND p2pApplication."id" = a."targetId"
        LEFT JOIN "User" p2pApplicant ON p2pApplicant."id" = p2pApplication."applicantId"
        LEFT JOIN "HubMembershipRequest" membershipRequest ON a."targetType" = 'hub-membership-request' AND membershipRequest."id" = a."targetId"
        LEFT JOIN "Hub" requested ON requested."id" = membershipRequest."hubId"
        LEFT JOIN "P2PHostOffer" hostOffer ON a."targetType" = 'p2p-host-offer' AND hostOffer."id" = a."targetId"
        LEFT JOIN "Hub" hosting ON hosting."id" = hostOffer."hubId"
        LEFT JOIN "Article" article ON a."targetType" = 'article' AND article."id" = a."targetId"
        LEFT JOIN "Resource" resource ON a."targetType" = 'resource' AND resource."id" = a."targetId"
        LEFT JOIN "ResourceSuggestion" suggestion ON a."targetType" = 'resource-suggestion' AND suggestion."id" = a."targetId"
       WHERE ${where}
       ORDER BY a."createdAt" DESC, a."id" DESC
       LIMIT ${AUDIT_PER_PAGE} OFFSET ${(opts.page - 1) * AUDIT_PER_PAGE}`,
  ]);
  const events: AuditLogEntry[] = rows.map(({ actorId, actorName, actorEmail, eventId, eventTitle, ...row }) => ({
    ...row,
    actor: actorId ? { id: actorId, name: actorName!, email: actorEmail! } : null,
    targetEvent: eventId ? { id: eventId, title: eventTitle! } : null,
  }));
  return { total, events, pages: Math.max(1, Math.ceil(total / AUDIT_PER_PAGE)) };
}

/**
 * Every staff and admin account with the language each chose, oldest first: who is told when
 * something comes in for staff (a contact message, a hub to review), each in their language
 * (readerLocale of lib/email/words.ts). Read inside the transaction that queues the emails.
 */
export function staffRecipients(tx: Prisma.TransactionClient): Promise<{ email: string; locale: string | null }[]> {
  return tx.user.findMany({ where: { role: { in: ["staff", "admin"] } }, select: { email: true, locale: true }, orderBy: { createdAt: "asc" } });
}
