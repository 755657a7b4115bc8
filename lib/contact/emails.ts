import type { Email } from "@/lib/email/outbox";
import { emailSignature, SITE_NAME } from "@/lib/site";
import { contactTopicLabel, type ContactInput } from "@/lib/contact/schema";

const signature = emailSignature();

export function contactNotification(to: string, message: ContactInput & { id: string }): Email {
  return {
    to,
    subject: `Contact form: ${contactTopicLabel(message.topic)} — from ${message.name}`,
    text: `A visitor wrote through the contact form.\n\nFrom: ${message.name} <${message.email}>\nTopic: ${contactTopicLabel(message.topic)}\nReference: ${message.id}\n\n${message.message}\n\nReply to ${message.email} directly.`,
  };
}

/**
 * Deliberately free of anything the sender typed: the form accepts any address, and an
 * acknowledgement that echoed the message would let anyone send their text through us.
 */
export function contactAcknowledgement(to: string, topic: string): Email {
  return {
    to,
    subject: "We received your message",
    text: `Hello,\n\nThank you for contacting the ${SITE_NAME}. Your message about "${contactTopicLabel(topic)}" has reached our team and we will reply to this address.\n\nIf you did not write to us, you can ignore this email.${signature}`,
  };
}
