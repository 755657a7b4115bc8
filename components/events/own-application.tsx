import { ClientMessages } from "@/components/i18n/client-messages";
import { OwnApplicationStatus } from "@/components/events/own-application-status";

/**
 * The one part of an event page that depends on who is looking: a signed-in person who has
 * already applied or registered sees where they stand instead of the button (`children`).
 */
export function OwnApplication({ eventId, children }: { eventId: string; children: React.ReactNode }) {
  return (
    <ClientMessages only={["eventApplications.own"]}>
      <OwnApplicationStatus eventId={eventId}>{children}</OwnApplicationStatus>
    </ClientMessages>
  );
}
