import type { Role } from "@/lib/generated/prisma/enums";

export type RoleDecision = { allowed: true } | { allowed: false; reason: string };

/** Who may give whom which role. Only admins manage roles; nobody changes their own. */
export function canChangeRole(actor: { id: string; role: Role }, target: { id: string; role: Role }, to: Role): RoleDecision {
  if (actor.role !== "admin") return { allowed: false, reason: "Only administrators can change roles." };
  if (actor.id === target.id) return { allowed: false, reason: "You cannot change your own role; ask another administrator." };
  if (target.role === to) return { allowed: false, reason: `This person is already ${to === "admin" ? "an admin" : to === "member" ? "a member" : to}.` };
  return { allowed: true };
}

export const ROLE_LABELS: Record<Role, string> = { member: "Member", staff: "Staff", admin: "Administrator" };
