import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { getOwnApplication } from "@/lib/events/queries";

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
 * The one part of an event page that depends on who is looking: a signed-in person who has
 * already applied or registered sees where they stand instead of the button (`children`).
 */
export async function OwnApplication({ eventId, children }: { eventId: string; children: React.ReactNode }) {
  const user = await getCurrentUser();
  const application = user ? await getOwnApplication(user, eventId) : null;
  if (!application) return children;
  return (
    <div className="space-y-3">
      <p className="font-semibold text-stone-950">{STATUS_TEXT[application.status]}</p>
      <p>
        <Link href="/account/applications">See your applications</Link>
      </p>
    </div>
  );
}
