import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate, endSession, SESSION_MAX_AGE_SECONDS, startSession } from "@/lib/auth/commands";
import { log } from "@/lib/log";
import { ipFromHeaders } from "@/lib/request";

/** A sign-in refusal the form explains; `code` travels in the error (never a secret). */
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super(code);
    this.code = code;
  }
}

// Sessions are signed JWT cookies (Credentials requires it), so any instance can read
// them. They carry the user's sessionVersion and the id of their UserSession row;
// getCurrentUser() checks both against the database on every request, so a password change
// or a deletion ends them everywhere, and signing out ends that one.
export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  trustHost: true,
  logger: {
    // A refused sign-in is expected, not an error worth a stack trace in the logs.
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      log.error("auth error", { error });
    },
    warn(code) {
      log.warn("auth warning", { code });
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      // Also reached by a direct POST to /api/auth/callback/credentials, so the rate
      // limits live here, not only in the sign-in form's action.
      async authorize(credentials, request) {
        const result = await authenticate({
          email: String(credentials?.email ?? ""),
          password: String(credentials?.password ?? ""),
          ip: ipFromHeaders(request.headers),
        });
        if (!result.ok) throw new SignInRefused(result.code);
        const sessionId = await startSession(result.user.id);
        return { id: result.user.id, name: result.user.name, email: result.user.email, sessionVersion: result.user.sessionVersion, sessionId };
      },
    }),
  ],
  events: {
    // Both ways out, the sign-out form and Auth.js's own /api/auth/signout: this browser's
    // session ends on the server, so its cookie signs nobody in again.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endSession(sid);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        token.sid = (user as { sessionId?: string }).sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      (session as { sessionVersion?: number }).sessionVersion = typeof token.sv === "number" ? token.sv : -1;
      if (typeof token.sid === "string") (session as { sessionId?: string }).sessionId = token.sid;
      return session;
    },
  },
});
