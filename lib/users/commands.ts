import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { NotFoundError, UserError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import type { CurrentUser } from "@/lib/auth/user";
import { canChangeRole } from "@/lib/users/rules";
import type { Locale } from "@/i18n/languages";

/** Admins give or take staff rights. The row is locked so two admins cannot race. */
export async function changeUserRole(actor: CurrentUser | null, input: { userId: string; role: Role }) {
  if (!actor || (actor.role !== "admin" && actor.role !== "staff")) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; role: Role }[]>`SELECT "id", "role" FROM "User" WHERE "id" = ${input.userId} FOR UPDATE`;
    const target = rows[0];
    if (!target) throw new NotFoundError();
    const decision = canChangeRole(actor, target, input.role);
    if (!decision.allowed) throw UserError.of(decision.reason);
    // getCurrentUser() reads the role on every request: the change applies at once.
    await tx.user.update({ where: { id: target.id }, data: { role: input.role } });
    await recordAudit(tx, { actorId: actor.id, action: "user.role-changed", targetType: "user", targetId: target.id, data: { from: target.role, to: input.role } });
  });
}

/** The interface language a person chose (the switcher, the account page): their emails follow it. */
export async function setOwnLanguage(actor: CurrentUser, locale: Locale) {
  await db.user.update({ where: { id: actor.id }, data: { locale } });
}
