import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth/config";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export type CurrentUser = { id: string; name: string; email: string; role: Role };

/**
 * The signed-in user, read fresh from the database once per request: a deleted account,
 * a changed password (sessionVersion) or a changed role take effect at once.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, sessionVersion: true, emailVerified: true },
  });
  const version = (session as { sessionVersion?: number }).sessionVersion;
  if (!user || !user.emailVerified || user.sessionVersion !== version) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
});

export function isStaff<U extends { role: Role }>(user: U | null | undefined): user is U {
  return user?.role === "staff" || user?.role === "admin";
}

/** For signed-in pages: visitors are sent to sign in and brought back to the page they asked for. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const here = (await headers()).get("x-pathname") ?? "/account"; // set by proxy.ts
    redirect(`/sign-in?next=${encodeURIComponent(here)}`);
  }
  return user;
}

/** For staff pages: visitors sign in; members get "not found", learning nothing. */
export async function requireStaff(): Promise<CurrentUser> {
  const user = await requireUser();
  if (!isStaff(user)) notFound();
  return user;
}
