import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { Session } from "next-auth";
import { auth } from "@/lib/auth/config";
import { findSessionUser } from "@/lib/auth/queries";
import { signInPathFor } from "@/lib/auth/rules";
import { isStaff, type CurrentUser } from "@/lib/auth/user";

/**
 * The signed-in user, read fresh from the database once per request: a deleted account,
 * a changed password (sessionVersion), a signed-out session or a changed role take effect at once.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const cookie = sessionCookie(await auth());
  return cookie ? findSessionUser(cookie) : null;
});

/** What the session cookie says; a cookie from before sessions had ids says nothing. */
function sessionCookie(session: Session | null) {
  const { sessionVersion, sessionId } = (session ?? {}) as { sessionVersion?: number; sessionId?: string };
  const userId = session?.user?.id;
  return userId && typeof sessionVersion === "number" && sessionId ? { userId, sessionVersion, sessionId } : null;
}

/**
 * For signed-in pages: visitors are sent to sign in, in the language of the page they asked
 * for, and brought back to it.
 */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const here = (await headers()).get("x-pathname") ?? "/account"; // the address as asked for, prefix included (proxy.ts)
    redirect(signInPathFor(here));
  }
  return user;
}

/** For staff pages: visitors sign in; members get "not found", learning nothing. */
export async function requireStaff(): Promise<CurrentUser> {
  const user = await requireUser();
  if (!isStaff(user)) notFound();
  return user;
}
