"use client";
import { useEffect, useState } from "react";

type SessionUser = { name: string; email: string; staff: boolean };

/**
 * Who is signed in, asked of /api/session after load: public pages are cached for everyone, so
 * they cannot know. undefined while asking, null when nobody is signed in (or the answer failed).
 * Asks again whenever one of `deps` changes.
 */
export function useSessionUser(deps: readonly unknown[] = []): SessionUser | null | undefined {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/session", { signal: controller.signal, cache: "no-store" })
      .then((r) => (r.ok ? r.json() : { user: null }))
      .then((body: { user: SessionUser | null }) => setUser(body.user))
      .catch(() => controller.signal.aborted || setUser(null));
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller says when to ask again
  }, deps);
  return user;
}
