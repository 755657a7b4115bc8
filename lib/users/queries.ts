import "server-only";
import { db, type Prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { isStaff, type CurrentUser } from "@/lib/auth/session";

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

/** Staff only: the audit log, newest first. */
export async function listAuditEvents(actor: CurrentUser | null, opts: { page: number }) {
  if (!isStaff(actor)) throw new NotFoundError();
  const [total, events] = await db.$transaction([
    db.auditEvent.count(),
    db.auditEvent.findMany({
      select: { id: true, action: true, targetType: true, targetId: true, createdAt: true, requestId: true, actor: { select: { name: true, email: true } } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (opts.page - 1) * AUDIT_PER_PAGE,
      take: AUDIT_PER_PAGE,
    }),
  ]);
  return { total, events, pages: Math.max(1, Math.ceil(total / AUDIT_PER_PAGE)) };
}

/**
 * The addresses of every staff and admin account, oldest first: who is told when something
 * comes in for staff (a contact message, a hub to review). Read inside the transaction that
 * queues the emails.
 */
export async function staffEmails(tx: Prisma.TransactionClient): Promise<string[]> {
  const staff = await tx.user.findMany({ where: { role: { in: ["staff", "admin"] } }, select: { email: true }, orderBy: { createdAt: "asc" } });
  return staff.map((u) => u.email);
}
