import type { Email } from "@/lib/email/outbox";
import { countryName } from "@/lib/countries";
import { emailSignature, siteUrl } from "@/lib/site";

// Plain-text emails about a hub entering review.
const signature = emailSignature();

type HubRef = { id: string; name: string; city: string; countryCode: string };
const place = (hub: HubRef) => `${hub.city}, ${countryName(hub.countryCode)}`;

export function hubSubmittedMessage(to: string, name: string, hub: HubRef): Email {
  return {
    to,
    subject: `We received your hub: ${hub.name}`,
    text:
      `Hello ${name},\n\nThank you for adding ${hub.name} (${place(hub)}) to the map of creative hubs.\n\n` +
      `What happens next: someone from our team checks every new hub, usually within a few working days. ` +
      `We will email you when it is published, or if we need you to change something first. Until then it is not public.\n\n` +
      `You can follow its status, and make changes while you wait, under Your hubs:\n${siteUrl("/account/hubs")}${signature}`,
  };
}

export function hubToReviewMessage(to: string, hub: HubRef, submitter: { name: string; email: string }): Email {
  return {
    to,
    subject: `New hub to review: ${hub.name}`,
    text: `${submitter.name} <${submitter.email}> has added a hub to the map: ${hub.name}, ${place(hub)}.\n\nIt waits in the moderation queue until someone approves it, asks for changes or declines it:\n${siteUrl("/admin/hubs")}`,
  };
}

export function hubResubmittedMessage(to: string, hub: HubRef): Email {
  return {
    to,
    subject: `Hub changed and back for review: ${hub.name}`,
    text: `The owners of ${hub.name} (${place(hub)}) have made the changes you asked for, and the hub is back in the moderation queue:\n${siteUrl("/admin/hubs")}`,
  };
}
