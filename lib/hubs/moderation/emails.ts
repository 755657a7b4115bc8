// The emails moderation sends: what was decided, the moderator's words, and what comes next.
import type { Email } from "@/lib/email/outbox";
import type { HubDecision } from "@/lib/hubs/moderation/rules";
import { emailSignature, siteUrl } from "@/lib/site";

const signature = emailSignature();
const quoted = (message: string | null | undefined, intro: string) => (message ? `\n\n${intro}\n\n${message.replace(/^/gm, "  ")}` : "");

type HubRef = { name: string; slug: string };

export function hubDecisionEmail(to: string, hub: HubRef, decision: HubDecision, message: string | null | undefined): Email {
  const myHubs = siteUrl("/account/hubs");
  switch (decision) {
    case "approve":
      return {
        to,
        subject: `${hub.name} is now on the map`,
        text: `Hello,\n\nGood news: we reviewed ${hub.name} and it is now published. Anyone can find it on the map and in the directory:\n${siteUrl(`/hubs/${hub.slug}`)}\n\nYou can keep it up to date at any time from your hubs:\n${myHubs}${signature}`,
      };
    case "request-changes":
      return {
        to,
        subject: `${hub.name}: a few changes before we publish it`,
        text: `Hello,\n\nThank you for adding ${hub.name}. Before we publish it, we ask you to change a few things.${quoted(message, "Our moderator wrote:")}\n\nEdit the hub and send it again for review from your hubs; we will look at it again as soon as we can:\n${myHubs}${signature}`,
      };
    case "reject":
      return {
        to,
        subject: `${hub.name} was not accepted`,
        text: `Hello,\n\nThank you for adding ${hub.name}. We reviewed it and cannot publish it on the map.${quoted(message, "The reason:")}\n\nYou can still see it in your hubs:\n${myHubs}\n\nIf you think we got this wrong, write to us and tell us why:\n${siteUrl("/contact")}${signature}`,
      };
    case "archive":
      return {
        to,
        subject: `${hub.name} was taken off the map`,
        text: `Hello,\n\nOur staff archived ${hub.name}: it no longer appears on the map, in the directory or in the open data.${quoted(message, "The reason:")}\n\nYou can still see it in your hubs:\n${myHubs}\n\nIf you think this is a mistake, write to us:\n${siteUrl("/contact")}${signature}`,
      };
  }
}

export function managerApprovedEmail(to: string, hub: HubRef): Email {
  return {
    to,
    subject: `You now manage ${hub.name}`,
    text: `Hello,\n\nWe approved your request: you are now one of the people who manage ${hub.name}. You can edit it, invite co-owners and keep its information true from your hubs:\n${siteUrl("/account/hubs")}${signature}`,
  };
}

/** To the hub's existing owners: who joined them, so nobody is surprised by a new co-owner. */
export function managerAddedEmail(to: string, hub: HubRef, newManager: string): Email {
  return {
    to,
    subject: `${newManager} now also manages ${hub.name}`,
    text: `Hello,\n\n${newManager} asked to manage ${hub.name}, and our staff approved the request. They can now edit the hub like you.\n\nSee the hub and its owners in your hubs:\n${siteUrl("/account/hubs")}\n\nIf this looks wrong, write to us:\n${siteUrl("/contact")}${signature}`,
  };
}

export function managerDeclinedEmail(to: string, hub: HubRef, message: string | null | undefined): Email {
  return {
    to,
    subject: `Your request to manage ${hub.name}`,
    text: `Hello,\n\nWe looked at your request to manage ${hub.name} and could not approve it.${quoted(message, "Our moderator wrote:")}\n\nIf you can tell us more about your role at the hub, write to us:\n${siteUrl("/contact")}${signature}`,
  };
}
