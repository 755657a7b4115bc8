import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getToken, type JWT } from "next-auth/jwt";
import { findSessionUser } from "@/lib/auth/queries";
import { signInPathFor } from "@/lib/auth/rules";
import { isStaff, type CurrentUser } from "@/lib/auth/user";

/**
 * The signed-in user, read fresh from the database once per request: a deleted account,
 * a changed password (sessionVersion), a signed-out session or a changed role take effect at once.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const cookie = sessionCookie(await sessionToken());
  return cookie ? findSessionUser(cookie) : null;
});

/** Auth.js names its cookie so when the site is served over HTTPS (browsers keep it for HTTPS only). */
const SECURE_COOKIE = "__Secure-authjs.session-token";

/**
 * The session cookie's token, decrypted and checked (signature, expiry) as Auth.js's `auth()`
 * does, without the rest of its work: `auth()` also builds a session response and encrypts a
 * renewed cookie, which a page cannot set anyway. Only the cookie is read, never a bearer header.
 */
async function sessionToken() {
  const cookie = (await headers()).get("cookie") ?? "";
  if (!cookie.includes("authjs.session-token")) return null;
  return getToken({ req: { headers: { cookie } }, secret: process.env.AUTH_SECRET, secureCookie: cookie.includes(SECURE_COOKIE) });
}

/** What the session cookie says (lib/auth/config.ts's jwt callback); a cookie from before sessions had ids says nothing. */
function sessionCookie(token: JWT | null) {
  const userId = token?.sub;
  const sessionVersion = token?.sv;
  const sessionId = token?.sid;
  return userId && typeof sessionVersion === "number" && typeof sessionId === "string" && sessionId ? { userId, sessionVersion, sessionId } : null;
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
