import { ClientMessages } from "@/components/i18n/client-messages";
import { HubStandingClient } from "@/components/hubs/hub-standing-client";

/** "Is this your hub?" on a hub's page, with the words it may need once it knows who is looking. */
export function HubStanding({ hub }: { hub: { id: string; name: string; slug: string } }) {
  return (
    <ClientMessages only={["hubManagement.standing", "hubManagement.askToManage"]}>
      <HubStandingClient hub={hub} />
    </ClientMessages>
  );
}
