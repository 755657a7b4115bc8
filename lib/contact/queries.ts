import "server-only";
import { db, type Prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { isStaff, type CurrentUser } from "@/lib/auth/user";

const MESSAGES_PER_PAGE = 20;

/** Staff only: contact messages, open ones first unless `handled` is asked for. */
export async function listContactMessages(actor: CurrentUser | null, opts: { handled: boolean; page: number }) {
  if (!isStaff(actor)) throw new NotFoundError();
  const where: Prisma.ContactMessageWhereInput = { handledAt: opts.handled ? { not: null } : null };
  const [total, messages] = await db.$transaction([
    db.contactMessage.count({ where }),
    db.contactMessage.findMany({
      where,
      select: { id: true, name: true, email: true, topic: true, message: true, createdAt: true, handledAt: true, handledBy: { select: { name: true } } },
      orderBy: [{ createdAt: opts.handled ? "desc" : "asc" }, { id: "asc" }],
      skip: (opts.page - 1) * MESSAGES_PER_PAGE,
      take: MESSAGES_PER_PAGE,
    }),
  ]);
  return { total, messages, pages: Math.max(1, Math.ceil(total / MESSAGES_PER_PAGE)) };
}

export async function countOpenContactMessages(actor: CurrentUser | null) {
  if (!isStaff(actor)) throw new NotFoundError();
  return db.contactMessage.count({ where: { handledAt: null } });
}
