import type { Role } from "@/lib/generated/prisma/enums";
import { msg, type Msg } from "@/lib/message";

type RoleDecision = { allowed: true } | { allowed: false; reason: Msg };

/** Who may give whom which role. Only admins manage roles; nobody changes their own. */
export function canChangeRole(actor: { id: string; role: Role }, target: { id: string; role: Role }, to: Role): RoleDecision {
  if (actor.role !== "admin") return { allowed: false, reason: msg("account.roles.errors.onlyAdmins") };
  if (actor.id === target.id) return { allowed: false, reason: msg("account.roles.errors.notYourself") };
  if (target.role === to) return { allowed: false, reason: msg("account.roles.errors.already", { role: to }) };
  return { allowed: true };
}
