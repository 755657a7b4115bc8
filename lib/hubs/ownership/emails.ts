import type { Email } from "@/lib/email/outbox";
import { emailSignature, SITE_NAME, siteUrl } from "@/lib/site";

const signature = emailSignature();
const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Europe/Brussels" });

export function hubInviteEmail(to: string, invite: { hubName: string; inviterName: string; secret: string; expires: Date }): Email {
  const link = siteUrl(`/account/hubs/invite?token=${encodeURIComponent(invite.secret)}`);
  return {
    to,
    subject: `You are invited to manage “${invite.hubName}” on the ${SITE_NAME} map`,
    text:
      `Hello,\n\n${invite.inviterName} invited you to manage the hub “${invite.hubName}” with them on the ${SITE_NAME} map. ` +
      `As an owner you can keep its page up to date, invite others and answer for it.\n\n` +
      `To accept, open this link and sign in with this email address (${to}). If you have no account yet, create one with this address first, then open the link again:\n${link}\n\n` +
      `The invitation can be used once and expires on ${day.format(invite.expires)}. If you were not expecting it, you can ignore this email: nothing happens unless you accept.${signature}`,
  };
}

export function inviteAcceptedEmail(to: string, info: { hubName: string; ownerName: string }): Email {
  return {
    to,
    subject: `${info.ownerName} now manages “${info.hubName}” with you`,
    text: `Hello,\n\n${info.ownerName} accepted your invitation and is now an owner of “${info.hubName}”. They can edit the hub, invite others and archive it, just as you can.\n\nYou can see who manages the hub, and remove an owner, on your hubs page:\n${siteUrl("/account/hubs")}${signature}`,
  };
}

export function ownerRemovedEmail(to: string, info: { hubName: string }): Email {
  return {
    to,
    subject: `You no longer manage “${info.hubName}”`,
    text: `Hello,\n\nAnother owner of “${info.hubName}” removed you from its owners, so you can no longer edit it. If you think this is a mistake, ask one of its owners to invite you again, or reply through our contact form:\n${siteUrl("/contact")}${signature}`,
  };
}

export function confirmationReminderEmail(to: string, info: { hubName: string; confirmedAt: Date }): Email {
  return {
    to,
    subject: `Is “${info.hubName}” still up to date?`,
    text:
      `Hello,\n\nOnce a year we ask owners to check their hub's page. “${info.hubName}” was last confirmed on ${day.format(info.confirmedAt)}.\n\n` +
      `Please open your hubs page, check the details (edit anything that has changed) and press “Confirm the information is still true”:\n${siteUrl("/account/hubs")}\n\n` +
      `Hubs that are not confirmed for 18 months are marked “not confirmed recently” and leave the default view of the map, so people do not travel to a place that has moved or closed.${signature}`,
  };
}
