// Who may give whom which role: every combination of acting role, target role, new role,
// and whether the target is the actor.
import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Msg } from "@/lib/message";
import { canChangeRole } from "@/lib/users/rules";

const ROLES: Role[] = ["member", "staff", "admin"];
const ONLY_ADMINS = { key: "account.roles.errors.onlyAdmins" };
const NOT_YOURSELF = { key: "account.roles.errors.notYourself" };

describe("canChangeRole", () => {
  describe("actors who are not administrators are refused for every target and role", () => {
    const cases = (["member", "staff"] as Role[]).flatMap((actorRole) =>
      ROLES.flatMap((targetRole) => ROLES.flatMap((to) => [true, false].map((self) => ({ actorRole, targetRole, to, self })))),
    );
    it.each(cases)("$actorRole → $targetRole to $to (self: $self)", ({ actorRole, targetRole, to, self }) => {
      const decision = canChangeRole({ id: "actor", role: actorRole }, { id: self ? "actor" : "target", role: targetRole }, to);
      expect(decision).toEqual({ allowed: false, reason: ONLY_ADMINS });
    });
  });

  describe("an administrator may not change their own role, whatever the request", () => {
    it.each(ROLES.flatMap((targetRole) => ROLES.map((to) => ({ targetRole, to }))))("self as $targetRole to $to", ({ targetRole, to }) => {
      expect(canChangeRole({ id: "same", role: "admin" }, { id: "same", role: targetRole }, to)).toEqual({ allowed: false, reason: NOT_YOURSELF });
    });
  });

  describe("an administrator acting on someone else", () => {
    const table: [Role, Role, { allowed: true } | { allowed: false; reason: Msg }][] = [
      ["member", "member", { allowed: false, reason: { key: "account.roles.errors.already", values: { role: "member" } } }],
      ["member", "staff", { allowed: true }],
      ["member", "admin", { allowed: true }],
      ["staff", "member", { allowed: true }],
      ["staff", "staff", { allowed: false, reason: { key: "account.roles.errors.already", values: { role: "staff" } } }],
      ["staff", "admin", { allowed: true }],
      ["admin", "member", { allowed: true }],
      ["admin", "staff", { allowed: true }],
      ["admin", "admin", { allowed: false, reason: { key: "account.roles.errors.already", values: { role: "admin" } } }],
    ];
    it("covers every pair of current and new role", () => {
      expect(new Set(table.map(([from, to]) => `${from}>${to}`)).size).toBe(ROLES.length * ROLES.length);
    });
    it.each(table)("%s to %s", (targetRole, to, expected) => {
      expect(canChangeRole({ id: "admin-1", role: "admin" }, { id: "someone", role: targetRole }, to)).toEqual(expected);
    });
  });
});
