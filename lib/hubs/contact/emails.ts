import type { Email } from "@/lib/email/outbox";
import { SITE_NAME, siteUrl } from "@/lib/site";
import type { HubMessageInput } from "@/lib/hubs/contact/schema";

type Hub = { name: string; slug: string; contactEmail: string };

/** To the hub: the message and the sender's address, so the hub can simply reply. */
export function hubMessageToHub(hub: Hub, message: HubMessageInput): Email {
  return {
    to: hub.contactEmail,
    subject: `A message for ${hub.name} from ${message.name}`,
    text:
      `Someone wrote to ${hub.name} through your hub's page on the ${SITE_NAME}:\n${siteUrl(`/hubs/${hub.slug}`)}\n\n` +
      `From: ${message.name} <${message.email}>\n\n${message.message}\n\n` +
      `Reply to ${message.email} to answer them. We have not shared your address with them: it stays private until you reply.\n\n` +
      `— The ${SITE_NAME} team`,
  };
}

/**
 * To the sender. Deliberately free of anything they typed: the form accepts any address,
 * and an acknowledgement that echoed the message would let anyone send their text through us.
 */
export function hubMessageAcknowledgement(to: string, hub: Hub): Email {
  return {
    to,
    subject: `Your message to ${hub.name} is on its way`,
    text:
      `Hello,\n\nWe have passed your message on to ${hub.name}. If they reply, their answer will come straight to this address from theirs.\n\n` +
      `The hub's page: ${siteUrl(`/hubs/${hub.slug}`)}\n\nIf you did not write to this hub, you can ignore this email.\n\n— The ${SITE_NAME} team\n${siteUrl("/")}`,
  };
}
