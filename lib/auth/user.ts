// The signed-in user as every area sees them: commands and queries take the acting user (or
// the part of them they need, `Actor<"id" | "role">`), never an owner id from the client.
// Client-safe (types and a pure function): lib/auth/session.ts reads the user per request.
import { NotFoundError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in user, read fresh from the database once per request (lib/auth/session.ts). */
export type CurrentUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** The interface language the account chose (i18n/languages.ts), or null: emails to them use it (readerLocale). */
  locale: string | null;
};

/** The part of the signed-in user a command or query needs: `Actor<"id" | "role">`; the whole user by default. */
export type Actor<K extends keyof CurrentUser = keyof CurrentUser> = Pick<CurrentUser, K>;

export function isStaff<U extends { role: Role }>(user: U | null | undefined): user is U {
  return user?.role === "staff" || user?.role === "admin";
}

/** For staff-only queries and commands: anyone else gets "not found", the same answer as a missing record. */
export function assertStaff<U extends { role: Role }>(user: U | null | undefined): asserts user is U {
  if (!isStaff(user)) throw new NotFoundError();
}
