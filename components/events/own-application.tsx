"use client";
import Link from "next/link";
import { useEffect, useState } from "react";

const STATUS_TEXT: Record<string, string> = {
  pending: "You have applied. Your application is waiting for a decision.",
  accepted: "Your application has been accepted: you have a place.",
  registered: "You are registered: your place is confirmed.",
  offered: "A place has become free for you. Take it before the offer runs out.",
  waitlisted: "You are on the waiting list. We will email you if a place becomes free.",
  declined: "Your application was not accepted this time.",
  withdrawn: "You withdrew from this event.",
  lapsed: "The place offered to you was not taken in time.",
};

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
  if (!status || !STATUS_TEXT[status]) return children;
  return (
    <div className="space-y-3" role="status">
      <p className="font-semibold text-stone-950">{STATUS_TEXT[status]}</p>
      <p>
        <Link href="/account/applications">See your applications</Link>
      </p>
    </div>
  );
}
