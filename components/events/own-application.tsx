"use client";
import Link from "next/link";
import { useEffect, useState } from "react";
import { statusSentence } from "@/lib/events/application-rules";

/**
 * The one part of an event page that depends on who is looking. The page is cached for
 * everyone, so it asks after load: a signed-in person who has already applied or registered
 * sees where they stand instead of the button (`children`).
 */
export function OwnApplication({ eventId, children }: { eventId: string; children: React.ReactNode }) {
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/events/${encodeURIComponent(eventId)}/application`, { signal: controller.signal, cache: "no-store" })
      .then((r) => (r.ok ? r.json() : { status: null }))
      .then((body: { status: string | null }) => setStatus(body.status))
      .catch(() => undefined);
    return () => controller.abort();
  }, [eventId]);
  const sentence = status ? statusSentence(status) : null;
  if (!sentence) return children;
  return (
    <div className="space-y-3" role="status">
      <p className="font-semibold text-stone-950">{sentence}</p>
      <p>
        <Link href="/account/applications">See your applications</Link>
      </p>
    </div>
  );
}
